from django.http import Http404, HttpResponse

from initiatives.report import initiatives_report, report_pdf, report_xlsx
from initiatives.views._common import require

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def report_download(request, fmt):
    if denied := require(request, "initiatives.view_initiatives"):
        return denied
    if fmt not in CONTENT_TYPES:
        raise Http404
    edition = request.GET.get("edition", "")
    report = initiatives_report(edition_id=int(edition) if edition.isdigit() else None)
    content = report_pdf(report) if fmt == "pdf" else report_xlsx(report)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="sang-kien.{fmt}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
