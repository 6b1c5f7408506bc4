"""Judge assignment: guarantees checked against brute force and an independent max-flow."""

from __future__ import annotations

import itertools
import random
from collections import Counter, deque

import pytest

from judging.assignment import (
    AssignmentResult,
    EntrySpec,
    JudgeSpec,
    Shortfall,
    assign,
    assign_greedy,
    balanced_targets,
    reassign_withdrawn_judge,
)

# --- independent oracles ------------------------------------------------------------------


def max_coverage(entries, judges, conflicts, existing, per_entry):
    """Edmonds-Karp on the explicit network: the most slots any assignment can fill."""
    kept = Counter(e for _, e in existing)
    load = Counter(j for j, _ in existing)
    cap: dict[str, dict[str, int]] = {}

    def arc(a, b, c):
        cap.setdefault(a, {})[b] = cap.get(a, {}).get(b, 0) + c
        cap.setdefault(b, {}).setdefault(a, 0)

    for e in entries:
        arc("s", f"e{e.id}", max(0, per_entry - kept[e.id]))
        for j in judges:
            if (j.id, e.id) not in conflicts and (j.id, e.id) not in existing:
                arc(f"e{e.id}", f"j{j.id}", 1)
    for j in judges:
        room = 10**9 if j.cap is None else max(0, j.cap - load[j.id])
        arc(f"j{j.id}", "t", room)
    total = 0
    while True:
        parent = {"s": None}
        queue = deque(["s"])
        while queue and "t" not in parent:
            node = queue.popleft()
            for nxt, c in cap.get(node, {}).items():
                if c > 0 and nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        if "t" not in parent:
            return total
        path, node = [], "t"
        while parent[node] is not None:
            path.append((parent[node], node))
            node = parent[node]
        amount = min(cap[a][b] for a, b in path)
        for a, b in path:
            cap[a][b] -= amount
            cap[b][a] += amount
        total += amount


def brute_force(entries, judges, conflicts, existing, per_entry):
    """Best (coverage, sorted load vector descending) over every possible assignment."""
    kept = Counter(e for _, e in existing)
    base = Counter(j for j, _ in existing)
    caps = {j.id: j.cap for j in judges}
    options = []
    for e in entries:
        allowed = [
            j.id for j in judges if (j.id, e.id) not in conflicts and (j.id, e.id) not in existing
        ]
        need = max(0, per_entry - kept[e.id])
        options.append(
            [c for size in range(need + 1) for c in itertools.combinations(allowed, size)]
        )
    best = None
    for choice in itertools.product(*options):
        load = Counter(base)
        for chosen in choice:
            load.update(chosen)
        if any(caps[j] is not None and load[j] > caps[j] for j in caps):
            continue
        key = (-sum(map(len, choice)), sorted((load[j.id] for j in judges), reverse=True))
        if best is None or key < best:
            best = key
    return -best[0], best[1]


def check_valid(result: AssignmentResult, entries, judges, conflicts, existing, per_entry):
    pairs = result.pairs
    assert len(pairs) == len(set(pairs)), "an entry got the same judge twice"
    assert not [p for p in result.new if p in conflicts], "a conflict was assigned"
    assert set(existing) <= set(result.kept)
    assert not set(result.new) & set(existing)
    load = Counter(j for j, _ in pairs)
    assert result.load == {j.id: load[j.id] for j in judges}
    for j in judges:
        assert j.cap is None or load[j.id] <= j.cap
    per = Counter(e for _, e in pairs)
    for e in entries:
        assert per[e.id] <= max(per_entry, Counter(ee for _, ee in existing)[e.id])
    short = {u.entry: u for u in result.uncovered}
    for e in entries:
        if per[e.id] < per_entry:
            assert short[e.id].assigned == per[e.id]
        else:
            assert e.id not in short


def random_instance(rng, *, entries, judges, per_entry, conflict_rate, cap_choices, existing_rate):
    es = [EntrySpec(id=f"E{i}") for i in range(entries)]
    js = [JudgeSpec(id=f"J{j}", cap=rng.choice(cap_choices)) for j in range(judges)]
    conflicts = {(j.id, e.id) for e in es for j in js if rng.random() < conflict_rate}
    existing = []
    load = Counter()
    for e in es:
        for j in js:
            if (
                (j.id, e.id) not in conflicts
                and rng.random() < existing_rate
                and sum(1 for _, x in existing if x == e.id) < per_entry
                and (j.cap is None or load[j.id] < j.cap)
            ):
                existing.append((j.id, e.id))
                load[j.id] += 1
    return es, js, conflicts, existing


# --- exactness against brute force -------------------------------------------------------


def test_assign_matches_brute_force_on_tiny_random_instances():
    rng = random.Random(2024)
    for case in range(250):
        per_entry = rng.choice([1, 2, 2, 3])
        es, js, conflicts, existing = random_instance(
            rng,
            entries=rng.randint(1, 4),
            judges=rng.randint(1, 4),
            per_entry=per_entry,
            conflict_rate=rng.choice([0.0, 0.2, 0.4]),
            cap_choices=[None, 0, 1, 2, 3],
            existing_rate=rng.choice([0.0, 0.15]),
        )
        result = assign(
            entries=es,
            judges=js,
            conflicts=conflicts,
            existing=existing,
            per_entry=per_entry,
            seed=case,
        )
        check_valid(result, es, js, conflicts, existing, per_entry)
        coverage, loads = brute_force(es, js, conflicts, existing, per_entry)
        assert len(result.new) == coverage, case
        assert sorted(result.load.values(), reverse=True) == loads, case


def test_assign_reaches_max_flow_coverage_on_small_random_instances():
    rng = random.Random(7)
    for case in range(60):
        per_entry = rng.choice([2, 3])
        es, js, conflicts, existing = random_instance(
            rng,
            entries=rng.randint(5, 25),
            judges=rng.randint(2, 9),
            per_entry=per_entry,
            conflict_rate=rng.choice([0.1, 0.3, 0.6]),
            cap_choices=[None, 2, 4, 6, 9],
            existing_rate=rng.choice([0.0, 0.1]),
        )
        result = assign(
            entries=es,
            judges=js,
            conflicts=conflicts,
            existing=existing,
            per_entry=per_entry,
            seed=case,
        )
        check_valid(result, es, js, conflicts, existing, per_entry)
        assert len(result.new) == max_coverage(es, js, conflicts, existing, per_entry), case
        greedy = assign_greedy(
            entries=es, judges=js, conflicts=conflicts, existing=existing, per_entry=per_entry
        )
        check_valid(greedy, es, js, conflicts, existing, per_entry)
        assert len(greedy.new) <= len(result.new)


# --- balance --------------------------------------------------------------------------------


def test_assign_spread_zero_when_slots_divide_evenly():
    es = [EntrySpec(id=i) for i in range(100)]
    js = [JudgeSpec(id=f"J{j}") for j in range(10)]
    result = assign(entries=es, judges=js)
    assert len(result.new) == 300
    assert set(result.load.values()) == {30}
    assert result.uncovered == ()


def test_assign_spread_one_when_slots_do_not_divide():
    es = [EntrySpec(id=i) for i in range(100)]
    js = [JudgeSpec(id=f"J{j}") for j in range(7)]
    result = assign(entries=es, judges=js)
    assert sorted(Counter(result.load.values()).items()) == [(42, 1), (43, 6)]


def test_assign_spread_at_most_one_with_sparse_conflicts():
    rng = random.Random(5)
    es = [EntrySpec(id=i) for i in range(2000)]
    js = [JudgeSpec(id=j, cap=100) for j in range(60)]
    conflicts = {(j.id, e.id) for e in es for j in js if rng.random() < 0.05}
    result = assign(entries=es, judges=js, conflicts=conflicts, seed=3)
    check_valid(result, es, js, conflicts, [], 3)
    assert len(result.new) == 6000
    assert result.load_spread == 0


def test_assign_levels_others_when_one_judge_is_conflicted_with_almost_everything():
    es = [EntrySpec(id=i) for i in range(100)]
    js = [JudgeSpec(id=f"J{j}") for j in range(10)]
    conflicts = {("J0", e.id) for e in es if e.id >= 5}
    result = assign(entries=es, judges=js, conflicts=conflicts)
    check_valid(result, es, js, conflicts, [], 3)
    assert result.load["J0"] == 5
    others = [result.load[f"J{j}"] for j in range(1, 10)]
    assert sum(others) == 295
    assert max(others) - min(others) <= 1


def test_assign_respects_caps_and_gives_the_rest_evenly():
    es = [EntrySpec(id=i) for i in range(30)]
    js = [JudgeSpec(id="small", cap=3)] + [JudgeSpec(id=f"J{j}") for j in range(4)]
    result = assign(entries=es, judges=js)
    assert result.load["small"] == 3
    assert sorted(result.load[f"J{j}"] for j in range(4)) == [21, 22, 22, 22]


def test_balanced_targets_fill_to_a_common_level():
    targets = balanced_targets(
        existing=[0, 5, 2, 0], caps=[100, 100, 100, 1], demand=10, order=[0, 1, 2, 3]
    )
    # Level 5 costs 5 + 0 + 3 + 1 (judge 3 is capped at 1) = 9; the one unit left goes to
    # the first judge in order standing at level 5 with room: judge 0. Totals 6, 5, 5, 1.
    assert targets == [6, 0, 3, 1]
    assert sum(targets) == 10


def test_balanced_targets_stop_at_total_room():
    assert balanced_targets(existing=[1, 0], caps=[2, 1], demand=9, order=[0, 1]) == [1, 1]


# --- shortfall reasons ----------------------------------------------------------------------


def test_assign_reports_fewer_judges_than_needed():
    es = [EntrySpec(id="A"), EntrySpec(id="B")]
    js = [JudgeSpec(id="J1"), JudgeSpec(id="J2")]
    result = assign(entries=es, judges=js, per_entry=3)
    assert len(result.new) == 4
    assert [(u.entry, u.assigned, u.needed, u.reason, u.eligible) for u in result.uncovered] == [
        ("A", 2, 3, Shortfall.TOO_FEW_JUDGES, 2),
        ("B", 2, 3, Shortfall.TOO_FEW_JUDGES, 2),
    ]
    assert result.uncovered[0].detail == "only 2 judges in the pool, 3 needed"


def test_assign_reports_entry_conflicted_with_everyone():
    es = [EntrySpec(id="A"), EntrySpec(id="B")]
    js = [JudgeSpec(id=f"J{j}") for j in range(4)]
    conflicts = {(j.id, "A") for j in js}
    result = assign(entries=es, judges=js, conflicts=conflicts)
    assert [(u.entry, u.assigned, u.reason, u.eligible) for u in result.uncovered] == [
        ("A", 0, Shortfall.CONFLICTS, 0)
    ]
    assert result.uncovered[0].detail == "only 0 non-conflicted judges, 3 needed"
    assert len([p for p in result.new if p[1] == "B"]) == 3


def test_assign_reports_only_two_non_conflicted_judges_with_capacity():
    es = [EntrySpec(id="A")]
    js = [JudgeSpec(id="J1"), JudgeSpec(id="J2"), JudgeSpec(id="J3", cap=1), JudgeSpec(id="J4")]
    conflicts = {("J4", "A")}
    existing = [("J3", "X")]
    es.append(EntrySpec(id="X"))
    result = assign(entries=es, judges=js, conflicts=conflicts, existing=existing, per_entry=3)
    (short,) = [u for u in result.uncovered if u.entry == "A"]
    assert (short.assigned, short.reason, short.eligible) == (2, Shortfall.CAPACITY, 2)
    assert short.detail == "only 2 non-conflicted judges with capacity, 3 needed"


def test_assign_reports_competition_when_caps_are_too_small_overall():
    es = [EntrySpec(id=i) for i in range(4)]
    js = [JudgeSpec(id=f"J{j}", cap=2) for j in range(3)]
    result = assign(entries=es, judges=js, per_entry=3)
    assert len(result.new) == 6  # all capacity used
    assert set(result.load.values()) == {2}
    assert {u.reason for u in result.uncovered} == {Shortfall.COMPETITION}
    # The shortage is shared: nobody is left with nothing while another has three.
    counts = Counter(e for _, e in result.new)
    assert sorted(counts[e.id] for e in es) == [1, 1, 2, 2]


# --- existing assignments, determinism, fields ---------------------------------------------


def test_assign_keeps_existing_pairs_and_counts_them():
    es = [EntrySpec(id="A"), EntrySpec(id="B")]
    js = [JudgeSpec(id=f"J{j}") for j in range(6)]
    existing = [("J0", "A"), ("J1", "A")]
    result = assign(entries=es, judges=js, existing=existing)
    assert result.kept == (("J0", "A"), ("J1", "A"))
    assert len([p for p in result.new if p[1] == "A"]) == 1
    assert len([p for p in result.new if p[1] == "B"]) == 3
    assert sorted(result.load.values()) == [1, 1, 1, 1, 1, 1]


def test_assign_rejects_existing_pair_that_is_a_conflict():
    with pytest.raises(ValueError, match="declared conflict"):
        assign(
            entries=[EntrySpec(id="A")],
            judges=[JudgeSpec(id="J")],
            conflicts={("J", "A")},
            existing=[("J", "A")],
        )


def test_assign_rejects_duplicate_ids():
    with pytest.raises(ValueError, match="appears twice"):
        assign(entries=[EntrySpec(id="A"), EntrySpec(id="A")], judges=[JudgeSpec(id="J")])


def test_assign_is_deterministic_for_a_seed():
    rng = random.Random(1)
    es = [EntrySpec(id=i, field=rng.choice("xyz")) for i in range(300)]
    js = [JudgeSpec(id=j, cap=40, fields=frozenset(rng.choice("xyz"))) for j in range(25)]
    conflicts = {(j.id, e.id) for e in es for j in js if rng.random() < 0.1}
    first = assign(entries=es, judges=js, conflicts=conflicts, seed=9)
    again = assign(entries=es, judges=js, conflicts=conflicts, seed=9)
    other = assign(entries=es, judges=js, conflicts=conflicts, seed=10)
    assert first == again
    assert first.new != other.new


def test_assign_prefers_panel_judges_when_panels_are_large_enough():
    es = [EntrySpec(id=f"a{i}", field="tthc") for i in range(30)]
    es += [EntrySpec(id=f"b{i}", field="cds") for i in range(30)]
    js = [JudgeSpec(id=f"T{j}", fields=frozenset({"tthc"})) for j in range(3)]
    js += [JudgeSpec(id=f"C{j}", fields=frozenset({"cds"})) for j in range(3)]
    result = assign(entries=es, judges=js)
    assert result.field_matched == 180
    assert all(j[0] == ("T" if e[0] == "a" else "C") for j, e in result.new)


def test_assign_uses_a_small_panel_once_per_entry_and_others_for_the_rest():
    es = [EntrySpec(id=f"a{i}", field="tthc") for i in range(20)]
    js = [JudgeSpec(id="T", fields=frozenset({"tthc"}))] + [JudgeSpec(id=f"O{j}") for j in range(5)]
    result = assign(entries=es, judges=js)
    assert result.field_matched == 10  # balance first: T gets its even share of 10
    assert result.load_spread == 0


# --- withdrawal -----------------------------------------------------------------------------


def test_reassign_withdrawn_judge_keeps_finished_work_and_covers_the_rest():
    es = [EntrySpec(id=i) for i in range(40)]
    js = [JudgeSpec(id=f"J{j}") for j in range(6)]
    conflicts = {("J1", 3), ("J2", 3)}
    first = assign(entries=es, judges=js, conflicts=conflicts)
    gone = [p for p in first.pairs if p[0] == "J0"]
    completed = set(gone[:5])
    outcome = reassign_withdrawn_judge(
        entries=es,
        judges=js,
        withdrawn="J0",
        existing=first.pairs,
        completed=completed,
        conflicts=conflicts,
    )
    assert set(outcome.kept_completed) == completed
    assert set(outcome.released) == set(gone) - completed
    result = outcome.assignment
    assert result.uncovered == ()
    assert not [p for p in result.new if p[0] == "J0"]
    assert not [p for p in result.new if p in conflicts]
    final = (set(first.pairs) - set(outcome.released)) | set(result.new)
    assert len(final) == 120
    assert Counter(e for _, e in final) == dict.fromkeys(range(40), 3)
    others = [result.load[f"J{j}"] for j in range(1, 6)]
    assert result.load["J0"] == 5
    assert max(others) - min(others) <= 1


def test_reassign_withdrawn_judge_rejects_unknown_judge():
    with pytest.raises(ValueError, match="not in the pool"):
        reassign_withdrawn_judge(
            entries=[EntrySpec(id=1)],
            judges=[JudgeSpec(id="J")],
            withdrawn="K",
            existing=[],
            completed=set(),
        )


# --- greedy baseline ------------------------------------------------------------------------


def test_assign_greedy_can_miss_what_the_exact_assigner_finds():
    # Entry "free" accepts either judge; "picky" only J1. Each judge takes one entry.
    es = [EntrySpec(id="free"), EntrySpec(id="picky")]
    js = [JudgeSpec(id="J1", cap=1), JudgeSpec(id="J2", cap=1)]
    conflicts = {("J2", "picky")}
    greedy_short = 0
    for seed in range(20):
        exact = assign(entries=es, judges=js, conflicts=conflicts, per_entry=1, seed=seed)
        assert len(exact.new) == 2
        greedy = assign_greedy(entries=es, judges=js, conflicts=conflicts, per_entry=1, seed=seed)
        greedy_short += len(greedy.new) < 2
    assert greedy_short > 0


def test_conflict_masks_by_array_match_the_pairs_and_skip_strangers():
    from judging.assignment.network import _conflict_masks_by_array

    conflicts = {(7, 30), (9, 30), (9, 10), (99, 10), (7, 555)}  # judge 99, entry 555: strangers

    masks = _conflict_masks_by_array(conflicts, entry_ids=[30, 10, 20], judge_ids=[9, 7])

    assert masks == [0b11, 0b01, 0]


def test_conflict_masks_by_array_leave_other_ids_to_the_loop():
    from judging.assignment.network import _conflict_masks_by_array

    assert _conflict_masks_by_array({("a", "b")}, entry_ids=["b"], judge_ids=["a"]) is None
    assert _conflict_masks_by_array(set(), entry_ids=[1, 2], judge_ids=[3]) == [0, 0]
