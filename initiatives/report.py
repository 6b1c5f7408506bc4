"""The organisers' report on initiatives: by status, field, agency and quarter, with a chart.

One data structure feeds both the XLSX workbook (numbers one can sort) and the PDF (the
shared documents renderer, with a server-drawn SVG chart: no script, no raster library).
"""

import io
import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from contest.collation import text_sort_key
from contest.documents.renderer import render_pdf
from contest.exports import formula_safe
from initiatives.enums import InitiativeStatus
from initiatives.models import Adoption, Initiative, InitiativeEvent


@dataclass(frozen=True, kw_only=True)
class InitiativesReport:
    title: str
    generated_on: object
    total: int
    by_status: tuple[tuple[str, int], ...]  # (label, count) in status order, zeros kept
    by_field: tuple[tuple[str, int], ...]
    by_agency: tuple[tuple[str, int, int], ...]  # (agency, owned, adopted)
    # (quarter "2025-Q1", {status label: count of reports reaching that status})
    over_time: tuple[tuple[str, tuple[int, ...]], ...]
    rows: tuple[tuple, ...]  # one per initiative, for the detail sheet

    @property
    def status_labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.by_status)


def initiatives_report(*, edition_id: int | None = None) -> InitiativesReport:
    """Five queries, whatever the number of initiatives."""
    initiatives = Initiative.objects.select_related("owner_agency", "edition").order_by(
        "edition__year", "title", "pk"
    )
    events = InitiativeEvent.objects.order_by("happened_on", "pk")
    adoptions = Adoption.objects.select_related("agency").order_by("agency__sort_key", "pk")
    if edition_id:
        initiatives = initiatives.filter(edition_id=edition_id)
        events = events.filter(initiative__edition_id=edition_id)
        adoptions = adoptions.filter(initiative__edition_id=edition_id)
    initiatives = list(initiatives)
    statuses = Counter(i.status for i in initiatives)
    fields = Counter(i.field or "—" for i in initiatives)
    owned = Counter(i.owner_agency.name for i in initiatives)
    adopted = Counter(a.agency.name for a in adoptions)
    adopted_by: dict[int, list[str]] = {}
    for a in adoptions:
        adopted_by.setdefault(a.initiative_id, []).append(a.agency.name)
    order = list(InitiativeStatus)
    quarters: dict[str, list[int]] = {}
    for event in events.values_list("status", "happened_on"):
        status, day = event
        key = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        quarters.setdefault(key, [0] * len(order))[order.index(InitiativeStatus(status))] += 1
    agencies = sorted(
        set(owned) | set(adopted), key=lambda n: (-owned[n] - adopted[n], text_sort_key(n))
    )
    return InitiativesReport(
        title=gettext("Initiatives: pilots and replication"),
        generated_on=timezone.localdate(),
        total=len(initiatives),
        by_status=tuple((str(s.label), statuses.get(s.value, 0)) for s in order),
        by_field=tuple(sorted(fields.items(), key=lambda kv: (-kv[1], text_sort_key(kv[0])))),
        by_agency=tuple((n, owned[n], adopted[n]) for n in agencies),
        over_time=tuple((q, tuple(counts)) for q, counts in sorted(quarters.items())),
        rows=tuple(
            (
                i.edition.name,
                i.title,
                i.field,
                i.owner_agency.name,
                str(InitiativeStatus(i.status).label),
                i.pilot_place,
                i.pilot_since,
                ", ".join(adopted_by.get(i.pk, [])),
                i.next_report_due,
            )
            for i in initiatives
        ),
    )


CHART_WIDTH, CHART_ROW, CHART_LEFT = 520, 24, 150


def status_chart_svg(report: InitiativesReport) -> str:
    """Horizontal bars, one per status, labelled with its count."""
    biggest = max((n for _, n in report.by_status), default=0) or 1
    span = CHART_WIDTH - CHART_LEFT - 40
    bars = format_html_join(
        "",
        '<text x="4" y="{}" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="14" class="chart-bar chart-bar--{}"/>'
        '<text x="{}" y="{}" class="chart-value">{}</text>',
        [
            (
                16 + i * CHART_ROW,
                label,
                CHART_LEFT,
                5 + i * CHART_ROW,
                f"{max(span * count / biggest, 1):.1f}",
                i,
                f"{CHART_LEFT + span * count / biggest + 6:.1f}",
                16 + i * CHART_ROW,
                count,
            )
            for i, (label, count) in enumerate(report.by_status)
        ],
    )
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">'
        "{}</svg>",
        CHART_WIDTH,
        CHART_ROW * len(report.by_status) + 10,
        gettext("Initiatives by status"),
        mark_safe(bars),
    )


def report_pdf(report: InitiativesReport) -> bytes:
    return render_pdf(
        template_name="initiatives/report_pdf.html",
        context={"report": report, "title": report.title, "chart": status_chart_svg(report)},
        stylesheets=["documents/reports.css"],
    )


def _cell(value):
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value))
    return formula_safe(value)


def _sheet(workbook, title, header, rows):
    sheet = workbook.create_sheet(title[:31])
    sheet.append([_cell(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    return sheet


def report_xlsx(report: InitiativesReport) -> bytes:
    from openpyxl.chart import BarChart, Reference

    workbook = Workbook()
    workbook.remove(workbook.active)
    status_sheet = _sheet(
        workbook,
        gettext("By status"),
        [gettext("Status"), gettext("Initiatives")],
        report.by_status,
    )
    chart = BarChart()
    chart.type = "bar"
    chart.title = gettext("Initiatives by status")
    chart.add_data(
        Reference(status_sheet, min_col=2, min_row=1, max_row=len(report.by_status) + 1),
        titles_from_data=True,
    )
    chart.set_categories(
        Reference(status_sheet, min_col=1, min_row=2, max_row=len(report.by_status) + 1)
    )
    status_sheet.add_chart(chart, "D2")
    _sheet(
        workbook, gettext("By field"), [gettext("Field"), gettext("Initiatives")], report.by_field
    )
    _sheet(
        workbook,
        gettext("By agency"),
        [gettext("Agency"), gettext("Leads"), gettext("Adopted")],
        report.by_agency,
    )
    _sheet(
        workbook,
        gettext("Over time"),
        [gettext("Quarter"), *report.status_labels],
        [(q, *counts) for q, counts in report.over_time],
    )
    _sheet(
        workbook,
        gettext("Initiatives"),
        [
            gettext("Edition"),
            pgettext("initiative", "Title"),
            gettext("Field"),
            gettext("Lead agency"),
            gettext("Status"),
            gettext("Pilot site"),
            gettext("Piloting since"),
            gettext("Adopted by"),
            gettext("Next report due"),
        ],
        report.rows,
    )
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
