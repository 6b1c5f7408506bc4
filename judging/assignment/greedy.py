"""A plain greedy assigner, kept only as the benchmark's point of comparison.

Each entry in turn takes the least-loaded judges it is allowed. It is fast and usually
fine, but it is not exact: an early choice can use up the only judges a later entry could
have had, and it never revisits a choice. Do not use it to assign a real contest.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from random import Random

from .prepare import prepare
from .solver import build_result
from .types import AssignmentResult, ConflictLookup, EntrySpec, JudgeSpec, Pair


def assign_greedy(
    *,
    entries: Sequence[EntrySpec],
    judges: Sequence[JudgeSpec],
    conflicts: ConflictLookup = frozenset(),
    existing: Iterable[Pair] = (),
    per_entry: int = 3,
    seed: int = 0,
) -> AssignmentResult:
    """Least-loaded-first greedy with the same inputs and output as ``assign``."""
    prepared = prepare(
        entries=entries,
        judges=judges,
        conflicts=conflicts,
        existing=existing,
        per_entry=per_entry,
    )
    net = prepared.network()
    rng = Random(seed)
    order = list(range(len(entries)))
    rng.shuffle(order)
    caps, load = prepared.caps, net.load
    heap = [(load[j], rng.random(), j) for j in range(len(judges)) if load[j] < caps[j]]
    heapq.heapify(heap)
    for entry in order:
        passed_over = []
        while net.need[entry] > 0 and heap:
            item = heapq.heappop(heap)
            judge = item[2]
            if not net.allowed(entry, judge):
                passed_over.append(item)
                continue
            net.add(entry, judge)
            if load[judge] < caps[judge]:
                passed_over.append((load[judge], item[1], judge))
        for item in passed_over:
            heapq.heappush(heap, item)
    return build_result(prepared, net)
