"""The CSV downloads sit beside the pages they come from, in the pages' language."""

from django.urls import path

from api import converters, downloads  # noqa: F401 (converters registers <id:…>)

app_name = "opendata"

urlpatterns = [
    path("ket-qua/<id:edition_id>/ket-qua.csv", downloads.results_csv, name="results_csv"),
    path(
        "sang-kien/cuoc-thi/<id:edition_id>/sang-kien.csv",
        downloads.initiatives_csv,
        name="initiatives_csv",
    ),
]
