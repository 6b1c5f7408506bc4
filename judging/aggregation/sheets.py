"""Check score sheets and turn them into weighted judge totals, flagging what is missing."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .numbers import CONTEXT, ScoreValue, sum_, to_decimal
from .types import Criterion, CriterionId, EntryId, JudgeId, MissingMark

type Scores = Mapping[EntryId, Mapping[JudgeId, Mapping[CriterionId, ScoreValue]]]


@dataclass(frozen=True, slots=True)
class EntrySheets:
    """One entry's complete sheets (marks and weighted totals) and its missing marks."""

    entry: EntryId
    marks: Mapping[JudgeId, Mapping[CriterionId, Decimal]]
    totals: Mapping[JudgeId, Decimal]
    missing: tuple[MissingMark, ...]


def max_total(criteria: Sequence[Criterion]) -> Decimal:
    return sum_([CONTEXT.multiply(c.weight, c.max_score) for c in criteria])


def read_sheets(
    *,
    scores: Scores,
    criteria: Sequence[Criterion],
    assigned: Mapping[EntryId, Collection[JudgeId]] | None,
) -> list[EntrySheets]:
    """Validate every mark and split sheets into complete ones and missing marks.

    Expected judges of an entry are its ``assigned`` judges (when given) plus anyone who
    sent marks for it: a judge who started a sheet is expected to finish it. Raises
    ``ValueError`` for an unknown criterion or a mark outside 0..max.
    """
    by_id = {c.id: c for c in criteria}
    if len(by_id) != len(criteria):
        raise ValueError("criterion ids must be unique")
    weights = {c.id: c.weight for c in criteria}
    order = list(scores)
    if assigned is not None:
        order += [e for e in assigned if e not in scores]
    result = []
    for entry in order:
        sheets = scores.get(entry, {})
        expected = list(assigned.get(entry, ())) if assigned is not None else []
        expected += [j for j in sheets if j not in expected]
        marks: dict[JudgeId, dict[CriterionId, Decimal]] = {}
        missing: list[MissingMark] = []
        for judge in expected:
            sheet = sheets.get(judge)
            if sheet is None:
                missing.append(MissingMark(judge=judge, criterion=None))
                continue
            checked = _check(entry, judge, sheet, by_id)
            # Checked ids are known and unique: as many as criteria means none is absent.
            absent = (
                []
                if len(checked) == len(by_id)
                else [c.id for c in criteria if c.id not in checked]
            )
            missing += [MissingMark(judge=judge, criterion=c) for c in absent]
            if not absent:
                marks[judge] = checked
        totals = {
            judge: sum_([CONTEXT.multiply(weights[c], v) for c, v in sheet.items()])
            for judge, sheet in marks.items()
        }
        result.append(EntrySheets(entry=entry, marks=marks, totals=totals, missing=tuple(missing)))
    return result


def _check(
    entry: EntryId,
    judge: JudgeId,
    sheet: Mapping[CriterionId, ScoreValue],
    by_id: Mapping[CriterionId, Criterion],
) -> dict[CriterionId, Decimal]:
    checked = {}
    for criterion_id, raw in sheet.items():
        criterion = by_id.get(criterion_id)
        if criterion is None:
            raise ValueError(
                f"entry {entry!r}, judge {judge!r}: unknown criterion {criterion_id!r}"
            )
        # Inline fast path for the usual Decimal; to_decimal checks and converts the rest.
        value = raw if type(raw) is Decimal and raw.is_finite() else to_decimal(raw)
        if not 0 <= value <= criterion.max_score:
            raise ValueError(
                f"entry {entry!r}, judge {judge!r}: {criterion_id} = {value} is outside "
                f"0..{criterion.max_score}"
            )
        checked[criterion_id] = value
    return checked
