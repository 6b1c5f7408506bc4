"""Ranking, tie-breaks, advancement and prizes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from judging.aggregation import Criterion, aggregate
from judging.ranking import (
    GROUP,
    INDIVIDUAL,
    Candidate,
    EntryFacts,
    Override,
    Prize,
    TieBreak,
    allocate_prizes,
    candidates_from,
    rank,
    select_advancing,
)

T0 = datetime(2024, 10, 1, 8, 0, tzinfo=UTC)


def cand(code, score, *, minutes=0, priority=None, top=0, field=None, kind=INDIVIDUAL):
    return Candidate(
        entry=code,
        code=code,
        score=D(score),
        submitted_at=T0 + timedelta(minutes=minutes),
        priority_score=None if priority is None else D(priority),
        top_marks=top,
        field=field,
        entrant_type=kind,
    )


def test_rank_applies_each_tie_break_in_turn():
    ranking = rank(
        candidates=[
            cand("HN-005", "80.00", priority="20", top=1, minutes=5),
            cand("HN-004", "80.00", priority="20", top=1, minutes=5),
            cand("HN-003", "80.00", priority="20", top=1, minutes=1),
            cand("HN-002", "80.00", priority="20", top=3),
            cand("HN-001", "80.00", priority="25"),
            cand("HN-000", "90.50"),
        ]
    )
    assert [(r.position, r.candidate.code, r.decided_by) for r in ranking] == [
        (1, "HN-000", None),
        (2, "HN-001", TieBreak.SCORE),
        (3, "HN-002", TieBreak.PRIORITY),
        (4, "HN-003", TieBreak.TOP_MARKS),
        (5, "HN-004", TieBreak.SUBMITTED),
        (6, "HN-005", TieBreak.CODE),
    ]


def test_rank_puts_missing_priority_score_after_present_one():
    ranking = rank(candidates=[cand("A", "70", priority=None), cand("B", "70", priority="0")])
    assert [r.candidate.code for r in ranking] == ["B", "A"]


def test_rank_rejects_duplicate_codes():
    with pytest.raises(ValueError, match="unique"):
        rank(candidates=[cand("A", "1"), cand("A", "2")])


def test_candidates_from_skips_entries_with_missing_marks():
    criteria = [Criterion(id="novelty", max_score=D(50)), Criterion(id="effect", max_score=D(50))]
    result = aggregate(
        scores={
            "e1": {"J1": {"novelty": 40, "effect": 30}, "J2": {"novelty": 50, "effect": 40}},
            "e2": {"J1": {"novelty": 45, "effect": 45}},
        },
        criteria=criteria,
        assigned={"e1": ["J1", "J2"], "e2": ["J1", "J2"]},
    )
    facts = {
        "e1": EntryFacts(code="HN-001", submitted_at=T0),
        "e2": EntryFacts(code="HN-002", submitted_at=T0),
    }
    (only,) = candidates_from(result=result, facts=facts, priority_criterion="novelty")
    # e1: totals 70 and 90, mean 80; novelty mean (40 + 50) / 2 = 45; one mark at maximum.
    assert (only.entry, only.score, only.priority_score, only.top_marks) == (
        "e1",
        D("80.00"),
        D("45.00"),
        1,
    )


RANKING = rank(
    candidates=[
        cand("A1", "91", field="tthc"),
        cand("A2", "88", field="cds"),
        cand("A3", "84", field="tthc"),
        cand("A4", "79", field="tthc"),
        cand("A5", "75", field="cds"),
        cand("A6", "74.99", field="cds"),
    ]
)


def codes(items):
    return [i.candidate.code for i in items]


def test_select_advancing_top_n_overall():
    assert codes(select_advancing(ranking=RANKING, top=3)) == ["A1", "A2", "A3"]


def test_select_advancing_threshold_is_inclusive():
    assert codes(select_advancing(ranking=RANKING, threshold=D(75))) == [
        "A1",
        "A2",
        "A3",
        "A4",
        "A5",
    ]


def test_select_advancing_top_n_per_field_above_threshold():
    chosen = select_advancing(ranking=RANKING, top=2, threshold=D(75), per_field=True)
    assert codes(chosen) == ["A1", "A2", "A3", "A5"]


def test_select_advancing_needs_a_rule():
    with pytest.raises(ValueError, match="top, threshold"):
        select_advancing(ranking=RANKING)


def field_of(count_individual, count_group):
    people = [cand(f"I{i:02}", 90 - i) for i in range(count_individual)]
    groups = [cand(f"G{i:02}", "89.5", minutes=i, kind=GROUP) for i in range(count_group)]
    return rank(candidates=people + groups)


def prizes(allocation):
    return [(a.entry, a.prize) for a in allocation.awards]


def test_allocate_prizes_hanoi_2024_defaults():
    allocation = allocate_prizes(ranking=field_of(12, 4))
    assert prizes(allocation) == [
        ("I00", Prize.FIRST),
        ("I01", Prize.SECOND),
        ("I02", Prize.SECOND),
        ("I03", Prize.THIRD),
        ("I04", Prize.THIRD),
        ("I05", Prize.THIRD),
        ("I06", Prize.ENCOURAGEMENT),
        ("I07", Prize.ENCOURAGEMENT),
        ("I08", Prize.ENCOURAGEMENT),
        ("I09", Prize.ENCOURAGEMENT),
        ("I10", Prize.ENCOURAGEMENT),
        ("G00", Prize.FIRST),
        ("G01", Prize.SECOND),
        ("G02", Prize.THIRD),
    ]
    assert allocation.vacant == ()
    assert allocation.warnings == ()


def test_allocate_prizes_leaves_vacancies_below_minimum_score():
    allocation = allocate_prizes(ranking=field_of(3, 1), minimum_score=D(89))
    # Individuals score 90, 89, 88: two reach 89. The group (89.5) takes its first prize.
    assert prizes(allocation) == [("I00", Prize.FIRST), ("I01", Prize.SECOND), ("G00", Prize.FIRST)]
    assert allocation.vacant == (
        (INDIVIDUAL, Prize.SECOND, 1),
        (INDIVIDUAL, Prize.THIRD, 3),
        (INDIVIDUAL, Prize.ENCOURAGEMENT, 5),
        (GROUP, Prize.SECOND, 1),
        (GROUP, Prize.THIRD, 1),
    )


def test_allocate_prizes_override_pins_and_withholds_with_reasons():
    overrides = [
        Override(entry="I00", prize=None, reason="Giải pháp trùng với sáng kiến đã công nhận"),
        Override(entry="I05", prize=Prize.SECOND, reason="Hội đồng biểu quyết 7/9"),
    ]
    allocation = allocate_prizes(
        ranking=field_of(6, 0),
        overrides=overrides,
        quotas={INDIVIDUAL: ((Prize.FIRST, 1), (Prize.SECOND, 2), (Prize.THIRD, 3))},
    )
    assert prizes(allocation) == [
        ("I01", Prize.FIRST),
        ("I05", Prize.SECOND),
        ("I02", Prize.SECOND),
        ("I03", Prize.THIRD),
        ("I04", Prize.THIRD),
    ]
    pinned = [a for a in allocation.awards if a.overridden]
    assert [(a.entry, a.reason) for a in pinned] == [("I05", "Hội đồng biểu quyết 7/9")]
    assert allocation.vacant == ((INDIVIDUAL, Prize.THIRD, 1),)
    assert allocation.warnings == (
        "individual: entry 'I05' (position 6) gets second, above entry 'I03' (position 4) "
        "with third",
        "individual: entry 'I05' (position 6) gets second, above entry 'I04' (position 5) "
        "with third",
    )


def test_allocate_prizes_override_needs_a_reason_and_a_ranked_entry():
    with pytest.raises(ValueError, match="needs a reason"):
        allocate_prizes(ranking=field_of(2, 0), overrides=[Override("I00", None, "  ")])
    with pytest.raises(ValueError, match="not ranked"):
        allocate_prizes(ranking=field_of(2, 0), overrides=[Override("X", None, "lý do")])


def test_allocate_prizes_warns_on_override_beyond_quota():
    allocation = allocate_prizes(
        ranking=field_of(0, 2),
        overrides=[Override(entry="G01", prize=Prize.FIRST, reason="đồng giải")],
    )
    assert prizes(allocation) == [("G01", Prize.FIRST), ("G00", Prize.SECOND)]
    allocation = allocate_prizes(
        ranking=field_of(0, 2),
        overrides=[
            Override(entry="G00", prize=Prize.FIRST, reason="đồng giải"),
            Override(entry="G01", prize=Prize.FIRST, reason="đồng giải"),
        ],
    )
    assert prizes(allocation) == [("G00", Prize.FIRST), ("G01", Prize.FIRST)]
    assert allocation.warnings[0] == "group: 2 overrides to first exceed its quota of 1"
