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


TICKED = {"step": "confirm", "confirm": "on"}


@pytest.mark.parametrize(
    ("role", "propose", "confirm_page", "confirm", "freeze"),
    [
        ("anonymous", 404, 404, 404, 404),
        ("entrant", 403, 403, 403, 403),
        ("judge", 403, 403, 403, 403),
        ("secretariat", 200, 403, 403, 403),
        ("organiser", 200, 200, 302, 200),
    ],
)
def test_decision_pages_status_by_role(
    client, scored_round, staff, role, propose, confirm_page, confirm, freeze
):
    preliminary, _final, _entries = scored_round
    if role != "anonymous":
        client.force_login(staff[role])
    confirm_url = reverse("judging:advancement_confirm", args=[preliminary.pk])
    assert client.get(reverse("judging:advancement", args=[preliminary.pk])).status_code == propose
    assert client.get(confirm_url).status_code == confirm_page
    assert client.post(confirm_url, TICKED).status_code == confirm
    assert client.get(reverse("judging:freeze", args=[preliminary.pk])).status_code == freeze


def _propose(client, staff, round_, top_n):
    client.force_login(staff["secretariat"])
    client.post(reverse("judging:advancement", args=[round_.pk]), {"top_n": str(top_n)})


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
    confirm_url = reverse("judging:advancement_confirm", args=[preliminary.pk])
    preview = client.get(confirm_url)
    listed = preview.context["advancements"]
    assert [(a.entry.code, a.to_round) for a in listed] == [
        (entries[0].code, final),
        (entries[1].code, final),
    ]
    client.post(confirm_url, {**TICKED, "advancement": [a.pk for a in listed]})
    assert list(
        Advancement.objects.filter(to_round=final, confirmed=True).values_list(
            "entry_id", flat=True
        )
    ) == [entries[0].pk, entries[1].pk]
    assert list(AuditEvent.objects.filter(round=preliminary).values_list("action", flat=True))[
        -2:
    ] == [AuditAction.ADVANCEMENT_PROPOSED, AuditAction.ADVANCEMENT_CONFIRMED]


def test_advancement_confirm_without_tick_confirms_nothing(client, scored_round, staff):
    preliminary, _final, _entries = scored_round
    _propose(client, staff, preliminary, 2)
    client.force_login(staff["organiser"])
    ids = list(Advancement.objects.values_list("pk", flat=True))

    response = client.post(
        reverse("judging:advancement_confirm", args=[preliminary.pk]),
        {"step": "confirm", "advancement": ids},
    )

    assert response.status_code == 200
    assert response.context["confirm"].errors["confirm"] == [
        vi("Tick the box to say you have checked what will happen.")
    ]
    assert Advancement.objects.filter(confirmed=True).count() == 0


def test_advancement_confirm_of_a_replaced_proposal_is_refused(client, scored_round, staff):
    preliminary, _final, _entries = scored_round
    _propose(client, staff, preliminary, 2)
    seen = list(Advancement.objects.values_list("pk", flat=True))
    _propose(client, staff, preliminary, 3)  # the secretariat changes its mind meanwhile
    client.force_login(staff["organiser"])

    response = client.post(
        reverse("judging:advancement_confirm", args=[preliminary.pk]),
        {**TICKED, "advancement": seen},
    )

    assert response.status_code == 200
    assert response.context["confirm"].non_field_errors() == [
        vi("The proposal has changed since you checked it: check the new list.")
    ]
    assert len(response.context["advancements"]) == 3
    assert Advancement.objects.filter(confirmed=True).count() == 0


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


def _freeze(client, round_, rows):
    """Post the overrides, then confirm the preview they lead to; the confirmation's response."""
    url = reverse("judging:freeze", args=[round_.pk])
    preview = client.post(url, _override_data(rows))
    assert (preview.status_code, ResultSnapshot.objects.count()) == (200, 0)
    sha = preview.context["preview"].sha256
    return client.post(url, {**_override_data(rows), **TICKED, "sha256": sha})


def test_freeze_without_overrides_gives_prizes_by_ranking(client, scored_round, staff):
    preliminary, _final, entries = scored_round
    client.force_login(staff["organiser"])
    response = _freeze(client, preliminary, [("", "", "")])
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
    _freeze(client, preliminary, [(entries[0].code, "", reason)])
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


def test_freeze_preview_shows_ranking_prizes_and_override_and_freezes_nothing(
    client, scored_round, staff
):
    preliminary, _final, entries = scored_round
    client.force_login(staff["organiser"])
    reason = "Hội đồng biểu quyết."

    response = client.post(
        reverse("judging:freeze", args=[preliminary.pk]),
        _override_data([(entries[3].code, "Giải Nhất", reason)]),
    )

    preview = response.context["preview"]
    assert preview.version == 1
    assert [(r["rank"], r["code"], r["prize"], r["prize_overridden"]) for r in preview.ranking] == [
        (1, entries[0].code, "Giải Nhì", False),
        (2, entries[1].code, "Giải Nhì", False),
        (3, entries[2].code, "Giải Ba", False),
        (4, entries[3].code, "Giải Nhất", True),
    ]
    overrides = [
        (row["code"], row["ranking_prize"], row["prize"], row["reason"])
        for row in preview.overrides
    ]
    assert overrides == [(entries[3].code, "Giải Ba", "Giải Nhất", reason)]
    individual = {t.prize: t.codes for t in preview.tiers if t.entrant_type == "individual"}
    assert individual == {
        "Giải Nhất": (entries[3].code,),
        "Giải Nhì": (entries[0].code, entries[1].code),
        "Giải Ba": (entries[2].code,),
        "Giải Khuyến khích": (),
    }
    html = response.content.decode()
    assert f'value="{preview.sha256}"' in html
    assert reason in html
    assert ResultSnapshot.objects.count() == 0
    assert not AuditEvent.objects.filter(action=AuditAction.PRIZE_OVERRIDE).exists()


def test_freeze_confirm_without_tick_freezes_nothing(client, scored_round, staff):
    preliminary, _final, _entries = scored_round
    client.force_login(staff["organiser"])
    url = reverse("judging:freeze", args=[preliminary.pk])
    sha = client.post(url, _override_data([])).context["preview"].sha256

    response = client.post(url, {**_override_data([]), "step": "confirm", "sha256": sha})

    assert response.status_code == 200
    assert response.context["confirm"].errors["confirm"] == [
        vi("Tick the box to say you have checked what will happen.")
    ]
    assert ResultSnapshot.objects.count() == 0


def test_freeze_confirm_after_scores_changed_is_refused_and_shows_new_result(
    client, scored_round, staff
):
    preliminary, _final, _entries = scored_round
    client.force_login(staff["organiser"])
    url = reverse("judging:freeze", args=[preliminary.pk])
    checked = client.post(url, _override_data([])).context["preview"]
    late = EligibleEntryFactory(edition=preliminary.edition, entrant_type=EntrantType.INDIVIDUAL)
    score_assignment(AssignmentFactory(round=preliminary, entry=late), [95])

    response = client.post(url, {**_override_data([]), **TICKED, "sha256": checked.sha256})

    assert response.status_code == 200
    assert response.context["confirm"].non_field_errors() == [
        vi("The scores have changed since you checked the result: check it again.")
    ]
    assert response.context["preview"].ranking[0]["code"] == late.code
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
