"""Reads other layers and apps use; each returns querysets shaped for a constant query count."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from contest.enums import AuthorConsent, EntryStatus
from contest.models import Attachment, Author, Edition, Entry, User
from contest.models.entry import FREE_TEXT_FIELDS
from contest.text import fold


@dataclass(frozen=True)
class Stage:
    label: str
    starts: object
    ends: object
    state: str  # "past", "current" or "future"


def edition_stages(*, edition: Edition, at=None) -> list[Stage]:
    """The edition's timeline, each stage marked past, current or future at a moment."""
    from django.utils import timezone
    from django.utils.translation import gettext as _

    at = at or timezone.now()
    today = timezone.localdate(at)
    stages = [
        (_("Entries accepted"), edition.submission_opens_at, edition.submission_closes_at),
        (_("Screening"), edition.submission_closes_at, edition.screening_ends_on),
        (_("Judging"), edition.judging_starts_at, edition.results_on),
        (_("Results"), edition.results_on, None),
    ]
    result = []
    for label, starts, ends in stages:
        if starts is None:
            continue
        start_day = timezone.localdate(starts) if hasattr(starts, "tzinfo") else starts
        end_day = (timezone.localdate(ends) if hasattr(ends, "tzinfo") else ends) if ends else None
        if today < start_day:
            state = "future"
        elif end_day is not None and today > end_day:
            state = "past"
        else:
            state = "current"
        result.append(Stage(label=label, starts=starts, ends=ends, state=state))
    return result


def editions_open_for_submission() -> QuerySet[Edition]:
    from django.utils import timezone

    now = timezone.now()
    return Edition.objects.filter(submission_opens_at__lte=now, submission_closes_at__gte=now)


def coauthor_of(user: User, prefix: str = "") -> Q:
    """Rows naming the user as a co-author who accepted (one join: same author row)."""
    accepted = Q(**{f"{prefix}consent": AuthorConsent.ACCEPTED})
    return accepted & (Q(**{f"{prefix}user": user}) | Q(**{f"{prefix}email__iexact": user.email}))


def entries_of_author(*, user: User) -> QuerySet[Entry]:
    """Entries a person leads or co-authored with their consent, for their own list."""
    return (
        Entry.objects.filter(Q(owner=user) | coauthor_of(user, "authors__"))
        .distinct()
        .select_related("edition", "sector")
        .prefetch_related("authors")
        .order_by("-created_at", "-pk")
    )


def invitations_pending(*, user: User) -> QuerySet[Author]:
    """Invitations sent to a person and not answered yet, newest first."""
    return (
        Author.objects.filter(
            consent=AuthorConsent.INVITED,
            invited_at__isnull=False,
            entry__status__in=[EntryStatus.DRAFT, EntryStatus.RETURNED],
        )
        .filter(Q(user=user) | Q(email__iexact=user.email))
        .select_related("entry", "entry__edition", "entry__owner")
        .order_by("-invited_at", "-pk")
    )


def invitation_by_token(*, token: str) -> Author | None:
    if not token:
        return None
    return (
        Author.objects.filter(invitation_token=token)
        .select_related("entry", "entry__edition", "entry__owner", "entry__sector")
        .prefetch_related(
            Prefetch("entry__authors", queryset=Author.objects.order_by("position_in_list", "pk"))
        )
        .first()
    )


def entry_for_author(*, user: User, public_id) -> Entry | None:
    return (
        entries_of_author(user=user)
        .prefetch_related("attachments")
        .filter(public_id=public_id)
        .first()
    )


@dataclass(frozen=True)
class ScreeningFilters:
    edition: int | None = None
    sector: int | None = None
    kind: str = ""
    entrant_type: str = ""
    status: str = ""
    agency: int | None = None
    q: str = ""


def entries_for_screening(*, filters: ScreeningFilters) -> QuerySet[Entry]:
    entries = (
        Entry.objects.exclude(status=EntryStatus.DRAFT)
        .select_related("edition", "sector", "agency", "owner")
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("position_in_list", "pk"))
        )
        .order_by("edition", "number")
    )
    if filters.edition:
        entries = entries.filter(edition_id=filters.edition)
    if filters.sector:
        entries = entries.filter(sector_id=filters.sector)
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.entrant_type:
        entries = entries.filter(entrant_type=filters.entrant_type)
    if filters.status:
        entries = entries.filter(status=filters.status)
    if filters.agency:
        entries = entries.filter(agency_id=filters.agency)
    for word in fold(filters.q).split():
        entries = entries.filter(search_text__contains=word)
    return entries


def entry_for_staff(*, public_id) -> Entry | None:
    return (
        Entry.objects.exclude(status=EntryStatus.DRAFT)
        .select_related("edition", "sector", "agency", "owner")
        .prefetch_related(
            "authors",
            "attachments",
            "notes__author",
            "events__actor",
        )
        .filter(public_id=public_id)
        .first()
    )


@dataclass(frozen=True)
class AnonymisedAttachment:
    pk: int
    label: str
    kind: str
    size: int


@dataclass(frozen=True)
class AnonymisedEntry:
    """What a judge may know of an entry: no author, co-author or agency anywhere."""

    public_id: str
    code: str
    edition_name: str
    sector: str
    kind_label: str
    entrant_type_label: str
    texts: list[tuple[str, str]]
    video_url: str
    attachments: list[AnonymisedAttachment]


def entry_anonymised(*, entry: Entry) -> AnonymisedEntry:
    """Build from an entry whose sector, edition and attachments are already loaded."""
    texts = [
        (
            str(Entry._meta.get_field(name).verbose_name),
            entry.redactions.get(name, getattr(entry, name)),
        )
        for name in FREE_TEXT_FIELDS
    ]
    attachments = []
    counters: dict[str, int] = {}
    for attachment in entry.attachments.all():
        counters[attachment.role] = counters.get(attachment.role, 0) + 1
        attachments.append(
            AnonymisedAttachment(
                pk=attachment.pk,
                # The entrant's file name may carry a name or unit; judges see a neutral one.
                label=f"{entry.code}-{attachment.role}-{counters[attachment.role]}.{attachment.kind}",
                kind=attachment.kind,
                size=attachment.size,
            )
        )
    return AnonymisedEntry(
        public_id=str(entry.public_id),
        code=entry.code,
        edition_name=entry.edition.name,
        sector=entry.sector.name if entry.sector else "",
        kind_label=entry.get_kind_display(),
        entrant_type_label=entry.get_entrant_type_display(),
        texts=texts,
        video_url=entry.redactions.get("video_url", entry.video_url),
        attachments=attachments,
    )


@dataclass(frozen=True)
class IdentityMention:
    field: str
    field_label: str
    term: str


def identity_terms(*, entry: Entry) -> list[str]:
    """Names and units that would reveal who wrote the entry."""
    terms = set()
    for author in entry.authors.all():
        terms.add(author.full_name)
        terms.add(author.unit)
        if author.email:
            terms.add(author.email)
    if entry.agency_name:
        terms.add(entry.agency_name)
    elif entry.agency_id:
        terms.add(entry.agency.name)
    return sorted((t for t in terms if t and len(t.strip()) >= 4), key=len, reverse=True)


def entry_identity_mentions(*, entry: Entry) -> list[IdentityMention]:
    """Where the judges' copy of free text still names an author or unit (accent-insensitive)."""
    mentions = []
    terms = identity_terms(entry=entry)
    for name in [*FREE_TEXT_FIELDS, "video_url"]:
        text = fold(entry.redactions.get(name, getattr(entry, name)) or "")
        for term in terms:
            if fold(term) in text:
                mentions.append(
                    IdentityMention(
                        field=name,
                        field_label=str(Entry._meta.get_field(name).verbose_name),
                        term=term,
                    )
                )
    return mentions


def attachment_for_download(*, user: User, pk: int) -> Attachment | None:
    """A file the user may fetch: of their own entry or one they accepted to co-author, or,
    for staff, of a submitted one.

    An entry has a number from its first submission on (a return for changes keeps it); a
    draft is the entrant's own work in progress, so staff get nothing for it, as for a file
    that does not exist.
    """
    from contest.rules import is_staff_role

    attachments = Attachment.objects.select_related("entry", "entry__edition")
    if is_staff_role(user):
        return attachments.filter(pk=pk, entry__number__isnull=False).first()
    # Co-authors once they accepted: being named alone gives nothing (contest.rules).
    coauthored = Author.objects.filter(consent=AuthorConsent.ACCEPTED).filter(
        Q(user=user) | Q(email__iexact=user.email)
    )
    return (
        attachments.filter(pk=pk)
        .filter(Q(entry__owner=user) | Q(entry_id__in=coauthored.values("entry_id")))
        .first()
    )


def entries_by_code(*, edition_id: int, codes) -> dict[str, Entry]:
    """Submitted entries of an edition keyed by code, with authors in list order (2 queries)."""
    entries = (
        Entry.objects.filter(edition_id=edition_id, code__in=list(codes))
        .select_related("sector", "agency")
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("position_in_list", "pk"))
        )
    )
    return {entry.code: entry for entry in entries}


def entry_owners(*, edition_id: int) -> QuerySet[Entry]:
    """Every entry that reached the secretariat and was not withdrawn, with its people."""
    return (
        Entry.objects.filter(edition_id=edition_id, number__isnull=False)
        .exclude(status=EntryStatus.WITHDRAWN)
        .select_related("owner")
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("position_in_list", "pk"))
        )
        .order_by("number")
    )


def entry_emails(*, entry: Entry) -> list[str]:
    """Whom to write to about an entry: every author and the owner, once each, sorted.

    Reads ``entry.authors.all()``, so prefetch authors when calling it for many entries.
    """
    return sorted({a.email.lower() for a in entry.authors.all()} | {entry.owner.email.lower()})
