"""How judges' totals become one number per entry: pure functions over plain data.

Every figure is a Decimal rounded half-up to 2 places at the end, so a result recomputed on
any machine gives the same digits (documented in docs/judging.md).
"""

import statistics
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

TWO_PLACES = Decimal("0.01")
TRIM_FROM = 5

type JudgeId = int
type EntryId = int


def q(value: Decimal) -> Decimal:
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def weighted_total(*, scores: Mapping[int, Decimal], weights: Mapping[int, Decimal]) -> Decimal:
    """Sum of criterion points times weight (weights of 1 give the plain 100-point total)."""
    return sum((points * weights[c] for c, points in scores.items()), Decimal(0))


def mean(*, totals: list[Decimal]) -> Decimal:
    return q(sum(totals, Decimal(0)) / len(totals))


def trimmed_mean(*, totals: list[Decimal]) -> Decimal:
    """Drop one highest and one lowest total when five or more judges scored."""
    if len(totals) < TRIM_FROM:
        return mean(totals=totals)
    kept = sorted(totals)[1:-1]
    return q(sum(kept, Decimal(0)) / len(kept))


def median(*, totals: list[Decimal]) -> Decimal:
    return q(Decimal(statistics.median(totals)))


def _mean_sd(values: list[Decimal]) -> tuple[Decimal, Decimal]:
    m = sum(values, Decimal(0)) / len(values)
    if len(values) < 2:
        return m, Decimal(0)
    variance = sum(((v - m) ** 2 for v in values), Decimal(0)) / (len(values) - 1)
    return m, variance.sqrt()


def zscore_normalise(
    *, totals_by_judge: Mapping[JudgeId, Mapping[EntryId, Decimal]]
) -> dict[JudgeId, dict[EntryId, Decimal]]:
    """Rescale each judge's totals to the jury's scale, removing their harshness or leniency.

    For judge j with mean m_j and sample standard deviation s_j over the entries they scored,
    and the pooled mean M and standard deviation S of all totals given in the round:
        normalised = M + S * (total - m_j) / s_j
    A judge who scored one entry, or gave every entry the same total (s_j = 0), has no
    spread to correct: their totals are shifted by (M - m_j) only.
    """
    all_totals = [t for per in totals_by_judge.values() for t in per.values()]
    if not all_totals:
        return {}
    pooled_mean, pooled_sd = _mean_sd(all_totals)
    normalised = {}
    for judge, per_entry in totals_by_judge.items():
        judge_mean, judge_sd = _mean_sd(list(per_entry.values()))
        normalised[judge] = {
            entry: (
                pooled_mean + pooled_sd * (total - judge_mean) / judge_sd
                if judge_sd > 0
                else total + (pooled_mean - judge_mean)
            )
            for entry, total in per_entry.items()
        }
    return normalised


def disagreement(*, totals: list[Decimal]) -> tuple[Decimal, Decimal]:
    """Range (max - min) and sample standard deviation of an entry's totals."""
    if len(totals) < 2:
        return Decimal(0), Decimal(0)
    return q(max(totals) - min(totals)), q(_mean_sd(totals)[1])


METHODS = {"mean": mean, "trimmed_mean": trimmed_mean, "median": median}
