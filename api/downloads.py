"""CSV downloads of the public pages' data, linked from the results and initiatives pages.

The same rows as the JSON API (`api.rows`), with headers in the reader's language. UTF-8
with a byte-order mark: without it Excel reads the file as the local code page and mangles
Vietnamese.
"""

import csv
import io

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_safe

from api import rows, selectors
from contest.enums import EntrantType
from initiatives.enums import InitiativeStatus
from initiatives.selectors import editions_published


def _csv_response(*, filename: str, header: list[str], lines: list[list]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(lines)
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Unpublishing withdraws what these files hold: no cache may keep them.
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def results_csv(request, edition_id):
    results = selectors.edition_results(edition_id=edition_id)
    if results is None:
        raise Http404
    entrant_types = dict(EntrantType.choices)
    lines = [
        [
            row["position"],
            row["prize"],
            entrant_types.get(row["entrant_type"], row["entrant_type"]),
            row["code"],
            row["title"],
            ", ".join(row["authors"]),
            row["agency"],
            row["field"],
            row["rationale"],
        ]
        for row in rows.winner_rows(results)
    ]
    header = [
        _("No."),
        _("Prize"),
        _("Entrant type"),
        _("Entry code"),
        pgettext("entry", "Title"),
        _("Authors"),
        _("Agency"),
        pgettext("sector", "Field"),
        _("Jury's rationale"),
    ]
    return _csv_response(filename=f"ket-qua-{edition_id}.csv", header=header, lines=lines)


@require_safe
def initiatives_csv(request, edition_id):
    if not editions_published().filter(pk=edition_id).exists():
        raise Http404
    statuses = dict(InitiativeStatus.choices)
    lines = []
    for initiative in selectors.initiatives_public(edition_id=edition_id):
        row = rows.initiative_row(initiative)
        lines.append(
            [
                row["title"],
                row["field"],
                row["prize"],
                row["lead_agency"],
                statuses.get(row["status"], row["status"]),
                row["pilot_place"],
                row["pilot_since"].strftime("%d/%m/%Y") if row["pilot_since"] else "",
                ", ".join(
                    f"{a['agency']} ({a['since'][5:]}/{a['since'][:4]})" for a in row["adopted_by"]
                ),
            ]
        )
    header = [
        _("Initiative"),
        pgettext("sector", "Field"),
        _("Prize"),
        _("Lead agency"),
        _("Status"),
        _("Pilot site"),
        _("Piloting since"),
        _("Adopted by"),
    ]
    return _csv_response(filename=f"sang-kien-{edition_id}.csv", header=header, lines=lines)
