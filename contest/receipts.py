"""The receipt (Phiếu tiếp nhận bài dự thi): proof of what was submitted, and when."""

from django.utils import timezone

from contest.documents.renderer import render_pdf
from contest.models import Entry


def receipt_context(*, entry: Entry) -> dict:
    submitted = timezone.localtime(entry.submitted_at)
    return {
        "entry": entry,
        "authors": list(entry.authors.all()),
        "attachments": list(entry.attachments.all()),
        "submitted_at": submitted,
        "issuer": entry.edition.organiser or entry.edition.name,
        "title": f"{entry.code}",
    }


def receipt_pdf(*, entry: Entry) -> bytes:
    return render_pdf(
        template_name="contest/receipt_pdf.html",
        context=receipt_context(entry=entry),
        stylesheets=["documents/receipt.css"],
    )
