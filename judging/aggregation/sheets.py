"""Score sheets as one table of weighted judge totals, with what each entry lacks.

Aggregation works on complete sheets' totals, never on single marks: the database can sum a
sheet (judging.selectors.sheet_table) as well as ``read_sheets`` can from marks, and both
give the same table. Figures are kept as integers of a fixed number of decimal places
(``places``), so sums, means and medians are exact and cost one array operation each.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

import numpy as np

from .numbers import CONTEXT, ScoreValue, sum_, to_decimal
from .types import Criterion, CriterionId, EntryId, JudgeId, MissingMark

_ZERO = Decimal(0)
_NO_SHEETS: Mapping = {}

type Scores = Mapping[EntryId, Mapping[JudgeId, Mapping[CriterionId, ScoreValue]]]

# Integers up to this size are summed (over a few sheets) and squared in int64 safely;
# larger figures are kept as Python integers, exact whatever their size.
_INT64_SAFE = 2**26


@dataclass(frozen=True, slots=True)
class SheetTable:
    """A round's complete sheets, one row each, and every entry's missing marks.

    ``totals[i]`` (exact, as given) is judge ``sheet_judge[i]``'s weighted total for entry
    ``entries[sheet_entry[i]]``; ``units[i]`` is the same number times 10**``places``, an
    integer. ``top[i]`` counts that sheet's marks at their criterion's maximum.
    ``criterion_units[e][c]`` is the sum of criterion ``criteria[c]``'s marks over entry e's
    complete sheets, times 10**``criterion_places``. ``missing[e]`` lists entry e's absent
    marks (a judge expected but without a complete sheet).
    """

    entries: Sequence[EntryId]
    sheet_entry: np.ndarray
    sheet_judge: Sequence[JudgeId]
    totals: Sequence[Decimal]
    units: np.ndarray
    places: int
    top: np.ndarray
    criteria: Sequence[CriterionId]
    criterion_units: np.ndarray
    criterion_places: int
    missing: Mapping[int, tuple[MissingMark, ...]]

    def totals_by_entry(self) -> list[dict[JudgeId, Decimal]]:
        """Each entry's complete sheets' totals by judge, in sheet order."""
        out: list[dict[JudgeId, Decimal]] = [{} for _ in self.entries]
        for entry, judge, total in zip(
            self.sheet_entry.tolist(), self.sheet_judge, self.totals, strict=True
        ):
            out[entry][judge] = total
        return out


def integer_column(values: Sequence[int]) -> np.ndarray:
    """int64 where every sum and square stays exact, Python integers otherwise."""
    if not values or max(abs(min(values)), abs(max(values))) < _INT64_SAFE:
        return np.array(values, dtype=np.int64)
    return np.array(values, dtype=object)


def decimal_places(values: Collection[Decimal]) -> int:
    """The fewest decimal places that hold every value exactly (0 for integers)."""
    return max([0, *(-e for e in {v.as_tuple().exponent for v in values})])


def to_units(values: Sequence[Decimal], places: int) -> list[int]:
    return [int(v.scaleb(places)) for v in values]


def max_total(criteria: Sequence[Criterion]) -> Decimal:
    return sum_([CONTEXT.multiply(c.weight, c.max_score) for c in criteria])


def read_sheets(
    *,
    scores: Scores,
    criteria: Sequence[Criterion],
    assigned: Mapping[EntryId, Collection[JudgeId]] | None,
) -> SheetTable:
    """Validate every mark and total the complete sheets.

    Expected judges of an entry are its ``assigned`` judges (when given) plus anyone who
    sent marks for it: a judge who started a sheet is expected to finish it. Raises
    ``ValueError`` for an unknown criterion or a mark outside 0..max.
    """
    by_id = {c.id: c for c in criteria}
    if len(by_id) != len(criteria):
        raise ValueError("criterion ids must be unique")
    weights = {c.id: c.weight for c in criteria}
    maxima = {c.id: c.max_score for c in criteria}
    column = {c.id: n for n, c in enumerate(criteria)}
    count = len(by_id)
    order = list(scores)
    if assigned is not None:
        order += [e for e in assigned if e not in scores]
    sheet_entry: list[int] = []
    sheet_judge: list[JudgeId] = []
    totals: list[Decimal] = []
    top: list[int] = []
    sums = [[_ZERO] * count for _ in order]
    missing: dict[int, tuple[MissingMark, ...]] = {}
    exponents: set[int] = {0}
    # One context for the whole pass: operators on Decimals then use it without a call per
    # operation. Sums of marks at 50 digits are exact, so their order never matters.
    with localcontext(CONTEXT):
        for index, entry in enumerate(order):
            sheets = scores.get(entry, _NO_SHEETS)
            if assigned is None:
                expected: Collection[JudgeId] = sheets
            else:
                expected = list(assigned.get(entry, ()))
                expected += [j for j in sheets if j not in expected]
            absent: list[MissingMark] = []
            for judge in expected:
                sheet = sheets.get(judge)
                if sheet is None:
                    absent.append(MissingMark(judge=judge, criterion=None))
                    continue
                # The usual sheet (from the database or a form) has a finite Decimal within
                # range for every criterion and is used as it is; anything else is checked
                # and converted by _check (NaN refuses to compare, hence the except).
                checked = sheet
                try:
                    for criterion_id, raw in sheet.items():
                        top_score = maxima.get(criterion_id)
                        if (
                            top_score is None
                            or type(raw) is not Decimal
                            or not 0 <= raw <= top_score
                        ):
                            checked = _check(entry, judge, sheet, maxima)
                            break
                except InvalidOperation:
                    checked = _check(entry, judge, sheet, maxima)
                if len(checked) != count:
                    # Checked ids are known and unique: fewer than the criteria means absent.
                    absent += [
                        MissingMark(judge=judge, criterion=c.id)
                        for c in criteria
                        if c.id not in checked
                    ]
                    continue
                # Always times the weight, even 1: a weight of 1.00 gives the total its
                # exponent (76.0000), and figures must not change form between versions.
                total = _ZERO
                at_top = 0
                row = sums[index]
                for criterion_id, value in checked.items():
                    total += weights[criterion_id] * value
                    row[column[criterion_id]] += value
                    at_top += value == maxima[criterion_id]
                    exponents.add(value.as_tuple().exponent)
                sheet_entry.append(index)
                sheet_judge.append(judge)
                totals.append(total)
                top.append(at_top)
            if absent:
                missing[index] = tuple(absent)
    places = decimal_places(totals)
    criterion_places = -min(exponents)
    flat = [int(v.scaleb(criterion_places)) for row in sums for v in row]
    criterion_units = integer_column(flat).reshape(len(order), count)
    return SheetTable(
        entries=order,
        sheet_entry=np.array(sheet_entry, dtype=np.int64),
        sheet_judge=sheet_judge,
        totals=totals,
        units=integer_column(to_units(totals, places)),
        places=places,
        top=np.array(top, dtype=np.int64),
        criteria=[c.id for c in criteria],
        criterion_units=criterion_units,
        criterion_places=criterion_places,
        missing=missing,
    )


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
