"""Advancement proposals, their confirmation, and freezing a result, through the pages."""

import json

import pytest
from django.urls import reverse

from contest.enums import EntrantType, Role
from judging.enums import AuditAction
from judging.models import Advancement, AuditEvent, ResultSnapshot
from judging.services.results import prize_tiers_create_default
from tests.factories import AssignmentFactory, EligibleEntryFactory, RoundFactory, UserFactory
from tests.factories.judging import score_assignment
from tests.i18n import vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored_round():
    """A preliminary round of four individual entries scored 90, 80, 70, 60, then a final."""
    preliminary = RoundFactory(position=1, criteria=[("Tính mới", 100)])
    final = RoundFactory(edition=preliminary.edition, position=2, criteria=[("Tính mới", 100)])
    entries = []
    for points in (90, 80, 70, 60):
        entry = EligibleEntryFactory(
            edition=preliminary.edition, entrant_type=EntrantType.INDIVIDUAL
        )
        score_assignment(AssignmentFactory(round=preliminary, entry=entry), [points])
        entries.append(entry)
    prize_tiers_create_default(edition=preliminary.edition)
    return preliminary, final, entries


@pytest.fixture
def staff():
    return {
        "entrant": UserFactory(role=Role.ENTRANT),
        "judge": UserFactory(role=Role.JUDGE),
        "secretariat": UserFactory(role=Role.SECRETARIAT),
        "organiser": UserFactory(role=Role.ORGANISER),
    }


@pytest.mark.parametrize(
    ("role", "propose", "confirm", "freeze"),
    [
        ("anonymous", 404, 404, 404),
        ("entrant", 403, 403, 403),
        ("judge", 403, 403, 403),
        ("secretariat", 200, 403, 403),
        ("organiser", 200, 302, 200),
    ],
)
def test_decision_pages_status_by_role(client, scored_round, staff, role, propose, confirm, freeze):
    preliminary, _final, _entries = scored_round
    if role != "anonymous":
        client.force_login(staff[role])
    assert client.get(reverse("judging:advancement", args=[preliminary.pk])).status_code == propose
    assert (
        client.post(reverse("judging:advancement_confirm", args=[preliminary.pk])).status_code
        == confirm
    )
    assert client.get(reverse("judging:freeze", args=[preliminary.pk])).status_code == freeze


def test_advancement_proposal_by_secretariat_then_confirmed_by_organiser(
    client, scored_round, staff
):
    preliminary, final, entries = scored_round
    client.force_login(staff["secretariat"])
    response = client.post(
        reverse("judging:advancement", args=[preliminary.pk]), {"top_n": "2", "threshold": ""}
    )
    assert response.status_code == 302
    proposed = Advancement.objects.filter(from_round=preliminary).order_by("rank")
    assert [(a.entry_id, a.rank, a.confirmed) for a in proposed] == [
        (entries[0].pk, 1, False),
        (entries[1].pk, 2, False),
    ]
    client.force_login(staff["organiser"])
    client.post(reverse("judging:advancement_confirm", args=[preliminary.pk]))
    assert list(
        Advancement.objects.filter(to_round=final, confirmed=True).values_list(
            "entry_id", flat=True
        )
    ) == [entries[0].pk, entries[1].pk]
    assert list(AuditEvent.objects.filter(round=preliminary).values_list("action", flat=True))[
        -2:
    ] == [AuditAction.ADVANCEMENT_PROPOSED, AuditAction.ADVANCEMENT_CONFIRMED]


def test_advancement_proposal_without_number_or_threshold_is_refused(client, scored_round, staff):
    preliminary, _final, _entries = scored_round
    client.force_login(staff["secretariat"])
    response = client.post(
        reverse("judging:advancement", args=[preliminary.pk]), {"top_n": "", "threshold": ""}
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        vi("Choose a number of entries, a threshold, or both.")
    ]
    assert Advancement.objects.count() == 0


def test_advancement_threshold_keeps_entries_at_or_above(client, scored_round, staff):
    preliminary, _final, entries = scored_round
    client.force_login(staff["secretariat"])
    client.post(
        reverse("judging:advancement", args=[preliminary.pk]), {"top_n": "", "threshold": "70"}
    )
    assert list(Advancement.objects.order_by("rank").values_list("entry_id", flat=True)) == [
        entries[0].pk,
        entries[1].pk,
        entries[2].pk,
    ]


def _override_data(rows):
    data = {
        "override-TOTAL_FORMS": str(len(rows)),
        "override-INITIAL_FORMS": "0",
        "override-MIN_NUM_FORMS": "0",
        "override-MAX_NUM_FORMS": "50",
    }
    for n, (code, prize, reason) in enumerate(rows):
        data |= {f"override-{n}-code": code, f"override-{n}-prize": prize}
        data[f"override-{n}-reason"] = reason
    return data


def test_freeze_without_overrides_gives_prizes_by_ranking(client, scored_round, staff):
    preliminary, _final, entries = scored_round
    client.force_login(staff["organiser"])
    response = client.post(
        reverse("judging:freeze", args=[preliminary.pk]), _override_data([("", "", "")])
    )
    assert response.status_code == 302
    frozen = ResultSnapshot.objects.get()
    ranking = json.loads(frozen.payload)["outputs"]["ranking"]
    assert [(r["code"], r["prize"]) for r in ranking] == [
        (entries[0].code, "Giải Nhất"),
        (entries[1].code, "Giải Nhì"),
        (entries[2].code, "Giải Nhì"),
        (entries[3].code, "Giải Ba"),
    ]


def test_freeze_override_needs_reason_and_nothing_is_frozen(client, scored_round, staff):
    preliminary, _final, entries = scored_round
    client.force_login(staff["organiser"])
    response = client.post(
        reverse("judging:freeze", args=[preliminary.pk]),
        _override_data([(entries[0].code, "", "")]),
    )
    assert response.status_code == 200
    assert response.context["formset"].forms[0].errors == {
        "reason": [vi("A prize override needs a reason.")]
    }
    assert ResultSnapshot.objects.count() == 0


def test_freeze_override_withholds_prize_and_is_audited(client, scored_round, staff):
    preliminary, _final, entries = scored_round
    client.force_login(staff["organiser"])
    reason = "Trùng với sáng kiến đã được công nhận năm 2023."
    client.post(
        reverse("judging:freeze", args=[preliminary.pk]),
        _override_data([(entries[0].code, "", reason)]),
    )
    ranking = json.loads(ResultSnapshot.objects.get().payload)["outputs"]["ranking"]
    assert [(r["code"], r["prize"]) for r in ranking] == [
        (entries[0].code, ""),
        (entries[1].code, "Giải Nhất"),
        (entries[2].code, "Giải Nhì"),
        (entries[3].code, "Giải Nhì"),
    ]
    event = AuditEvent.objects.get(action=AuditAction.PRIZE_OVERRIDE)
    assert (event.after, event.reason) == ({"code": entries[0].code, "prize": None}, reason)


def test_freeze_override_of_unknown_entry_is_refused(client, scored_round, staff):
    preliminary, _final, _entries = scored_round
    client.force_login(staff["organiser"])
    response = client.post(
        reverse("judging:freeze", args=[preliminary.pk]),
        _override_data([("KHONG-CO-0001", "Giải Nhất", "Hội đồng biểu quyết.")]),
    )
    assert response.status_code == 200
    assert response.context["errors"] == [
        vi(
            "Entry %(code)s has no complete score in this result, so its prize cannot be "
            "overridden."
        )
        % {"code": "KHONG-CO-0001"}
    ]
    assert ResultSnapshot.objects.count() == 0


@pytest.mark.parametrize("size", [2, 8])
def test_advancement_page_query_count_is_constant(client, django_assert_num_queries, staff, size):
    preliminary = RoundFactory(position=1, criteria=[("Tính mới", 100)])
    RoundFactory(edition=preliminary.edition, position=2, criteria=[("Tính mới", 100)])
    for n in range(size):
        entry = EligibleEntryFactory(edition=preliminary.edition)
        score_assignment(AssignmentFactory(round=preliminary, entry=entry), [50 + n])
    client.force_login(staff["secretariat"])
    client.post(reverse("judging:advancement", args=[preliminary.pk]), {"top_n": str(size)})
    with django_assert_num_queries(10):
        client.get(reverse("judging:advancement", args=[preliminary.pk]))
