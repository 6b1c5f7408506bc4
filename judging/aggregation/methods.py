"""How judge totals become one score: mean, trimmed mean, median, z-score normalisation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from .numbers import CONTEXT, mean, pstdev
from .sheets import SheetTable
from .types import JudgeId

# Dropping the highest and lowest total is the usual Vietnamese jury practice, and only
# fair with enough judges left: with five, three totals remain.
TRIM_FROM = 5


def text_order(judge: JudgeId) -> tuple[str, str]:
    # Ids may be ints or strings; text order names tied judges the same way everywhere.
    return (type(judge).__name__, str(judge))


@dataclass(frozen=True, slots=True)
class ZScale:
    """Constants of a z-score run, and the judges whose marks could not be normalised.

    ``rescale`` is the exact (50-digit) mapping of one total; ``sheets`` the same for every
    sheet of the table as floats, which the caller trusts only away from a half cent.
    """

    rescale: Callable[[JudgeId, Decimal], Decimal]
    pooled_mean: Decimal | None
    pooled_stdev: Decimal | None
    unnormalised: tuple[JudgeId, ...]
    sheets: np.ndarray


def z_scale(table: SheetTable) -> ZScale:
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
    for judge, total in zip(table.sheet_judge, table.totals, strict=True):
        by_judge.setdefault(judge, []).append(total)
    every = table.totals
    if not every:
        return ZScale(
            rescale=lambda _j, x: x,
            pooled_mean=None,
            pooled_stdev=None,
            unnormalised=(),
            sheets=np.zeros(0),
        )
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

    index = {j: n for n, j in enumerate(stats)}
    judge_of = np.array([index[j] for j in table.sheet_judge], dtype=np.int64)
    counts = np.array([s[0] for s in stats.values()])
    centres = np.array([float(s[1]) for s in stats.values()])
    spreads = np.array([float(s[2]) for s in stats.values()])
    # The nearest float either way: an int64 below 2**53 converts exactly, and one
    # correctly rounded division gives what float(total) gives.
    exact_floats = (
        table.units.dtype != object
        and table.places <= 22
        and int(np.abs(table.units).max()) < 2**53
    )
    x = (
        table.units / 10.0**table.places
        if exact_floats
        else np.array([float(t) for t in table.totals])
    )
    spread_of = spreads[judge_of]
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (x - centres[judge_of]) / spread_of
    mapped = float(pooled_mean) + float(pooled_sd) * z
    mapped = np.where(spread_of == 0, float(pooled_mean), mapped)
    mapped = np.where(counts[judge_of] == 1, x, mapped)
    single = tuple(j for j, (count, _, _) in stats.items() if count == 1)
    return ZScale(
        rescale=rescale,
        pooled_mean=pooled_mean,
        pooled_stdev=pooled_sd,
        unnormalised=single,
        sheets=mapped,
    )
