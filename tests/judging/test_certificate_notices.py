"""Winners hear once that their certificates can be downloaded."""

import pytest
from django.core import mail

from judging.models import Certificate
from judging.services.certificate_notices import certificates_ready_notify
from judging.services.certificates import (
    certificate_batch_retry,
    certificate_revoke,
    certificates_issue,
)
from judging.services.publication import result_unpublish
from tests.i18n import vi

pytestmark = pytest.mark.django_db


def _emails_of(entry):
    return sorted({a.email.lower() for a in entry.authors.all()} | {entry.owner.email.lower()})


def _listed(message):
    return [line for line in message.body.splitlines() if line.startswith("- ")]


def _lines(certificates):
    line = vi("No. %(number)s: %(name)s — %(prize)s")
    return [
        "- " + line % {"number": c.number_text, "name": c.recipient_name, "prize": c.prize}
        for c in certificates
    ]


def _to_entry(entry):
    (message,) = [m for m in mail.outbox if entry.code in m.subject]
    return message


def test_certificates_ready_one_email_per_winning_entry_to_all_its_authors(
    contest, organiser, renderer, committed
):
    _edition, snapshot, first, second, group = contest

    committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert len(mail.outbox) == 3
    assert {tuple(m.to) for m in mail.outbox} == {
        tuple(_emails_of(e)) for e in (first, second, group)
    }
    message = _to_entry(group)
    assert len(message.to) == 3
    assert message.subject == vi("Certificates for entry %(code)s are ready") % {"code": group.code}
    assert _listed(message) == _lines(Certificate.objects.filter(entry=group))
    assert "http://127.0.0.1:8000/giay-chung-nhan/" in message.body
    assert not message.attachments
    assert not Certificate.objects.filter(notified_at__isnull=True).exists()


def test_certificates_ready_retry_announces_only_what_was_missing(
    contest, organiser, renderer, committed
):
    _edition, snapshot, _first, _second, group = contest
    renderer.fail_for = {"Trần Thị Bình"}
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    assert len(mail.outbox) == 3
    assert len(_listed(_to_entry(group))) == 3
    renderer.fail_for = set()
    mail.outbox.clear()

    committed(certificate_batch_retry, batch=report.batch, actor=organiser)

    (message,) = mail.outbox
    late = Certificate.objects.get(entry=group, recipient_name="Trần Thị Bình")
    assert message.to == _emails_of(group)
    assert _listed(message) == _lines([late])


def test_certificates_ready_rerun_sends_nothing_twice(contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    mail.outbox.clear()

    assert certificates_ready_notify(batch_id=report.batch.pk) == 0
    assert mail.outbox == []


def test_certificates_ready_leaves_out_revoked_certificates(
    contest, organiser, renderer, committed
):
    _edition, snapshot, first, second, group = contest
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    Certificate.objects.update(notified_at=None)
    certificate_revoke(
        certificate=Certificate.objects.get(entry=first), actor=organiser, reason="Sai tên."
    )
    mail.outbox.clear()

    assert certificates_ready_notify(batch_id=report.batch.pk) == 2

    assert sorted(tuple(m.to) for m in mail.outbox) == sorted(
        [tuple(_emails_of(second)), tuple(_emails_of(group))]
    )


def test_certificates_ready_leaves_out_suspended_certificates(
    contest, organiser, renderer, committed
):
    _edition, snapshot, *_ = contest
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    Certificate.objects.update(notified_at=None)
    result_unpublish(snapshot=snapshot, actor=organiser, reason="Xem xét lại.")
    mail.outbox.clear()

    assert certificates_ready_notify(batch_id=report.batch.pk) == 0
    assert mail.outbox == []
