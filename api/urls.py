"""/api/v1/: outside the language prefixes, so an address never changes with the language."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView

from api import converters, views  # noqa: F401 (converters registers <id:…>)

app_name = "api"

urlpatterns = [
    path(
        "schema/",
        SpectacularJSONAPIView.as_view(http_method_names=["get", "head"]),
        name="schema",
    ),
    path("editions/", views.EditionList.as_view(), name="edition_list"),
    path(
        "editions/<id:edition_id>/results/", views.EditionResults.as_view(), name="edition_results"
    ),
    path("editions/<str:key>/", views.EditionDetail.as_view(), name="edition_detail"),
    path("initiatives/", views.InitiativeList.as_view(), name="initiative_list"),
    path(
        "initiatives/<id:initiative_id>/",
        views.InitiativeDetail.as_view(),
        name="initiative_detail",
    ),
    path("certificates/<str:serial>/", views.CertificateDetail.as_view(), name="certificate"),
    re_path(r"^.*$", views.not_found),
]
