"""Co-authors' consent (issue 14): a person the entrant names is invited by email, counts
against their own quota only once they accept, and may decline, or leave while the entry
is still being written. Every change is an entry event; docs/policies.md says why."""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.enums import AuthorConsent, EntryEventKind, EntryStatus
from contest.models import Author, Entry, User
from contest.services.entries import entries_counted_for, require_may_enter
from contest.services.events import entry_event_record

# A co-author may leave, and answer an invitation, only while the entrant may still change
# the list: once submitted, the entry is screened and judged with the people it named.
OPEN_STATUSES = (EntryStatus.DRAFT, EntryStatus.RETURNED)


def person_label(author: Author) -> str:
    return f"{author.full_name} <{author.email}>" if author.full_name else author.email


@transaction.atomic
def coauthors_invite(*, entry: Entry, actor: User, at: datetime.datetime | None = None):
    """Email every co-author named since the last explicit save (never the autosave's
    half-typed addresses); returns the rows invited."""
    at = at or timezone.now()
    if entry.status not in OPEN_STATUSES:
        return []
    invited = []
    # Locked: two saves at once (two tabs) send each invitation once.
    rows = (
        Author.objects.select_for_update()
        .filter(entry=entry, consent=AuthorConsent.INVITED, invited_at__isnull=True)
        .exclude(email="")
    )
    for author in rows:
        try:
            validate_email(author.email)
        except ValidationError:
            continue
        author.invitation_token = secrets.token_urlsafe(32)
        author.invited_at = at
        author.save(update_fields=["invitation_token", "invited_at"])
        entry_event_record(
            entry=entry,
            actor=actor,
            kind=EntryEventKind.COAUTHOR_INVITED,
            reason=person_label(author),
        )
        invited.append(author)
    if invited:
        from contest.tasks import send_coauthor_invitation_email

        ids = [a.pk for a in invited]
        transaction.on_commit(
            lambda: [send_coauthor_invitation_email.enqueue(author_id=pk) for pk in ids]
        )
    return invited


def _locked(author: Author, user: User) -> Author:
    # The user's row orders their quota decisions: two acceptances at once cannot both fit.
    User.objects.select_for_update().filter(pk=user.pk).first()
    return (
        Author.objects.select_for_update(of=("self",))
        .select_related("entry", "entry__edition")
        .get(pk=author.pk)
    )


def _require_person(author: Author, user: User):
    if not author.is_person(user):
        raise ValidationError(
            _("This invitation was sent to another email address."), code="not_invited"
        )


@transaction.atomic
def coauthor_accept(*, author: Author, user: User, at: datetime.datetime | None = None):
    at = at or timezone.now()
    author = _locked(author, user)
    _require_person(author, user)
    if author.consent != AuthorConsent.INVITED:
        raise ValidationError(_("This invitation has already been answered."), code="answered")
    entry = author.entry
    if entry.status not in OPEN_STATUSES:
        raise ValidationError(_("This entry no longer takes new co-authors."), code="state")
    require_may_enter(user=user)
    if entries_counted_for(user=user, edition=entry.edition) >= entry.edition.entries_per_person:
        raise ValidationError(
            _(
                "You already take part in %(count)s entries, the most this contest allows. "
                "Leave one of them, or decline this invitation."
            ),
            code="limit",
            params={"count": entry.edition.entries_per_person},
        )
    author.consent = AuthorConsent.ACCEPTED
    author.user = user
    author.answered_at = at
    author.save(update_fields=["consent", "user", "answered_at"])
    entry_event_record(
        entry=entry, actor=user, kind=EntryEventKind.COAUTHOR_ACCEPTED, reason=person_label(author)
    )
    return author


@transaction.atomic
def coauthor_decline(*, author: Author, user: User, at: datetime.datetime | None = None):
    at = at or timezone.now()
    author = _locked(author, user)
    _require_person(author, user)
    if author.consent != AuthorConsent.INVITED:
        raise ValidationError(_("This invitation has already been answered."), code="answered")
    author.consent = AuthorConsent.DECLINED
    author.user = user
    author.answered_at = at
    author.save(update_fields=["consent", "user", "answered_at"])
    entry_event_record(
        entry=author.entry,
        actor=user,
        kind=EntryEventKind.COAUTHOR_DECLINED,
        reason=person_label(author),
    )
    return author


@transaction.atomic
def coauthor_leave(*, entry: Entry, user: User, at: datetime.datetime | None = None):
    """An accepted co-author takes their name off an entry still being written."""
    at = at or timezone.now()
    User.objects.select_for_update().filter(pk=user.pk).first()
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    if entry.owner_id == user.pk:
        raise ValidationError(
            _("The entrant cannot leave their own entry; withdraw it instead."), code="owner"
        )
    rows = [
        a
        for a in Author.objects.filter(entry=entry, consent=AuthorConsent.ACCEPTED)
        if a.is_person(user)
    ]
    if not rows:
        raise ValidationError(_("You are not a co-author of this entry."), code="not_coauthor")
    if entry.status not in OPEN_STATUSES:
        raise ValidationError(
            _(
                "The entry has been submitted with your name; you can no longer leave it. "
                "Ask the entrant, or the organisers, if your name must come off."
            ),
            code="submitted",
        )
    for author in rows:
        author.consent = AuthorConsent.LEFT
        author.answered_at = at
        author.save(update_fields=["consent", "answered_at"])
        entry_event_record(
            entry=entry, actor=user, kind=EntryEventKind.COAUTHOR_LEFT, reason=person_label(author)
        )
    return entry


def coauthors_link_account(*, user: User, email: str) -> int:
    """A person invited before they had an account is matched when they prove the address."""
    return Author.objects.filter(user__isnull=True, email__iexact=email).update(user=user)
