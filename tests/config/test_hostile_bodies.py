"""No 500 from input (issue 14): malformed, deep, huge and wrong-typed bodies to every URL
the site answers, as every role; each answer is below 500."""

import pytest
from django.db import transaction

from tests.config.url_scenario import ROLES, Scenario, all_paths_for_bodies

pytestmark = pytest.mark.django_db

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
LIMIT = 20_000  # the tests lower the size limits so that "huge" stays cheap to send

BODIES = [
    ("malformed JSON", b'{"version": 1, "fields": {', JSON),
    ("deep JSON", b"[" * 100_000, JSON),
    ("deep JSON object", b'{"a":' * 50_000, JSON),
    ("huge JSON", b'{"x": "' + b"a" * (LIMIT + 1) + b'"}', JSON),
    ("JSON list", b"[1, 2, 3]", JSON),
    ("JSON string", b'"abc"', JSON),
    ("JSON overflow", b"1e999", JSON),
    ("JSON NaN", b"NaN", JSON),
    ("autosave overflow", b'{"version": 1e999, "fields": {"authors": "abc"}}', JSON),
    ("autosave wrong types", b'{"version": "1", "fields": {"authors": [1, 2, 3]}}', JSON),
    ("autosave nested field", b'{"version": 1, "fields": {"title": [{"a": []}]}}', JSON),
    ("not UTF-8 JSON", b'\xff\xfe{"a": 1}', JSON),
    (
        "wrong-typed form",
        b"version=abc&reason=&top_n=-1&threshold=1e999&criterion_1=NaN&"
        b"override-TOTAL_FORMS=999999999&override-INITIAL_FORMS=x&kind=../../etc&serial=%00",
        FORM,
    ),
    ("not UTF-8 form", b"\xff\xfe=\xff&reason=\xc3", FORM),
    ("huge form", b"reason=" + b"a" * (LIMIT + 1), FORM),
    ("broken multipart", b"--xx\r\nContent-Disposition: form-data; name=\r\n\r\n", None),
]


@pytest.fixture
def small_limits(settings):
    settings.JSON_MAX_BYTES = LIMIT
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = LIMIT


@pytest.mark.parametrize("role", ROLES)
def test_hostile_bodies_never_give_a_server_error(client, small_limits, role):
    scenario = Scenario("open")
    scenario.login(client, role)
    errors, sent = [], 0
    for path in all_paths_for_bodies(scenario):
        for label, body, content_type in BODIES:
            with transaction.atomic():
                try:
                    response = client.generic(
                        "POST",
                        path,
                        body,
                        content_type=content_type or "multipart/form-data; boundary=xx",
                    )
                    status = response.status_code
                except Exception as error:  # the test client re-raises a view's exception
                    status = f"{type(error).__name__}: {str(error)[:80]}"
                transaction.set_rollback(True)
            sent += 1
            if not isinstance(status, int) or status >= 500:
                errors.append((path, label, status))
    assert errors == []
    assert sent == len(all_paths_for_bodies(scenario)) * len(BODIES)
