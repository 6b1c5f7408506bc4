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

Reproducibility: the fit runs on binary floats (numpy arrays), but every sum over a judge is
``math.fsum`` (the exactly rounded sum, whatever the order of its terms), an entry's few terms
are sorted before they are added, and every other step is one IEEE-754 operation per element,
so the same scores give the same parameters on every machine and in any entry or judge
order (the live page and the frozen snapshot list them differently). The parameters are then
rounded to published decimals (offset to 0.01 point, factor to 0.0001), and the corrected
totals computed from them in exact decimal arithmetic:

    corrected = M + factor[j] * (x - M - offset[j]),   factor[j] = 1 / scale[j]

so anyone can recompute a published score by hand from the published parameters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

import numpy as np

from .numbers import CONTEXT, round2
from .sheets import SheetTable
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
    table: SheetTable,
    *,
    min_entries: int = MIN_ENTRIES,
    min_scale_entries: int = MIN_SCALE_ENTRIES,
    offset_prior: float = OFFSET_PRIOR,
    scale_prior: float = SCALE_PRIOR,
    iterations: int = ITERATIONS,
) -> JudgeEffects:
    """Fit every judge's offset and scale from all complete sheets of the round.

    One row per complete sheet, incomplete entries included: a finished sheet says as much
    about its judge wherever it is.
    """
    judges: dict[JudgeId, int] = {}
    for judge in table.sheet_judge:
        judges.setdefault(judge, len(judges))
    if not table.totals:
        return JudgeEffects(centre=Decimal(0), judges={}, min_entries=min_entries)
    entries = len(table.entries)
    total = CONTEXT.multiply(Decimal(int(table.units.sum())), Decimal(1).scaleb(-table.places))
    centre = round2(CONTEXT.divide(total, Decimal(len(table.totals))))
    m = float(centre)
    # float(Decimal) and int / 10**places are both the correctly rounded value.
    if table.units.dtype == object:
        x = np.array([float(t) for t in table.totals])
    else:
        x = table.units / 10.0**table.places
    entry_of = table.sheet_entry
    judge_of = np.array([judges[j] for j in table.sheet_judge], dtype=np.int64)
    per_entry = np.bincount(entry_of, minlength=entries)
    width = int(per_entry.max()) if entries else 0
    counts = np.bincount(judge_of, minlength=len(judges))
    # Each judge's sheets as one contiguous slice (stable: any order would do, see fsum).
    by_judge = np.argsort(judge_of, kind="stable")
    bounds = np.concatenate(([0], np.cumsum(counts)))
    slices = [by_judge[bounds[j] : bounds[j + 1]] for j in range(len(judges))]
    fitted = counts >= min_entries
    with_scale = counts >= min_scale_entries
    grid = _entry_grid(entry_of, entries, width)
    offsets = np.zeros(len(judges))
    scales = np.ones(len(judges))
    quality = _entry_quality(x, judge_of, grid, per_entry, offsets, scales, m)
    for _ in range(iterations):
        y = x - m
        z = quality[entry_of] - m
        for j, rows in enumerate(slices):
            if fitted[j]:
                offsets[j], scales[j] = _fit_judge(
                    y[rows],
                    z[rows],
                    with_scale=bool(with_scale[j]),
                    offset_prior=offset_prior,
                    scale_prior=scale_prior,
                )
        _normalise(counts, fitted, offsets, scales)
        quality = _entry_quality(x, judge_of, grid, per_entry, offsets, scales, m)
    effects = {}
    for judge, j in judges.items():
        corrected = bool(fitted[j])
        effects[judge] = JudgeEffect(
            judge=judge,
            entries=int(counts[j]),
            offset=_quantise(float(offsets[j]), OFFSET_QUANTUM) if corrected else Decimal("0.00"),
            factor=(
                _quantise(1 / float(scales[j]), FACTOR_QUANTUM) if corrected else Decimal("1.0000")
            ),
            corrected=corrected,
            scaled=corrected and bool(with_scale[j]),
        )
    return JudgeEffects(centre=centre, judges=effects, min_entries=min_entries)


def _entry_grid(entry_of: np.ndarray, entries: int, width: int) -> np.ndarray:
    """Sheet indices per entry, one row each, padded with -1."""
    grid = np.full((entries, max(width, 1)), -1, dtype=np.int64)
    order = np.argsort(entry_of, kind="stable")
    starts = np.searchsorted(entry_of[order], np.arange(entries))
    column = np.arange(len(order)) - starts[entry_of[order]]
    grid[entry_of[order], column] = order
    return grid


def _entry_quality(
    x: np.ndarray,
    judge_of: np.ndarray,
    grid: np.ndarray,
    per_entry: np.ndarray,
    offsets: np.ndarray,
    scales: np.ndarray,
    m: float,
) -> np.ndarray:
    """Each entry's mean corrected total (M where it has no sheet).

    The terms of each entry are sorted before they are added one column at a time, so the
    sum does not depend on the order of its judges (padding adds an exact 0).
    """
    terms = (x - m - offsets[judge_of]) / scales[judge_of]
    cells = np.where(grid >= 0, terms[grid], 0.0)
    cells.sort(axis=1)
    total = np.zeros(len(grid))
    for column in range(cells.shape[1]):
        total = total + cells[:, column]
    return m + total / np.maximum(per_entry, 1)


def _fit_judge(
    ys: np.ndarray,
    zs: np.ndarray,
    *,
    with_scale: bool,
    offset_prior: float,
    scale_prior: float,
) -> tuple[float, float]:
    """Least squares of y = offset + scale * z (y = x - M, z = q - M) with ridge priors.

    Sums by math.fsum: exactly rounded, so the same in any order of the judge's sheets.
    """
    n = len(ys)
    sy, sz = math.fsum(ys.tolist()), math.fsum(zs.tolist())
    if not with_scale:
        return (sy - sz) / (n + offset_prior), 1.0
    szz = math.fsum((zs * zs).tolist())
    syz = math.fsum((ys * zs).tolist())
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
    counts: np.ndarray, fitted: np.ndarray, offsets: np.ndarray, scales: np.ndarray
) -> None:
    """Offsets average 0 and scales 1 over the corrected judges' totals: the jury as a whole
    is the reference, so leniency is always relative to the other judges."""
    weights = np.where(fitted, counts, 0).astype(float)
    total = math.fsum(weights.tolist())
    if not total:
        return
    shift = math.fsum((weights * offsets).tolist()) / total
    stretch = math.fsum((weights * scales).tolist()) / total
    offsets[fitted] -= shift
    scales[fitted] /= stretch


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
