"""What the secretariat does to submitted entries: decide, return, note, redact."""

import dataclasses
import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.attachments import AttachmentKind, random_storage_name
from contest.attachments.mentions import Mention
from contest.attachments.redact import Problem, redact
from contest.enums import EntryEventKind, EntryStatus
from contest.models import Attachment, Entry, EntryNote, User
from contest.models.entry import FREE_TEXT_FIELDS, TEXT_LIMITS
from contest.selectors import identity_terms
from contest.services.attachments import WRITEUP_KINDS, attachment_open, private_storage
from contest.services.events import entry_event_record
from contest.text import replace_folded

REDACTION_MARK = "[…]"
DECIDABLE = (EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE, EntryStatus.INELIGIBLE)


def _decide(*, entry, actor, to_status, kind, reason="", returned_until=None, notify=True):
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    if entry.status not in DECIDABLE and not (
        entry.status == EntryStatus.RETURNED and to_status != EntryStatus.RETURNED
    ):
        raise ValidationError(
            _("Entries in the state “%(status)s” cannot be screened."),
            code="state",
            params={"status": entry.get_status_display()},
        )
    from_status = entry.status
    entry.status = to_status
    entry.decision_reason = reason
    entry.returned_until = returned_until
    entry.version += 1
    entry.save(
        update_fields=["status", "decision_reason", "returned_until", "version", "updated_at"]
    )
    event = entry_event_record(
        entry=entry,
        actor=actor,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )
    if notify:
        from contest.tasks import send_decision_email

        event_id = event.pk
        transaction.on_commit(lambda: send_decision_email.enqueue(event_id=event_id))
    return entry


def _required_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason; the authors will read it.")})
    if len(reason) > 2_000:
        raise ValidationError({"reason": _("Keep the reason under 2000 characters.")})
    return reason


@transaction.atomic
def entry_mark_eligible(
    *, entry: Entry, actor: User, reason: str = "", notify: bool = True
) -> Entry:
    return _decide(
        entry=entry,
        actor=actor,
        to_status=EntryStatus.ELIGIBLE,
        kind=EntryEventKind.MARKED_ELIGIBLE,
        reason=(reason or "").strip()[:2_000],
        notify=notify,
    )


@transaction.atomic
def entry_mark_ineligible(*, entry: Entry, actor: User, reason: str, notify: bool = True) -> Entry:
    return _decide(
        entry=entry,
        actor=actor,
        to_status=EntryStatus.INELIGIBLE,
        kind=EntryEventKind.MARKED_INELIGIBLE,
        reason=_required_reason(reason),
        notify=notify,
    )


@transaction.atomic
def entry_return_for_changes(
    *, entry: Entry, actor: User, reason: str, until: datetime.date, notify: bool = True
) -> Entry:
    reason = _required_reason(reason)
    if until is None or until < timezone.localdate():
        raise ValidationError({"until": _("Choose a date from today on.")})
    return _decide(
        entry=entry,
        actor=actor,
        to_status=EntryStatus.RETURNED,
        kind=EntryEventKind.RETURNED,
        reason=reason,
        returned_until=until,
        notify=notify,
    )


def entries_bulk_decide(*, entries, actor: User, action: str, reason: str = "") -> tuple[int, list]:
    """Apply one decision to many entries; each succeeds or fails on its own."""
    done, failed = 0, []
    for entry in entries:
        try:
            if action == "eligible":
                entry_mark_eligible(entry=entry, actor=actor, reason=reason)
            elif action == "ineligible":
                entry_mark_ineligible(entry=entry, actor=actor, reason=reason)
            else:
                raise ValidationError(_("Unknown action."))
            done += 1
        except ValidationError as error:
            failed.append((entry, error))
    return done, failed


def entry_add_note(*, entry: Entry, actor: User, text: str) -> EntryNote:
    note = EntryNote(entry=entry, author=actor, text=(text or "").strip())
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def entry_redact(*, entry: Entry, actor: User, texts: dict[str, str] | None = None) -> Entry:
    """Set the judges' copy of free text; with no texts, mask every identifying term."""
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    redactions = dict(entry.redactions)
    if texts is None:
        terms = identity_terms(entry=entry)
        for name in [*FREE_TEXT_FIELDS, "video_url"]:
            original = redactions.get(name, getattr(entry, name))
            masked = original
            for term in terms:
                masked = replace_folded(masked, term, REDACTION_MARK)
            if masked != original:
                redactions[name] = masked
    else:
        for name, text in texts.items():
            if name not in FREE_TEXT_FIELDS:
                continue
            if len(text) > TEXT_LIMITS[name]:
                raise ValidationError({name: _("The text is too long.")})
            if text == getattr(entry, name):
                redactions.pop(name, None)
            else:
                redactions[name] = text
    entry.redactions = redactions
    entry.save(update_fields=["redactions", "updated_at"])
    entry_event_record(entry=entry, actor=actor, kind=EntryEventKind.REDACTED)
    return entry


@dataclasses.dataclass(frozen=True, kw_only=True)
class FileRedaction:
    attachment: Attachment
    removed: int
    remaining: list[Mention]
    problems: list[Problem]


@transaction.atomic
def entry_redact_files(*, entry: Entry, actor: User) -> list[FileRedaction]:
    """Remove the authors' names and units from the judges' copy of each write-up file.

    The text is taken out of the file (see contest.attachments.redact), the judges' copy
    replaced, and the mention check run again on the new copy; what it still finds, and
    what could not be checked, is kept on the attachment for the screening page.
    """
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    terms = identity_terms(entry=entry)
    storage = private_storage()
    done = []
    for attachment in entry.attachments.filter(kind__in=WRITEUP_KINDS):
        try:
            with attachment_open(attachment=attachment, anonymised=True) as handle:
                content = handle.read()
        except OSError:
            continue
        result = redact(content=content, kind=attachment.kind, terms=terms, mark=REDACTION_MARK)
        if result.content != content:
            old = attachment.anonymised_name
            attachment.anonymised_name = storage.save(
                random_storage_name(kind=AttachmentKind(attachment.kind)),
                ContentFile(result.content),
            )
            transaction.on_commit(lambda old=old: storage.delete(old))
        attachment.redacted_at = timezone.now()
        attachment.redaction_problems = [
            {**dataclasses.asdict(problem), "reason": str(problem.reason)}
            for problem in result.problems
        ]
        attachment.save(update_fields=["anonymised_name", "redacted_at", "redaction_problems"])
        done.append(
            FileRedaction(
                attachment=attachment,
                removed=result.removed,
                remaining=result.remaining,
                problems=result.problems,
            )
        )
    if not done:
        return done
    entry_event_record(
        entry=entry,
        actor=actor,
        kind=EntryEventKind.FILES_REDACTED,
        reason="; ".join(
            _("%(name)s: %(removed)s removed, %(left)s left")
            % {
                "name": item.attachment.original_name,
                "removed": item.removed,
                "left": len(item.remaining),
            }
            for item in done
        )[:2_000],
    )
    return done
