import datetime
import json
import unicodedata

import pytest
from django.urls import reverse

from contest.enums import EntryStatus, Role
from contest.models import Entry
from contest.services import entries as services
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _urls(entry):
    pid = entry.public_id
    return {
        "get": [
            reverse("contest:entry_detail", args=[pid]),
            reverse("contest:entry_edit", args=[pid]),
            reverse("contest:entry_receipt", args=[pid]),
            reverse("contest:entry_receipt_pdf", args=[pid]),
        ],
        "post": [
            reverse("contest:entry_autosave", args=[pid]),
            reverse("contest:entry_submit", args=[pid]),
            reverse("contest:entry_withdraw", args=[pid]),
            reverse("contest:attachment_upload", args=[pid]),
        ],
    }


def test_other_users_entry_urls_are_404(client):
    entry = EntryFactory()
    add_writeup_row(entry)
    services.entry_submit(entry=entry, user=entry.owner)
    client.force_login(UserFactory(role=Role.ENTRANT))
    urls = _urls(entry)
    for url in urls["get"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert entry.title not in response.content.decode()
    for url in urls["post"]:
        assert client.post(url, {}).status_code == 404, url
    attachment = entry.attachments.get()
    assert (
        client.get(reverse("contest:attachment_download", args=[attachment.pk])).status_code == 404
    )
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED


def test_judge_sees_no_screening_or_entries(client):
    entry = EntryFactory()
    client.force_login(UserFactory(role=Role.JUDGE))
    assert client.get(reverse("contest:screening_list")).status_code == 403
    assert client.get(reverse("contest:entry_detail", args=[entry.public_id])).status_code == 404


def test_autosave_saves_and_returns_new_version(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    nfd = unicodedata.normalize("NFD", "Cải cách thủ tục đất đai")
    response = client.post(
        reverse("contest:entry_autosave", args=[entry.public_id]),
        json.dumps({"version": 1, "fields": {"title": nfd, "status": "eligible"}}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["version"] == 2
    entry.refresh_from_db()
    assert entry.title == "Cải cách thủ tục đất đai"
    assert entry.status == EntryStatus.DRAFT


def test_autosave_from_a_second_tab_is_refused_not_overwritten(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    url = reverse("contest:entry_autosave", args=[entry.public_id])
    first = client.post(
        url,
        json.dumps({"version": 1, "fields": {"title": "Tab A"}}),
        content_type="application/json",
    )
    second = client.post(
        url,
        json.dumps({"version": 1, "fields": {"title": "Tab B"}}),
        content_type="application/json",
    )
    assert first.status_code == 200
    assert second.status_code == 409
    assert second.json()["version"] == 2
    assert "cửa sổ khác" in second.json()["error"]
    entry.refresh_from_db()
    assert entry.title == "Tab A"


def test_autosave_rejects_malformed_json(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    response = client.post(
        reverse("contest:entry_autosave", args=[entry.public_id]),
        "{nope",
        content_type="application/json",
    )
    assert response.status_code == 400


def test_edit_form_post_with_stale_version_keeps_both_texts(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    services.entry_save(entry=entry, user=entry.owner, data={"title": "Đã lưu"}, version=1)
    response = client.post(
        reverse("contest:entry_edit", args=[entry.public_id]),
        {
            "version": 1,
            "title": "Bản đang gõ",
            "kind": "idea",
            "entrant_type": "individual",
            "authors-TOTAL_FORMS": 0,
            "authors-INITIAL_FORMS": 0,
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Bản đang gõ" in body
    entry.refresh_from_db()
    assert entry.title == "Đã lưu"


def test_double_clicked_submit_gives_one_code(client):
    entry = EntryFactory()
    add_writeup_row(entry)
    client.force_login(entry.owner)
    url = reverse("contest:entry_submit", args=[entry.public_id])
    first = client.post(url)
    second = client.post(url)
    assert first.status_code == second.status_code == 302
    assert first.url == second.url == reverse("contest:entry_receipt", args=[entry.public_id])
    assert Entry.objects.get().code.endswith("-0001")
    assert Entry.objects.exclude(number=None).count() == 1


def test_submit_one_second_after_grace_shows_message_and_keeps_draft(client, monkeypatch):
    edition = EditionFactory()
    entry = EntryFactory(edition=edition)
    add_writeup_row(entry)
    client.force_login(entry.owner)
    late = edition.submission_accepted_until + datetime.timedelta(seconds=1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: late)
    response = client.post(reverse("contest:entry_submit", args=[entry.public_id]), follow=True)
    body = response.content.decode()
    assert "Đã hết hạn nộp bài" in body or "hết hạn" in body
    entry.refresh_from_db()
    assert (entry.status, entry.code, entry.title) == (
        EntryStatus.DRAFT,
        "",
        "Một cửa số hóa cấp phường",
    )


def test_markup_in_text_fields_is_escaped_everywhere(client):
    entry = EntryFactory(title=XSS, summary=XSS)
    add_writeup_row(entry, name="<b>x</b>.pdf")
    services.entry_submit(entry=entry, user=entry.owner)
    client.force_login(entry.owner)
    for url in (
        reverse("contest:entry_list"),
        reverse("contest:entry_detail", args=[entry.public_id]),
        reverse("contest:entry_edit", args=[entry.public_id]),
        reverse("contest:entry_receipt", args=[entry.public_id]),
    ):
        body = client.get(url).content.decode()
        assert "<script>alert" not in body, url
        assert "<img src=x" not in body, url


@pytest.mark.parametrize("count", [2, 12])
def test_author_entry_list_query_count_constant(client, django_assert_num_queries, count):
    owner = UserFactory(role=Role.ENTRANT)
    for _ in range(count):
        EntryFactory(owner=owner)
    client.force_login(owner)
    # Two of them ask whether this person may enter (jury or staff of an open edition);
    # one reads the co-author invitations waiting for their answer.
    with django_assert_num_queries(11):
        assert client.get(reverse("contest:entry_list")).status_code == 200
