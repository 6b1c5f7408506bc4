"""Publishing a frozen result: the moment identities and prizes become public.

At most one snapshot per edition is published (a database constraint); publishing another
version replaces it in one transaction. Every change is an AuditEvent, and unpublishing
needs a reason because the public has already seen the result.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from judging.enums import AuditAction
from judging.models import ResultSnapshot
from judging.services.audit import audit


@transaction.atomic
def result_publish(*, snapshot: ResultSnapshot, actor) -> ResultSnapshot:
    snapshot = ResultSnapshot.objects.select_for_update().get(pk=snapshot.pk)
    if snapshot.published_at is not None:
        raise ValidationError(_("This result is already published."))
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
    # Imported here: the task module imports this one's callers.
    from judging.tasks import send_result_emails

    send_result_emails.enqueue(snapshot_id=snapshot_id)
