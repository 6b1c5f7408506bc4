# Reference copy (see __init__.py): the first, per-entry implementation.
"""How judge totals become one score: mean, trimmed mean, median, z-score normalisation."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from judging.aggregation.numbers import CONTEXT, mean, median, pstdev
from judging.aggregation.types import JudgeId, Method

from .sheets import EntrySheets

# Dropping the highest and lowest total is the usual Vietnamese jury practice, and only
# fair with enough judges left: with five, three totals remain.
TRIM_FROM = 5


def _text_order(judge: JudgeId) -> tuple[str, str]:
    # Ids may be ints or strings; text order names tied judges the same way everywhere.
    return (type(judge).__name__, str(judge))


def central(
    totals: Mapping[JudgeId, Decimal], method: Method
) -> tuple[Decimal, tuple[JudgeId, ...]]:
    """Combine one entry's totals; return the value and the judges counted.

    For the trimmed mean, ties at either end are broken by judge id as text; the value is
    the same whichever tied judge is named as dropped.
    """
    judges = list(totals)
    values = list(totals.values())
    if method is Method.MEDIAN:
        return median(values), tuple(judges)
    if method is Method.TRIMMED_MEAN and len(judges) >= TRIM_FROM:
        ordered = sorted(judges, key=lambda j: (totals[j], _text_order(j)))
        kept = ordered[1:-1]
        return mean([totals[j] for j in kept]), tuple(j for j in judges if j in kept)
    return mean(values), tuple(judges)


@dataclass(frozen=True, slots=True)
class ZScale:
    """Constants of a z-score run, and the judges whose marks could not be normalised."""

    rescale: Callable[[JudgeId, Decimal], Decimal]
    pooled_mean: Decimal | None
    pooled_stdev: Decimal | None
    unnormalised: tuple[JudgeId, ...]


def z_scale(sheets: Sequence[EntrySheets]) -> ZScale:
    """Per-judge z-scores mapped back onto the pooled scale of all raw totals.

    For judge j with totals x over n_j entries, mean m_j and population sd s_j; pooled
    mean M and population sd S over every raw total of every judge:

        x' = M + S * (x - m_j) / s_j          when n_j >= 2 and s_j > 0
        x' = M                                when n_j >= 2 and s_j = 0
        x' = x                                when n_j = 1 (listed as unnormalised)

    A judge who gave every entry the same total told us nothing about their order, so
    their marks count as average. With one mark we cannot tell a harsh judge from a weak
    entry, so that mark is used as given and the judge is reported.
    """
    by_judge: dict[JudgeId, list[Decimal]] = {}
    for entry in sheets:
        for judge, total in entry.totals.items():
            by_judge.setdefault(judge, []).append(total)
    every = [total for totals in by_judge.values() for total in totals]
    if not every:
        return ZScale(rescale=lambda _j, x: x, pooled_mean=None, pooled_stdev=None, unnormalised=())
    pooled_mean, pooled_sd = mean(every), pstdev(every)
    stats = {j: (len(t), mean(t), pstdev(t)) for j, t in by_judge.items()}

    def rescale(judge: JudgeId, total: Decimal) -> Decimal:
        count, centre, spread = stats[judge]
        if count == 1:
            return total
        if spread == 0:
            return pooled_mean
        z = CONTEXT.divide(CONTEXT.subtract(total, centre), spread)
        return CONTEXT.add(pooled_mean, CONTEXT.multiply(pooled_sd, z))

    single = tuple(j for j, (count, _, _) in stats.items() if count == 1)
    return ZScale(
        rescale=rescale, pooled_mean=pooled_mean, pooled_stdev=pooled_sd, unnormalised=single
    )
