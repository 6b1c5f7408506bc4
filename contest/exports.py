"""Spreadsheets for the secretariat (openpyxl, streamed into memory)."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

# A cell starting with one of these runs as a formula when the sheet is opened (OWASP's
# "CSV injection" list); entrants write titles and names, so every export must guard.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """``value`` for a spreadsheet cell: text that would start a formula is kept as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def screening_workbook(*, entries) -> bytes:
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = _("Entries")[:31]
    headers = [
        _("Entry code"),
        pgettext("entry", "Title"),
        pgettext("sector", "Field"),
        _("Kind"),
        _("Entrant type"),
        _("Status"),
        _("Agency"),
        _("Authors"),
        _("Emails"),
        _("Submitted at"),
        _("Reason"),
    ]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for entry in entries.iterator(chunk_size=500) if hasattr(entries, "iterator") else entries:
        authors = list(entry.authors.all())
        sheet.append(
            [
                formula_safe(v)
                for v in [
                    entry.code,
                    entry.title,
                    entry.sector.name if entry.sector else "",
                    entry.get_kind_display(),
                    entry.get_entrant_type_display(),
                    entry.get_status_display(),
                    entry.agency_name,
                    "; ".join(f"{a.full_name} ({a.share}%)" for a in authors),
                    "; ".join(a.email for a in authors),
                    timezone.localtime(entry.submitted_at).strftime("%d/%m/%Y %H:%M")
                    if entry.submitted_at
                    else "",
                    entry.decision_reason,
                ]
            ]
        )
    sheet.freeze_panes = "A2"
    for column, width in zip(
        "ABCDEFGHIJK", [14, 50, 30, 16, 12, 16, 30, 40, 40, 17, 40], strict=True
    ):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
