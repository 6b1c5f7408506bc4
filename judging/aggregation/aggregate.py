"""Turn judges' marks into one published score per entry."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal

from .judge_effects import MIN_ENTRIES, fit_judge_effects
from .methods import central, z_scale
from .numbers import CONTEXT, mean, pstdev, round2
from .sheets import EntrySheets, Scores, max_total, read_sheets
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

    A judge's total is the sum of weight x mark over the criteria. The entry's score
    combines its judges' totals with ``method`` and is rounded half up to 2 decimals.
    Entries with any expected mark missing get ``Status.MISSING`` and no score: a missing
    mark is never silently averaged away. ``disagreement`` is set when the totals' range
    exceeds ``max_range`` (default: 20% of the highest possible total) or their standard
    deviation exceeds ``max_stdev`` (if given).

    With ``normalise`` (implied by ``Method.ZSCORE``) every complete entry also gets
    ``normalised``: the score ``Method.ZSCORE`` would give it, from the same pass over the
    sheets, so a page can show it beside the chosen method's score at no second cost.

    ``Method.ADJUSTED`` fits every judge's leniency and scale from all complete sheets
    (judging.aggregation.judge_effects; judges with fewer than ``min_entries`` totals are
    left uncorrected) and averages the corrected totals; ``judge_totals`` stay the raw ones.
    """
    sheets = read_sheets(scores=scores, criteria=criteria, assigned=assigned)
    limit = (
        max_range
        if max_range is not None
        else CONTEXT.multiply(DEFAULT_RANGE_SHARE, max_total(criteria))
    )
    scale = z_scale(sheets) if method is Method.ZSCORE or normalise else None
    effects = (
        fit_judge_effects(sheets, min_entries=min_entries) if method is Method.ADJUSTED else None
    )
    results = []
    for entry in sheets:
        totals = dict(entry.totals)
        complete = bool(totals) and not entry.missing
        score = normalised = None
        counted: tuple[JudgeId, ...] = ()
        if complete:
            if scale is not None:
                normalised = mean([scale.rescale(j, t) for j, t in totals.items()])
            if method is Method.ZSCORE:
                score, counted = normalised, tuple(totals)
            elif effects is not None:
                # Sorted, so the sum is the same in any judge order (it is exact anyway).
                score = mean(sorted(effects.correct(j, t) for j, t in totals.items()))
                counted = tuple(totals)
            else:
                score, counted = central(totals, method)
        values = list(totals.values())
        spread = max(values) - min(values) if values else None
        stdev = round2(pstdev(values)) if values else None
        results.append(
            EntryScore(
                entry=entry.entry,
                status=Status.COMPLETE if complete else Status.MISSING,
                score=None if score is None else round2(score),
                judge_totals=totals,
                counted=counted,
                criterion_means=_criterion_means(entry, criteria),
                top_marks=sum(
                    1
                    for marks in entry.marks.values()
                    for c in criteria
                    if marks[c.id] == c.max_score
                ),
                spread=spread,
                stdev=stdev,
                disagreement=bool(values)
                and (
                    spread > limit  # type: ignore[operator]
                    or (max_stdev is not None and pstdev(values) > max_stdev)
                ),
                missing=entry.missing,
                normalised=None if normalised is None else round2(normalised),
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


def _criterion_means(entry: EntrySheets, criteria: Sequence[Criterion]) -> dict[str, Decimal]:
    if not entry.marks:
        return {}
    return {c.id: round2(mean([marks[c.id] for marks in entry.marks.values()])) for c in criteria}


def _published(value: Decimal | None) -> Decimal | None:
    return None if value is None else round2(value)
