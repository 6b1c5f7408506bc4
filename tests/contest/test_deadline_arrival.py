"""Deadlines judged by when a request reached the server, with the edition's grace period."""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from config import middleware
from config.middleware import ArrivalTimeMiddleware
from contest.enums import EntryStatus
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db


def _entry_past_deadline(*, grace_seconds, closed_ago):
    """A ready draft of an edition whose deadline passed ``closed_ago`` ago (real time)."""
    now = timezone.now()
    edition = EditionFactory(
        submission_opens_at=now - datetime.timedelta(days=30),
        submission_closes_at=now - closed_ago,
        judging_starts_at=now + datetime.timedelta(days=7),
        submission_grace_seconds=grace_seconds,
    )
    entry = EntryFactory(edition=edition)
    add_writeup_row(entry)
    return entry


def _arriving_at(monkeypatch, moment):
    """Requests from now on are stamped as arriving at ``moment``; the view still runs now."""
    monkeypatch.setattr(middleware, "timezone", SimpleNamespace(now=lambda: moment))


def test_arrival_middleware_is_first_and_stamps_the_request():
    seen = {}

    def view(request):
        seen["arrived_at"] = request.arrived_at
        return HttpResponse()

    before = timezone.now()
    ArrivalTimeMiddleware(view)(RequestFactory().get("/"))

    assert settings.MIDDLEWARE[0] == "config.middleware.ArrivalTimeMiddleware"
    assert before <= seen["arrived_at"] <= timezone.now()


def test_submit_arriving_10ms_before_deadline_processed_after_is_accepted(client, monkeypatch):
    # No grace, and the deadline passed two seconds ago by the clock the view runs on.
    entry = _entry_past_deadline(grace_seconds=0, closed_ago=datetime.timedelta(seconds=2))
    arrived = entry.edition.submission_closes_at - datetime.timedelta(milliseconds=10)
    _arriving_at(monkeypatch, arrived)
    client.force_login(entry.owner)

    response = client.post(reverse("contest:entry_submit", args=[entry.public_id]))

    assert response.status_code == 302
    assert response.url == reverse("contest:entry_receipt", args=[entry.public_id])
    entry.refresh_from_db()
    assert (entry.status, entry.submitted_at) == (EntryStatus.SUBMITTED, arrived)


def test_submit_arriving_after_deadline_and_grace_refused_in_vietnamese(client, monkeypatch):
    entry = _entry_past_deadline(grace_seconds=60, closed_ago=datetime.timedelta(minutes=5))
    arrived = entry.edition.submission_accepted_until + datetime.timedelta(milliseconds=1)
    _arriving_at(monkeypatch, arrived)
    client.force_login(entry.owner)

    response = client.post(reverse("contest:entry_submit", args=[entry.public_id]), follow=True)

    deadline = timezone.localtime(entry.edition.submission_closes_at).strftime("%H:%M %d/%m/%Y")
    expected = vi(
        "Submissions closed at %(deadline)s. Your draft is kept, but it can no longer be submitted."
    ) % {"deadline": deadline}
    assert expected.startswith("Đã hết hạn nộp bài lúc")
    assert [str(m) for m in response.context["messages"]] == [expected]
    entry.refresh_from_db()
    assert (entry.status, entry.submitted_at) == (EntryStatus.DRAFT, None)


def test_submit_arriving_within_grace_accepted(client, monkeypatch):
    entry = _entry_past_deadline(grace_seconds=60, closed_ago=datetime.timedelta(minutes=5))
    arrived = entry.edition.submission_closes_at + datetime.timedelta(seconds=30)
    _arriving_at(monkeypatch, arrived)
    client.force_login(entry.owner)

    client.post(reverse("contest:entry_submit", args=[entry.public_id]))

    entry.refresh_from_db()
    assert (entry.status, entry.submitted_at) == (EntryStatus.SUBMITTED, arrived)


def test_receipt_shows_arrival_time_and_grace(client, monkeypatch):
    entry = _entry_past_deadline(grace_seconds=60, closed_ago=datetime.timedelta(minutes=5))
    arrived = entry.edition.submission_closes_at - datetime.timedelta(seconds=3, milliseconds=10)
    _arriving_at(monkeypatch, arrived)
    client.force_login(entry.owner)
    client.post(reverse("contest:entry_submit", args=[entry.public_id]))

    html = client.get(reverse("contest:entry_receipt", args=[entry.public_id])).content.decode()

    assert timezone.localtime(arrived).strftime("%H:%M:%S %d/%m/%Y") in html
    assert vi("Received at") in html
