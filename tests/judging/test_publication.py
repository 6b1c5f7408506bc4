"""Publishing a frozen result: one published version per edition, logged, entrants told."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from contest.enums import EntryStatus, Role
from judging.enums import AuditAction
from judging.models import AuditEvent, ResultSnapshot
from judging.services.publication import entrants_notify, result_publish, result_unpublish
from tests.factories import EditionFactory, UserFactory, group_entry, result_snapshot
from tests.factories.judging import EligibleEntryFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db

TICKED = {"step": "confirm", "confirm": "on"}


@pytest.fixture
def edition_result():
    edition = EditionFactory()
    winner = EligibleEntryFactory(edition=edition, title="Một cửa không chờ")
    group = group_entry(edition=edition, members=["Lê Thị Hồng Nhung"])
    loser = EligibleEntryFactory(edition=edition, title="Sổ tay công vụ")
    frozen = result_snapshot(
        edition=edition, winners=[(winner, "Giải Nhất"), (group, "Giải Nhất")], published=False
    )
    return frozen, winner, group, loser


def test_publish_sets_state_and_audits(edition_result, django_capture_on_commit_callbacks):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    with django_capture_on_commit_callbacks(execute=True):
        result_publish(snapshot=frozen, actor=organiser)
    frozen.refresh_from_db()
    assert frozen.published_by == organiser
    assert frozen.published_at is not None
    event = AuditEvent.objects.get(action=AuditAction.RESULT_PUBLISHED)
    assert event.after == {"version": frozen.version, "sha256": frozen.sha256}


def test_publish_emails_each_entrant_their_own_outcome_once(
    edition_result, django_capture_on_commit_callbacks
):
    frozen, winner, group, loser = edition_result
    with django_capture_on_commit_callbacks(execute=True):
        result_publish(snapshot=frozen, actor=UserFactory(role=Role.ORGANISER))
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert len(mail.outbox) == 3
    assert "Giải Nhất" in by_recipient[(winner.owner.email,)].body
    assert winner.code in by_recipient[(winner.owner.email,)].body
    group_emails = tuple(sorted({a.email for a in group.authors.all()} | {group.owner.email}))
    assert "Giải Nhất" in by_recipient[group_emails].body
    assert loser.code in by_recipient[(loser.owner.email,)].body
    assert "Giải" not in by_recipient[(loser.owner.email,)].body
    assert entrants_notify(snapshot_id=frozen.pk) == 0
    assert len(mail.outbox) == 3


def test_notify_unpublished_result_sends_nothing(edition_result):
    frozen, *_ = edition_result
    assert entrants_notify(snapshot_id=frozen.pk) == 0
    assert mail.outbox == []


def test_publish_twice_is_refused(edition_result):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    result_publish(snapshot=frozen, actor=organiser)
    with pytest.raises(ValidationError) as raised:
        result_publish(snapshot=frozen, actor=organiser)
    assert raised.value.messages == [vi("This result is already published.")]


def test_publish_new_version_replaces_the_published_one(edition_result):
    frozen, winner, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    result_publish(snapshot=frozen, actor=organiser)
    newer = result_snapshot(edition=frozen.edition, winners=[(winner, "Giải Nhì")], published=False)
    result_publish(snapshot=newer, actor=organiser)
    assert list(
        ResultSnapshot.objects.filter(published_at__isnull=False).values_list("pk", flat=True)
    ) == [newer.pk]
    withdrawn = AuditEvent.objects.get(action=AuditAction.RESULT_UNPUBLISHED)
    assert withdrawn.before["version"] == frozen.version


def test_two_published_versions_are_refused_by_the_database(edition_result):
    frozen, winner, *_ = edition_result
    result_publish(snapshot=frozen, actor=UserFactory(role=Role.ORGANISER))
    newer = result_snapshot(edition=frozen.edition, winners=[(winner, "Giải Nhì")], published=False)
    newer.published_at = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        newer.save(update_fields=["published_at"])


def test_unpublish_needs_a_reason_and_is_logged(edition_result):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    result_publish(snapshot=frozen, actor=organiser)
    with pytest.raises(ValidationError) as raised:
        result_unpublish(snapshot=frozen, actor=organiser, reason="  ")
    assert raised.value.messages == [vi("Give a reason for unpublishing the result.")]
    result_unpublish(snapshot=frozen, actor=organiser, reason="Sai tên tác giả giải Nhất.")
    frozen.refresh_from_db()
    assert frozen.published_at is None
    event = AuditEvent.objects.get(action=AuditAction.RESULT_UNPUBLISHED)
    assert (event.actor, event.reason) == (organiser, "Sai tên tác giả giải Nhất.")


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("entrant", 403),
        ("judge", 403),
        ("secretariat", 403),
        ("organiser", 302),
    ],
)
def test_publish_view_by_role(client, edition_result, role, status):
    frozen, *_ = edition_result
    if role != "anonymous":
        client.force_login(UserFactory(role=role_value(role)))
    response = client.post(reverse("judging:publish", args=[frozen.pk]), TICKED)
    assert response.status_code == status
    frozen.refresh_from_db()
    assert (frozen.published_at is not None) == (role == "organiser")


def test_unpublish_view_without_reason_or_tick_keeps_result_public(client, edition_result):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    result_publish(snapshot=frozen, actor=organiser)
    client.force_login(organiser)
    url = reverse("judging:unpublish", args=[frozen.pk])
    no_reason = client.post(url, {"reason": "", **TICKED})
    no_tick = client.post(url, {"reason": "Rà soát lại.", "step": "confirm"})
    frozen.refresh_from_db()
    assert (no_reason.status_code, no_tick.status_code) == (200, 200)
    assert no_tick.context["confirm"].errors["confirm"] == [
        vi("Tick the box to say you have checked what will happen.")
    ]
    assert frozen.published_at is not None
    client.post(url, {"reason": "Rà soát lại.", **TICKED})
    frozen.refresh_from_db()
    assert frozen.published_at is None


def test_publish_preview_lists_prizes_emails_and_public_page(client, edition_result):
    frozen, winner, group, _loser = edition_result
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("judging:publish", args=[frozen.pk]))

    preview = response.context["preview"]
    assert [(t.prize, [(w.code, w.title) for w in t.winners]) for t in preview.groups] == [
        ("Giải Nhất", [(winner.code, "Một cửa không chờ")]),
        ("Giải Nhất", [(group.code, group.title)]),
    ]
    group_addresses = len({a.email.lower() for a in group.authors.all()} | {group.owner.email})
    assert [(e.outcome, e.entrant_type, e.entries, e.addresses) for e in preview.emails] == [
        ("Giải Nhất", "individual", 1, 1),
        ("Giải Nhất", "group", 1, group_addresses),
        ("", "individual", 1, 1),
    ]
    assert (preview.email_count, preview.address_count) == (3, 2 + group_addresses)
    link = reverse("cms:edition_results", args=[frozen.edition_id])
    html = response.content.decode()
    assert f'href="{link}"' in html
    assert winner.code in html and "Một cửa không chờ" in html
    assert 'name="confirm"' in html
    frozen.refresh_from_db()
    assert frozen.published_at is None


def test_publish_without_tick_publishes_nothing_and_sends_nothing(
    client, edition_result, django_capture_on_commit_callbacks
):
    frozen, *_ = edition_result
    client.force_login(UserFactory(role=Role.ORGANISER))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("judging:publish", args=[frozen.pk]), {"step": "confirm"})

    assert response.status_code == 200
    assert response.context["confirm"].errors["confirm"] == [
        vi("Tick the box to say you have checked what will happen.")
    ]
    frozen.refresh_from_db()
    assert frozen.published_at is None
    assert mail.outbox == []


def test_unpublish_preview_counts_sent_emails_and_certificates(
    client, edition_result, django_capture_on_commit_callbacks
):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    with django_capture_on_commit_callbacks(execute=True):
        result_publish(snapshot=frozen, actor=organiser)
    client.force_login(organiser)

    preview = client.get(reverse("judging:unpublish", args=[frozen.pk])).context["preview"]

    assert (preview.winner_count, preview.emails_sent, preview.emails_pending) == (2, 3, 0)
    assert preview.valid_certificates == 0


def role_value(role):
    return {
        "entrant": Role.ENTRANT,
        "judge": Role.JUDGE,
        "secretariat": Role.SECRETARIAT,
        "organiser": Role.ORGANISER,
    }[role]


def test_result_email_links_the_results_page_and_skips_withdrawn(
    edition_result, django_capture_on_commit_callbacks
):
    frozen, winner, _group, loser = edition_result
    loser.status = EntryStatus.WITHDRAWN
    loser.save(update_fields=["status"])
    with django_capture_on_commit_callbacks(execute=True):
        result_publish(snapshot=frozen, actor=UserFactory(role=Role.ORGANISER))
    assert len(mail.outbox) == 2
    assert all(loser.owner.email not in m.to for m in mail.outbox)
    link = reverse("cms:edition_results", args=[frozen.edition_id])
    assert all(link in m.body for m in mail.outbox)
    notified = AuditEvent.objects.filter(action=AuditAction.RESULT_NOTIFIED)
    assert sorted(notified.values_list("entry_id", flat=True)) == sorted([winner.pk, _group.pk])


@pytest.mark.parametrize("losers", [1, 6])
def test_publish_preview_query_count_is_constant(client, django_assert_num_queries, losers):
    edition = EditionFactory()
    winners = [EligibleEntryFactory(edition=edition) for _ in range(losers)]
    for _ in range(losers):
        EligibleEntryFactory(edition=edition)
    frozen = result_snapshot(
        edition=edition, winners=[(w, "Giải Ba") for w in winners], published=False
    )
    client.force_login(UserFactory(role=Role.ORGANISER))
    url = reverse("judging:publish", args=[frozen.pk])
    client.get(url)

    # Winners, entrants and their authors are each read in one query, whatever their number.
    with django_assert_num_queries(12):
        response = client.get(url)

    assert response.context["preview"].email_count == 2 * losers


def test_freeze_page_shows_progress_of_outcome_emails(
    client, edition_result, django_capture_on_commit_callbacks
):
    frozen, *_ = edition_result
    organiser = UserFactory(role=Role.ORGANISER)
    with django_capture_on_commit_callbacks(execute=True):
        result_publish(snapshot=frozen, actor=organiser)
    client.force_login(organiser)

    response = client.get(reverse("judging:freeze", args=[frozen.round_id]))

    html = response.content.decode()
    assert '<progress max="3" value="3">' in html
    assert reverse("judging:tasks", args=[frozen.edition_id]) in html
