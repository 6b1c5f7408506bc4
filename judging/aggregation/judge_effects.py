"""Judge effects: estimate each judge's leniency and scale from the round's own scores.

The model (a "rater effects" model, as in many-facet Rasch measurement or the additive and
multiplicative judge effects of Paul, 1981, and Fisher's two-way layout) is

    x[e, j] = M + offset[j] + scale[j] * (q[e] - M) + noise

where x[e, j] is judge j's total for entry e, M the pooled mean of every total, q[e] the
entry's score on the jury's common scale, offset[j] the judge's leniency (points above or
below the jury) and scale[j] how widely the judge spreads marks (1 = like the jury).

The parameters are fitted by least squares with shrinkage (a ridge penalty, i.e. a prior
worth ``OFFSET_PRIOR`` entries at offset 0 and ``SCALE_PRIOR`` entries at scale 1), by
alternating between judges and entries a fixed number of times. A judge who scored fewer
than ``min_entries`` entries is not corrected (offset 0, factor 1) and is listed; the scale
is only estimated from ``min_scale_entries`` entries, an offset alone below that.

Reproducibility: the fit runs on binary floats, but every sum is ``math.fsum`` (the exactly
rounded sum, whatever the order of its terms) and every other step is one IEEE-754 operation,
so the same scores give the same parameters on every machine and in any entry or judge
order (the live page and the frozen snapshot list them differently). The parameters are then
rounded to published decimals (offset to 0.01 point, factor to 0.0001), and the corrected
totals computed from them in exact decimal arithmetic:

    corrected = M + factor[j] * (x - M - offset[j]),   factor[j] = 1 / scale[j]

so anyone can recompute a published score by hand from the published parameters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from .numbers import CONTEXT, round2, sum_
from .sheets import EntrySheets
from .types import JudgeId

# Below this many scored entries a judge's leniency cannot be told from the entries' merit.
MIN_ENTRIES = 5
# A judge's spread needs more entries than a shift: below this only the offset is fitted.
MIN_SCALE_ENTRIES = 10
# Shrinkage: the fit acts as if each judge had also scored this many entries exactly like
# the jury, so estimates from few scores are pulled towards "no correction".
OFFSET_PRIOR = 2
SCALE_PRIOR = 8
# Alternations of the fit; it settles within a few, and a fixed count keeps it reproducible.
ITERATIONS = 12
# A scale is kept inside these bounds, so one odd judge cannot blow up or flatten totals.
SCALE_BOUNDS = (0.4, 2.5)

OFFSET_QUANTUM = Decimal("0.01")
FACTOR_QUANTUM = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class JudgeEffect:
    """One judge's published correction and the number of totals it rests on."""

    judge: JudgeId
    entries: int
    offset: Decimal  # points added by this judge compared with the jury (0 if uncorrected)
    factor: Decimal  # multiplies distances from the centre (1 if uncorrected)
    corrected: bool  # False: too few entries, totals used as given
    scaled: bool  # True: the scale was estimated, not only the offset

    @property
    def scale(self) -> Decimal:
        """How widely the judge spreads marks compared with the jury, for display."""
        return round2(CONTEXT.divide(Decimal(1), self.factor))


@dataclass(frozen=True, slots=True)
class JudgeEffects:
    centre: Decimal  # M, the pooled mean of every total, rounded to 0.01
    judges: Mapping[JudgeId, JudgeEffect]
    min_entries: int

    @property
    def uncorrected(self) -> tuple[JudgeId, ...]:
        return tuple(j for j, effect in self.judges.items() if not effect.corrected)

    def correct(self, judge: JudgeId, total: Decimal) -> Decimal:
        effect = self.judges[judge]
        if not effect.corrected:
            return total
        # Exact: finite decimals multiplied and added at 50 digits never round here.
        distance = CONTEXT.subtract(CONTEXT.subtract(total, self.centre), effect.offset)
        return CONTEXT.add(self.centre, CONTEXT.multiply(effect.factor, distance))


def fit_judge_effects(
    sheets: Sequence[EntrySheets],
    *,
    min_entries: int = MIN_ENTRIES,
    min_scale_entries: int = MIN_SCALE_ENTRIES,
    offset_prior: float = OFFSET_PRIOR,
    scale_prior: float = SCALE_PRIOR,
    iterations: int = ITERATIONS,
) -> JudgeEffects:
    """Fit every judge's offset and scale from all complete sheets of the round."""
    # (entry index, judge, total) for every complete sheet, incomplete entries included:
    # a finished sheet says as much about its judge wherever it is.
    by_judge: dict[JudgeId, list[tuple[int, float]]] = {}
    by_entry: list[list[tuple[JudgeId, float]]] = []
    exact: list[Decimal] = []
    for index, entry in enumerate(sheets):
        row = []
        for judge, total in entry.totals.items():
            value = float(total)
            by_judge.setdefault(judge, []).append((index, value))
            row.append((judge, value))
            exact.append(total)
        by_entry.append(row)
    if not exact:
        return JudgeEffects(centre=Decimal(0), judges={}, min_entries=min_entries)
    centre = round2(CONTEXT.divide(sum_(exact), Decimal(len(exact))))
    m = float(centre)
    fitted = {j: len(v) >= min_entries for j, v in by_judge.items()}
    offsets = dict.fromkeys(by_judge, 0.0)
    scales = dict.fromkeys(by_judge, 1.0)
    quality = [_entry_quality(row, offsets, scales, m) for row in by_entry]
    for _ in range(iterations):
        for judge, rows in by_judge.items():
            if fitted[judge]:
                offsets[judge], scales[judge] = _fit_judge(
                    rows,
                    quality,
                    m,
                    with_scale=len(rows) >= min_scale_entries,
                    offset_prior=offset_prior,
                    scale_prior=scale_prior,
                )
        _normalise(by_judge, fitted, offsets, scales)
        quality = [_entry_quality(row, offsets, scales, m) for row in by_entry]
    effects = {}
    for judge, rows in by_judge.items():
        corrected = fitted[judge]
        effects[judge] = JudgeEffect(
            judge=judge,
            entries=len(rows),
            offset=_quantise(offsets[judge], OFFSET_QUANTUM) if corrected else Decimal("0.00"),
            factor=(
                _quantise(1 / scales[judge], FACTOR_QUANTUM) if corrected else Decimal("1.0000")
            ),
            corrected=corrected,
            scaled=corrected and len(rows) >= min_scale_entries,
        )
    return JudgeEffects(centre=centre, judges=effects, min_entries=min_entries)


def _entry_quality(
    row: Sequence[tuple[JudgeId, float]],
    offsets: Mapping[JudgeId, float],
    scales: Mapping[JudgeId, float],
    m: float,
) -> float | None:
    if not row:
        return None
    return m + math.fsum((x - m - offsets[j]) / scales[j] for j, x in row) / len(row)


def _fit_judge(
    rows: Sequence[tuple[int, float]],
    quality: Sequence[float | None],
    m: float,
    *,
    with_scale: bool,
    offset_prior: float,
    scale_prior: float,
) -> tuple[float, float]:
    """Least squares of y = offset + scale * z (y = x - M, z = q - M) with ridge priors."""
    ys = [x - m for _, x in rows]
    zs = [quality[i] - m for i, _ in rows]  # type: ignore[operator]
    n = len(rows)
    sy, sz = math.fsum(ys), math.fsum(zs)
    if not with_scale:
        return (sy - sz) / (n + offset_prior), 1.0
    szz = math.fsum(z * z for z in zs)
    syz = math.fsum(y * z for y, z in zip(ys, zs, strict=True))
    # The scale prior is worth scale_prior entries of average squared distance.
    ridge = scale_prior * szz / n
    a11, a12, a22 = n + offset_prior, sz, szz + ridge
    b1, b2 = sy, syz + ridge
    det = a11 * a22 - a12 * a12
    if det <= 0:
        return (sy - sz) / (n + offset_prior), 1.0
    offset = (b1 * a22 - a12 * b2) / det
    scale = (a11 * b2 - a12 * b1) / det
    low, high = SCALE_BOUNDS
    return offset, min(max(scale, low), high)


def _normalise(
    by_judge: Mapping[JudgeId, Sequence[object]],
    fitted: Mapping[JudgeId, bool],
    offsets: dict[JudgeId, float],
    scales: dict[JudgeId, float],
) -> None:
    """Offsets average 0 and scales 1 over the corrected judges' totals: the jury as a whole
    is the reference, so leniency is always relative to the other judges."""
    weights = {j: len(rows) for j, rows in by_judge.items() if fitted[j]}
    total = sum(weights.values())
    if not total:
        return
    shift = math.fsum(weights[j] * offsets[j] for j in weights) / total
    stretch = math.fsum(weights[j] * scales[j] for j in weights) / total
    for judge in weights:
        offsets[judge] -= shift
        scales[judge] /= stretch


def _quantise(value: float, quantum: Decimal) -> Decimal:
    # repr() of a float is exact enough to round to 4 decimals and the same everywhere.
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_EVEN)


def corrected_totals(
    effects: JudgeEffects, totals: Mapping[JudgeId, Decimal]
) -> dict[JudgeId, Decimal]:
    return {judge: effects.correct(judge, total) for judge, total in totals.items()}


__all__ = [
    "MIN_ENTRIES",
    "JudgeEffect",
    "JudgeEffects",
    "corrected_totals",
    "fit_judge_effects",
]
