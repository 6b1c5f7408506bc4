"""Publishing a frozen result: the moment identities and prizes become public.

At most one snapshot per edition is published (a database constraint); publishing another
version replaces it in one transaction. Every change is an AuditEvent, and unpublishing
needs a reason because the public has already seen the result.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from contest.selectors import entry_emails, entry_owners
from judging.enums import AuditAction
from judging.models import AuditEvent, ResultSnapshot
from judging.published import snapshot_ranking
from judging.services.audit import audit


@transaction.atomic
def result_publish(*, snapshot: ResultSnapshot, actor) -> ResultSnapshot:
    snapshot = ResultSnapshot.objects.select_for_update().get(pk=snapshot.pk)
    if snapshot.published_at is not None:
        raise ValidationError(_("This result is already published."))
    if snapshot.superseded_at is not None:
        raise ValidationError(
            _("This version was reopened for correction and cannot be published; freeze a new one.")
        )
    replaced = (
        ResultSnapshot.objects.select_for_update()
        .filter(edition_id=snapshot.edition_id, published_at__isnull=False)
        .first()
    )
    if replaced is not None:
        _withdraw(
            snapshot=replaced,
            actor=actor,
            reason=_("Replaced by version %(version)s.") % {"version": snapshot.version},
        )
    snapshot.published_at = timezone.now()
    snapshot.published_by = actor
    snapshot.save(update_fields=["published_at", "published_by"])
    audit(
        action=AuditAction.RESULT_PUBLISHED,
        actor=actor,
        round=snapshot.round,
        after={"version": snapshot.version, "sha256": snapshot.sha256},
    )
    transaction.on_commit(lambda: _notify_entrants(snapshot_id=snapshot.pk))
    return snapshot


@transaction.atomic
def result_unpublish(*, snapshot: ResultSnapshot, actor, reason: str) -> ResultSnapshot:
    if not reason.strip():
        raise ValidationError(_("Give a reason for unpublishing the result."))
    snapshot = ResultSnapshot.objects.select_for_update().get(pk=snapshot.pk)
    if snapshot.published_at is None:
        raise ValidationError(_("This result is not published."))
    _withdraw(snapshot=snapshot, actor=actor, reason=reason.strip())
    return snapshot


def _withdraw(*, snapshot: ResultSnapshot, actor, reason: str) -> None:
    before = {"version": snapshot.version, "published_at": snapshot.published_at.isoformat()}
    snapshot.published_at = None
    snapshot.published_by = None
    snapshot.save(update_fields=["published_at", "published_by"])
    audit(
        action=AuditAction.RESULT_UNPUBLISHED,
        actor=actor,
        round=snapshot.round,
        before=before,
        reason=str(reason),
    )


def _notify_entrants(*, snapshot_id: int) -> None:
    # Imported here: tasks import the services they hand off to.
    from judging.tasks import send_result_emails

    send_result_emails.enqueue(snapshot_id=snapshot_id)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    entry: object  # contest.Entry, with owner and authors loaded
    prize: str  # "" when the entry won nothing
    recipients: tuple[str, ...]


def entrant_outcomes(*, snapshot: ResultSnapshot) -> list[Outcome]:
    """Every numbered entry of the edition with its own prize (or none) and whom to tell."""
    prizes = {row["code"]: row["prize"] for row in snapshot_ranking(snapshot=snapshot)}
    return [
        Outcome(
            entry=entry,
            prize=prizes.get(entry.code, ""),
            recipients=tuple(entry_emails(entry=entry)),
        )
        for entry in entry_owners(edition_id=snapshot.edition_id)
    ]


def entrants_notify(*, snapshot_id: int) -> int:
    """Email every entrant their own outcome over one SMTP connection; returns how many.

    Each send is recorded (an AuditEvent per entry) in its own short transaction that first
    checks the result is still published, so a retried task skips those already told and
    an unpublish stops the rest at once, without holding a lock over the whole batch.
    """
    snapshot = ResultSnapshot.objects.select_related("edition").get(pk=snapshot_id)
    told = set(
        AuditEvent.objects.filter(
            action=AuditAction.RESULT_NOTIFIED, after__snapshot=snapshot.pk
        ).values_list("entry_id", flat=True)
    )
    sent = 0
    with mail.mailers.default as connection:
        for outcome in entrant_outcomes(snapshot=snapshot):
            if outcome.entry.pk in told or not outcome.recipients:
                continue
            with transaction.atomic():
                locked = ResultSnapshot.objects.select_for_update().get(pk=snapshot.pk)
                if locked.published_at is None:
                    break
                connection.send_messages([_outcome_message(snapshot=snapshot, outcome=outcome)])
                audit(
                    action=AuditAction.RESULT_NOTIFIED,
                    round=snapshot.round,
                    entry=outcome.entry,
                    after={"snapshot": snapshot.pk, "prize": outcome.prize},
                )
            sent += 1
    return sent


def _outcome_message(*, snapshot, outcome: Outcome) -> mail.EmailMessage:
    context = {
        "edition": snapshot.edition,
        "entry": outcome.entry,
        "prize": outcome.prize,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        "results_path": reverse("cms:edition_results", args=[snapshot.edition_id]),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string("judging/email/result_subject.txt", context).split())
        body = render_to_string("judging/email/result_body.txt", context)
    return mail.EmailMessage(subject=subject, body=body, to=list(outcome.recipients))
