"""The reports as XLSX workbooks: the same data as the PDFs, as numbers one can sort.

Every cell goes through ``_cell``: text is composed to NFC, stripped of the control
characters XLSX cannot hold, and made formula-safe by the project's helper in
``contest.exports`` (a title starting with "=" stays text when the sheet is opened).
Scores are numeric cells with two decimals.
"""

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.utils.translation import gettext, pgettext
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from contest.exports import formula_safe
from judging.reports.results_list import ResultsList
from judging.reports.score_sheets import ScoreSheets
from judging.reports.score_summary import ScoreSummary

SCORE_FORMAT = "0.00"
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _cell(value):
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value))
    return formula_safe(value)


def _criterion_heading(criterion) -> str:
    return f"{criterion.name} ({criterion.max_points.normalize():f})"


def _write_title(sheet: Worksheet, lines: Iterable[str]) -> int:
    """Title lines at the top, the first in bold; returns the row of the table heading."""
    row = 0
    for row, line in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=_cell(line)).font = Font(bold=row == 1)
    return row + 2


def _write_table(
    sheet: Worksheet,
    *,
    top: int,
    headers: Sequence[str],
    rows: Iterable[Sequence],
    widths: Sequence[int],
) -> None:
    for column, heading in enumerate(headers, start=1):
        cell = sheet.cell(row=top, column=column, value=_cell(heading))
        cell.font = Font(bold=True)
        cell.alignment = _WRAP
    row_number = top
    for row_number, values in enumerate(rows, start=top + 1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=_cell(value))
            if isinstance(value, Decimal):
                cell.number_format = SCORE_FORMAT
            elif isinstance(value, str):
                cell.alignment = _WRAP
    sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A{top}:{last}{max(row_number, top)}"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _save(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(text: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts: 31 characters at most, no []:*?/\\, unique."""
    base = _SHEET_TITLE_FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text)).strip(" '")
    base = " ".join(base.split())[:31] or "-"
    title, number = base, 1
    while title.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)] + suffix
    taken.add(title.casefold())
    return title


# --- the three reports --------------------------------------------------------------------


def results_list_workbook(report: ResultsList) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(report.title, set())
    top = _write_title(
        sheet,
        [
            report.title,
            report.header.edition,
            report.fingerprint,
        ],
    )
    _write_table(
        sheet,
        top=top,
        headers=[
            gettext("No."),
            gettext("Entrant type"),
            gettext("Prize"),
            gettext("Entry code"),
            pgettext("entry", "Title"),
            gettext("Authors"),
            gettext("Agency"),
            pgettext("sector", "Field"),
            gettext("Score"),
            gettext("Scored in round"),
            gettext("Rank"),
        ],
        rows=(
            [
                w.number,
                group.entrant_type_label,
                group.prize,
                w.code,
                w.title,
                "; ".join(w.authors),
                w.agency,
                w.field,
                w.total,
                w.round_name,
                w.rank,
            ]
            for group in report.groups
            for w in group.winners
        ),
        widths=[6, 12, 18, 16, 50, 40, 36, 30, 9, 24, 8],
    )
    return _save(workbook)


def score_summary_workbook(summary: ScoreSummary) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(summary.title, set())
    top = _write_title(
        sheet,
        [
            f"{summary.title}: {summary.round_name}",
            summary.header.edition,
            gettext("Aggregation method: %(method)s") % {"method": summary.method_label},
        ],
    )
    _write_table(
        sheet,
        top=top,
        headers=[
            gettext("Rank"),
            gettext("Entry code"),
            pgettext("entry", "Title"),
            pgettext("sector", "Field"),
            *(_criterion_heading(c) for c in summary.criteria),
            *(j.name for j in summary.judges),
            gettext("Judges"),
            gettext("Final score"),
        ],
        rows=(
            [
                row.rank,
                row.code,
                row.title,
                row.field,
                *row.criterion_means,
                *row.judge_totals,
                f"{row.scored}/{row.assigned}",
                row.total,
            ]
            for row in summary.rows
        ),
        widths=[
            7,
            16,
            45,
            28,
            *(14 for _ in summary.criteria),
            *(14 for _ in summary.judges),
            10,
            10,
        ],
    )
    return _save(workbook)


def score_sheets_workbook(report: ScoreSheets) -> bytes:
    """One worksheet per judge, named after them, in the order of the PDF."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for judge_sheet in report.sheets:
        sheet = workbook.create_sheet(_sheet_title(judge_sheet.judge_name, taken))
        top = _write_title(
            sheet,
            [
                f"{report.title}: {report.round_name}",
                report.header.edition,
                gettext("Judge: %(name)s") % {"name": judge_sheet.judge_name},
            ],
        )
        _write_table(
            sheet,
            top=top,
            headers=[
                gettext("No."),
                gettext("Entry code"),
                pgettext("entry", "Title"),
                *(_criterion_heading(c) for c in report.criteria),
                gettext("Total"),
                gettext("Status"),
                gettext("Comment"),
            ],
            rows=(
                [
                    number,
                    row.code,
                    row.title,
                    *row.marks,
                    row.total,
                    gettext("Submitted") if row.submitted else gettext("Not submitted"),
                    row.comment,
                ]
                for number, row in enumerate(judge_sheet.rows, start=1)
            ),
            widths=[6, 16, 45, *(14 for _ in report.criteria), 10, 14, 50],
        )
    if not report.sheets:
        workbook.create_sheet(_sheet_title(report.title, taken))
    return _save(workbook)
