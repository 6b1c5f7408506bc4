from django.urls import path

from cms import results, verification

app_name = "cms"

urlpatterns = [
    path("ket-qua/<int:edition_id>/", results.edition_results, name="edition_results"),
    # The public certificate check; the QR code of every certificate points here.
    path("xac-minh/", verification.certificate_check_form, name="certificate_check_form"),
    path("xac-minh/<str:serial>/", verification.certificate_check, name="certificate_check"),
]
