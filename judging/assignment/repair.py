"""Exact phases: fill every open slot that any reassignment can fill, then level the loads.

Both are Ford-Fulkerson style augmentations on the implicit network of ``Network``:

* ``fill_deficits`` raises coverage. After it, no entry with an open slot has an
  augmenting path, so by max-flow/min-cut no assignment covers more slots within
  ``limit``. An entry whose search fails never succeeds later in the same call (the set it
  reached is closed under later augmentations), so that set is skipped from then on.
* ``level_loads`` moves work from busy to idle judges along residual paths. It stops when
  no path leads from a judge with load ``L`` to a judge with load ``<= L - 2`` and room.
  Loads of maximum-coverage assignments form an M-convex set, where that local condition
  is the certificate of a decreasingly minimal (most even) load vector: it minimises the
  largest load, maximises the smallest, and minimises the sum of squares all at once.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from .network import NEW, NO_FIELD, Network


class _SparePool:
    """Judges under their limit, cheapest first: same panel, then lowest load, then rank."""

    def __init__(
        self,
        net: Network,
        *,
        limit: Sequence[int],
        rank: Sequence[int],
        panels: Sequence[tuple[int, ...]],
    ) -> None:
        self.net = net
        self.limit = limit
        self.rank = rank
        self.panels = panels
        self.heaps: dict[int, list[tuple[int, int, int]]] = {}
        for judge in sorted(range(len(limit)), key=rank.__getitem__):
            self._push(judge)

    def _push(self, judge: int) -> None:
        load = self.net.load[judge]
        if load >= self.limit[judge]:
            return
        item = (load, self.rank[judge], judge)
        for key in (*self.panels[judge], NO_FIELD):
            heapq.heappush(self.heaps.setdefault(key, []), item)

    def grew(self, judge: int) -> None:
        # Stale heap items are dropped lazily when popped, so only the new state is pushed.
        self._push(judge)

    def empty(self) -> bool:
        heap = self.heaps.get(NO_FIELD)
        load, limit = self.net.load, self.limit
        while heap and (heap[0][0] != load[heap[0][2]] or load[heap[0][2]] >= limit[heap[0][2]]):
            heapq.heappop(heap)  # stale
        return not heap

    def take(self, entry: int, field: int) -> int | None:
        for key in (field, NO_FIELD) if field != NO_FIELD else (NO_FIELD,):
            judge = self._take_from(self.heaps.get(key), entry)
            if judge is not None:
                return judge
        return None

    def _take_from(self, heap: list[tuple[int, int, int]] | None, entry: int) -> int | None:
        if not heap:
            return None
        load, limit, net = self.net.load, self.limit, self.net
        set_aside = []
        found = None
        while heap:
            item = heapq.heappop(heap)
            judge = item[2]
            if item[0] != load[judge] or load[judge] >= limit[judge]:
                continue  # stale
            if net.allowed(entry, judge):
                found = judge
                break
            set_aside.append(item)
        for item in set_aside:
            heapq.heappush(heap, item)
        return found


def fill_deficits(
    net: Network,
    *,
    limit: Sequence[int],
    entry_order: Sequence[int],
    entry_field: Sequence[int],
    panels: Sequence[tuple[int, ...]],
    rank: Sequence[int],
) -> None:
    """Give open slots a judge while some judge is under ``limit``, by any reassignment."""
    open_entries = [e for e in entry_order if net.need[e] > 0]
    if not open_entries:
        return
    # Entries missing most judges first, so a shortage is shared rather than piled up.
    open_entries.sort(key=lambda e: -net.need[e])
    pool = _SparePool(net, limit=limit, rank=rank, panels=panels)
    alive = list(range(len(limit)))  # judges not yet known to lead nowhere
    load = net.load

    def under_limit(judge: int) -> bool:
        return load[judge] < limit[judge]

    for entry in open_entries:
        while net.need[entry] > 0:
            if pool.empty():
                return  # every judge is at its limit: nothing can be gained any more
            judge = pool.take(entry, entry_field[entry])
            if judge is not None:
                net.add(entry, judge)
                pool.grew(judge)
                continue
            moves, reached = net.search(
                root_judge=NEW, root_entries=(entry,), is_target=under_limit, candidates=alive
            )
            if moves is None:
                if reached:
                    lost = set(reached)
                    alive = [j for j in alive if j not in lost]
                break
            net.apply(moves)
            pool.grew(moves[0][2])


def level_loads(net: Network, *, rank: Sequence[int]) -> None:
    """Move new assignments until no judge can pass one on to a judge two or more below."""
    load, caps, movable = net.load, net.caps, net.movable
    judges = range(len(load))
    # A failed search from a judge at load L reaches a closed set of judges holding nobody
    # at load <= L - 2 with room. Later paths never enter a closed set, so its loads stay
    # put, and every later source has load <= L (sources go busiest first, and a path
    # raises only its end, to below its source). So such a set is lost for good.
    alive = list(judges)
    lost: set[int] = set()
    while True:
        with_room = [load[j] for j in judges if load[j] < caps[j]]
        if not with_room:
            return
        floor = min(with_room)
        busy = [j for j in alive if movable[j] and load[j] >= floor + 2 and j not in lost]
        busy.sort(key=lambda j: (-load[j], rank[j]))
        improved = False
        for source in busy:
            if source in lost:
                continue
            ceiling = load[source] - 2

            def lighter(judge: int, ceiling: int = ceiling) -> bool:
                return load[judge] <= ceiling and load[judge] < caps[judge]

            moves, reached = net.search(
                root_judge=source,
                root_entries=movable[source],
                is_target=lighter,
                candidates=alive,
            )
            if moves is not None:
                net.apply(moves)
                improved = True
                break
            lost.add(source)
            if reached:
                lost.update(reached)
                alive = [j for j in alive if j not in lost]
        if not improved:
            return
