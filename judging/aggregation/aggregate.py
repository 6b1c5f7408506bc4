"""Turn judges' weighted totals into one published score per entry.

Every figure is computed for all entries at once on integer arrays (judging.aggregation.
sheets), exactly: a mean, a median or a trimmed mean of totals of ``places`` decimals is a
ratio of integers, rounded half up to cents by integer division (judging.aggregation.exact).
The figures no integer holds (a standard deviation, a z-score) are computed in floats and
kept where they are clearly away from a half cent; the few that are not are recomputed in
the 50-digit decimal context, so every published figure is the one decimal arithmetic gives.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
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
    limit = (
        max_range
        if max_range is not None
        else CONTEXT.multiply(DEFAULT_RANGE_SHARE, max_total(criteria))
    )
    size = len(table.entries)
    shape = _Shape(table)
    counts = shape.counts
    divisor = np.maximum(counts, 1)
    scored = counts > 0
    complete = scored.copy()
    if table.missing:
        complete[list(table.missing)] = False
    totals = table.totals_by_entry()

    raw = cents(shape.sums, table.places, divisor)
    scale = z_scale(table) if method is Method.ZSCORE or normalise else None
    normalised = _normalised(table, shape, scale, totals) if scale is not None else None
    effects = (
        fit_judge_effects(table, min_entries=min_entries) if method is Method.ADJUSTED else None
    )
    if method is Method.ZSCORE:
        score = normalised
    elif effects is not None:
        score = _adjusted(table, shape, effects)
    elif method is Method.MEDIAN:
        score = _median(table, shape)
    elif method is Method.TRIMMED_MEAN:
        score = _trimmed(table, shape)
    else:
        score = [(int(c), c < 0) for c in raw.tolist()]

    spread_units = shape.highest - shape.lowest
    over = spread_units > int(limit.scaleb(table.places).to_integral_value(rounding=ROUND_FLOOR))
    deviation = _deviations(table, shape, totals)
    means = cents(table.criterion_units, table.criterion_places, divisor[:, None]).tolist()
    top_marks = np.bincount(table.sheet_entry, weights=table.top, minlength=size)
    high, low = shape.highest_sheet.tolist(), shape.lowest_sheet.tolist()
    flags_scored, flags_complete, flags_over = scored.tolist(), complete.tolist(), over.tolist()
    raw_list = raw.tolist()
    criterion_ids = list(table.criteria)
    judges = table.sheet_judge
    results = []
    for index, entry in enumerate(table.entries):
        judge_totals = totals[index]
        has_values = flags_scored[index]
        is_complete = flags_complete[index]
        entry_score = entry_normalised = raw_mean = None
        counted: tuple[JudgeId, ...] = ()
        if is_complete:
            value, negative = score[index]
            entry_score = cent_decimal(value, negative=negative)
            raw_mean = cent_decimal(raw_list[index])
            if normalised is not None:
                value, negative = normalised[index]
                entry_normalised = cent_decimal(value, negative=negative)
            if method is Method.TRIMMED_MEAN and len(judge_totals) >= TRIM_FROM:
                dropped = (judges[low[index]], judges[high[index]])
                counted = tuple(j for j in judge_totals if j not in dropped)
            else:
                counted = tuple(judge_totals)
        if has_values:
            # max and min of the values, as written: of equal totals in different forms
            # (8 and 8.00) they pick the first, and the difference keeps that form.
            values = judge_totals.values()
            spread = CONTEXT.subtract(max(values), min(values))
            disagreement = flags_over[index] or (
                max_stdev is not None and pstdev(list(judge_totals.values())) > max_stdev
            )
            stdev = cent_decimal(deviation[index])
            criterion_means = dict(zip(criterion_ids, map(cent_decimal, means[index]), strict=True))
        else:
            spread = stdev = None
            disagreement = False
            criterion_means = {}
        results.append(
            EntryScore(
                entry=entry,
                status=Status.COMPLETE if is_complete else Status.MISSING,
                score=entry_score,
                judge_totals=judge_totals,
                counted=counted,
                criterion_means=criterion_means,
                top_marks=int(top_marks[index]),
                spread=spread,
                stdev=stdev,
                disagreement=disagreement,
                missing=table.missing.get(index, ()),
                normalised=entry_normalised,
                raw_mean=raw_mean,
            )
        )
    return AggregationResult(
        method=method,
        entries=tuple(results),
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
