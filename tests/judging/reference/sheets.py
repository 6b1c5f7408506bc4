# Reference copy (see __init__.py): the first, per-entry implementation.
"""Check score sheets and turn them into weighted judge totals, flagging what is missing."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from judging.aggregation.numbers import CONTEXT, ScoreValue, sum_, to_decimal
from judging.aggregation.types import Criterion, CriterionId, EntryId, JudgeId, MissingMark

_ZERO = Decimal(0)
_NO_SHEETS: Mapping = {}

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
    maxima = {c.id: c.max_score for c in criteria}
    count = len(by_id)
    order = list(scores)
    if assigned is not None:
        order += [e for e in assigned if e not in scores]
    result = []
    # One context for the whole pass: operators on Decimals then use it without a call per
    # operation. Sums of marks at 50 digits are exact, so their order never matters.
    with localcontext(CONTEXT):
        for entry in order:
            sheets = scores.get(entry, _NO_SHEETS)
            if assigned is None:
                expected: Collection[JudgeId] = sheets
            else:
                expected = list(assigned.get(entry, ()))
                expected += [j for j in sheets if j not in expected]
            marks: dict[JudgeId, Mapping[CriterionId, ScoreValue]] = {}
            totals: dict[JudgeId, Decimal] = {}
            missing: list[MissingMark] = []
            for judge in expected:
                sheet = sheets.get(judge)
                if sheet is None:
                    missing.append(MissingMark(judge=judge, criterion=None))
                    continue
                # The usual sheet (from the database or a form) has a finite Decimal within
                # range for every criterion and is used as it is; anything else is checked
                # and converted by _check (NaN refuses to compare, hence the except).
                checked = sheet
                try:
                    for criterion_id, raw in sheet.items():
                        top = maxima.get(criterion_id)
                        if top is None or type(raw) is not Decimal or not 0 <= raw <= top:
                            checked = _check(entry, judge, sheet, maxima)
                            break
                except InvalidOperation:
                    checked = _check(entry, judge, sheet, maxima)
                if len(checked) != count:
                    # Checked ids are known and unique: fewer than the criteria means absent.
                    missing += [
                        MissingMark(judge=judge, criterion=c.id)
                        for c in criteria
                        if c.id not in checked
                    ]
                    continue
                marks[judge] = checked
                # Always times the weight, even 1: a weight of 1.00 gives the total its
                # exponent (76.0000), and figures must not change form between versions.
                total = _ZERO
                for criterion_id, value in checked.items():
                    total += weights[criterion_id] * value
                totals[judge] = total
            result.append(
                EntrySheets(entry=entry, marks=marks, totals=totals, missing=tuple(missing))
            )
    return result


def _check(
    entry: EntryId,
    judge: JudgeId,
    sheet: Mapping[CriterionId, ScoreValue],
    maxima: Mapping[CriterionId, Decimal],
) -> dict[CriterionId, Decimal]:
    checked = {}
    for criterion_id, raw in sheet.items():
        top = maxima.get(criterion_id)
        if top is None:
            raise ValueError(
                f"entry {entry!r}, judge {judge!r}: unknown criterion {criterion_id!r}"
            )
        # Inline fast path for the usual Decimal; to_decimal checks and converts the rest.
        value = raw if type(raw) is Decimal and raw.is_finite() else to_decimal(raw)
        if not 0 <= value <= top:
            raise ValueError(
                f"entry {entry!r}, judge {judge!r}: {criterion_id} = {value} is outside 0..{top}"
            )
        checked[criterion_id] = value
    return checked
