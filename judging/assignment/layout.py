"""Warm start: lay judges' target loads over entries' open slots in one linear pass.

Open slots are arranged column by column (every entry's first missing judge, then every
entry's second, ...), each column in its own seeded shuffle, and each judge's target load
is laid over them as one contiguous run. A run shorter than a column never gives an entry
the same judge twice, shuffled columns give every judge a varied set of co-judges (which
score normalisation needs), and panel judges are laid over the slots of their own fields
first. Slots that land on a conflict or a repeat are simply left open: the exact repair
in ``repair`` fills them, so this pass only needs to be good, never right.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from itertools import pairwise
from math import gcd
from random import Random

from .network import NO_FIELD, Network
from .targets import balanced_targets


def lay_out(
    net: Network,
    *,
    targets: Sequence[int],
    entry_field: Sequence[int],
    panels: Sequence[tuple[int, ...]],
    judge_order: Sequence[int],
    field_count: int,
    rng: Random,
) -> list[int]:
    """Assign most open slots; return the entry order used (for a stable repair order)."""
    columns = _columns(net.need, entry_field, field_count, rng)
    widths = [len(cols[0]) if cols else 0 for cols in columns]
    share = _panel_shares(
        targets=targets,
        demand=[sum(map(len, cols)) for cols in columns],
        widths=widths,
        panels=panels,
        judge_order=judge_order,
    )
    spare = list(targets)
    overflow: list[int] = []
    for field in range(field_count):
        runs = []
        for judge in judge_order:
            units = share.get((judge, field), 0)
            if units:
                runs.append((judge, units))
                spare[judge] -= units
        overflow += _fill(net, [e for column in columns[field] for e in column], runs)
    overflow += [e for column in columns[field_count] for e in column]  # entries without field
    _fill(net, overflow, [(j, spare[j]) for j in judge_order if spare[j] > 0])
    net.recount_need()
    return [e for cols in columns for e in (cols[0] if cols else ())]


def _columns(
    need: Sequence[int], entry_field: Sequence[int], field_count: int, rng: Random
) -> list[list[list[int]]]:
    """Per field (the last list is "no field"): column c lists entries missing > c judges.

    Only the first column is shuffled; column c visits the same entries with a stride
    near ``c`` times the golden ratio of its length. Entries that share a judge in one
    column are then far apart in the others and meet different judges there, and a
    stride costs a fraction of a shuffle.
    """
    by_field: list[list[int]] = [[] for _ in range(field_count + 1)]
    for entry, missing in enumerate(need):
        if missing > 0:
            field = entry_field[entry]
            by_field[field if field != NO_FIELD else field_count].append(entry)
    result = []
    for members in by_field:
        rng.shuffle(members)
        cols = []
        depth = max((need[e] for e in members), default=0)
        for c in range(depth):
            column = members if c == 0 else [e for e in members if need[e] > c]
            cols.append(_strided(column, c))
        result.append(cols)
    return result


_GOLDEN = (5**0.5 - 1) / 2


def _strided(column: list[int], c: int) -> list[int]:
    size = len(column)
    if c == 0 or size < 3:
        return column
    step = max(1, int(size * ((c * _GOLDEN) % 1)))
    while gcd(step, size) != 1:
        step += 1
    return [column[i * step % size] for i in range(size)]


# How far a run may read past conflicts: judges allowed 1/64 of entries still fill up.
_REACH = 64


def _fill(net: Network, slots: Sequence[int], runs: Sequence[tuple[int, int]]) -> list[int]:
    """Lay runs of (judge, units) over the slots in order; return the slots left open.

    A judge who cannot take a slot (conflict or repeat) does not lose the unit: the run
    extends, and the skipped slot is offered first to the judges that follow. So a judge
    conflicted with a whole agency's entries hands them to the next judges here, in the
    linear pass, instead of leaving them all to the search in ``repair``. A run reads at
    most ``_REACH`` times its length, so a judge who can take almost nothing costs little.
    Leaves ``net.need`` stale for speed; ``lay_out`` recounts it once at the end.
    """
    assigned, movable, load = net.assigned, net.movable, net.load
    conflicts, entry_ids, judge_ids = net.conflicts, net.entry_ids, net.judge_ids
    pending: deque[int] = deque()
    position, total = 0, len(slots)
    for judge, units in runs:
        judge_id = judge_ids[judge]
        own = movable[judge]
        taken = 0
        for _ in range(min(len(pending), 2 * units)):
            e = pending.popleft()
            if judge in assigned[e] or (judge_id, entry_ids[e]) in conflicts:
                pending.append(e)
                continue
            assigned[e].append(judge)
            own[e] = None
            taken += 1
            if taken == units:
                break
        budget = _REACH * units
        while taken < units and position < total and budget > 0:
            chunk = slots[position : min(total, position + units - taken, position + budget)]
            position += len(chunk)
            budget -= len(chunk)
            # A dict also drops an entry met twice in one chunk (only in tiny columns).
            taking = dict.fromkeys(
                e
                for e in chunk
                if judge not in assigned[e] and (judge_id, entry_ids[e]) not in conflicts
            )
            if len(taking) < len(chunk):
                seen: set[int] = set()
                for e in chunk:
                    if e in taking and e not in seen:
                        seen.add(e)
                    else:
                        pending.append(e)
            for e in taking:
                assigned[e].append(judge)
            own.update(taking)
            taken += len(taking)
        load[judge] += taken
    return [*pending, *slots[position:]]


def _panel_shares(
    *,
    targets: Sequence[int],
    demand: Sequence[int],
    widths: Sequence[int],
    panels: Sequence[tuple[int, ...]],
    judge_order: Sequence[int],
) -> dict[tuple[int, int], int]:
    """Split judges' targets over their panels' fields to cover as many slots as possible.

    Judges with the same panel form a class; a max-flow from classes to fields (a class
    of m judges can give a field of w entries at most m*w units, one per judge and entry)
    decides how much of each field each class covers, and each class spreads that evenly
    over its members. Tiny: one node per distinct panel and per field.
    """
    classes: dict[tuple[int, ...], list[int]] = {}
    for judge in judge_order:
        panel = tuple(f for f in panels[judge] if demand[f] > 0)
        if panel and targets[judge] > 0:
            classes.setdefault(panel, []).append(judge)
    if not classes:
        return {}
    keys = sorted(classes)
    flows = _class_flow(
        supply=[sum(targets[j] for j in classes[key]) for key in keys],
        arcs=[{f: min(len(classes[key]) * widths[f], demand[f]) for f in key} for key in keys],
        demand=demand,
    )
    share: dict[tuple[int, int], int] = {}
    for key, flow in zip(keys, flows, strict=True):
        members = classes[key]
        left = {j: targets[j] for j in members}
        for field in key:
            amount = flow.get(field, 0)
            if not amount:
                continue
            split = balanced_targets(
                existing=[0] * len(members),
                caps=[min(left[j], widths[field]) for j in members],
                demand=amount,
                order=range(len(members)),
            )
            for judge, units in zip(members, split, strict=True):
                if units:
                    share[judge, field] = units
                    left[judge] -= units
    return share


def _class_flow(
    *, supply: Sequence[int], arcs: Sequence[dict[int, int]], demand: Sequence[int]
) -> list[dict[int, int]]:
    """Max flow source -> class -> field -> sink by shortest augmenting paths (Edmonds-Karp)."""
    flow: list[dict[int, int]] = [dict.fromkeys(a, 0) for a in arcs]
    used_supply = [0] * len(supply)
    used_demand = [0] * len(demand)
    fields_of: dict[int, list[int]] = {}
    for c, a in enumerate(arcs):
        for f in a:
            fields_of.setdefault(f, []).append(c)
    while True:
        # Nodes: ("c", i) classes and ("f", i) fields; parents record the arc used.
        parent: dict[tuple[str, int], tuple[str, int] | None] = {}
        queue: list[tuple[str, int]] = []
        for c in range(len(supply)):
            if used_supply[c] < supply[c]:
                parent["c", c] = None
                queue.append(("c", c))
        end = None
        for node in queue:
            kind, i = node
            if kind == "c":
                for f, capacity in arcs[i].items():
                    if flow[i][f] < capacity and ("f", f) not in parent:
                        parent["f", f] = node
                        if used_demand[f] < demand[f]:
                            end = ("f", f)
                            break
                        queue.append(("f", f))
            else:
                for c in fields_of[i]:
                    if flow[c][i] > 0 and ("c", c) not in parent:
                        parent["c", c] = node
                        queue.append(("c", c))
            if end:
                break
        if end is None:
            return flow
        path = [end]
        while parent[path[-1]] is not None:
            path.append(parent[path[-1]])  # type: ignore[arg-type]
        path.reverse()
        amount = min(
            supply[path[0][1]] - used_supply[path[0][1]], demand[end[1]] - used_demand[end[1]]
        )
        for a, b in pairwise(path):
            if a[0] == "c":
                amount = min(amount, arcs[a[1]][b[1]] - flow[a[1]][b[1]])
            else:
                amount = min(amount, flow[b[1]][a[1]])
        used_supply[path[0][1]] += amount
        used_demand[end[1]] += amount
        for a, b in pairwise(path):
            if a[0] == "c":
                flow[a[1]][b[1]] += amount
            else:
                flow[b[1]][a[1]] -= amount
