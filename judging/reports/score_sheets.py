"""Each judge's score sheet of a round (phiếu chấm điểm), to be signed by the judge.

One sheet per judge, in Vietnamese name order: the rubric, the judge's marks for each
entry assigned to them (entry order), each sheet's weighted total, their comments, and
the signature line "Scored by" (Người chấm) with their name. Only submitted sheets print
marks: a draft is not the judge's word yet. Entries are named by code and the judges' copy
of their title, as the judge saw them, never by author. Four queries (with the signer
settings) whatever the round's size.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext, pgettext

from contest.collation import vietnamese_name_key
from judging.enums import SheetStatus
from judging.models import Assignment, Round, Score
from judging.reports.context import (
    Header,
    Signer,
    document_header,
    edition_settings,
    render_report,
    signature_note,
)
from judging.reports.sources import LiveCriterion

TEMPLATE = "judging/reports/score_sheets.html"


@dataclass(frozen=True, kw_only=True)
class SheetRow:
    code: str
    title: str
    marks: tuple[Decimal | None, ...]  # in rubric order; None when not submitted
    total: Decimal | None
    submitted: bool
    comment: str


@dataclass(frozen=True, kw_only=True)
class JudgeSheet:
    judge_id: int
    judge_name: str
    rows: tuple[SheetRow, ...]
    signers: tuple[Signer, ...]

    @property
    def submitted(self) -> int:
        return sum(1 for row in self.rows if row.submitted)

    @property
    def comments(self) -> tuple[SheetRow, ...]:
        return tuple(row for row in self.rows if row.submitted and row.comment)


@dataclass(frozen=True, kw_only=True)
class ScoreSheets:
    title: str
    header: Header
    round_name: str
    round_position: int
    max_total: Decimal
    criteria: tuple[LiveCriterion, ...]
    sheets: tuple[JudgeSheet, ...]


def score_sheets(*, round_: Round, judge_id: int | None = None) -> ScoreSheets:
    """Every judge's sheet of ``round_`` (its edition loaded), or ``judge_id``'s only.

    A judge appears when they hold an active assignment in the round.
    """
    settings = edition_settings(round_.edition)
    criteria = tuple(
        LiveCriterion(
            id=c.pk, name=c.name, max_points=c.max_points, weight=c.weight, guidance=c.guidance
        )
        for c in round_.criteria.order_by("sort_order", "pk")
    )
    assignments = (
        Assignment.objects.filter(round=round_, active=True)
        .select_related("entry", "judge", "sheet")
        .only(
            "pk",
            "judge_id",
            "entry__number",
            "entry__code",
            "entry__title",
            "entry__redactions",
            "judge__full_name",
            "judge__email",
            "sheet__status",
            "sheet__total",
            "sheet__comment",
        )
        .order_by("entry__number", "pk")
    )
    marks_filter = {
        "sheet__assignment__round": round_,
        "sheet__assignment__active": True,
        "sheet__status": SheetStatus.SUBMITTED,
    }
    if judge_id is not None:
        assignments = assignments.filter(judge_id=judge_id)
        marks_filter["sheet__assignment__judge_id"] = judge_id
    marks: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for assignment_id, criterion_id, points in Score.objects.filter(**marks_filter).values_list(
        "sheet__assignment_id", "criterion_id", "points"
    ):
        marks[assignment_id][criterion_id] = points

    by_judge: dict[int, list[SheetRow]] = defaultdict(list)
    names: dict[int, str] = {}
    for a in assignments:
        names[a.judge_id] = a.judge.full_name or a.judge.email
        sheet = getattr(a, "sheet", None)
        submitted = sheet is not None and sheet.status == SheetStatus.SUBMITTED
        entry = a.entry
        by_judge[a.judge_id].append(
            SheetRow(
                code=entry.code,
                # The judges' copy: the title as the judge saw it, redactions applied.
                title=(entry.redactions or {}).get("title", entry.title),
                marks=tuple(marks[a.pk].get(c.id) if submitted else None for c in criteria),
                total=sheet.total if submitted else None,
                submitted=submitted,
                comment=sheet.comment if submitted else "",
            )
        )
    order = sorted(names, key=lambda pk: (vietnamese_name_key(names[pk]), pk))
    return ScoreSheets(
        title=gettext("Score sheet"),
        header=document_header(edition=round_.edition, settings=settings),
        round_name=round_.name,
        round_position=round_.position,
        max_total=sum((c.max_points * c.weight for c in criteria), Decimal(0)),
        criteria=criteria,
        sheets=tuple(
            JudgeSheet(
                judge_id=pk,
                judge_name=names[pk],
                rows=tuple(by_judge[pk]),
                signers=(
                    Signer(
                        title_lines=(pgettext("signature", "Scored by"),),
                        name=names[pk],
                        note=signature_note(),
                    ),
                ),
            )
            for pk in order
        ),
    )


def score_sheets_pdf(sheets: ScoreSheets) -> bytes:
    """One PDF: each judge's sheet starts on a new page."""
    return render_report(template_name=TEMPLATE, context={"report": sheets, "title": sheets.title})
