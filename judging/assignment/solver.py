"""Automatic assignment of judges to entries as an exact flow problem, at contest scale.

The model is the classic one (HotCRP uses it too): source -> entry (capacity: judges still
needed) -> judge (capacity 1, absent for conflicts and pairs already made) -> sink
(capacity: the judge's cap less kept work). A maximum flow covers as many slots as any
assignment can; among maximum flows we want the most even loads.

A general min-cost-flow solver would need every allowed pair as an arc: at 100,000 entries
and 3,000 judges that is ~285 million arcs, far beyond memory. Instead, ``assign``:

1. computes balanced targets, the loads a conflict-free world would give (``targets``);
2. lays those targets over the open slots in one linear pass (``layout``), skipping the
   few slots that hit a conflict or a repeat;
3. fills the skipped slots by augmenting paths within the targets, then within the caps
   (``repair.fill_deficits``): exact maximum coverage;
4. evens out the loads along residual paths until the optimality certificate holds
   (``repair.level_loads``).

Arcs are looked up, never stored: memory is linear in the assignments made, and the
search only touches the sparse conflicted structure where the warm start failed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from random import Random

from .layout import lay_out
from .network import Network
from .prepare import Prepared, prepare
from .repair import fill_deficits, level_loads
from .shortfall import explain
from .targets import balanced_targets
from .types import AssignmentResult, ConflictLookup, EntrySpec, JudgeSpec, Pair


def assign(
    *,
    entries: Sequence[EntrySpec],
    judges: Sequence[JudgeSpec],
    conflicts: ConflictLookup = frozenset(),
    existing: Iterable[Pair] = (),
    per_entry: int = 3,
    seed: int = 0,
) -> AssignmentResult:
    """Assign ``per_entry`` distinct judges to every entry, exactly and evenly.

    Guarantees (each checked by the test suite):

    * conflicts are never assigned, caps are never exceeded, no entry gets a judge twice;
    * ``existing`` pairs are kept and count towards coverage and load;
    * coverage is maximum: if every entry can get its judges, every entry does; otherwise
      the entries left short are reported with a reason, and no assignment at all covers
      more slots;
    * among maximum-coverage assignments, loads are the most even possible: the largest
      load is as small as it can be and the smallest as large, so max - min <= 1 whenever
      caps and conflicts allow it (0 when the slots divide evenly among judges);
    * a judge whose panel includes the entry's field is preferred, but never at the cost of
      coverage or evenness (a soft preference, optimal only in the absence of conflicts);
    * the same inputs and ``seed`` give the same result on any machine.

    Assumption: ``conflicts`` answers membership for (judge id, entry id) pairs; ids are
    hashable and compared by equality. Kept pairs are never moved, so they can pin loads.
    """
    prepared = prepare(
        entries=entries,
        judges=judges,
        conflicts=conflicts,
        existing=existing,
        per_entry=per_entry,
    )
    net = prepared.network()
    rng = Random(seed)
    judge_order = list(range(len(judges)))
    rng.shuffle(judge_order)
    rank = [0] * len(judges)
    for position, judge in enumerate(judge_order):
        rank[judge] = position

    targets = balanced_targets(
        existing=prepared.start_load,
        caps=prepared.caps,
        demand=sum(net.need),
        order=judge_order,
    )
    entry_order = lay_out(
        net,
        targets=targets,
        entry_field=prepared.entry_field,
        panels=prepared.panels,
        judge_order=judge_order,
        field_count=prepared.field_count,
        rng=rng,
    )

    def fill(limit: list[int]) -> None:
        fill_deficits(
            net,
            limit=limit,
            entry_order=entry_order,
            entry_field=prepared.entry_field,
            panels=prepared.panels,
            rank=rank,
        )

    fill([s + t for s, t in zip(prepared.start_load, targets, strict=True)])
    if any(net.need):
        # Some targets were unreachable (conflicts, repeats): use the whole cap, then level.
        fill(prepared.caps)
    level_loads(net, rank=rank)
    return build_result(prepared, net)


def build_result(prepared: Prepared, net: Network) -> AssignmentResult:
    """Read the outcome off a finished network (shared with the greedy baseline)."""
    judge_ids, entry_ids, kept = prepared.judge_ids, prepared.entry_ids, prepared.kept_judges
    new: list[Pair] = [
        (judge_ids[judge], entry_id)
        for entry, (entry_id, judges) in enumerate(zip(entry_ids, net.assigned, strict=True))
        for judge in (judges[len(kept[entry]) :] if entry in kept else judges)
    ]
    matched = 0
    if prepared.field_count:
        entry_field, panels = prepared.entry_field, prepared.panels
        for entry, judges in enumerate(net.assigned):
            start = len(kept[entry]) if entry in kept else 0
            matched += sum(1 for judge in judges[start:] if entry_field[entry] in panels[judge])
    uncovered = tuple(explain(prepared, net, e) for e, n in enumerate(net.need) if n > 0)
    return AssignmentResult(
        new=tuple(new),
        kept=prepared.kept,
        uncovered=uncovered,
        load=dict(zip(judge_ids, net.load, strict=True)),
        field_matched=matched,
    )
