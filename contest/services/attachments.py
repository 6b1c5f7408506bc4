"""Uploading and removing an entry's files; the checks themselves live in contest.attachments."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from contest.attachments import random_storage_name, validate_and_clean
from contest.attachments.names import display_name
from contest.enums import AttachmentRole, EntryEventKind, EntryStatus
from contest.models import Attachment, Entry, User
from contest.services.entries import can_edit

IMAGE_KINDS = {"jpeg", "png", "webp"}
WRITEUP_KINDS = {"pdf", "docx"}
MB = 1024 * 1024


def private_storage():
    return storages["private"]


def _rules_for(entry: Entry, role: str) -> tuple[list[str], int]:
    edition = entry.edition
    allowed = set(edition.attachment_kinds)
    if role == AttachmentRole.WRITEUP:
        return sorted(allowed & WRITEUP_KINDS), edition.max_writeup_mb * MB
    return sorted(allowed & IMAGE_KINDS), edition.max_image_mb * MB


@transaction.atomic
def attachment_add(
    *, entry: Entry, user: User, upload, role: str, at: datetime.datetime | None = None
) -> Attachment:
    if not can_edit(entry, at):
        raise ValidationError(_("This entry can no longer be changed."), code="locked")
    if role not in AttachmentRole.values:
        raise ValidationError(_("Choose the kind of file."), code="role")
    entry = Entry.objects.select_for_update().select_related("edition").get(pk=entry.pk)
    if role == AttachmentRole.ILLUSTRATION and (
        entry.attachments.filter(role=role).count() >= entry.edition.max_illustrations
    ):
        raise ValidationError(
            _("This contest accepts at most %(n)s illustrations."),
            code="too_many",
            params={"n": entry.edition.max_illustrations},
        )
    allowed, max_bytes = _rules_for(entry, role)
    cleaned = validate_and_clean(
        data=upload, filename=upload.name, allowed_kinds=allowed, max_bytes=max_bytes
    )
    storage = private_storage()
    stored = storage.save(random_storage_name(kind=cleaned.kind), ContentFile(cleaned.content))
    anonymised = storage.save(
        random_storage_name(kind=cleaned.kind), ContentFile(cleaned.anonymised_content)
    )
    if role == AttachmentRole.WRITEUP:
        # One write-up per entry: a new upload replaces the old one.
        for old in entry.attachments.filter(role=AttachmentRole.WRITEUP):
            _delete_files(old)
            old.delete()
    attachment = Attachment(
        entry=entry,
        role=role,
        kind=cleaned.kind,
        original_name=display_name(filename=upload.name, extension=cleaned.extension),
        stored_name=stored,
        anonymised_name=anonymised,
        content_type=cleaned.content_type,
        size=cleaned.size,
        sha256=cleaned.sha256,
    )
    attachment.full_clean()
    attachment.save()
    return attachment


def _delete_files(attachment: Attachment):
    storage = private_storage()
    for name in (attachment.stored_name, attachment.anonymised_name):
        transaction.on_commit(lambda name=name: storage.delete(name))


@transaction.atomic
def attachment_remove(*, attachment: Attachment, user: User) -> None:
    if not can_edit(attachment.entry):
        raise ValidationError(_("This entry can no longer be changed."), code="locked")
    entry = attachment.entry
    if (
        entry.status != EntryStatus.DRAFT
        and attachment.role == AttachmentRole.WRITEUP
        and not entry.attachments.filter(role=AttachmentRole.WRITEUP)
        .exclude(pk=attachment.pk)
        .exists()
    ):
        # A submitted entry always has its write-up: it is replaced (upload the new one
        # first, which is recorded), never left missing.
        raise ValidationError(
            _(
                "A submitted entry must keep its write-up. Upload the new version first, "
                "then remove the old one."
            ),
            code="writeup_required",
        )
    _delete_files(attachment)
    attachment.delete()
    if entry.status != EntryStatus.DRAFT:
        from contest.services.events import entry_event_record

        entry_event_record(
            entry=entry,
            actor=user,
            kind=EntryEventKind.UPDATED,
            reason=_("File removed: %(name)s") % {"name": attachment.original_name},
        )


def attachment_open(*, attachment: Attachment, anonymised: bool):
    name = attachment.anonymised_name if anonymised else attachment.stored_name
    return private_storage().open(name, "rb")


@dataclass(frozen=True, kw_only=True)
class FileCheck:
    """What the secretariat is told about one file's judges' copy on the screening page."""

    attachment: Attachment
    mentions: list  # contest.attachments.mentions.Mention, each with its ``problem``
    notices: list  # contest.attachments.redact.Problem with no mention the check still finds

    @property
    def redacted(self) -> bool:
        return self.attachment.redacted_at is not None


@dataclass(frozen=True, kw_only=True)
class CheckedMention:
    mention: object
    problem: object  # a Problem once redaction was tried and left it, else None

    def __getattr__(self, name):
        if name in ("mention", "problem"):
            raise AttributeError(name)  # not set yet (copying): never recurse
        return getattr(self.mention, name)


def attachment_mentions(*, entry: Entry) -> list[FileCheck]:
    """For each file of ``entry``, where its judges' copy names an author or agency, and
    after a redaction, what it could not remove."""
    from contest.attachments.enums import RedactionProblem
    from contest.attachments.mentions import find_mentions
    from contest.attachments.redact import Problem
    from contest.selectors import identity_terms

    terms = [term for term in identity_terms(entry=entry) if term]
    found = []
    for attachment in entry.attachments.all():
        if attachment.kind not in WRITEUP_KINDS:
            continue
        try:
            with attachment_open(attachment=attachment, anonymised=True) as handle:
                content = handle.read()
        except OSError:
            # A copy missing from storage must not take the screening page down with it.
            continue
        mentions = find_mentions(content=content, kind=attachment.kind, terms=terms)
        problems = [Problem(**item) for item in attachment.redaction_problems]
        by_place = {(p.where, p.number, p.term): p for p in problems}
        checked = [
            CheckedMention(
                mention=mention,
                problem=(
                    by_place.get(
                        (mention.where, mention.number, mention.term),
                        Problem(
                            where=mention.where,
                            number=mention.number,
                            term=mention.term,
                            reason=RedactionProblem.NOT_LOCATED,
                        ),
                    )
                    if attachment.redacted_at
                    else None
                ),
            )
            for mention in mentions
        ]
        shown = {(m.where, m.number, m.term) for m in mentions}
        notices = [
            p
            for p in problems
            if (p.where, p.number, p.term) not in shown and p.reason != RedactionProblem.NOT_LOCATED
        ]
        if checked or notices or attachment.redacted_at:
            found.append(FileCheck(attachment=attachment, mentions=checked, notices=notices))
    return found
