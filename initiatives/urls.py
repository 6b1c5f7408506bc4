from django.urls import path

from initiatives.views import officer, public, reports, similar, staff

app_name = "initiatives"

urlpatterns = [
    path("ban-to-chuc/sang-kien/", staff.initiative_list, name="staff_list"),
    path("ban-to-chuc/sang-kien/<int:pk>/", staff.initiative_detail, name="staff_detail"),
    path(
        "ban-to-chuc/sang-kien/bao-cao.<str:fmt>", reports.report_download, name="report_download"
    ),
    path("don-vi-chu-tri/", officer.officer_home, name="officer_home"),
    path(
        "don-vi-chu-tri/sang-kien/<int:pk>/bao-cao/",
        officer.initiative_report_view,
        name="report",
    ),
    path("don-vi-chu-tri/minh-chung/<int:pk>/", officer.evidence_download, name="evidence"),
    path("sang-kien/", public.public_index, name="public_index"),
    path("sang-kien/cuoc-thi/<int:edition_id>/", public.public_edition, name="public_edition"),
    path("sang-kien/<int:pk>/", public.public_detail, name="public_detail"),
    path("thu-ky/bai-du-thi/<uuid:public_id>/tuong-tu/", similar.similar_page, name="similar"),
    path("thu-ky/tuong-tu/<int:pk>/danh-dau/", similar.pair_mark_view, name="pair_mark"),
]
