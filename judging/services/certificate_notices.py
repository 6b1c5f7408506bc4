"""Telling winners that their certificates can be downloaded."""

from itertools import groupby

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from contest.models import Entry
from contest.selectors import entry_emails
from judging.enums import CertificateStatus
from judging.models import Certificate


def _ready(**filters):
    # A suspended certificate (its result unpublished meanwhile) is not announced: its
    # winner could not download it. Republishing emails every entrant their outcome anyway.
    return (
        Certificate.objects.filter(
            status=CertificateStatus.VALID,
            notified_at__isnull=True,
            snapshot__published_at__isnull=False,
            **filters,
        )
        .exclude(pdf_name="")
        .order_by("entry_id", "number")
    )


def certificates_ready_notify(*, batch_id: int) -> int:
    """Email each winning entry's authors that its certificates are ready; returns how many.

    One email per entry, listing the certificates that became ready, to every author and the
    entry's owner (each may download their own and the group's). Each entry's certificates
    are marked in the short transaction that sends its email, so a rerun of the batch or a
    retried task tells only about certificates not yet announced, and one entry's email
    failing leaves the others sent.
    """
    by_entry = {
        entry_id: [c.pk for c in certificates]
        for entry_id, certificates in groupby(
            _ready(batch_id=batch_id).only("pk", "entry_id"), key=lambda c: c.entry_id
        )
    }
    entries = (
        Entry.objects.filter(pk__in=by_entry)
        .select_related("owner", "edition")
        .prefetch_related("authors")
        .order_by("number")
    )
    sent = 0
    with mail.mailers.default as connection:
        for entry in entries:
            with transaction.atomic():
                certificates = list(_ready(pk__in=by_entry[entry.pk]).select_for_update())
                if not certificates:
                    continue  # announced meanwhile, or revoked
                connection.send_messages([_message(entry=entry, certificates=certificates)])
                Certificate.objects.filter(pk__in=[c.pk for c in certificates]).update(
                    notified_at=timezone.now()
                )
            sent += 1
    return sent


def _message(*, entry: Entry, certificates) -> mail.EmailMessage:
    context = {
        "edition": entry.edition,
        "entry": entry,
        "certificates": certificates,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        "certificates_path": reverse("judging:my_certificates"),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("judging/email/certificates_ready_subject.txt", context)
        body = render_to_string("judging/email/certificates_ready_body.txt", context)
    return mail.EmailMessage(
        subject=" ".join(subject.split()), body=body, to=entry_emails(entry=entry)
    )
