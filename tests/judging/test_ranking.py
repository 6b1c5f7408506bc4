"""Ranking, tie-breaks, advancement and prizes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from judging.aggregation import Criterion, aggregate
from judging.ranking import (
    GROUP,
    HANOI_2024_QUOTAS,
    INDIVIDUAL,
    Candidate,
    EntryFacts,
    Override,
    OverrideError,
    OverrideProblem,
    TieBreak,
    allocate_prizes,
    candidates_from,
    rank,
    select_advancing,
)

T0 = datetime(2024, 10, 1, 8, 0, tzinfo=UTC)
FIRST, SECOND, THIRD, ENCOURAGEMENT = "Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"


def cand(code, score, *, minutes=0, priority=None, top=0, field=None, kind=INDIVIDUAL, stage=0):
    return Candidate(
        entry=code,
        code=code,
        score=D(score),
        submitted_at=None if minutes is None else T0 + timedelta(minutes=minutes),
        priority_score=None if priority is None else D(priority),
        top_marks=top,
        field=field,
        entrant_type=kind,
        stage=stage,
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


def test_rank_puts_later_round_above_higher_score():
    ranking = rank(
        candidates=[
            cand("P1", "95", stage=1),
            cand("F2", "60", stage=2),
            cand("F1", "70", stage=2),
            cand("P2", "90", stage=1),
        ]
    )
    assert [(r.position, r.candidate.code, r.decided_by) for r in ranking] == [
        (1, "F1", None),
        (2, "F2", TieBreak.SCORE),
        (3, "P1", TieBreak.ROUND),
        (4, "P2", TieBreak.SCORE),
    ]


def test_rank_puts_missing_submission_time_last():
    ranking = rank(candidates=[cand("A", "70", minutes=None), cand("B", "70", minutes=9)])
    assert [(r.candidate.code, r.decided_by) for r in ranking] == [
        ("B", None),
        ("A", TieBreak.SUBMITTED),
    ]


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
    (only,) = candidates_from(result=result, facts=facts, priority_criterion="novelty", stage=2)
    # e1: totals 70 and 90, mean 80; novelty mean (40 + 50) / 2 = 45; one mark at maximum.
    assert (only.entry, only.score, only.priority_score, only.top_marks, only.stage) == (
        "e1",
        D("80.00"),
        D("45.00"),
        1,
        2,
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
        ("I00", FIRST),
        ("I01", SECOND),
        ("I02", SECOND),
        ("I03", THIRD),
        ("I04", THIRD),
        ("I05", THIRD),
        ("I06", ENCOURAGEMENT),
        ("I07", ENCOURAGEMENT),
        ("I08", ENCOURAGEMENT),
        ("I09", ENCOURAGEMENT),
        ("I10", ENCOURAGEMENT),
        ("G00", FIRST),
        ("G01", SECOND),
        ("G02", THIRD),
    ]
    assert allocation.vacant == ()
    assert allocation.warnings == ()


def test_hanoi_2024_quotas_are_the_2024_prize_structure():
    assert HANOI_2024_QUOTAS == {
        INDIVIDUAL: ((FIRST, 1), (SECOND, 2), (THIRD, 3), (ENCOURAGEMENT, 5)),
        GROUP: ((FIRST, 1), (SECOND, 1), (THIRD, 1)),
    }


def test_allocate_prizes_leaves_vacancies_below_minimum_score():
    allocation = allocate_prizes(ranking=field_of(3, 1), minimum_score=D(89))
    # Individuals score 90, 89, 88: two reach 89. The group (89.5) takes its first prize.
    assert prizes(allocation) == [("I00", FIRST), ("I01", SECOND), ("G00", FIRST)]
    assert allocation.vacant == (
        (INDIVIDUAL, SECOND, 1),
        (INDIVIDUAL, THIRD, 3),
        (INDIVIDUAL, ENCOURAGEMENT, 5),
        (GROUP, SECOND, 1),
        (GROUP, THIRD, 1),
    )


def test_allocate_prizes_override_pins_and_withholds_with_reasons():
    overrides = [
        Override(entry="I00", prize=None, reason="Giải pháp trùng với sáng kiến đã công nhận"),
        Override(entry="I05", prize=SECOND, reason="Hội đồng biểu quyết 7/9"),
    ]
    allocation = allocate_prizes(
        ranking=field_of(6, 0),
        overrides=overrides,
        quotas={INDIVIDUAL: ((FIRST, 1), (SECOND, 2), (THIRD, 3))},
    )
    assert prizes(allocation) == [
        ("I01", FIRST),
        ("I05", SECOND),
        ("I02", SECOND),
        ("I03", THIRD),
        ("I04", THIRD),
    ]
    pinned = [a for a in allocation.awards if a.overridden]
    assert [(a.entry, a.reason) for a in pinned] == [("I05", "Hội đồng biểu quyết 7/9")]
    assert allocation.vacant == ((INDIVIDUAL, THIRD, 1),)
    assert allocation.warnings == (
        "individual: entry 'I05' (position 6) gets Giải Nhì, above entry 'I03' (position 4) "
        "with Giải Ba",
        "individual: entry 'I05' (position 6) gets Giải Nhì, above entry 'I04' (position 5) "
        "with Giải Ba",
    )


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ([Override("I00", None, "  ")], OverrideProblem.NO_REASON),
        ([Override("X", None, "lý do")], OverrideProblem.NOT_RANKED),
        ([Override("I00", None, "lý do"), Override("I00", FIRST, "lý do")], OverrideProblem.TWICE),
    ],
)
def test_allocate_prizes_refuses_an_override_it_cannot_apply(overrides, problem):
    with pytest.raises(OverrideError) as caught:
        allocate_prizes(ranking=field_of(2, 0), overrides=overrides)
    assert (caught.value.entry, caught.value.problem) == (overrides[-1].entry, problem)
    assert isinstance(caught.value, ValueError)


def test_allocate_prizes_warns_on_override_beyond_quota():
    allocation = allocate_prizes(
        ranking=field_of(0, 2),
        overrides=[Override(entry="G01", prize=FIRST, reason="đồng giải")],
    )
    assert prizes(allocation) == [("G01", FIRST), ("G00", SECOND)]
    allocation = allocate_prizes(
        ranking=field_of(0, 2),
        overrides=[
            Override(entry="G00", prize=FIRST, reason="đồng giải"),
            Override(entry="G01", prize=FIRST, reason="đồng giải"),
        ],
    )
    assert prizes(allocation) == [("G00", FIRST), ("G01", FIRST)]
    assert allocation.warnings[0] == "group: 2 overrides to Giải Nhất exceed its quota of 1"


def test_allocate_prizes_same_name_in_two_types_takes_a_place_of_its_own_type():
    # Both types have a "Giải Nhất": the group override must not use the individual one.
    quotas = {INDIVIDUAL: ((FIRST, 1), (SECOND, 2)), GROUP: ((FIRST, 1),)}
    allocation = allocate_prizes(
        ranking=field_of(3, 2),
        quotas=quotas,
        overrides=[Override(entry="G01", prize=FIRST, reason="Hội đồng quyết định.")],
    )
    assert prizes(allocation) == [
        ("I00", FIRST),
        ("I01", SECOND),
        ("I02", SECOND),
        ("G01", FIRST),
    ]
    # Overall: I00 90, G00 89.5, G01 89.5 (submitted later), I01 89, I02 88.
    assert allocation.by_entry()["G01"].position == 3
    assert allocation.warnings == ()


def test_allocate_prizes_warns_on_override_to_a_prize_the_type_lacks():
    allocation = allocate_prizes(
        ranking=field_of(0, 2),
        quotas={GROUP: ((FIRST, 1),)},
        overrides=[Override(entry="G01", prize=ENCOURAGEMENT, reason="khuyến khích")],
    )
    assert prizes(allocation) == [("G00", FIRST), ("G01", ENCOURAGEMENT)]
    assert allocation.warnings == ("group: override gives Giải Khuyến khích, which has no quota",)


def test_allocate_prizes_warns_on_entrant_type_without_quota():
    allocation = allocate_prizes(ranking=field_of(1, 1), quotas={INDIVIDUAL: ((FIRST, 1),)})
    assert prizes(allocation) == [("I00", FIRST)]
    assert allocation.warnings == ("entrant type 'group' has no prize quota",)


def test_allocate_prizes_refuses_a_prize_named_twice_in_one_type():
    with pytest.raises(ValueError, match="names a prize twice"):
        allocate_prizes(ranking=field_of(2, 0), quotas={INDIVIDUAL: ((FIRST, 1), (FIRST, 1))})
