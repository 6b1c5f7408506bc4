"""A round's score summary (bảng tổng hợp điểm), from the live results of the round.

Per entry: the mean mark of each criterion, each judge's total, the final score by the
round's aggregation method and the rank. Judges are columns J1, J2… in Vietnamese name
order, named in a legend; criteria are columns in rubric order, named in the rubric table.
Entries with a missing mark follow the ranked ones, unranked. Queries: those of
``judging.results.round_results`` and the signer settings, whatever the round's size.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext, pgettext

from contest.collation import vietnamese_name_key
from judging.enums import AggregationMethod
from judging.models import Round
from judging.reports.context import (
    Header,
    Signer,
    document_header,
    edition_settings,
    render_report,
    signature_note,
)
from judging.reports.sources import LiveCriterion, live_round

TEMPLATE = "judging/reports/score_summary.html"


@dataclass(frozen=True, kw_only=True)
class Judge:
    id: int
    label: str  # "J1", the column heading
    name: str


@dataclass(frozen=True, kw_only=True)
class SummaryRow:
    code: str
    title: str
    field: str
    criterion_means: tuple[Decimal | None, ...]  # in rubric order
    judge_totals: tuple[Decimal | None, ...]  # in judge column order; None: not this judge's
    scored: int
    assigned: int
    total: Decimal | None
    rank: int | None
    missing: bool


@dataclass(frozen=True, kw_only=True)
class ScoreSummary:
    title: str
    header: Header
    round_name: str
    round_position: int
    method: str
    method_label: str
    max_total: Decimal
    criteria: tuple[LiveCriterion, ...]
    judges: tuple[Judge, ...]
    rows: tuple[SummaryRow, ...]
    signers: tuple[Signer, ...]

    @property
    def column_count(self) -> int:
        """Columns of the scores table: rank, code, title, field, means, judges, final."""
        return 5 + len(self.criteria) + len(self.judges)


def method_label(method: str) -> str:
    try:
        return str(AggregationMethod(method).label)
    except ValueError:
        return method


def score_summary(*, round_: Round) -> ScoreSummary:
    """The summary of ``round_`` (its edition loaded with it)."""
    settings = edition_settings(round_.edition)
    live = live_round(round_)
    judge_ids = sorted(live.judges, key=lambda pk: (vietnamese_name_key(live.judges[pk]), pk))
    judges = tuple(
        Judge(
            id=pk,
            label=pgettext("judge column", "J%(number)s") % {"number": index},
            name=live.judges[pk],
        )
        for index, pk in enumerate(judge_ids, start=1)
    )
    rows = tuple(
        SummaryRow(
            code=row.code,
            title=row.title,
            field=row.sector,
            criterion_means=tuple(row.criterion_means.get(c.id) for c in live.criteria),
            judge_totals=tuple(row.judge_totals.get(pk) for pk in judge_ids),
            scored=row.scored,
            assigned=row.assigned,
            total=None if row.missing else row.total,
            rank=None if row.missing else row.rank,
            missing=row.missing,
        )
        for row in live.rows
    )
    return ScoreSummary(
        title=gettext("Score summary"),
        header=document_header(edition=round_.edition, settings=settings),
        round_name=round_.name,
        round_position=round_.position,
        method=live.method,
        method_label=method_label(live.method),
        max_total=sum((c.max_points * c.weight for c in live.criteria), Decimal(0)),
        criteria=live.criteria,
        judges=judges,
        rows=rows,
        signers=(
            Signer(
                title_lines=(pgettext("signature", "Prepared by"),),
                note=signature_note(),
            ),
            Signer(
                title_lines=(
                    pgettext("signature", "On behalf of the jury"),
                    pgettext("signature", "Chair of the jury"),
                ),
                note=signature_note(),
            ),
        ),
    )


def score_summary_pdf(summary: ScoreSummary) -> bytes:
    return render_report(
        template_name=TEMPLATE, context={"summary": summary, "title": summary.title}
    )
