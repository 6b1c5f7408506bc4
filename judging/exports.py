"""XLSX exports of a round: criterion-by-entry scores, judge-by-entry matrix, ranking.

Entries appear by code only: these sheets go to the jury, who must not learn authors.
"""

import io

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from contest.collation import vietnamese_name_key
from contest.exports import formula_safe


def _book(headers, rows, title) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([formula_safe(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([formula_safe(v) for v in row])
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def criterion_table(*, results) -> bytes:
    headers = [_("Entry code"), *(c.name for c in results.criteria), _("Total")]
    rows = [
        [r.code, *(r.criterion_means.get(str(c.pk)) for c in results.criteria), r.total]
        for r in results.rows
    ]
    return _book(headers, rows, _("Scores by criterion"))


def judge_matrix(*, results) -> bytes:
    judge_ids = sorted(results.judges, key=lambda j: (vietnamese_name_key(results.judges[j]), j))
    headers = [_("Entry code"), *(results.judges[j] for j in judge_ids)]
    rows = [[r.code, *(r.judge_totals.get(j) for j in judge_ids)] for r in results.rows]
    return _book(headers, rows, _("Judges by entry"))


def ranking_table(*, results) -> bytes:
    headers = [
        _("Rank"),
        _("Entry code"),
        pgettext("sector", "Field"),
        _("Judges"),
        _("Raw mean"),
        _("Total"),
        _("Normalised"),
        _("Range"),
        _("Flags"),
        _("Decided by"),
    ]
    rows = [
        [
            r.rank,
            r.code,
            r.sector,
            f"{r.scored}/{r.assigned}",
            r.raw_mean,
            r.total,
            r.normalised,
            r.spread,
            ", ".join(
                filter(
                    None,
                    [
                        _("missing scores") if r.missing else "",
                        _("judges disagree") if r.disputed else "",
                    ],
                )
            ),
            str(r.decided_by_label),
        ]
        for r in results.rows
    ]
    return _book(headers, rows, _("Ranking"))
