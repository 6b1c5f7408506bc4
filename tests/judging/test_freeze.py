"""Freeze means frozen (issue 14): after the freeze, and after publication, no write changes
a round's result; only an organiser's reasoned correction reopens it, superseding the
snapshot."""

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from contest.enums import Role
from judging.enums import AuditAction, ConflictSource, RoundState, SheetStatus
from judging.models import Advancement, Assignment, AuditEvent, Conflict, ResultSnapshot
from judging.results import round_results
from judging.services.assignment import assignment_add, judge_withdraw, round_auto_assign
from judging.services.conflicts import conflict_declare
from judging.services.freeze import round_state, snapshot_supersede
from judging.services.publication import result_publish, result_unpublish
from judging.services.results import advancement_confirm, advancement_propose, snapshot_freeze
from judging.services.scoring import score_reopen, score_save
from tests.factories import (
    AssignmentFactory,
    EligibleEntryFactory,
    JudgeFactory,
    JuryMemberFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)
from tests.i18n import vi

pytestmark = pytest.mark.django_db

STATES = ["frozen", "published"]


@pytest.fixture
def organiser():
    return UserFactory(role=Role.ORGANISER)


@pytest.fixture
def jury_round():
    """Two entries, each scored by two judges (submitted), a draft sheet, a spare juror.

    E1 scores 90 and 80 (85), E2 scores 70 and 90 (80): E1 ranks first.
    """
    round_ = RoundFactory(criteria=[("Điểm", 100)], position=1, judges_per_entry=2)
    first, second, spare = JudgeFactory.create_batch(3)
    e1 = EligibleEntryFactory(edition=round_.edition, code="E1", number=1)
    e2 = EligibleEntryFactory(edition=round_.edition, code="E2", number=2)
    e3 = EligibleEntryFactory(edition=round_.edition, code="E3", number=3)
    submitted = AssignmentFactory(round=round_, entry=e1, judge=first)
    score_assignment(submitted, [90])
    score_assignment(AssignmentFactory(round=round_, entry=e1, judge=second), [80])
    score_assignment(AssignmentFactory(round=round_, entry=e2, judge=first), [70])
    score_assignment(AssignmentFactory(round=round_, entry=e2, judge=second), [90])
    draft = AssignmentFactory(round=round_, entry=e3, judge=first)
    score_assignment(draft, [50], submit=False)
    JuryMemberFactory(edition=round_.edition, user=spare)
    return {
        "round": round_,
        "submitted": submitted,
        "draft": draft,
        "first": first,
        "spare": spare,
        "e1": e1,
        "e3": e3,
    }


def _freeze(jury_round, organiser, state):
    frozen = snapshot_freeze(round_=jury_round["round"], actor=organiser)
    if state == "published":
        result_publish(snapshot=frozen, actor=organiser)
    return frozen


def _ranking(round_):
    return [
        (r.candidate.code, str(r.candidate.score)) for r in round_results(round_=round_).ranking
    ]


def _refused(call, state):
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.code == f"round_{state}"
    return caught.value


def test_round_state_open_frozen_published_superseded(jury_round, organiser):
    round_ = jury_round["round"]
    assert round_state(round_=round_) == RoundState.OPEN
    frozen = snapshot_freeze(round_=round_, actor=organiser)
    assert round_state(round_=round_) == RoundState.FROZEN
    result_publish(snapshot=frozen, actor=organiser)
    assert round_state(round_=round_) == RoundState.PUBLISHED
    result_unpublish(snapshot=frozen, actor=organiser, reason="Sai sót khi nhập điểm.")
    snapshot_supersede(round_=round_, actor=organiser, reason="Sai sót khi nhập điểm.")
    assert round_state(round_=round_) == RoundState.OPEN


def test_round_state_final_freeze_freezes_earlier_rounds(jury_round, organiser):
    preliminary = jury_round["round"]
    final = RoundFactory(edition=preliminary.edition, position=2, criteria=[("Điểm", 100)])
    snapshot_freeze(round_=final, actor=organiser)
    assert round_state(round_=preliminary) == RoundState.FROZEN


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_score_save(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    draft = jury_round["draft"]
    error = _refused(
        lambda: score_save(
            assignment=draft,
            judge=draft.judge,
            scores={draft.round.criteria.get().pk: "60"},
        ),
        state,
    )
    assert vi(error.messages[0]).startswith("Kết quả của ")
    assert draft.sheet.scores.get().points == 50


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_score_submit(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    draft = jury_round["draft"]
    _refused(
        lambda: score_save(
            assignment=draft,
            judge=draft.judge,
            scores={draft.round.criteria.get().pk: "50"},
            submit=True,
        ),
        state,
    )
    draft.sheet.refresh_from_db()
    assert draft.sheet.status == SheetStatus.DRAFT


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_reopen(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    sheet = jury_round["submitted"].sheet
    _refused(lambda: score_reopen(sheet=sheet, actor=organiser, reason="Nhầm."), state)
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.SUBMITTED


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_judges_conflict(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    before = _ranking(jury_round["round"])
    submitted = jury_round["submitted"]
    _refused(
        lambda: conflict_declare(
            judge=submitted.judge,
            entry=submitted.entry,
            reason="Người quen.",
            actor=submitted.judge,
        ),
        state,
    )
    submitted.refresh_from_db()
    assert submitted.active is True
    assert Conflict.objects.count() == 0
    assert _ranking(jury_round["round"]) == before


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_judges_conflict_through_the_page(client, jury_round, organiser, state):
    """The issue's reproduction: a declaration on a submitted sheet after the freeze."""
    _freeze(jury_round, organiser, state)
    before = _ranking(jury_round["round"])
    submitted = jury_round["submitted"]
    client.force_login(submitted.judge)

    response = client.post(
        reverse("judging:declare_conflict", args=[submitted.pk]), {"reason": "Người quen."}
    )

    assert response.status_code == 302
    assert response.url == reverse("judging:score", args=[submitted.pk])
    submitted.refresh_from_db()
    assert submitted.active is True
    assert _ranking(jury_round["round"]) == before == [("E1", "85.00"), ("E2", "80.00")]


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_staff_conflict(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    submitted = jury_round["submitted"]
    _refused(
        lambda: conflict_declare(
            judge=submitted.judge,
            entry=submitted.entry,
            reason="Cùng đơn vị.",
            actor=organiser,
            source=ConflictSource.SECRETARIAT,
        ),
        state,
    )
    assert Conflict.objects.count() == 0


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_staff_conflict_in_admin(jury_round, organiser, state):
    from judging.admin_forms import ConflictAdminForm
    from judging.wagtail_hooks import ConflictViewSet

    _freeze(jury_round, organiser, state)
    submitted = jury_round["submitted"]
    form_class = ConflictViewSet("conflicts").get_form_class()
    assert issubclass(form_class, ConflictAdminForm)
    form = form_class(
        data={
            "judge": submitted.judge_id,
            "entry": submitted.entry_id,
            "source": ConflictSource.SECRETARIAT,
            "reason": "Cùng đơn vị.",
        },
        for_user=organiser,
    )
    assert form.is_valid() is False
    assert vi(form.non_field_errors()[0]).startswith("Kết quả của ")


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_assignment_add(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    _refused(
        lambda: assignment_add(
            round_=jury_round["round"],
            judge=jury_round["spare"],
            entry=jury_round["e1"],
            actor=organiser,
        ),
        state,
    )
    assert not Assignment.objects.filter(judge=jury_round["spare"]).exists()


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_auto_assign(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    count = Assignment.objects.count()
    _refused(lambda: round_auto_assign(round_=jury_round["round"], actor=organiser), state)
    assert Assignment.objects.count() == count


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_judge_withdrawal(jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    _refused(
        lambda: judge_withdraw(
            round_=jury_round["round"], judge=jury_round["first"], actor=organiser, reason="Ốm."
        ),
        state,
    )
    assert Assignment.objects.filter(judge=jury_round["first"], active=True).count() == 3


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_advancement_into_frozen_round(jury_round, organiser, state):
    preliminary = jury_round["round"]
    final = RoundFactory(edition=preliminary.edition, position=2, criteria=[("Điểm", 100)])
    advancement_propose(round_=preliminary, actor=organiser, top_n=1)
    frozen = snapshot_freeze(round_=final, actor=organiser)
    if state == "published":
        result_publish(snapshot=frozen, actor=organiser)
    _refused(lambda: advancement_confirm(round_=preliminary, actor=organiser), state)
    _refused(lambda: advancement_propose(round_=preliminary, actor=organiser, top_n=2), state)
    assert list(Advancement.objects.values_list("confirmed", flat=True)) == [False]


def test_freeze_of_preliminary_leaves_advancement_open(jury_round, organiser):
    preliminary = jury_round["round"]
    RoundFactory(edition=preliminary.edition, position=2, criteria=[("Điểm", 100)])
    snapshot_freeze(round_=preliminary, actor=organiser)
    advancement_propose(round_=preliminary, actor=organiser, top_n=1)
    assert advancement_confirm(round_=preliminary, actor=organiser) == 1


@pytest.mark.parametrize("state", STATES)
def test_freeze_refuses_score_through_the_judges_page(client, jury_round, organiser, state):
    _freeze(jury_round, organiser, state)
    draft = jury_round["draft"]
    client.force_login(draft.judge)
    criterion = draft.round.criteria.get()

    response = client.post(
        reverse("judging:score", args=[draft.pk]),
        {f"criterion_{criterion.pk}": "60", "version": draft.sheet.version, "comment": ""},
    )

    assert response.status_code == 200
    assert "Kết quả của " in response.content.decode()
    assert draft.sheet.scores.get().points == 50


# --- the one way to change a frozen result --------------------------------------------


def test_supersede_reopens_round_audited_and_keeps_snapshot(jury_round, organiser):
    round_ = jury_round["round"]
    frozen = snapshot_freeze(round_=round_, actor=organiser)
    payload = frozen.payload

    snapshot_supersede(round_=round_, actor=organiser, reason="Giám khảo chấm nhầm bài E1.")

    frozen.refresh_from_db()
    assert frozen.payload == payload
    assert frozen.superseded_by == organiser
    assert frozen.superseded_reason == "Giám khảo chấm nhầm bài E1."
    event = AuditEvent.objects.get(action=AuditAction.SNAPSHOT_SUPERSEDED)
    assert (event.actor, event.round, event.reason) == (organiser, round_, frozen.superseded_reason)
    assert event.before == {"versions": [1], "sha256": [frozen.sha256]}
    # Open again: the correction goes through the ordinary, audited services.
    score_reopen(sheet=jury_round["submitted"].sheet, actor=organiser, reason="Chấm nhầm.")
    again = snapshot_freeze(round_=round_, actor=organiser)
    assert again.version == 2
    assert round_state(round_=round_) == RoundState.FROZEN


def test_supersede_needs_a_reason(jury_round, organiser):
    snapshot_freeze(round_=jury_round["round"], actor=organiser)
    with pytest.raises(ValidationError) as caught:
        snapshot_supersede(round_=jury_round["round"], actor=organiser, reason="  ")
    assert vi(caught.value.message_dict["reason"][0]) == (
        "Hãy nêu lý do mở lại một kết quả đã chốt."
    )
    assert round_state(round_=jury_round["round"]) == RoundState.FROZEN


@pytest.mark.parametrize("role", [Role.ENTRANT, Role.JUDGE, Role.SECRETARIAT])
def test_supersede_only_by_organisers(jury_round, organiser, role):
    snapshot_freeze(round_=jury_round["round"], actor=organiser)
    with pytest.raises(PermissionDenied):
        snapshot_supersede(
            round_=jury_round["round"], actor=UserFactory(role=role), reason="Lý do."
        )
    assert round_state(round_=jury_round["round"]) == RoundState.FROZEN


def test_supersede_refused_while_published(jury_round, organiser):
    _freeze(jury_round, organiser, "published")
    with pytest.raises(ValidationError) as caught:
        snapshot_supersede(round_=jury_round["round"], actor=organiser, reason="Lý do.")
    assert caught.value.code == "published"
    assert round_state(round_=jury_round["round"]) == RoundState.PUBLISHED


def test_superseded_snapshot_cannot_be_published(jury_round, organiser):
    frozen = snapshot_freeze(round_=jury_round["round"], actor=organiser)
    snapshot_supersede(round_=jury_round["round"], actor=organiser, reason="Lý do.")
    with pytest.raises(ValidationError):
        result_publish(snapshot=frozen, actor=organiser)
    assert ResultSnapshot.objects.filter(published_at__isnull=False).count() == 0


def test_frozen_snapshot_payload_still_refuses_changes(jury_round, organiser):
    frozen = snapshot_freeze(round_=jury_round["round"], actor=organiser)
    frozen.payload = json.dumps({"tampered": True})
    with pytest.raises(ValueError):
        frozen.save(update_fields=["payload", "superseded_at"])


@pytest.mark.parametrize(
    ("role", "status"),
    [(Role.ENTRANT, 403), (Role.JUDGE, 403), (Role.SECRETARIAT, 403), (Role.ORGANISER, 302)],
)
def test_supersede_page_by_role(client, jury_round, organiser, role, status):
    snapshot_freeze(round_=jury_round["round"], actor=organiser)
    client.force_login(UserFactory(role=role))
    url = reverse("judging:supersede", args=[jury_round["round"].pk])

    response = client.post(url, {"reason": "Chấm nhầm bài E1."})

    assert response.status_code == status
    expected = RoundState.OPEN if status == 302 else RoundState.FROZEN
    assert round_state(round_=jury_round["round"]) == expected


def test_supersede_page_shows_vietnamese_error_when_published(client, jury_round, organiser):
    _freeze(jury_round, organiser, "published")
    client.force_login(organiser)

    response = client.post(
        reverse("judging:supersede", args=[jury_round["round"].pk]), {"reason": "Chấm nhầm."}
    )

    assert response.status_code == 200
    assert "Hãy hủy công bố kết quả trước" in response.content.decode()
