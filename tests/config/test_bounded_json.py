"""JSON bodies are bounded before any middleware parses them; the autosave reads them by
type (issue 14): deep, huge and wrong-typed bodies get a 4xx with a Vietnamese message."""

import json

import pytest
from django.urls import reverse

from config.middleware import json_depth
from contest.enums import EntryStatus
from tests.factories import EntryFactory

DEEP = b"[" * 100_000


@pytest.mark.parametrize(
    ("body", "depth"),
    [
        (b"{}", 1),
        (b'[1, {"a": [2]}]', 3),
        (b'["]]]]", "[[[[", "\\"[[["]', 1),
        (b"[[[" + b'"unclosed [[[[[[', 3),
        (DEEP, 100_000),
    ],
)
def test_json_depth_counts_nesting_outside_strings(body, depth):
    assert json_depth(body) == depth


def test_json_depth_stops_counting_once_past_the_limit():
    assert json_depth(DEEP, stop_above=16) == 17


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/bai-du-thi/"])
def test_bounded_json_deep_body_is_400_for_anyone(client, url):
    response = client.post(url, DEEP, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": "Dữ liệu gửi lên lồng nhau quá sâu, không thể đọc."}


@pytest.mark.django_db
def test_bounded_json_huge_body_is_413(client, settings):
    settings.JSON_MAX_BYTES = 1000
    response = client.post("/", b'"' + b"a" * 1000 + b'"', content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {"error": "Dữ liệu gửi lên quá lớn."}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b'{"version": 1e999, "fields": {}}', "Phiên bản của dữ liệu đã lưu phải là số nguyên."),
        (b'{"version": 1.5, "fields": {}}', "Phiên bản của dữ liệu đã lưu phải là số nguyên."),
        (b'{"version": true, "fields": {}}', "Phiên bản của dữ liệu đã lưu phải là số nguyên."),
        (b'{"version": NaN, "fields": {}}', "Không đọc được dữ liệu đã lưu."),
        (b'{"version": 1, "fields": {"authors": "abc"}}', "Không đọc được danh sách tác giả."),
        (
            b'{"version": 1, "fields": {"authors": [1, 2, 3]}}',
            "Không đọc được tác giả thứ 1: mỗi tác giả gồm các trường văn bản.",
        ),
        (
            b'{"version": 1, "fields": {"authors": [{"full_name": ["x"]}]}}',
            "Không đọc được tác giả thứ 1: mỗi tác giả gồm các trường văn bản.",
        ),
        (b'{"version": 1, "fields": {"title": {"a": 1}}}', "Trường “title” phải là văn bản."),
        (b'{"version": 1, "fields": []}', "Dữ liệu đã lưu không có trường nào để lưu."),
        (b"[1, 2]", "Không đọc được dữ liệu đã lưu."),
        (b"\xff\xfe{", "Không đọc được dữ liệu đã lưu."),
        (b"{", "Không đọc được dữ liệu đã lưu."),
    ],
)
def test_autosave_wrong_types_are_400_in_vietnamese(client, payload, message):
    entry = EntryFactory()
    client.force_login(entry.owner)

    response = client.post(
        reverse("contest:entry_autosave", args=[entry.public_id]),
        payload,
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"error": message}
    entry.refresh_from_db()
    assert (entry.version, entry.status) == (1, EntryStatus.DRAFT)


@pytest.mark.django_db
def test_autosave_numbers_where_text_is_expected_are_read(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    sector = entry.edition.sectors.last()

    response = client.post(
        reverse("contest:entry_autosave", args=[entry.public_id]),
        json.dumps({"version": 1, "fields": {"sector": sector.pk, "title": "Mới"}}),
        content_type="application/json",
    )

    assert response.status_code == 200
    entry.refresh_from_db()
    assert (entry.sector, entry.title) == (sector, "Mới")
