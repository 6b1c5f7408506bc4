from django.urls import path

from judging.views import judge, staff

app_name = "judging"

urlpatterns = [
    path("giam-khao/", judge.judge_home, name="home"),
    path("giam-khao/vong/<int:round_id>/", judge.judge_queue, name="queue"),
    path("giam-khao/cham/<int:assignment_id>/", judge.score_entry, name="score"),
    path(
        "giam-khao/cham/<int:assignment_id>/xung-dot/",
        judge.declare_conflict,
        name="declare_conflict",
    ),
    path(
        "giam-khao/cham/<int:assignment_id>/tep/<int:attachment_id>/",
        judge.attachment_view,
        name="attachment",
    ),
    path("thu-ky/cham-thi/vong/<int:round_id>/", staff.round_progress, name="progress"),
    path("thu-ky/cham-thi/vong/<int:round_id>/phan-cong/", staff.round_assign, name="assign"),
    path("thu-ky/cham-thi/phieu/<int:sheet_id>/mo-lai/", staff.sheet_reopen, name="reopen"),
    path("ban-to-chuc/cham-thi/vong/<int:round_id>/xep-hang/", staff.round_ranking, name="ranking"),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/xuat/<str:kind>.xlsx",
        staff.round_export,
        name="export",
    ),
    path("ban-to-chuc/cham-thi/vong/<int:round_id>/truc-tiep/", staff.round_live, name="live"),
    path("ban-to-chuc/cham-thi/vong/<int:round_id>/cong-bo/", staff.round_reveal, name="reveal"),
    path("ban-to-chuc/cham-thi/nhat-ky/", staff.audit_log, name="audit"),
]
