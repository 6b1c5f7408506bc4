"""Exact rounding of integer ratios to published cents, for whole arrays at once.

A figure held as an integer ``n`` of ``places`` decimal places, divided by a count ``k``,
rounds half up (away from zero) to cents exactly as ``round2`` rounds the same decimal:
no step approximates, so the result is the one the 50-digit decimal context would give.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np

_CENTS: dict[int, Decimal] = {}
NEGATIVE_ZERO = Decimal("-0.00")


def cents(numerator: np.ndarray, places: int, divisor: np.ndarray) -> np.ndarray:
    """round half up of (numerator / 10**places / divisor) in cents, as integers.

    ``divisor`` must be positive where the result is used (elsewhere pass 1).
    """
    if places <= 2:
        top, bottom = numerator * 10 ** (2 - places), divisor
    else:
        top, bottom = numerator, divisor * 10 ** (places - 2)
    magnitude = (2 * abs(top) + bottom) // (2 * bottom)
    return np.where(top < 0, -magnitude, magnitude)


def cent_decimal(value: int, *, negative: bool = False) -> Decimal:
    """The Decimal with two places for ``value`` cents (``-0.00`` for a rounded-away
    negative, as quantize gives)."""
    if value == 0 and negative:
        return NEGATIVE_ZERO
    found = _CENTS.get(value)
    if found is None:
        found = _CENTS[value] = Decimal(value).scaleb(-2)
        if len(_CENTS) > 1_000_000:  # marks repeat; arbitrary totals must not grow it forever
            _CENTS.clear()
    return found


def float_cents(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Half-up cents of float approximations, and where they are too close to a half cent
    to trust (the caller recomputes those exactly)."""
    scaled = values * 100.0
    magnitude = np.abs(scaled)
    whole = np.floor(magnitude + 0.5)
    doubtful = np.abs(magnitude - np.floor(magnitude) - 0.5) <= 1e-7 * np.maximum(1.0, magnitude)
    # Next to zero the sign is in doubt too, and a rounded-away negative prints as -0.00.
    doubtful |= magnitude < 1e-6
    doubtful |= ~np.isfinite(values)
    rounded = np.where(scaled < 0, -whole, whole)
    return np.where(np.isfinite(rounded), rounded, 0).astype(np.int64), doubtful
