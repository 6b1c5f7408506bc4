"""Every write to an entry an entrant makes: drafts, submission, updates, withdrawal."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.enums import (
    AttachmentRole,
    AuthorConsent,
    EntrantType,
    EntryEventKind,
    EntryKind,
    EntryStatus,
)
from contest.models import Author, Edition, Entry, EntryCounter, Sector, User
from contest.models.entry import FREE_TEXT_FIELDS, TEXT_LIMITS
from contest.receipts import receipt_content
from contest.services.events import entry_event_record
from contest.services.receipts import receipt_issue
from contest.text import fold

REQUIRED_FOR_SUBMISSION = [
    "title",
    "summary",
    "problem",
    "solution",
    "novelty",
    "feasibility",
    "effect",
    "replication",
]
AUTHOR_FIELDS = ["full_name", "unit", "job_title", "email", "share"]
AUTHOR_LIMITS = {"full_name": 150, "unit": 255, "job_title": 150, "email": 254}
ACTIVE_STATUSES = [s for s in EntryStatus if s != EntryStatus.WITHDRAWN]


class DraftConflict(Exception):
    """The entry was saved elsewhere (another tab or device) since this copy was loaded."""

    def __init__(self, current_version):
        super().__init__(current_version)
        self.current_version = current_version


@dataclass(frozen=True)
class AuthorData:
    full_name: str
    unit: str
    email: str
    share: int
    job_title: str = ""


def entries_counted_for(*, user: User, edition: Edition) -> int:
    """Entries a person leads, or co-authors having accepted, in an edition; withdrawn ones
    excepted. Being named without answering (or having declined) uses up nothing."""
    from contest.selectors import coauthor_of

    return (
        Entry.objects.filter(edition=edition, status__in=ACTIVE_STATUSES)
        .filter(Q(owner=user) | coauthor_of(user, "authors__"))
        .distinct()
        .count()
    )


@transaction.atomic
def may_enter(*, user: User) -> bool:
    # The predicate, not has_perm: a superuser has every permission, yet runs the contest.
    from contest.rules import is_contest_official

    return user.is_authenticated and not is_contest_official.test(user)


def require_may_enter(*, user: User) -> None:
    """Every path that creates or submits an entry asks this first."""
    if not may_enter(user=user):
        raise ValidationError(NOT_AN_ENTRANT, code="not_entrant")


NOT_AN_ENTRANT = _(
    "Judges, the secretariat and the organising committee run this contest and cannot "
    "enter it. To take part, ask the organisers to use a separate entrant account."
)


def entry_create_draft(*, edition: Edition, user: User, at: datetime.datetime | None = None):
    at = at or timezone.now()
    require_may_enter(user=user)
    if not edition.is_open_for_submission(at):
        raise ValidationError(_("This contest is not accepting entries now."), code="closed")
    if entries_counted_for(user=user, edition=edition) >= edition.entries_per_person:
        raise ValidationError(
            _("You already take part in %(count)s entries, the most this contest allows."),
            code="limit",
            params={"count": edition.entries_per_person},
        )
    entry = Entry(
        edition=edition,
        owner=user,
        agency=user.agency,
        entrant_type=edition.entrant_types[0],
        kind=edition.entry_kinds[0],
    )
    entry.full_clean()
    entry.save()
    Author.objects.create(
        entry=entry,
        user=user,
        is_lead=True,
        full_name=user.full_name,
        unit=user.agency.name if user.agency else "",
        job_title=user.position,
        email=user.email,
        share=100,
    )
    entry_event_record(
        entry=entry, actor=user, kind=EntryEventKind.CREATED, to_status=EntryStatus.DRAFT
    )
    _refresh_search_text(entry)
    return entry


def _clean_fields(*, entry: Entry, data: dict) -> dict:
    """Validate the editable fields present in data; return model values."""
    errors = {}
    values = {}
    for name in FREE_TEXT_FIELDS:
        if name in data:
            text = str(data[name] or "").replace("\r\n", "\n").strip()
            if len(text) > TEXT_LIMITS[name]:
                errors[name] = ValidationError(
                    _("Keep this under %(limit)s characters (it has %(length)s)."),
                    code="max_length",
                    params={"limit": TEXT_LIMITS[name], "length": len(text)},
                )
            values[name] = text
    if "kind" in data:
        if data["kind"] not in entry.edition.entry_kinds:
            errors["kind"] = ValidationError(_("Choose a kind this contest accepts."), code="kind")
        values["kind"] = data["kind"]
    if "entrant_type" in data:
        if data["entrant_type"] not in entry.edition.entrant_types:
            errors["entrant_type"] = ValidationError(
                _("Choose an entrant type this contest accepts."), code="entrant_type"
            )
        values["entrant_type"] = data["entrant_type"]
    if "sector" in data:
        sector_id = data["sector"] or None
        if sector_id is not None:
            try:
                sector_id = int(sector_id)
            except (TypeError, ValueError):
                sector_id = -1
            if not Sector.objects.filter(pk=sector_id, edition_id=entry.edition_id).exists():
                errors["sector"] = ValidationError(
                    _("Choose a field from the list."), code="sector"
                )
        values["sector_id"] = sector_id
    if "video_url" in data:
        url = str(data["video_url"] or "").strip()
        if url:
            try:
                URLValidator(schemes=["https", "http"])(url)
            except ValidationError:
                errors["video_url"] = ValidationError(
                    _("Enter a full web address starting with https://."), code="url"
                )
        values["video_url"] = url[:200]
    if errors:
        raise ValidationError(errors)
    return {k: v for k, v in values.items() if k not in errors}


def _clean_authors(raw_authors) -> list[AuthorData]:
    errors = []
    authors = []
    seen_emails = set()
    for index, raw in enumerate(raw_authors or [], start=1):
        row = {f: str((raw or {}).get(f, "") or "").strip() for f in AUTHOR_FIELDS}
        if not any(row[f] for f in AUTHOR_FIELDS):
            continue  # an empty row the form added
        for field, limit in AUTHOR_LIMITS.items():
            if len(row[field]) > limit:
                errors.append(
                    ValidationError(
                        _("Author %(n)s: “%(field)s” is too long."),
                        code="max_length",
                        params={"n": index, "field": Author._meta.get_field(field).verbose_name},
                    )
                )
        try:
            share = int(row["share"])
        except ValueError:
            share = 0
        if not 1 <= share <= 100:
            errors.append(
                ValidationError(
                    _("Author %(n)s: the contribution must be a whole number from 1 to 100."),
                    code="share",
                    params={"n": index},
                )
            )
        if row["email"]:
            try:
                EmailValidator()(row["email"])
            except ValidationError:
                errors.append(
                    ValidationError(
                        _("Author %(n)s: enter a valid email address."),
                        code="email",
                        params={"n": index},
                    )
                )
        # A person's consent is kept by their email: one row per person.
        if row["email"] and row["email"].lower() in seen_emails:
            errors.append(
                ValidationError(
                    _("Author %(n)s: this email is already given for another author."),
                    code="duplicate_email",
                    params={"n": index},
                )
            )
        seen_emails.add(row["email"].lower())
        authors.append(
            AuthorData(
                full_name=row["full_name"][:150],
                unit=row["unit"][:255],
                email=row["email"][:254].lower(),
                share=share,
                job_title=row["job_title"][:150],
            )
        )
    if errors:
        raise ValidationError({"authors": errors})
    return authors


def _replace_authors(*, entry: Entry, authors: list[AuthorData], actor: User):
    """Write the list as typed, keeping each person's consent by their email: the autosave
    rewrites the list as the entrant types, and must not forget who accepted."""
    from contest.services.coauthors import person_label

    owner_email = entry.owner.email.lower()
    existing = {a.email.lower(): a for a in Author.objects.filter(entry=entry) if a.email}
    kept = {a.email: existing[a.email] for a in authors if a.email in existing}
    gone = Author.objects.filter(entry=entry).exclude(pk__in=[a.pk for a in kept.values()])
    for author in gone:
        if author.invited_at is not None:
            entry_event_record(
                entry=entry,
                actor=actor,
                kind=EntryEventKind.COAUTHOR_REMOVED,
                reason=person_label(author),
            )
    gone.delete()
    # The one-lead constraint holds after every statement: nobody leads until all are placed.
    Author.objects.filter(entry=entry).update(is_lead=False)
    users = {
        u.email.lower(): u
        for u in User.objects.filter(email__in=[a.email for a in authors if a.email])
    }
    for position, a in enumerate(authors):
        values = {
            "position_in_list": position,
            "is_lead": position == 0,
            "full_name": a.full_name,
            "unit": a.unit,
            "job_title": a.job_title,
            "share": a.share,
        }
        row = kept.get(a.email) if a.email else None
        if row is not None:
            Author.objects.filter(pk=row.pk).update(**values)
            continue
        Author.objects.create(
            entry=entry,
            user=users.get(a.email),
            email=a.email,
            consent=AuthorConsent.ACCEPTED if a.email == owner_email else AuthorConsent.INVITED,
            **values,
        )


def _consent_errors(entry: Entry, authors: list[AuthorData] | None) -> list[ValidationError]:
    """Nobody is an author of a submitted entry without having said yes."""
    if authors is None:
        waiting = [a for a in entry.authors.all() if a.consent != AuthorConsent.ACCEPTED]
        if not waiting:
            return []
        return [
            ValidationError(
                _(
                    "Not every co-author has accepted yet: %(names)s. The entry can be "
                    "submitted once each has accepted; remove those who declined or left."
                ),
                code="consent",
                params={"names": "; ".join(f"{a.full_name} ({a.consent_label})" for a in waiting)},
            )
        ]
    accepted = {
        a.email.lower() for a in entry.authors.all() if a.consent == AuthorConsent.ACCEPTED
    } | {entry.owner.email.lower()}
    new = [a for a in authors if a.email not in accepted]
    if not new:
        return []
    return [
        ValidationError(
            _(
                "A submitted entry cannot name new people: %(names)s. A co-author has to "
                "accept before the entry is submitted; if one must be added, ask the "
                "secretariat to return the entry for changes."
            ),
            code="consent_after_submission",
            params={"names": "; ".join(a.full_name or a.email for a in new)},
        )
    ]


def _search_text(entry: Entry) -> str:
    names = " ".join(a.full_name for a in entry.authors.all())
    return fold(" ".join([entry.code, entry.title, entry.summary, entry.agency_name, names]))


def _refresh_search_text(entry: Entry):
    entry.search_text = _search_text(entry)
    Entry.objects.filter(pk=entry.pk).update(search_text=entry.search_text)


def _next_number(edition_id: int) -> int:
    """The edition's next entry number, gapless: the row stays locked until commit."""
    counter, _created = EntryCounter.objects.select_for_update().get_or_create(
        edition_id=edition_id
    )
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def can_edit(entry: Entry, at: datetime.datetime | None = None) -> bool:
    at = at or timezone.now()
    if entry.status in (EntryStatus.DRAFT, EntryStatus.SUBMITTED):
        return at <= entry.edition.submission_accepted_until
    if entry.status == EntryStatus.RETURNED:
        return entry.returned_until is not None and timezone.localdate(at) <= entry.returned_until
    return False


def _guard_editable(entry: Entry, at):
    if not can_edit(entry, at):
        if entry.status in (EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.RETURNED):
            raise ValidationError(
                _("The deadline has passed; this entry can no longer be changed."),
                code="deadline",
            )
        raise ValidationError(_("This entry can no longer be changed."), code="locked")


@transaction.atomic
def entry_save(
    *,
    entry: Entry,
    user: User,
    data: dict,
    version: int,
    at: datetime.datetime | None = None,
) -> Entry:
    """Save the fields present in data, refusing a stale version instead of overwriting it."""
    at = at or timezone.now()
    _guard_editable(entry, at)
    values = _clean_fields(entry=entry, data=data)
    authors = _clean_authors(data["authors"]) if "authors" in data else None
    if entry.status == EntryStatus.SUBMITTED:
        # A submitted entry must stay complete; changes are checked as at submission.
        candidate = Entry(**{**_as_values(entry), **values})
        candidate.pk = entry.pk
        _check_complete(candidate, authors=authors, require_writeup=False)
        if authors is not None and (consent := _consent_errors(entry, authors)):
            raise ValidationError({"authors": consent})
    updated = Entry.objects.filter(pk=entry.pk, version=version).update(
        **values, version=F("version") + 1, updated_at=at
    )
    if not updated:
        current = Entry.objects.filter(pk=entry.pk).values_list("version", flat=True).first()
        raise DraftConflict(current)
    if authors is not None:
        _replace_authors(entry=entry, authors=authors, actor=user)
    entry.refresh_from_db()
    _refresh_search_text(entry)
    if entry.status == EntryStatus.SUBMITTED:
        entry_event_record(entry=entry, actor=user, kind=EntryEventKind.UPDATED)
    return entry


def _as_values(entry: Entry) -> dict:
    return {f.attname: getattr(entry, f.attname) for f in Entry._meta.concrete_fields}


def _check_complete(
    entry: Entry,
    *,
    authors: list[AuthorData] | None,
    require_writeup: bool,
    check_consent: bool = False,
):
    errors = {}
    for name in REQUIRED_FOR_SUBMISSION:
        if not getattr(entry, name):
            errors.setdefault(name, []).append(
                ValidationError(_("This field is required to submit."), code="required")
            )
    if entry.sector_id is None:
        errors["sector"] = [ValidationError(_("Choose a field."), code="required")]
    if authors is None:
        authors = [
            AuthorData(full_name=a.full_name, unit=a.unit, email=a.email, share=a.share)
            for a in entry.authors.all()
        ]
    author_errors = []
    if not authors:
        author_errors.append(ValidationError(_("Name at least the lead author."), code="authors"))
    elif sum(a.share for a in authors) != 100:
        author_errors.append(
            ValidationError(
                _("The contributions add up to %(total)s%%; they must add up to 100%%."),
                code="shares",
                params={"total": sum(a.share for a in authors)},
            )
        )
    if any(not (a.full_name and a.unit and a.email) for a in authors):
        author_errors.append(
            ValidationError(
                _("Every author needs a full name, an agency and an email."), code="author_fields"
            )
        )
    if entry.entrant_type == EntrantType.INDIVIDUAL and len(authors) > 1:
        author_errors.append(
            ValidationError(
                _("An individual entry has one author; choose “Group” for several."),
                code="individual",
            )
        )
    if entry.entrant_type == EntrantType.GROUP and not (
        2 <= len(authors) <= entry.edition.max_group_size
    ):
        author_errors.append(
            ValidationError(
                _("A group has from 2 to %(max)s members."),
                code="group_size",
                params={"max": entry.edition.max_group_size},
            )
        )
    if check_consent:
        author_errors.extend(_consent_errors(entry, None))
    if author_errors:
        errors["authors"] = author_errors
    if require_writeup and not entry.attachments.filter(role=AttachmentRole.WRITEUP).exists():
        errors["attachments"] = [
            ValidationError(_("Upload the write-up (PDF or DOCX)."), code="writeup")
        ]
    if entry.kind not in entry.edition.entry_kinds or entry.kind not in EntryKind.values:
        errors["kind"] = [ValidationError(_("Choose a kind this contest accepts."), code="kind")]
    if errors:
        raise ValidationError(errors)


@dataclass(frozen=True)
class SubmissionResult:
    entry: Entry
    first_submission: bool


@transaction.atomic
def entry_submit(
    *, entry: Entry, user: User, at: datetime.datetime | None = None, notify: bool = True
) -> SubmissionResult:
    """Submit a draft (or a returned entry). Repeating it is harmless: one entry, one code.

    ``at`` is when the request arrived (``request.arrived_at``), not when it is processed: a
    submission that reached the server in time is on time however long the queue before
    it. It is accepted up to the edition's grace period after the deadline and recorded as
    the entry's submission time.
    """
    at = at or timezone.now()
    require_may_enter(user=user)
    entry = (
        Entry.objects.select_for_update(of=("self",))
        .select_related("edition", "agency")
        .prefetch_related("authors")
        .get(pk=entry.pk)
    )
    if entry.status == EntryStatus.SUBMITTED:
        return SubmissionResult(entry=entry, first_submission=False)  # a double click
    if entry.status not in (EntryStatus.DRAFT, EntryStatus.RETURNED):
        raise ValidationError(_("This entry cannot be submitted now."), code="state")
    if entry.status == EntryStatus.DRAFT and at > entry.edition.submission_accepted_until:
        raise ValidationError(
            _(
                "Submissions closed at %(deadline)s. Your draft is kept, "
                "but it can no longer be submitted."
            ),
            code="deadline",
            params={
                "deadline": timezone.localtime(entry.edition.submission_closes_at).strftime(
                    "%H:%M %d/%m/%Y"
                )
            },
        )
    _guard_editable(entry, at)
    _check_complete(entry, authors=None, require_writeup=True, check_consent=True)
    first = entry.number is None
    from_status = entry.status
    entry_event_record(
        entry=entry,
        actor=user,
        kind=EntryEventKind.SUBMITTED,
        from_status=from_status,
        to_status=EntryStatus.SUBMITTED,
    )
    entry.status = EntryStatus.SUBMITTED
    entry.submitted_at = at
    entry.agency_name = entry.agency.name if entry.agency_id else ""
    entry.returned_until = None
    entry.version += 1
    receipt = receipt_content(entry=entry)  # its queries run before the counter is locked
    if first:
        # Taken last, so the edition-wide lock is held only for the last updates and the
        # commit: the entry's number and code, then the receipt's number.
        entry.number = _next_number(entry.edition_id)
        entry.code = f"{entry.edition.code_prefix}-{entry.number:04d}"
        receipt["code"] = entry.code
    entry.search_text = _search_text(entry)
    entry.save()
    receipt_issue(entry=entry, received_at=at, content=receipt)
    if notify:
        from contest.tasks import send_receipt_email

        entry_id = entry.pk
        transaction.on_commit(lambda: send_receipt_email.enqueue(entry_id=entry_id))
    return SubmissionResult(entry=entry, first_submission=first)


@transaction.atomic
def entry_withdraw(*, entry: Entry, user: User, at: datetime.datetime | None = None) -> Entry:
    at = at or timezone.now()
    entry = Entry.objects.select_for_update().select_related("edition").get(pk=entry.pk)
    if entry.status in (EntryStatus.WITHDRAWN, EntryStatus.INELIGIBLE):
        raise ValidationError(_("This entry cannot be withdrawn."), code="state")
    if not entry.edition.allows_withdrawal(at):
        raise ValidationError(
            _("Judging has started; entries can no longer be withdrawn."), code="judging"
        )
    from_status = entry.status
    entry.status = EntryStatus.WITHDRAWN
    entry.withdrawn_at = at
    entry.version += 1
    entry.save(update_fields=["status", "withdrawn_at", "version", "updated_at"])
    entry_event_record(
        entry=entry,
        actor=user,
        kind=EntryEventKind.WITHDRAWN,
        from_status=from_status,
        to_status=EntryStatus.WITHDRAWN,
    )
    return entry
