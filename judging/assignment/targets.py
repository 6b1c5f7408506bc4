"""Balanced load targets: how many new reviews each judge should get, ignoring conflicts."""

from __future__ import annotations

from collections.abc import Sequence


def balanced_targets(
    *, existing: Sequence[int], caps: Sequence[int], demand: int, order: Sequence[int]
) -> list[int]:
    """Return new load per judge, filling judges up to a common level like water.

    Judge ``j`` ends at ``existing[j] + result[j] <= caps[j]``. The totals are raised to
    the highest level ``T`` the demand pays for, and the few units left over go one each
    to judges sitting at ``T`` with room, in ``order`` (a seeded permutation), so totals
    differ by at most one among judges that are neither capped below ``T`` nor already
    above it. The result sums to ``min(demand, total room)``.
    """
    room = [max(0, c - e) for c, e in zip(caps, existing, strict=True)]
    supply = min(demand, sum(room))
    if supply == 0:
        return [0] * len(caps)

    def filled(level: int) -> int:
        return sum(max(0, min(c, level) - e) for c, e in zip(caps, existing, strict=True))

    low = min(existing)
    high = max(existing) + supply
    while low < high:  # largest level whose fill does not exceed the supply
        mid = (low + high + 1) // 2
        if filled(mid) <= supply:
            low = mid
        else:
            high = mid - 1
    level = low
    result = [max(0, min(c, level) - e) for c, e in zip(caps, existing, strict=True)]
    left = supply - sum(result)
    for j in order:
        if left == 0:
            break
        if existing[j] <= level < caps[j]:
            result[j] += 1
            left -= 1
    return result
