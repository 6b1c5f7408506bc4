import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from contest.enums import (
    AttachmentRole,
    AuthorConsent,
    EntrantType,
    EntryEventKind,
    EntryKind,
    EntryStatus,
)

# Free-text limits: generous for a write-up summary, small enough to refuse pasted books.
TEXT_LIMITS = {
    "title": 300,
    "summary": 2_000,
    "problem": 10_000,
    "solution": 20_000,
    "novelty": 10_000,
    "feasibility": 10_000,
    "effect": 10_000,
    "replication": 10_000,
}
FREE_TEXT_FIELDS = list(TEXT_LIMITS)


class Entry(models.Model):
    """An idea or solution entered in one edition, from first draft to screening."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    edition = models.ForeignKey(
        "contest.Edition",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="entries",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead author's account"),
        on_delete=models.PROTECT,
        related_name="entries",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EntryStatus, default=EntryStatus.DRAFT
    )
    number = models.PositiveIntegerField(_("number"), null=True, blank=True, editable=False)
    code = models.CharField(_("entry code"), max_length=40, blank=True, editable=False)
    entrant_type = models.CharField(
        _("entrant type"), max_length=20, choices=EntrantType, default=EntrantType.INDIVIDUAL
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EntryKind, default=EntryKind.IDEA)
    sector = models.ForeignKey(
        "contest.Sector",
        verbose_name=_("field"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
    )
    agency = models.ForeignKey(
        "contest.Agency",
        verbose_name=_("entrant's agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
    )
    # Units are renamed and merged; the entry keeps the name it was submitted under.
    agency_name = models.CharField(_("agency at submission"), max_length=255, blank=True)
    title = models.CharField(
        pgettext_lazy("entry", "title"), max_length=TEXT_LIMITS["title"], blank=True
    )
    summary = models.TextField(_("summary"), max_length=TEXT_LIMITS["summary"], blank=True)
    problem = models.TextField(
        _("problem and current state"), max_length=TEXT_LIMITS["problem"], blank=True
    )
    solution = models.TextField(
        _("the idea or solution"), max_length=TEXT_LIMITS["solution"], blank=True
    )
    novelty = models.TextField(_("what is new"), max_length=TEXT_LIMITS["novelty"], blank=True)
    feasibility = models.TextField(
        _("feasibility and cost"), max_length=TEXT_LIMITS["feasibility"], blank=True
    )
    effect = models.TextField(
        _("expected or measured effect"), max_length=TEXT_LIMITS["effect"], blank=True
    )
    replication = models.TextField(
        _("scope for replication"), max_length=TEXT_LIMITS["replication"], blank=True
    )
    video_url = models.URLField(_("video link"), blank=True)
    # Bumped by every save; a save that names an older version is refused (two tabs).
    version = models.PositiveIntegerField(default=1, editable=False)
    # Accent-folded copy of title, summary, code and names for "cai cach" → "cải cách".
    search_text = models.TextField(blank=True, editable=False)
    # The judges' copy of free text where the secretariat removed identifying words.
    redactions = models.JSONField(default=dict, blank=True, editable=False)
    returned_until = models.DateField(_("changes allowed until"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        ordering = ["edition", "number", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "number"],
                condition=models.Q(number__isnull=False),
                name="entry_number_unique_in_edition",
            ),
            models.UniqueConstraint(
                fields=["edition", "code"],
                condition=~models.Q(code=""),
                name="entry_code_unique_in_edition",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[EntryStatus.DRAFT, EntryStatus.WITHDRAWN])
                | models.Q(number__isnull=False),
                name="entry_submitted_has_number",
            ),
        ]
        indexes = [models.Index(fields=["edition", "status"])]

    def __str__(self):
        return self.code or str(_("Draft %(title)s") % {"title": self.title or "—"})

    @property
    def display_code(self):
        return self.code or _("(not yet submitted)")


class Author(models.Model):
    """A lead author or co-author, as named on the entry (they may have no account)."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="authors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="authorships",
    )
    position_in_list = models.PositiveSmallIntegerField(default=0)
    is_lead = models.BooleanField(_("lead author"), default=False)
    full_name = models.CharField(_("full name"), max_length=150)
    unit = models.CharField(_("agency"), max_length=255)
    job_title = models.CharField(_("position"), max_length=150, blank=True)
    email = models.EmailField(_("email"))
    share = models.PositiveSmallIntegerField(
        _("contribution (%)"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    # The entrant's form names co-authors as invited (contest.services.coauthors); a row
    # made anywhere else (organisers, imports, entries from before consent) stands accepted.
    consent = models.CharField(
        _("consent"), max_length=20, choices=AuthorConsent, default=AuthorConsent.ACCEPTED
    )
    # Random, set when the invitation email goes out; it only finds the invitation, the
    # page still asks the invited person to sign in.
    invitation_token = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["entry", "position_in_list", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry"], condition=models.Q(is_lead=True), name="author_one_lead_per_entry"
            ),
            models.CheckConstraint(
                condition=models.Q(share__gte=1, share__lte=100), name="author_share_1_to_100"
            ),
        ]

    def __str__(self):
        return self.full_name

    @property
    def consent_label(self):
        if self.consent == AuthorConsent.INVITED and self.invited_at is None:
            return _("Invitation not sent yet")
        if self.consent == AuthorConsent.INVITED:
            return _("Invited, no answer yet")
        return self.get_consent_display()

    def is_person(self, user) -> bool:
        """Whether this row names the signed-in user (by account, or by their email)."""
        if not user.is_authenticated:
            return False
        return self.user_id == user.pk or (
            bool(self.email) and self.email.lower() == user.email.lower()
        )


class Attachment(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="attachments")
    role = models.CharField(_("role"), max_length=20, choices=AttachmentRole)
    kind = models.CharField(_("type"), max_length=10)
    original_name = models.CharField(_("file name"), max_length=255)
    # Random names in private storage; judges receive the metadata-free copy.
    stored_name = models.CharField(max_length=255, unique=True)
    anonymised_name = models.CharField(max_length=255, unique=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # When the secretariat last removed the authors' names from the judges' copy, and what
    # that could not remove (contest.attachments.redact.Problem as dicts).
    redacted_at = models.DateTimeField(_("names removed"), null=True, blank=True, editable=False)
    redaction_problems = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["entry", "role", "uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


class EntryCounter(models.Model):
    """The last number given in an edition; locked while a submission takes the next one."""

    edition = models.OneToOneField(
        "contest.Edition", on_delete=models.CASCADE, related_name="entry_counter"
    )
    last_number = models.PositiveIntegerField(default=0)
    # Receipts are numbered on their own: a returned entry resubmitted gets a new one.
    last_receipt_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.edition_id}: {self.last_number}"


class Receipt(models.Model):
    """One Phiếu tiếp nhận per submission, as issued: numbered per edition, never rewritten.

    ``content`` holds everything it prints (the entry, its files with their SHA-256, the
    issuing body and place as configured then), so a receipt downloaded a year later says
    what was received at ``received_at``, whatever was edited since.
    """

    edition = models.ForeignKey(
        "contest.Edition", on_delete=models.PROTECT, related_name="receipts"
    )
    entry = models.ForeignKey(Entry, on_delete=models.PROTECT, related_name="receipts")
    number = models.PositiveIntegerField(_("number"))
    number_suffix = models.CharField(max_length=60)
    received_at = models.DateTimeField(_("received"))
    content = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "number"], name="receipt_number_unique_in_edition"
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="receipt_number_positive"
            ),
        ]

    def __str__(self):
        return self.number_text

    @property
    def number_text(self) -> str:
        # Nghị định 30 pads numbers below 10 with a zero: "01/PTN-CCHC2024".
        return f"{self.number:02d}/{self.number_suffix}"


class EntryNote(models.Model):
    """An internal note of the secretariat; never shown to entrants or judges."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("note"), max_length=5_000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("internal note")

    def __str__(self):
        return self.text[:50]


class EntryEvent(models.Model):
    """Append-only history of what happened to an entry, and who did it."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=EntryEventKind)
    from_status = models.CharField(max_length=20, choices=EntryStatus, blank=True)
    to_status = models.CharField(max_length=20, choices=EntryStatus, blank=True)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.entry_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"
