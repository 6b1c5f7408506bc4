"""The public certificate check: valid, revoked and unknown, with nothing to enumerate."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import verification
from judging.models import Certificate
from judging.models.certificates import new_serial
from judging.services.certificates import (
    certificate_reissue,
    certificate_revoke,
    certificates_issue,
)
from judging.services.publication import result_publish, result_unpublish
from tests.i18n import vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(contest, organiser, renderer, committed):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    return Certificate.objects.get(entry=first)


def _check(client, serial):
    return client.get(reverse("cms:certificate_check", args=[serial]))


def _status(response) -> str:
    found = re.findall(r'data-status="(\w+)"', response.content.decode())
    return found[0] if len(found) == 1 else f"{len(found)} statuses"


def test_certificate_check_valid_shows_what_was_printed(client, certificate):
    response = _check(client, certificate.serial)

    assert response.status_code == 200
    assert _status(response) == "valid"
    html = response.content.decode()
    for text in (
        "Nguyễn Văn An",
        "Giải Nhất",
        "Một cửa số hóa",
        "Cuộc thi CCHC 2024",
        "01/GCN-BTC",
        "16/11/2024",
    ):
        assert text in html
    assert response["Cache-Control"] == "no-store"


def test_certificate_check_revoked_shows_date_not_reason(client, certificate, organiser):
    certificate_revoke(certificate=certificate, actor=organiser, reason="Lý do nội bộ riêng tư.")
    certificate.refresh_from_db()

    response = _check(client, certificate.serial)

    assert response.status_code == 200
    assert _status(response) == "revoked"
    html = response.content.decode()
    assert timezone.localtime(certificate.revoked_at).strftime("%d/%m/%Y") in html
    assert "Lý do nội bộ riêng tư." not in html
    assert vi("A new certificate was issued in its place.") not in html


def test_certificate_check_reissued_says_replaced(client, certificate, organiser, committed):
    new = committed(
        certificate_reissue, certificate=certificate, actor=organiser, reason="Sai tên."
    )

    old_response, new_response = _check(client, certificate.serial), _check(client, new.serial)

    assert (_status(old_response), _status(new_response)) == ("revoked", "valid")
    assert vi("A new certificate was issued in its place.") in old_response.content.decode()


def test_certificate_check_unknown_for_random_serial(client, certificate):
    response = _check(client, new_serial())

    assert response.status_code == 404
    assert _status(response) == "unknown"
    assert "Nguyễn Văn An" not in response.content.decode()


def test_certificate_check_unknown_answers_identical_for_every_serial(client, certificate):
    def page(serial):
        response = _check(client, serial)
        return response.status_code, response.content.decode().replace(serial, "SERIAL")

    answers = {
        page(serial)
        for serial in (
            new_serial(),
            new_serial(),
            certificate.serial[:-1] + ("A" if certificate.serial[-1] != "A" else "B"),
            "NOT-A-SERIAL",
            "x" * 40,
        )
    }

    assert len(answers) == 1
    assert next(iter(answers))[0] == 404


def test_certificate_check_no_enumeration_by_id_or_number(client, certificate):
    for guess in (str(certificate.pk), "1", "01", "01/GCN-BTC".replace("/", "-"), "0"):
        response = _check(client, guess)
        assert (guess, response.status_code, _status(response)) == (guess, 404, "unknown")


def test_certificate_check_accepts_serial_as_printed(client, certificate):
    response = _check(client, certificate.display_serial.lower())

    assert (response.status_code, _status(response)) == (200, "valid")


def test_certificate_check_form_redirects_to_normalised_serial(client, certificate):
    typed = " " + certificate.display_serial.lower().replace("-", " ") + " "

    response = client.get(reverse("cms:certificate_check_form"), {"serial": typed})

    assert response.status_code == 302
    assert response.url == reverse("cms:certificate_check", args=[certificate.serial])


def test_certificate_check_form_empty_shows_form(client, db):
    response = client.get(reverse("cms:certificate_check_form"))

    assert response.status_code == 200
    assert _status(response) == "0 statuses"
    assert 'name="serial"' in response.content.decode()


def test_certificate_check_one_query_for_the_lookup(client, certificate, django_assert_num_queries):
    _check(client, certificate.serial)  # the header's site settings are cached after this

    with django_assert_num_queries(3):  # the certificate; the header's site and settings
        _check(client, certificate.serial)


def test_certificate_check_rate_limited_per_address(client, certificate, monkeypatch):
    monkeypatch.setattr(verification, "RATE_LIMIT", 3)

    statuses = [_check(client, new_serial()).status_code for _ in range(3)]
    limited = _check(client, certificate.serial)

    assert statuses == [404, 404, 404]
    assert limited.status_code == 429
    assert "Nguyễn Văn An" not in limited.content.decode()


def test_certificate_check_english_page_works(client, certificate):
    response = client.get(f"/en/xac-minh/{certificate.serial}/")

    assert (response.status_code, _status(response)) == (200, "valid")
    assert "This certificate was issued by the organisers and is valid." in (
        response.content.decode()
    )


def test_certificate_check_form_refuses_look_alike_digits_with_a_message(client, db):
    response = client.get(reverse("cms:certificate_check_form"), {"serial": "ABCD-1234"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "không thể có “1”" in body
    assert "ABCDI234" not in body


def test_certificate_check_form_takes_typographic_dashes_and_case(client, certificate):
    typed = certificate.display_serial.lower().replace(
        "-", "\u2013"
    )  # an en dash, as phones type it

    response = client.get(reverse("cms:certificate_check_form"), {"serial": typed})

    assert response.url == reverse("cms:certificate_check", args=[certificate.serial])


def test_certificate_check_unpublished_result_suspended_without_identity(
    client, certificate, organiser
):
    result_unpublish(snapshot=certificate.snapshot, actor=organiser, reason="Xem xét lại.")

    response = _check(client, certificate.serial)

    assert response.status_code == 200
    assert _status(response) == "suspended"
    html = response.content.decode()
    assert vi("Suspended") in html
    for hidden in ("Nguyễn Văn An", "Giải Nhất", "Một cửa số hóa"):
        assert hidden not in html
    assert "01/GCN-BTC" in html


def test_certificate_check_same_version_republished_valid_again(
    client, certificate, organiser, committed
):
    snapshot = certificate.snapshot
    result_unpublish(snapshot=snapshot, actor=organiser, reason="Xem xét lại.")
    committed(result_publish, snapshot=snapshot, actor=organiser)

    response = _check(client, certificate.serial)

    assert _status(response) == "valid"
    assert "Nguyễn Văn An" in response.content.decode()


def test_certificate_check_revoked_while_unpublished_says_revoked(client, certificate, organiser):
    result_unpublish(snapshot=certificate.snapshot, actor=organiser, reason="Xem xét lại.")
    certificate_revoke(certificate=certificate, actor=organiser, reason="Sai giải.")

    assert _status(_check(client, certificate.serial)) == "revoked"
