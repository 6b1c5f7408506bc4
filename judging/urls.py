from django.urls import path

from judging.views import (
    certificates,
    corrections,
    decisions,
    judge,
    methods,
    reports,
    staff,
    tasks,
)

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
        "ban-to-chuc/cham-thi/vong/<int:round_id>/so-sanh-phuong-phap/",
        methods.round_methods,
        name="methods",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/xuat/<str:kind>.xlsx",
        staff.round_export,
        name="export",
    ),
    path("ban-to-chuc/cham-thi/vong/<int:round_id>/truc-tiep/", staff.round_live, name="live"),
    path("ban-to-chuc/cham-thi/vong/<int:round_id>/cong-bo/", staff.round_reveal, name="reveal"),
    path("ban-to-chuc/cham-thi/nhat-ky/", staff.audit_log, name="audit"),
    path(
        "thu-ky/cham-thi/vong/<int:round_id>/vao-vong-sau/",
        decisions.round_advancement,
        name="advancement",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/vao-vong-sau/xac-nhan/",
        decisions.round_advancement_confirm,
        name="advancement_confirm",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/chot-ket-qua/",
        decisions.round_freeze,
        name="freeze",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/mo-lai-ket-qua/",
        corrections.round_supersede,
        name="supersede",
    ),
    path(
        "ban-to-chuc/ket-qua/<int:snapshot_id>/cong-bo/",
        decisions.snapshot_publish,
        name="publish",
    ),
    path(
        "ban-to-chuc/ket-qua/<int:snapshot_id>/huy-cong-bo/",
        decisions.snapshot_unpublish,
        name="unpublish",
    ),
]

# Certificates: the organisers' pages, then the winners' own.
urlpatterns += [
    path(
        "ban-to-chuc/giay-chung-nhan/",
        certificates.certificate_editions,
        name="certificates",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/cuoc-thi/<int:edition_id>/",
        certificates.edition_certificates,
        name="certificates_edition",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/cuoc-thi/<int:edition_id>/cap/",
        certificates.certificates_issue_view,
        name="certificates_issue",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/cuoc-thi/<int:edition_id>/giay-chung-nhan.zip",
        certificates.certificates_zip_view,
        name="certificates_zip",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/dot/<int:batch_id>/tien-do/",
        certificates.batch_progress,
        name="certificates_batch_progress",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/dot/<int:batch_id>/chay-lai/",
        certificates.batch_retry,
        name="certificates_batch_retry",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/<int:pk>/",
        certificates.certificate_detail,
        name="certificate_detail",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/<int:pk>/thu-hoi/",
        certificates.certificate_revoke_view,
        name="certificate_revoke",
    ),
    path(
        "ban-to-chuc/giay-chung-nhan/<int:pk>/cap-lai/",
        certificates.certificate_reissue_view,
        name="certificate_reissue",
    ),
    path("giay-chung-nhan/", certificates.my_certificates, name="my_certificates"),
    path(
        "giay-chung-nhan/<int:pk>/tai-ve/",
        certificates.certificate_download,
        name="certificate_download",
    ),
]

# Official reports (PDF and XLSX) for organisers and the secretariat.
urlpatterns += [
    path(
        "ban-to-chuc/cham-thi/cuoc-thi/<int:edition_id>/bao-cao/danh-sach-dat-giai.pdf",
        reports.results_list_download,
        {"fmt": "pdf"},
        name="report_results_list_pdf",
    ),
    path(
        "ban-to-chuc/cham-thi/cuoc-thi/<int:edition_id>/bao-cao/danh-sach-dat-giai.xlsx",
        reports.results_list_download,
        {"fmt": "xlsx"},
        name="report_results_list_xlsx",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/bang-tong-hop-diem.pdf",
        reports.score_summary_download,
        {"fmt": "pdf"},
        name="report_score_summary_pdf",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/bang-tong-hop-diem.xlsx",
        reports.score_summary_download,
        {"fmt": "xlsx"},
        name="report_score_summary_xlsx",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/phieu-cham-diem.pdf",
        reports.score_sheets_download,
        {"fmt": "pdf"},
        name="report_score_sheets_pdf",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/phieu-cham-diem.xlsx",
        reports.score_sheets_download,
        {"fmt": "xlsx"},
        name="report_score_sheets_xlsx",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/giai-trinh-hieu-chinh-diem.pdf",
        reports.corrections_download,
        name="report_corrections_pdf",
    ),
    path(
        "ban-to-chuc/cham-thi/vong/<int:round_id>/bao-cao/phieu-cham-diem/"
        "giam-khao-<int:judge_id>.pdf",
        reports.judge_score_sheet_download,
        name="report_judge_score_sheet",
    ),
]

# Background work: an edition's tasks and batches; a failed task run again.
urlpatterns += [
    path("ban-to-chuc/cuoc-thi/<int:edition_id>/tac-vu-nen/", tasks.edition_tasks, name="tasks"),
    path(
        "ban-to-chuc/tac-vu-nen/<uuid:task_id>/chay-lai/",
        tasks.task_retry_view,
        name="task_retry",
    ),
]
