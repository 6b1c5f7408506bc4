from django.urls import path

from cms import guide, results, verification
from cms.backoffice import views as backoffice

app_name = "cms"

urlpatterns = [
    path("ket-qua/", results.latest_results, name="latest_results"),
    path("ket-qua/<int:edition_id>/", results.edition_results, name="edition_results"),
    # The public certificate check; the QR code of every certificate points here.
    path("xac-minh/", verification.certificate_check_form, name="certificate_check_form"),
    path("xac-minh/<str:serial>/", verification.certificate_check, name="certificate_check"),
    # The staff home: each edition's lifecycle, linked from the header and the admin menu.
    path("quan-tri/", backoffice.staff_home, name="staff_home"),
    # The organisers' guide (docs/), which the admin's Help menu opens, and its screenshots.
    path("quan-tri/huong-dan/", guide.staff_guide, name="staff_guide"),
    path("quan-tri/huong-dan/img/<path:name>", guide.staff_guide_image, name="staff_guide_image"),
    path("quan-tri/cuoc-thi/moi/", backoffice.edition_copy, name="edition_copy"),
    path("quan-tri/cuoc-thi/<int:edition_id>/", backoffice.edition_home, name="staff_edition"),
    path(
        "quan-tri/cuoc-thi/<int:edition_id>/mo-nhan-bai/",
        backoffice.edition_open,
        name="edition_open",
    ),
]
