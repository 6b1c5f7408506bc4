"""Explain, in one reason, why an entry was left with too few judges."""

from __future__ import annotations

from .network import Network
from .prepare import Prepared
from .types import Shortfall, UncoveredEntry


def explain(prepared: Prepared, net: Network, entry: int) -> UncoveredEntry:
    """Name the most basic cause: pool size, conflicts, capacity, or other entries' demand.

    Counting stops once ``per_entry`` judges qualify, because above that the number does not
    change the reason; so ``eligible`` is exact when below ``needed`` and a lower bound
    (equal to ``needed``) for ``Shortfall.COMPETITION``.
    """
    needed = prepared.per_entry
    assigned = len(net.assigned[entry])
    entry_id = prepared.entry_ids[entry]
    pool = len(prepared.judge_ids)

    def result(reason: Shortfall, eligible: int, detail: str) -> UncoveredEntry:
        return UncoveredEntry(
            entry=entry_id,
            assigned=assigned,
            needed=needed,
            reason=reason,
            eligible=eligible,
            detail=detail,
        )

    if pool < needed:
        return result(
            Shortfall.TOO_FEW_JUDGES, pool, f"only {pool} judges in the pool, {needed} needed"
        )
    free = with_room = 0
    for judge, judge_id in enumerate(prepared.judge_ids):
        if (judge_id, entry_id) in prepared.conflicts:
            continue
        free += 1
        if judge in net.assigned[entry] or prepared.start_load[judge] < prepared.caps[judge]:
            with_room += 1
        if with_room >= needed:
            break
    if free < needed:
        return result(
            Shortfall.CONFLICTS, free, f"only {free} non-conflicted judges, {needed} needed"
        )
    if with_room < needed:
        return result(
            Shortfall.CAPACITY,
            with_room,
            f"only {with_room} non-conflicted judges with capacity, {needed} needed",
        )
    return result(
        Shortfall.COMPETITION,
        with_room,
        "enough non-conflicted judges have capacity, but it is all taken by other entries "
        "and no reassignment frees a place (maximum coverage reached)",
    )
