"""An entrant's entry page shows its journey and, once published, its outcome."""

import pytest
from django.urls import reverse

from tests.judging.certificate_fixtures import contest, organiser  # noqa: F401

pytestmark = pytest.mark.django_db


def test_entry_page_shows_prize_rank_and_certificate_link_after_publication(
    client,
    contest,  # noqa: F811
):
    _edition, _snapshot, first, _second, _group = contest
    client.force_login(first.owner)

    body = client.get(reverse("contest:entry_detail", args=[first.public_id])).content.decode()

    assert '<dd id="entry-prize">Giải Nhất</dd>' in body
    assert "Đạt giải: Giải Nhất" in body
    assert reverse("judging:my_certificates") in body
    assert "Đã kiểm tra hồ sơ: hợp lệ" in body


def test_entry_page_shows_no_outcome_before_publication(client, organiser):  # noqa: F811
    from tests.factories import EligibleEntryFactory

    entry = EligibleEntryFactory()
    client.force_login(entry.owner)

    body = client.get(reverse("contest:entry_detail", args=[entry.public_id])).content.decode()

    assert 'id="entry-prize"' not in body
    assert "Đã kiểm tra hồ sơ: hợp lệ" in body
