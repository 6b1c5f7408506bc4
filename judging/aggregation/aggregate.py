"""Turn judges' weighted totals into one published score per entry.

Every figure is computed for all entries at once on integer arrays (judging.aggregation.
sheets), exactly: a mean, a median or a trimmed mean of totals of ``places`` decimals is a
ratio of integers, rounded half up to cents by integer division (judging.aggregation.exact).
The figures no integer holds (a standard deviation, a z-score) are computed in floats and
kept where they are clearly away from a half cent; the few that are not are recomputed in
the 50-digit decimal context, so every published figure is the one decimal arithmetic gives.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import ROUND_FLOOR, Decimal

import numpy as np

from .exact import cent_decimal, cents, float_cents
from .judge_effects import MIN_ENTRIES, JudgeEffects, fit_judge_effects
from .methods import TRIM_FROM, ZScale, text_order, z_scale
from .numbers import CONTEXT, mean, pstdev, round2
from .sheets import Scores, SheetTable, max_total, read_sheets
from .types import (
    AggregationResult,
    Criterion,
    EntryId,
    EntryScore,
    JudgeId,
    Method,
    Status,
)

# Judges "disagree" on an entry when their totals span more than this share of the scale.
DEFAULT_RANGE_SHARE = Decimal("0.2")


def aggregate(
    *,
    scores: Scores,
    criteria: Sequence[Criterion],
    method: Method = Method.MEAN,
    assigned: Mapping[EntryId, Collection[JudgeId]] | None = None,
    max_range: Decimal | None = None,
    max_stdev: Decimal | None = None,
    normalise: bool = False,
    min_entries: int = MIN_ENTRIES,
) -> AggregationResult:
    """Score every entry from ``scores[entry][judge][criterion]``.

    A judge's total is the sum of weight x mark over the criteria; see ``aggregate_table``
    for everything after that.
    """
    return aggregate_table(
        table=read_sheets(scores=scores, criteria=criteria, assigned=assigned),
        criteria=criteria,
        method=method,
        max_range=max_range,
        max_stdev=max_stdev,
        normalise=normalise,
        min_entries=min_entries,
    )


def aggregate_table(
    *,
    table: SheetTable,
    criteria: Sequence[Criterion],
    method: Method = Method.MEAN,
    max_range: Decimal | None = None,
    max_stdev: Decimal | None = None,
    normalise: bool = False,
    min_entries: int = MIN_ENTRIES,
) -> AggregationResult:
    """Score every entry of ``table`` (complete sheets' totals).

    The entry's score combines its judges' totals with ``method`` and is rounded half up
    to 2 decimals. Entries with any expected mark missing get ``Status.MISSING`` and no
    score: a missing mark is never silently averaged away. ``disagreement`` is set when the
    totals' range exceeds ``max_range`` (default: 20% of the highest possible total) or
    their standard deviation exceeds ``max_stdev`` (if given).

    With ``normalise`` (implied by ``Method.ZSCORE``) every complete entry also gets
    ``normalised``: the score ``Method.ZSCORE`` would give it, from the same pass over the
    sheets, so a page can show it beside the chosen method's score at no second cost.

    ``Method.ADJUSTED`` fits every judge's leniency and scale from all complete sheets
    (judging.aggregation.judge_effects; judges with fewer than ``min_entries`` totals are
    left uncorrected) and averages the corrected totals; ``judge_totals`` stay the raw ones.
    """
    return aggregate_methods(
        table=table,
        criteria=criteria,
        methods=(method,),
        max_range=max_range,
        max_stdev=max_stdev,
        normalise=normalise,
        min_entries=min_entries,
    )[method]


def aggregate_methods(
    *,
    table: SheetTable,
    criteria: Sequence[Criterion],
    methods: Iterable[Method],
    max_range: Decimal | None = None,
    max_stdev: Decimal | None = None,
    normalise: bool = False,
    min_entries: int = MIN_ENTRIES,
) -> dict[Method, AggregationResult]:
    """``aggregate_table`` for each of ``methods``, with what they share computed once.

    Only the score (and the trimmed mean's counted judges) depends on the method: the raw
    mean, the z-score, the spread, the deviation and the criterion means are the same for
    all, so comparing five methods costs little more than computing one.
    """
    methods = list(dict.fromkeys(methods))
    common = _Common(
        table=table,
        criteria=criteria,
        max_range=max_range,
        max_stdev=max_stdev,
        normalise=normalise or Method.ZSCORE in methods,
    )
    return {
        method: common.result(
            method=method,
            normalise=normalise or method is Method.ZSCORE,
            min_entries=min_entries,
        )
        for method in methods
    }


class _Common:
    """Every figure of an aggregation but the score, for all entries at once."""

    def __init__(
        self,
        *,
        table: SheetTable,
        criteria: Sequence[Criterion],
        max_range: Decimal | None,
        max_stdev: Decimal | None,
        normalise: bool,
    ) -> None:
        limit = (
            max_range
            if max_range is not None
            else CONTEXT.multiply(DEFAULT_RANGE_SHARE, max_total(criteria))
        )
        size = len(table.entries)
        self.table = table
        self.shape = shape = _Shape(table)
        counts = shape.counts
        divisor = np.maximum(counts, 1)
        scored = counts > 0
        complete = scored.copy()
        if table.missing:
            complete[list(table.missing)] = False
        self.totals = totals = table.totals_by_entry()
        self.raw = raw = cents(shape.sums, table.places, divisor)
        self.scale = scale = z_scale(table) if normalise else None
        self.normalised = _normalised(table, shape, scale, totals) if scale is not None else None
        spread_units = shape.highest - shape.lowest
        over = spread_units > int(
            limit.scaleb(table.places).to_integral_value(rounding=ROUND_FLOOR)
        )
        deviation = _deviations(table, shape, totals)
        means = cents(table.criterion_units, table.criterion_places, divisor[:, None]).tolist()
        top_marks = np.bincount(table.sheet_entry, weights=table.top, minlength=size).tolist()
        self.complete = complete.tolist()
        criterion_ids = list(table.criteria)
        # Columns of the EntryScore fields that do not depend on the method.
        self.criterion_means, self.spreads, self.stdevs, self.disagreements = [], [], [], []
        for index, (has_values, is_over) in enumerate(
            zip(scored.tolist(), over.tolist(), strict=True)
        ):
            if has_values:
                # max and min of the values, as written: of equal totals in different forms
                # (8 and 8.00) they pick the first, and the difference keeps that form.
                values = totals[index].values()
                self.spreads.append(CONTEXT.subtract(max(values), min(values)))
                self.disagreements.append(
                    is_over or (max_stdev is not None and pstdev(list(values)) > max_stdev)
                )
                self.stdevs.append(cent_decimal(deviation[index]))
                self.criterion_means.append(
                    dict(zip(criterion_ids, map(cent_decimal, means[index]), strict=True))
                )
            else:
                self.spreads.append(None)
                self.disagreements.append(False)
                self.stdevs.append(None)
                self.criterion_means.append({})
        self.top_marks = [int(count) for count in top_marks]
        self.missing = [table.missing.get(index, ()) for index in range(size)]
        self.statuses = [Status.COMPLETE if c else Status.MISSING for c in self.complete]
        self.everyone = [
            tuple(judge_totals) if is_complete else ()
            for judge_totals, is_complete in zip(totals, self.complete, strict=True)
        ]
        raw_list = raw.tolist()
        self.raw_means = [
            cent_decimal(raw_list[index]) if is_complete else None
            for index, is_complete in enumerate(self.complete)
        ]
        self.normalised_decimals = (
            self._decimals(self.normalised) if self.normalised is not None else None
        )

    def _decimals(self, cents: Sequence[tuple[int, bool]]) -> list[Decimal | None]:
        return [
            cent_decimal(value, negative=negative) if is_complete else None
            for (value, negative), is_complete in zip(cents, self.complete, strict=True)
        ]

    def result(self, *, method: Method, normalise: bool, min_entries: int) -> AggregationResult:
        table, shape = self.table, self.shape
        effects = (
            fit_judge_effects(table, min_entries=min_entries) if method is Method.ADJUSTED else None
        )
        if method is Method.ZSCORE:
            scores = self.normalised_decimals
        elif effects is not None:
            scores = self._decimals(_adjusted(table, shape, effects))
        elif method is Method.MEDIAN:
            scores = self._decimals(_median(table, shape))
        elif method is Method.TRIMMED_MEAN:
            scores = self._decimals(_trimmed(table, shape))
        else:
            scores = self._decimals([(int(c), c < 0) for c in self.raw.tolist()])
        counted = self.everyone
        if method is Method.TRIMMED_MEAN:
            counted = list(counted)
            judges = table.sheet_judge
            high, low = shape.highest_sheet.tolist(), shape.lowest_sheet.tolist()
            for index, judge_totals in enumerate(self.totals):
                if self.complete[index] and len(judge_totals) >= TRIM_FROM:
                    dropped = (judges[low[index]], judges[high[index]])
                    counted[index] = tuple(j for j in judge_totals if j not in dropped)
        normalised = self.normalised_decimals if normalise else [None] * len(scores)
        # Positional, in EntryScore's field order: map builds 10,000 of them in a few ms.
        results = tuple(
            map(
                EntryScore,
                table.entries,
                self.statuses,
                scores,
                self.totals,
                counted,
                self.criterion_means,
                self.top_marks,
                self.spreads,
                self.stdevs,
                self.disagreements,
                self.missing,
                normalised,
                self.raw_means,
            )
        )
        scale = self.scale if normalise else None
        return AggregationResult(
            method=method,
            entries=results,
            pooled_mean=_published(scale.pooled_mean if scale else None),
            pooled_stdev=_published(scale.pooled_stdev if scale else None),
            unnormalised_judges=scale.unnormalised if scale else (),
            judge_effects=effects,
        )


class _Shape:
    """Each entry's sheets in total order: counts, sums, and where its lowest and highest
    totals are, computed once for all methods."""

    def __init__(self, table: SheetTable) -> None:
        size = len(table.entries)
        units, entry_of = table.units, table.sheet_entry
        # Within an entry by total, then judge id as text: the trimmed mean drops the first
        # and the last, so ties at either end are broken by judge id as text (the value is
        # the same whichever tied judge is named as dropped).
        names = {j: n for n, j in enumerate(sorted(set(table.sheet_judge), key=text_order))}
        judge_rank = np.array([names[j] for j in table.sheet_judge], dtype=np.int64)
        if units.dtype == object:
            order = np.array(
                sorted(range(len(units)), key=lambda i: (entry_of[i], units[i], judge_rank[i])),
                dtype=np.int64,
            )
        else:
            order = np.lexsort((judge_rank, units, entry_of))
        self.counts = np.bincount(entry_of, minlength=size)
        self.starts = np.concatenate(([0], np.cumsum(self.counts)[:-1])).astype(np.int64)
        ends = self.starts + np.maximum(self.counts, 1) - 1
        self.sorted_units = units[order] if len(order) else units
        scored = self.counts > 0
        safe_start = np.where(scored, self.starts, 0)
        safe_end = np.where(scored, ends, 0)
        if len(order):
            self.lowest_sheet = order[safe_start]
            self.highest_sheet = order[safe_end]
            self.lowest = np.where(scored, units[self.lowest_sheet], 0)
            self.highest = np.where(scored, units[self.highest_sheet], 0)
            sums = np.zeros(size, dtype=units.dtype)
            np.add.at(sums, entry_of, units)
        else:
            self.lowest_sheet = self.highest_sheet = np.zeros(size, dtype=np.int64)
            self.lowest = self.highest = sums = np.zeros(size, dtype=np.int64)
        self.sums = sums


def _median(table: SheetTable, shape: _Shape) -> list[tuple[int, bool]]:
    counts = shape.counts
    if not len(table.units):
        return [(0, False)] * len(counts)
    half = np.maximum(counts, 1) // 2
    upper = shape.sorted_units[np.minimum(shape.starts + half, len(table.units) - 1)]
    lower = shape.sorted_units[np.maximum(shape.starts + half - 1, 0)]
    odd = counts % 2 == 1
    # Twice the median: the middle total doubled, or the two middle ones added.
    doubled = np.where(odd, 2 * upper, lower + upper)
    return [(int(c), False) for c in cents(doubled, table.places, np.full(len(counts), 2))]


def _trimmed(table: SheetTable, shape: _Shape) -> list[tuple[int, bool]]:
    counts = shape.counts
    trim = counts >= TRIM_FROM
    kept = np.where(trim, shape.sums - shape.lowest - shape.highest, shape.sums)
    divisor = np.where(trim, counts - 2, np.maximum(counts, 1))
    return [(int(c), False) for c in cents(kept, table.places, divisor)]


def _adjusted(table: SheetTable, shape: _Shape, effects: JudgeEffects) -> list[tuple[int, bool]]:
    """Mean corrected total: centre + factor * (total - centre - offset), summed exactly in
    integers of ``places + 4`` decimals (offsets and the centre have 2, factors 4)."""
    places = max(table.places, 2)
    lift = 10 ** (places - table.places)
    centre = int(effects.centre.scaleb(2)) * 10 ** (places - 2)
    index = {judge: n for n, judge in enumerate(effects.judges)}
    offsets = [int(e.offset.scaleb(2)) * 10 ** (places - 2) for e in effects.judges.values()]
    factors = [int(e.factor.scaleb(4)) for e in effects.judges.values()]
    fitted = [e.corrected for e in effects.judges.values()]
    judge_of = np.array([index[j] for j in table.sheet_judge], dtype=np.int64)
    dtype = table.units.dtype
    offsets_a = np.array(offsets, dtype=dtype)
    factors_a = np.array(factors, dtype=dtype)
    fitted_a = np.array(fitted, dtype=bool)
    x = table.units * lift
    if len(judge_of):
        corrected = np.where(
            fitted_a[judge_of],
            centre * 10**4 + factors_a[judge_of] * (x - centre - offsets_a[judge_of]),
            x * 10**4,
        )
    else:
        corrected = x
    sums = np.zeros(len(table.entries), dtype=dtype)
    np.add.at(sums, table.sheet_entry, corrected)
    rounded = cents(sums, places + 4, np.maximum(shape.counts, 1))
    return [(int(c), s < 0) for c, s in zip(rounded.tolist(), sums.tolist(), strict=True)]


def _normalised(
    table: SheetTable, shape: _Shape, scale: ZScale, totals: list[dict[JudgeId, Decimal]]
) -> list[tuple[int, bool]]:
    sums = np.bincount(table.sheet_entry, weights=scale.sheets, minlength=len(table.entries))
    values = sums / np.maximum(shape.counts, 1)
    rounded, doubtful = float_cents(values)
    out = [(int(c), v < 0) for c, v in zip(rounded.tolist(), values.tolist(), strict=True)]
    for index in np.flatnonzero(doubtful & (shape.counts > 0)).tolist():
        exact = mean([scale.rescale(j, t) for j, t in totals[index].items()])
        out[index] = (int(round2(exact).scaleb(2)), exact < 0)
    return out


def _deviations(
    table: SheetTable, shape: _Shape, totals: list[dict[JudgeId, Decimal]]
) -> list[int]:
    """Each entry's population sd of totals, in cents."""
    counts = shape.counts
    k = np.maximum(counts, 1)
    if len(table.units):
        # k * x - sum is exact, and its square in floats is off by one part in 2**53 at most.
        spread = (k[table.sheet_entry] * table.units - shape.sums[table.sheet_entry]).astype(float)
        squares = np.bincount(table.sheet_entry, weights=spread * spread, minlength=len(counts))
    else:
        squares = np.zeros(len(counts))
    values = np.sqrt(squares / k.astype(float) ** 3) / 10.0**table.places
    rounded, doubtful = float_cents(values)
    out = rounded.tolist()
    for index in np.flatnonzero(doubtful & (counts > 0)).tolist():
        out[index] = int(round2(pstdev(list(totals[index].values()))).scaleb(2))
    return out


def _published(value: Decimal | None) -> Decimal | None:
    return None if value is None else round2(value)
