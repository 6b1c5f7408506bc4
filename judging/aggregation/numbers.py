"""Exact decimal arithmetic with one documented rounding rule, identical on every machine.

All sums, means and square roots run in a private context of 50 significant digits, so
no intermediate rounding can tip a published two-decimal figure. Only the published
figures are rounded: half up (8.125 -> 8.13, 8.124 -> 8.12), to two decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext

CONTEXT = Context(prec=50, rounding=ROUND_HALF_EVEN)
CENT = Decimal("0.01")
_ZERO = Decimal(0)

type ScoreValue = Decimal | int | str


def to_decimal(value: ScoreValue) -> Decimal:
    """Accept Decimal, int or a decimal string; refuse floats, whose binary noise would
    make "8.1" differ between a form and a spreadsheet import."""
    if type(value) is Decimal:  # the usual case (database, forms): no conversion needed
        if not value.is_finite():
            raise ValueError(f"score {value!r} is not a finite number")
        return value
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"score {value!r} must be Decimal, int or str, not {type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"score {value!r} is not a finite number")
    return result


def round2(value: Decimal) -> Decimal:
    """Round half up to two decimals: the one rounding applied to published figures."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def mean(values: Sequence[Decimal]) -> Decimal:
    with localcontext(CONTEXT):
        return sum(values, _ZERO) / len(values)


def sum_(values: Sequence[Decimal]) -> Decimal:
    # The built-in sum adds left to right in the current context: the same operations as
    # CONTEXT.add one by one, without a Python call per term.
    with localcontext(CONTEXT):
        return sum(values, _ZERO)


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return CONTEXT.divide(CONTEXT.add(ordered[middle - 1], ordered[middle]), Decimal(2))


def pstdev(values: Sequence[Decimal]) -> Decimal:
    """Population standard deviation: sqrt(mean((x - mean)^2))."""
    with localcontext(CONTEXT):
        count = len(values)
        centre = sum(values, _ZERO) / count
        # (v - c) * (v - c) is the correctly rounded square, as power(v - c, 2) is.
        squares = [(v - centre) * (v - centre) for v in values]
        return (sum(squares, _ZERO) / count).sqrt()
