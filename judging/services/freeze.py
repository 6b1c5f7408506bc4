"""Freeze means frozen: the one place that says whether a round's result may still change.

A round is frozen while a snapshot that contains it is live: a snapshot of round R holds
every stage up to R (snapshot_inputs), so freezing the final also freezes the preliminary.
It is published while that snapshot is public. Every write that can change a result (score
save and submit, reopen, conflicts, assignments, withdrawals, advancement into the round)
calls `round_require_open` first. After the freeze, the only way to change anything is
`snapshot_supersede`: an organiser, with a reason, marks the snapshot superseded (it stays,
word for word, in the record) and the round is open again until it is frozen anew.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from judging.enums import AuditAction, RoundState
from judging.models import Assignment, ResultSnapshot, Round
from judging.services.audit import audit


def _live_snapshots(round_: Round):
    return ResultSnapshot.objects.filter(
        edition_id=round_.edition_id,
        round__position__gte=round_.position,
        superseded_at__isnull=True,
    )


def round_state(*, round_: Round) -> RoundState:
    published = list(_live_snapshots(round_).values_list("published_at", flat=True))
    if any(p is not None for p in published):
        return RoundState.PUBLISHED
    return RoundState.FROZEN if published else RoundState.OPEN


def round_require_open(*, round_: Round) -> None:
    """Refuse a write that would change the round's frozen or published result.

    Called inside the write's transaction: the round's row lock orders it against
    snapshot_freeze, which locks the rounds it freezes, so no write slips in mid-freeze.
    """
    if transaction.get_connection().in_atomic_block:
        list(Round.objects.select_for_update().filter(pk=round_.pk).values_list("pk"))
    state = round_state(round_=round_)
    if state == RoundState.PUBLISHED:
        raise ValidationError(
            _(
                "The result of %(round)s is published; nothing in it can change. The "
                "organisers must unpublish it and reopen it for correction, with a reason."
            ),
            code="round_published",
            params={"round": round_.name},
        )
    if state == RoundState.FROZEN:
        raise ValidationError(
            _(
                "The result of %(round)s is frozen; nothing in it can change. Only the "
                "organisers can reopen it for correction, with a reason."
            ),
            code="round_frozen",
            params={"round": round_.name},
        )


def pair_require_open(*, judge, entry) -> None:
    """A conflict voids the pair's scores in every round they meet in: each must be open."""
    round_ids = (
        Assignment.objects.filter(judge=judge, entry=entry, active=True)
        .values_list("round_id", flat=True)
        .distinct()
    )
    for round_ in Round.objects.filter(pk__in=list(round_ids)).order_by("position"):
        round_require_open(round_=round_)


@transaction.atomic
def snapshot_supersede(*, round_: Round, actor, reason: str) -> list[ResultSnapshot]:
    """Reopen a frozen round for correction: its live snapshots are marked superseded."""
    if not actor.has_perm("judging.confirm_results"):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Give the reason for reopening a frozen result.")}, code="required"
        )
    live = list(_live_snapshots(round_).select_for_update().order_by("version"))
    if not live:
        raise ValidationError(_("This result is not frozen."), code="not_frozen")
    if any(s.published_at is not None for s in live):
        raise ValidationError(
            _("Unpublish the result first: the public has seen it."), code="published"
        )
    now = timezone.now()
    for frozen in live:
        frozen.superseded_at = now
        frozen.superseded_by = actor
        frozen.superseded_reason = reason[:2000]
        frozen.save(update_fields=["superseded_at", "superseded_by", "superseded_reason"])
    audit(
        action=AuditAction.SNAPSHOT_SUPERSEDED,
        actor=actor,
        round=round_,
        before={"versions": [s.version for s in live], "sha256": [s.sha256 for s in live]},
        after={"state": RoundState.OPEN},
        reason=reason,
    )
    return live
