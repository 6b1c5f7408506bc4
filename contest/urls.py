from django.urls import path

from contest.views import coauthors, entries, files, profile, screening

app_name = "contest"

urlpatterns = [
    path("tai-khoan/ho-so/", profile.profile_edit, name="profile"),
    # The entrant's own entries.
    path("bai-du-thi/", entries.entry_list, name="entry_list"),
    path("bai-du-thi/tao/<int:edition_id>/", entries.entry_create, name="entry_create"),
    path("bai-du-thi/<uuid:public_id>/", entries.entry_detail, name="entry_detail"),
    path("bai-du-thi/<uuid:public_id>/sua/", entries.entry_edit, name="entry_edit"),
    path("bai-du-thi/<uuid:public_id>/luu-nhap/", entries.entry_autosave, name="entry_autosave"),
    path("bai-du-thi/<uuid:public_id>/nop/", entries.entry_submit, name="entry_submit"),
    path("bai-du-thi/<uuid:public_id>/rut/", entries.entry_withdraw, name="entry_withdraw"),
    path("bai-du-thi/<uuid:public_id>/roi-khoi/", coauthors.entry_leave, name="entry_leave"),
    path(
        "bai-du-thi/loi-moi/<str:token>/",
        coauthors.coauthor_invitation,
        name="coauthor_invitation",
    ),
    path("bai-du-thi/<uuid:public_id>/bien-nhan/", entries.entry_receipt, name="entry_receipt"),
    path(
        "bai-du-thi/<uuid:public_id>/phieu-tiep-nhan.pdf",
        entries.entry_receipt_pdf,
        name="entry_receipt_pdf",
    ),
    path("bai-du-thi/<uuid:public_id>/tep/", entries.attachment_upload, name="attachment_upload"),
    path(
        "bai-du-thi/<uuid:public_id>/tep/<int:pk>/xoa/",
        entries.attachment_delete,
        name="attachment_delete",
    ),
    path("tep/<int:pk>/", files.attachment_download, name="attachment_download"),
    path(
        "tep/<int:pk>/an-danh/",
        files.attachment_download,
        {"anonymised": True},
        name="attachment_download_anonymised",
    ),
    # The secretariat's screening.
    path("thu-ky/bai-du-thi/", screening.screening_list, name="screening_list"),
    path("thu-ky/bai-du-thi/xuat.xlsx", screening.screening_export, name="screening_export"),
    path("thu-ky/bai-du-thi/hang-loat/", screening.screening_bulk, name="screening_bulk"),
    path(
        "thu-ky/bai-du-thi/<uuid:public_id>/",
        screening.screening_detail,
        name="screening_detail",
    ),
    path(
        "thu-ky/bai-du-thi/<uuid:public_id>/an-danh/",
        screening.screening_anonymised,
        name="screening_anonymised",
    ),
    path(
        "thu-ky/bai-du-thi/<uuid:public_id>/che-thong-tin/",
        screening.screening_redact,
        name="screening_redact",
    ),
]
