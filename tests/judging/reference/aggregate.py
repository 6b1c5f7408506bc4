# Reference copy (see __init__.py): the first, per-entry implementation.
"""Turn judges' marks into one published score per entry."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal, localcontext

from judging.aggregation.judge_effects import MIN_ENTRIES, fit_judge_effects
from judging.aggregation.numbers import CONTEXT, mean, pstdev, round2
from judging.aggregation.sheets import read_sheets as read_table
from judging.aggregation.types import (
    AggregationResult,
    Criterion,
    EntryId,
    EntryScore,
    JudgeId,
    Method,
    Status,
)

from .methods import central, z_scale
from .sheets import Scores, max_total, read_sheets

_ZERO = Decimal(0)

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
        fit_judge_effects(
            read_table(scores=scores, criteria=criteria, assigned=assigned),
            min_entries=min_entries,
        )
        if method is Method.ADJUSTED
        else None
    )
    results = []
    criterion_tops = [(c.id, c.max_score) for c in criteria]
    # One context for the loop: Decimal operators below then compute exactly as the CONTEXT
    # methods the helpers in .numbers use, without a call per operation.
    with localcontext(CONTEXT):
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
            sheets_marks = list(entry.marks.values())
            criterion_means: dict[str, Decimal] = {}
            top_marks = 0
            if sheets_marks:
                count = len(sheets_marks)
                for criterion_id, top in criterion_tops:
                    column = [marks[criterion_id] for marks in sheets_marks]
                    criterion_means[criterion_id] = round2(sum(column, _ZERO) / count)
                    top_marks += column.count(top)
            if values:
                spread = max(values) - min(values)
                deviation = pstdev(values)
                stdev = round2(deviation)
                disagreement = spread > limit or (max_stdev is not None and deviation > max_stdev)
            else:
                spread = stdev = None
                disagreement = False
            results.append(
                EntryScore(
                    entry=entry.entry,
                    status=Status.COMPLETE if complete else Status.MISSING,
                    score=None if score is None else round2(score),
                    judge_totals=totals,
                    counted=counted,
                    criterion_means=criterion_means,
                    top_marks=top_marks,
                    spread=spread,
                    stdev=stdev,
                    disagreement=disagreement,
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


def _published(value: Decimal | None) -> Decimal | None:
    return None if value is None else round2(value)
