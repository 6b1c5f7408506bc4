"""Frozen results: hashes that recompute, snapshots that never change, prizes, advancement."""

import datetime
import io
import json
from collections import Counter
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from contest.enums import EntrantType, EntryStatus, Role
from contest.models import Edition, Sector
from judging import snapshot
from judging.enums import AuditAction, RoundIntake, RoundKind
from judging.models import (
    Advancement,
    Assignment,
    AuditEvent,
    PrizeTier,
    ResultSnapshot,
    Round,
    Score,
)
from judging.ranking import HANOI_2024_QUOTAS
from judging.results import round_results
from judging.selectors import round_entries
from judging.services.freeze import snapshot_supersede
from judging.services.results import (
    advancement_confirm,
    advancement_propose,
    prize_tiers_create_default,
    snapshot_freeze,
    snapshot_inputs,
    snapshot_recompute,
)
from judging.services.scoring import score_reopen, score_save
from tests.factories import (
    AssignmentFactory,
    EligibleEntryFactory,
    JudgeFactory,
    PrizeTierFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)
from tests.i18n import vi

pytestmark = pytest.mark.django_db

INDIVIDUAL, GROUP = EntrantType.INDIVIDUAL.value, EntrantType.GROUP.value


@pytest.fixture
def organiser():
    return UserFactory(role=Role.ORGANISER)


@pytest.fixture
def scored_round():
    """Five entries scored by two judges on a 100-point criterion, with prize tiers.

    I1 90, G1 85, I2 80, I3 70, G2 60 (I individual, G group).
    """
    round_ = RoundFactory(criteria=[("Điểm", 100)], position=1)
    judges = JudgeFactory.create_batch(2)
    table = [("I1", INDIVIDUAL, 90), ("G1", GROUP, 85), ("I2", INDIVIDUAL, 80)]
    table += [("I3", INDIVIDUAL, 70), ("G2", GROUP, 60)]
    for number, (code, kind, points) in enumerate(table, start=1):
        entry = EligibleEntryFactory(
            edition=round_.edition, code=code, number=number, entrant_type=kind
        )
        for judge, offset in zip(judges, (-5, 5), strict=True):
            score_assignment(
                AssignmentFactory(round=round_, entry=entry, judge=judge), [points + offset]
            )
    PrizeTierFactory(edition=round_.edition, entrant_type=INDIVIDUAL, rank=1, name="Giải Nhất")
    PrizeTierFactory(edition=round_.edition, entrant_type=INDIVIDUAL, rank=2, name="Giải Nhì")
    PrizeTierFactory(edition=round_.edition, entrant_type=GROUP, rank=1, name="Giải Nhất")
    return round_


def _prizes(frozen):
    ranking = json.loads(frozen.payload)["outputs"]["ranking"]
    return [(r["rank"], r["code"], r["total"], r["prize"]) for r in ranking]


def _command(*args):
    out = io.StringIO()
    call_command("recompute_snapshot", *map(str, args), stdout=out)
    return out.getvalue()


# --- freeze and recompute ----------------------------------------------------------------


def test_snapshot_freeze_stores_canonical_payload_and_hash(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    payload = json.loads(frozen.payload)
    assert frozen.payload.encode() == snapshot.canonical_bytes(payload)
    assert frozen.sha256 == snapshot.sha256(payload)
    assert (frozen.version, frozen.round, frozen.edition) == (
        1,
        scored_round,
        scored_round.edition,
    )
    assert payload["outputs"] == snapshot.snapshot_outputs(payload["inputs"])
    assert _prizes(frozen) == [
        (1, "I1", "90.00", "Giải Nhất"),
        (2, "G1", "85.00", "Giải Nhất"),
        (3, "I2", "80.00", "Giải Nhì"),
        (4, "I3", "70.00", ""),
        (5, "G2", "60.00", ""),
    ]
    assert (payload["outputs"]["unranked"], payload["outputs"]["prizes"]) == (
        [],
        {"vacant": [], "warnings": []},
    )
    assert payload["inputs"]["format"] == snapshot.FORMAT == 2
    event = AuditEvent.objects.get(action=AuditAction.SNAPSHOT)
    assert event.after == {"version": 1, "sha256": frozen.sha256}


def test_snapshot_ranking_agrees_with_round_results(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    live = [(r.rank, r.code, str(r.total)) for r in round_results(round_=scored_round).rows]
    assert [(rank, code, total) for rank, code, total, _ in _prizes(frozen)] == live


def test_snapshot_scores_name_judges_by_pseudonym_only(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    judges = {s["judge"] for s in json.loads(frozen.payload)["inputs"]["stages"][0]["scores"]}
    expected = Assignment.objects.values_list("judge_id", flat=True).distinct()
    assert judges == {f"J{pk}" for pk in expected}
    for judge in JudgeFactory._meta.model.objects.filter(pk__in=expected):
        assert judge.email not in frozen.payload
        assert judge.full_name not in frozen.payload


def test_snapshot_recompute_from_database_and_payload_match(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    assert snapshot_recompute(frozen=frozen) == frozen.sha256
    assert snapshot_recompute(frozen=frozen, from_database=False) == frozen.sha256


def test_recompute_snapshot_command_prints_match(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    for args in ([frozen.pk], [frozen.pk, "--from-payload"]):
        out = _command(*args)
        assert out.splitlines() == [
            f"stored     {frozen.sha256}",
            f"recomputed {frozen.sha256}",
            "MATCH",
        ]


def test_recompute_snapshot_after_score_change_is_mismatch(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    # After the freeze only a reasoned correction reopens the round (judging.services.freeze).
    snapshot_supersede(round_=scored_round, actor=organiser, reason="Nhập nhầm điểm.")
    sheet = Score.objects.filter(sheet__assignment__entry__code="I3").first().sheet
    reopened = score_reopen(sheet=sheet, actor=organiser, reason="Nhập nhầm.")
    criterion = scored_round.criteria.get()
    score_save(
        assignment=sheet.assignment,
        judge=sheet.assignment.judge,
        scores={criterion.pk: "99"},
        version=reopened.version,
        submit=True,
    )
    with pytest.raises(CommandError) as caught:
        _command(frozen.pk)
    assert str(caught.value) == "MISMATCH: the scores or inputs differ from the frozen result."
    assert "MATCH" in _command(frozen.pk, "--from-payload")
    assert snapshot_recompute(frozen=frozen) != frozen.sha256


def test_recompute_snapshot_detects_a_tampered_payload(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    payload = json.loads(frozen.payload)
    payload["inputs"]["stages"][0]["scores"][0]["points"] = "100.00"
    ResultSnapshot.objects.filter(pk=frozen.pk).update(payload=json.dumps(payload))
    with pytest.raises(CommandError, match=r"^MISMATCH"):
        _command(frozen.pk, "--from-payload")


def test_recompute_snapshot_of_another_format_is_an_error(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    payload = json.loads(frozen.payload)
    payload["inputs"]["format"] = 1
    ResultSnapshot.objects.filter(pk=frozen.pk).update(payload=json.dumps(payload))
    with pytest.raises(CommandError) as caught:
        _command(frozen.pk, "--from-payload")
    assert str(caught.value) == (
        f"Cannot recompute snapshot {frozen.pk}: snapshot format 1 cannot be recomputed by "
        "this code (format 2)"
    )


def test_recompute_snapshot_unknown_id_is_an_error():
    with pytest.raises(CommandError, match=r"^No snapshot 999\.$"):
        _command(999)


def test_snapshot_cannot_be_modified(scored_round, organiser):
    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    original = frozen.payload
    frozen.payload = original.replace('"90.00"', '"99.00"')
    with pytest.raises(ValueError, match="never changes"):
        frozen.save()
    with pytest.raises(ValueError, match="never changes"):
        frozen.save(update_fields=["payload"])
    with pytest.raises(ValueError, match="never changes"):
        frozen.save(update_fields=["published_at", "sha256"])
    assert ResultSnapshot.objects.get(pk=frozen.pk).payload == original


def test_snapshot_may_only_be_published(scored_round, organiser):
    from django.utils import timezone

    frozen = snapshot_freeze(round_=scored_round, actor=organiser)
    frozen.published_at = timezone.now()
    frozen.save(update_fields=["published_at"])
    stored = ResultSnapshot.objects.get(pk=frozen.pk)
    assert stored.published_at is not None
    assert stored.sha256 == frozen.sha256


def test_snapshot_freeze_again_is_a_new_version(scored_round, organiser):
    first = snapshot_freeze(round_=scored_round, actor=organiser)
    second = snapshot_freeze(round_=scored_round, actor=organiser)
    assert (first.version, second.version) == (1, 2)
    assert first.sha256 == second.sha256
    assert ResultSnapshot.objects.count() == 2


# --- prizes ------------------------------------------------------------------------------

TIERS = [
    {"entrant_type": INDIVIDUAL, "rank": 2, "name": "Giải Nhì", "quota": 2},
    {"entrant_type": INDIVIDUAL, "rank": 1, "name": "Giải Nhất", "quota": 1},
    {"entrant_type": GROUP, "rank": 1, "name": "Giải Nhất", "quota": 1},
]
# Ranking: I1 95, G1 90, I2 85, G2 80, I3 75, I4 70.
TABLE = [
    ("I1", INDIVIDUAL, 95),
    ("G1", GROUP, 90),
    ("I2", INDIVIDUAL, 85),
    ("G2", GROUP, 80),
    ("I3", INDIVIDUAL, 75),
    ("I4", INDIVIDUAL, 70),
]


def _inputs(table=TABLE, *, tiers=TIERS, overrides=()):
    """Snapshot inputs of one stage: one 100-point criterion, judge J1 scores everything."""
    return {
        "format": snapshot.FORMAT,
        "edition": "Thử nghiệm",
        "stages": [
            {
                "round": "Vòng 1",
                "method": "mean",
                "priority_criterion": None,
                "criteria": [{"id": 7, "name": "Điểm", "max_points": "100.00", "weight": "1.00"}],
                "entries": [
                    {
                        "code": code,
                        "entrant_type": kind,
                        "submitted_at": "2024-08-01T09:00:00+00:00",
                        "judges": ["J1"],
                    }
                    for code, kind, _points in table
                ],
                "scores": [
                    {"entry": code, "judge": "J1", "criterion": 7, "points": f"{points}.00"}
                    for code, _kind, points in table
                ],
            }
        ],
        "prize_tiers": tiers,
        "overrides": list(overrides),
    }


def _awarded(outputs):
    return {r["code"]: r["prize"] for r in outputs["ranking"]}


def test_snapshot_outputs_fill_prize_tiers_per_entrant_type():
    outputs = snapshot.snapshot_outputs(_inputs())
    assert _awarded(outputs) == {
        "I1": "Giải Nhất",
        "G1": "Giải Nhất",
        "I2": "Giải Nhì",
        "G2": "",
        "I3": "Giải Nhì",
        "I4": "",
    }
    assert outputs["prizes"] == {"vacant": [], "warnings": []}
    assert snapshot.canonical_bytes(outputs).decode() == json.dumps(
        outputs, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    assert outputs["ranking"][0] == {
        "rank": 1,
        "code": "I1",
        "entrant_type": INDIVIDUAL,
        "round": "Vòng 1",
        "submitted_at": "2024-08-01T09:00:00+00:00",
        "judges": 1,
        "total": "95.00",
        "priority": None,
        "top_marks": 0,
        "decided_by": None,
        "prize": "Giải Nhất",
        "prize_overridden": False,
    }


def test_snapshot_outputs_override_takes_a_place_of_its_own_type():
    overrides = [{"code": "I4", "prize": "Giải Nhì", "reason": "Hội đồng quyết định."}]
    outputs = snapshot.snapshot_outputs(_inputs(overrides=overrides))
    assert _awarded(outputs) == {
        "I1": "Giải Nhất",
        "G1": "Giải Nhất",
        "I2": "Giải Nhì",
        "G2": "",
        "I3": "",
        "I4": "Giải Nhì",
    }
    assert [r["code"] for r in outputs["ranking"] if r["prize_overridden"]] == ["I4"]


def test_snapshot_outputs_override_leaves_other_types_untouched():
    # Both entrant types have a "Giải Nhất": the group override must not take the individual one.
    overrides = [{"code": "G2", "prize": "Giải Nhất", "reason": "Hội đồng quyết định."}]
    outputs = snapshot.snapshot_outputs(_inputs(overrides=overrides))
    assert _awarded(outputs) == {
        "I1": "Giải Nhất",
        "G1": "",
        "I2": "Giải Nhì",
        "G2": "Giải Nhất",
        "I3": "Giải Nhì",
        "I4": "",
    }
    assert outputs["prizes"] == {"vacant": [], "warnings": []}


@pytest.mark.parametrize("withheld", ["", None])
def test_snapshot_outputs_override_can_withhold_a_prize(withheld):
    overrides = [{"code": "I1", "prize": withheld, "reason": "Vi phạm quy chế."}]
    outputs = snapshot.snapshot_outputs(_inputs(overrides=overrides))
    assert _awarded(outputs) == {
        "I1": "",
        "G1": "Giải Nhất",
        "I2": "Giải Nhất",
        "G2": "",
        "I3": "Giải Nhì",
        "I4": "Giải Nhì",
    }


def test_snapshot_outputs_list_vacancies_and_warnings():
    overrides = [{"code": "G1", "prize": "Giải Ba", "reason": "Hội đồng quyết định."}]
    outputs = snapshot.snapshot_outputs(_inputs(TABLE[:2], overrides=overrides))
    assert _awarded(outputs) == {"I1": "Giải Nhất", "G1": "Giải Ba"}
    assert outputs["prizes"] == {
        "vacant": [
            {"entrant_type": GROUP, "prize": "Giải Nhất", "count": 1},
            {"entrant_type": INDIVIDUAL, "prize": "Giải Nhì", "count": 2},
        ],
        "warnings": ["group: override gives Giải Ba, which has no quota"],
    }


def test_snapshot_outputs_of_another_format_are_refused():
    with pytest.raises(ValueError, match=r"^snapshot format 1 cannot be recomputed"):
        snapshot.snapshot_outputs({**_inputs(), "format": 1})


def test_prize_tiers_create_default_are_the_ranking_defaults():
    edition = RoundFactory(criteria=[]).edition
    prize_tiers_create_default(edition=edition)
    stored = {}
    for tier in PrizeTier.objects.filter(edition=edition).order_by("entrant_type", "rank"):
        stored.setdefault(tier.entrant_type, []).append((tier.name, tier.quota))
    assert stored == {kind: list(tiers) for kind, tiers in HANOI_2024_QUOTAS.items()}


@pytest.mark.parametrize("reason", ["", "  ", None])
def test_snapshot_freeze_override_needs_a_reason(scored_round, organiser, reason):
    override = {"code": "I3", "prize": "Giải Nhì", "reason": reason}
    with pytest.raises(ValidationError) as caught:
        snapshot_freeze(round_=scored_round, actor=organiser, overrides=[override])
    assert caught.value.messages == [vi("A prize override needs a reason.")]
    assert not ResultSnapshot.objects.exists()


def test_snapshot_freeze_with_override_is_audited_and_recomputes(scored_round, organiser):
    override = {"code": "I3", "prize": "Giải Nhì", "reason": "Tác động thực tế lớn."}
    frozen = snapshot_freeze(round_=scored_round, actor=organiser, overrides=[override])
    assert _prizes(frozen) == [
        (1, "I1", "90.00", "Giải Nhất"),
        (2, "G1", "85.00", "Giải Nhất"),
        (3, "I2", "80.00", ""),
        (4, "I3", "70.00", "Giải Nhì"),
        (5, "G2", "60.00", ""),
    ]
    event = AuditEvent.objects.get(action=AuditAction.PRIZE_OVERRIDE)
    assert (event.after, event.reason, event.actor) == (
        {"code": "I3", "prize": "Giải Nhì"},
        "Tác động thực tế lớn.",
        organiser,
    )
    assert "MATCH" in _command(frozen.pk)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            [{"code": "ZZ", "prize": "Giải Nhì", "reason": "Lý do."}],
            "Bài dự thi ZZ chưa có đủ điểm trong kết quả này nên không thể điều chỉnh giải thưởng.",
        ),
        (
            [
                {"code": "I3", "prize": "Giải Nhì", "reason": "Lý do."},
                {"code": "I3", "prize": None, "reason": "Lý do khác."},
            ],
            "Bài dự thi I3 có nhiều hơn một điều chỉnh giải thưởng.",
        ),
    ],
)
def test_snapshot_freeze_override_it_cannot_apply_is_refused(
    scored_round, organiser, overrides, message
):
    with pytest.raises(ValidationError) as caught:
        snapshot_freeze(round_=scored_round, actor=organiser, overrides=overrides)
    assert caught.value.messages == [message]
    assert not ResultSnapshot.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditAction.PRIZE_OVERRIDE).exists()


# --- the live ranking and the frozen one agree ---------------------------------------------

EARLY = datetime.datetime(2024, 8, 1, 9, 0, tzinfo=datetime.UTC)
LATE = datetime.datetime(2024, 8, 20, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def tied_round():
    """Every tie-break rule decides once; M7 lacks a sheet. Priority criterion first, /50.

    T1 90; T2 80 (priority 40); T3 80 (priority 35, one mark at 50); T4 80 (priority 35, no
    maximum mark, submitted early); T5 and T6 as T4 but submitted late, T6's code last.
    """
    round_ = RoundFactory(criteria=[("Ưu tiên", 50), ("Khác", 50)], position=1)
    round_.priority_criterion = round_.criteria.get(name="Ưu tiên")
    round_.save()
    judges = JudgeFactory.create_batch(2)
    table = [
        ("T1", EARLY, [[45, 45], [45, 45]]),
        ("T2", EARLY, [[40, 40], [40, 40]]),
        ("T3", EARLY, [[35, 50], [35, 40]]),
        ("T4", EARLY, [[35, 45], [35, 45]]),
        ("T5", LATE, [[35, 45], [35, 45]]),
        ("T6", LATE, [[35, 45], [35, 45]]),
        ("M7", EARLY, [[50, 50], None]),
    ]
    for number, (code, submitted_at, sheets) in enumerate(table, start=1):
        entry = EligibleEntryFactory(
            edition=round_.edition, code=code, number=number, submitted_at=submitted_at
        )
        for judge, points in zip(judges, sheets, strict=True):
            assignment = AssignmentFactory(round=round_, entry=entry, judge=judge)
            if points is not None:
                score_assignment(assignment, points)
    return round_


def test_snapshot_and_live_ranking_agree_on_every_tie_break(tied_round, organiser):
    live = round_results(round_=tied_round)
    frozen = json.loads(snapshot_freeze(round_=tied_round, actor=organiser).payload)["outputs"]
    expected = [
        (1, "T1", "90.00", None),
        (2, "T2", "80.00", "score"),
        (3, "T3", "80.00", "priority"),
        (4, "T4", "80.00", "top_marks"),
        (5, "T5", "80.00", "submitted"),
        (6, "T6", "80.00", "code"),
    ]
    assert [(r["rank"], r["code"], r["total"], r["decided_by"]) for r in frozen["ranking"]] == (
        expected
    )
    assert [
        (r.rank, r.code, str(r.total), r.decided_by and r.decided_by.value)
        for r in live.rows
        if r.rank is not None
    ] == expected
    assert [(r["priority"], r["top_marks"]) for r in frozen["ranking"]] == [
        (str(r.criterion_means[str(tied_round.priority_criterion_id)]), r.top_marks)
        for r in live.rows
        if r.rank is not None
    ]


def test_snapshot_and_live_ranking_leave_entry_with_missing_sheet_unranked(tied_round, organiser):
    live = {r.code: r for r in round_results(round_=tied_round).rows}
    frozen = json.loads(snapshot_freeze(round_=tied_round, actor=organiser).payload)["outputs"]
    missing_judge = Assignment.objects.get(entry__code="M7", sheet__isnull=True).judge_id
    assert (live["M7"].rank, live["M7"].total, live["M7"].missing) == (None, None, True)
    assert "M7" not in [r["code"] for r in frozen["ranking"]]
    assert frozen["unranked"] == [
        {
            "code": "M7",
            "entrant_type": INDIVIDUAL,
            "round": tied_round.name,
            "judges": 1,
            "missing": [{"judge": f"J{missing_judge}", "criterion": None}],
        }
    ]


# --- advancement -------------------------------------------------------------------------


@pytest.fixture
def two_rounds():
    """A preliminary round of six entries in two fields, and a final taking advanced ones.

    Field A: A1 90, A2 80, A3 50. Field B: B1 85, B2 60, B3 55.
    """
    edition = Edition.objects.get(pk=RoundFactory(criteria=[]).edition_id)
    Round.objects.filter(edition=edition).delete()
    preliminary = RoundFactory(edition=edition, position=1, criteria=[("Điểm", 100)])
    final = RoundFactory(
        edition=edition, position=2, kind=RoundKind.FINAL, intake=RoundIntake.ADVANCED
    )
    field_a, field_b = Sector.objects.filter(edition=edition).order_by("sort_order")
    judge = JudgeFactory()
    table = [("A1", field_a, 90), ("A2", field_a, 80), ("A3", field_a, 50)]
    table += [("B1", field_b, 85), ("B2", field_b, 60), ("B3", field_b, 55)]
    for number, (code, sector, points) in enumerate(table, start=1):
        entry = EligibleEntryFactory(edition=edition, code=code, number=number, sector=sector)
        score_assignment(AssignmentFactory(round=preliminary, entry=entry, judge=judge), [points])
    return preliminary, final


def _advanced(round_):
    return list(
        Advancement.objects.filter(from_round=round_)
        .order_by("rank")
        .values_list("entry__code", "rank", "confirmed")
    )


def test_advancement_propose_top_n(two_rounds):
    preliminary, final = two_rounds
    created = advancement_propose(round_=preliminary, actor=UserFactory(), top_n=3)
    assert [a.to_round for a in created] == [final, final, final]
    assert _advanced(preliminary) == [("A1", 1, False), ("B1", 2, False), ("A2", 3, False)]
    assert round_entries(final).count() == 0


def test_advancement_propose_threshold(two_rounds):
    preliminary, _final = two_rounds
    advancement_propose(round_=preliminary, actor=UserFactory(), threshold=D("60"))
    assert _advanced(preliminary) == [
        ("A1", 1, False),
        ("B1", 2, False),
        ("A2", 3, False),
        ("B2", 4, False),
    ]


def test_advancement_propose_top_n_per_field(two_rounds):
    preliminary, _final = two_rounds
    advancement_propose(round_=preliminary, actor=UserFactory(), top_n=2, per_sector=True)
    assert _advanced(preliminary) == [
        ("A1", 1, False),
        ("B1", 2, False),
        ("A2", 3, False),
        ("B2", 4, False),
    ]


def test_advancement_propose_again_replaces_the_proposal(two_rounds):
    preliminary, _final = two_rounds
    secretary = UserFactory()
    advancement_propose(round_=preliminary, actor=secretary, top_n=4)
    advancement_propose(round_=preliminary, actor=secretary, top_n=1)
    assert _advanced(preliminary) == [("A1", 1, False)]
    event = AuditEvent.objects.filter(action=AuditAction.ADVANCEMENT_PROPOSED).last()
    assert event.after == {"codes": ["A1"], "top_n": 1, "threshold": None}


def test_advancement_propose_needs_a_rule(two_rounds):
    preliminary, _final = two_rounds
    with pytest.raises(ValidationError) as caught:
        advancement_propose(round_=preliminary, actor=UserFactory())
    assert caught.value.messages == [vi("Choose a number of entries, a threshold, or both.")]
    assert not Advancement.objects.exists()


def test_advancement_propose_negative_top_n_is_refused(two_rounds):
    preliminary, _final = two_rounds
    with pytest.raises(ValidationError) as caught:
        advancement_propose(round_=preliminary, actor=UserFactory(), top_n=-1)
    assert caught.value.messages == [vi("The number of entries cannot be negative.")]


def test_advancement_propose_top_n_and_threshold_together(two_rounds):
    preliminary, _final = two_rounds
    advancement_propose(round_=preliminary, actor=UserFactory(), top_n=3, threshold=D("82"))
    assert _advanced(preliminary) == [("A1", 1, False), ("B1", 2, False)]


def test_advancement_propose_top_n_per_field_above_threshold(two_rounds):
    preliminary, _final = two_rounds
    advancement_propose(
        round_=preliminary, actor=UserFactory(), top_n=2, threshold=D("60"), per_sector=True
    )
    assert _advanced(preliminary) == [
        ("A1", 1, False),
        ("B1", 2, False),
        ("A2", 3, False),
        ("B2", 4, False),
    ]


def test_advancement_propose_skips_entries_with_missing_sheets(two_rounds):
    preliminary, _final = two_rounds
    AssignmentFactory(round=preliminary, entry=round_entries(preliminary).get(code="A1"))
    advancement_propose(round_=preliminary, actor=UserFactory(), top_n=2)
    assert _advanced(preliminary) == [("B1", 1, False), ("A2", 2, False)]


def test_advancement_propose_from_the_last_round_is_refused(two_rounds):
    _preliminary, final = two_rounds
    with pytest.raises(ValidationError) as caught:
        advancement_propose(round_=final, actor=UserFactory(), top_n=1)
    assert caught.value.messages == [vi("There is no later round to advance entries to.")]


def test_advancement_confirm_brings_entries_into_the_next_round(two_rounds, organiser):
    preliminary, final = two_rounds
    advancement_propose(round_=preliminary, actor=UserFactory(), top_n=2, per_sector=True)
    assert advancement_confirm(round_=preliminary, actor=organiser) == 4
    assert _advanced(preliminary) == [
        ("A1", 1, True),
        ("B1", 2, True),
        ("A2", 3, True),
        ("B2", 4, True),
    ]
    assert set(Advancement.objects.values_list("confirmed_by", flat=True)) == {organiser.pk}
    assert sorted(round_entries(final).values_list("code", flat=True)) == ["A1", "A2", "B1", "B2"]
    event = AuditEvent.objects.get(action=AuditAction.ADVANCEMENT_CONFIRMED)
    assert (event.actor, event.after) == (organiser, {"confirmed": 4})
    assert advancement_confirm(round_=preliminary, actor=organiser) == 0


def test_snapshot_of_final_ranks_finalists_first(two_rounds, organiser):
    preliminary, final = two_rounds
    advancement_propose(round_=preliminary, actor=UserFactory(), top_n=2)
    advancement_confirm(round_=preliminary, actor=organiser)
    judge = JudgeFactory()
    criteria = list(final.criteria.order_by("sort_order"))
    for code, points in [("A1", [20, 20, 20]), ("B1", [40, 30, 30])]:
        assignment = AssignmentFactory(
            round=final, entry=round_entries(final).get(code=code), judge=judge
        )
        score_assignment(assignment, points[: len(criteria)])
    frozen = snapshot_freeze(round_=final, actor=organiser)
    ranking = json.loads(frozen.payload)["outputs"]["ranking"]
    assert [(r["code"], r["round"], r["total"], r["decided_by"]) for r in ranking] == [
        ("B1", final.name, "100.00", None),
        ("A1", final.name, "60.00", "score"),
        ("A2", preliminary.name, "80.00", "round"),
        ("B2", preliminary.name, "60.00", "score"),
        ("B3", preliminary.name, "55.00", "score"),
        ("A3", preliminary.name, "50.00", "score"),
    ]
    assert [s["round"] for s in snapshot_inputs(round_=final)["stages"]] == [
        final.name,
        preliminary.name,
    ]
    assert "MATCH" in _command(frozen.pk)


# --- the whole demo ----------------------------------------------------------------------


def test_seed_demo_judges_the_2024_edition_end_to_end(seed_output):
    frozen = ResultSnapshot.objects.get()
    edition = frozen.edition
    assert edition.year == 2024
    assert snapshot_recompute(frozen=frozen) == frozen.sha256
    assert _command(frozen.pk).splitlines()[-1] == "MATCH"
    assert _command(frozen.pk, "--from-payload").splitlines()[-1] == "MATCH"

    preliminary, final = Round.objects.filter(edition=edition).order_by("position")
    assert (preliminary.kind, final.kind) == (RoundKind.PRELIMINARY, RoundKind.FINAL)
    assert frozen.round == final
    eligible = set(edition.entries.filter(status=EntryStatus.ELIGIBLE).values_list("pk", flat=True))
    assert len(eligible) > 0
    per_entry = Counter(
        Assignment.objects.filter(round=preliminary, active=True).values_list("entry_id", flat=True)
    )
    assert per_entry == dict.fromkeys(eligible, 3)

    finalists = set(round_entries(final).values_list("pk", flat=True))
    assert len(finalists) == 6
    assert finalists <= eligible
    per_finalist = Counter(
        Assignment.objects.filter(round=final, active=True).values_list("entry_id", flat=True)
    )
    assert per_finalist == dict.fromkeys(finalists, 5)
    ranking = json.loads(frozen.payload)["outputs"]["ranking"]
    assert {r["round"] for r in ranking[:6]} == {final.name}
    assert [r["rank"] for r in ranking] == list(range(1, len(ranking) + 1))


# --- the judge-adjusted method freezes and recomputes like the others -----------------------


@pytest.fixture
def adjusted_round():
    """Nine entries, each scored by two of three judges (six each), J1 lenient, J3 harsh."""
    round_ = RoundFactory(criteria=[("Điểm", 100)], position=1, method="adjusted")
    judges = JudgeFactory.create_batch(3)
    lean = (6, 0, -6)
    pairs = [(0, 1), (1, 2), (0, 2)]
    merit = [60, 70, 80, 65, 75, 85, 72, 68, 77]
    for number, points in enumerate(merit, start=1):
        entry = EligibleEntryFactory(edition=round_.edition, code=f"A{number}", number=number)
        for index in pairs[(number - 1) % 3]:
            score_assignment(
                AssignmentFactory(round=round_, entry=entry, judge=judges[index]),
                [points + lean[index]],
            )
    return round_


def test_snapshot_of_adjusted_round_agrees_with_live_and_recomputes(adjusted_round, organiser):
    live = round_results(round_=adjusted_round)
    frozen = snapshot_freeze(round_=adjusted_round, actor=organiser)
    payload = json.loads(frozen.payload)
    assert payload["inputs"]["stages"][0]["method"] == "adjusted"
    assert [(r["rank"], r["code"], r["total"]) for r in payload["outputs"]["ranking"]] == [
        (r.rank, r.code, str(r.total)) for r in live.rows
    ]
    assert snapshot_recompute(frozen=frozen) == frozen.sha256
    assert snapshot_recompute(frozen=frozen, from_database=False) == frozen.sha256
    # Six entries per judge: every judge is corrected, and the lenient one's offset is positive.
    effects = sorted(live.judge_effects.judges.values(), key=lambda e: e.offset)
    assert [e.entries for e in effects] == [6, 6, 6]
    assert effects[0].offset < 0 < effects[-1].offset
    assert any(r.adjustment != 0 for r in live.rows)


def test_snapshot_records_the_rounds_minimum_and_recomputes_with_it(adjusted_round, organiser):
    # Six entries per judge, a minimum of seven: nobody is corrected, the plain mean ranks.
    adjusted_round.min_judge_entries = 7
    adjusted_round.save(update_fields=["min_judge_entries"])
    live = round_results(round_=adjusted_round)
    frozen = snapshot_freeze(round_=adjusted_round, actor=organiser)

    payload = json.loads(frozen.payload)
    assert payload["inputs"]["stages"][0]["min_judge_entries"] == 7
    assert live.falls_back_to_mean is True
    assert {r.adjustment for r in live.rows} == {D("0")}
    assert snapshot_recompute(frozen=frozen, from_database=False) == frozen.sha256


def test_snapshot_of_the_default_minimum_keeps_the_format_of_earlier_snapshots(
    adjusted_round, organiser
):
    # Earlier snapshots have no minimum in their inputs: at the default none is written, so
    # a snapshot frozen before the setting existed recomputes from the database unchanged.
    frozen = snapshot_freeze(round_=adjusted_round, actor=organiser)

    assert "min_judge_entries" not in json.loads(frozen.payload)["inputs"]["stages"][0]
    assert snapshot_recompute(frozen=frozen) == frozen.sha256
