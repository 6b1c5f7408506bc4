import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from contest.enums import EntrantType, EntryKind

ATTACHMENT_KINDS = ["pdf", "docx", "jpeg", "png", "webp"]


@deconstructible
class SubsetValidator:
    """A JSON list holding at least one of the allowed values and nothing else."""

    message = _("Choose at least one of: %(allowed)s.")

    def __init__(self, allowed):
        self.allowed = list(allowed)

    def __call__(self, value):
        if not isinstance(value, list) or not value or not set(value) <= set(self.allowed):
            raise ValidationError(
                self.message, code="invalid_choice", params={"allowed": ", ".join(self.allowed)}
            )

    def __eq__(self, other):
        return isinstance(other, SubsetValidator) and self.allowed == other.allowed


def all_entry_kinds():
    return list(EntryKind.values)


def all_entrant_types():
    return list(EntrantType.values)


def all_attachment_kinds():
    return list(ATTACHMENT_KINDS)


validate_entry_kinds = SubsetValidator(EntryKind.values)
validate_entrant_types = SubsetValidator(EntrantType.values)
validate_attachment_kinds = SubsetValidator(ATTACHMENT_KINDS)


class Edition(ClusterableModel):
    """One year's contest: its rules of entry, timeline and limits."""

    name = models.CharField(_("name"), max_length=255)
    year = models.PositiveIntegerField(_("year"), validators=[MinValueValidator(2000)])
    code_prefix = models.CharField(
        _("entry code prefix"),
        max_length=20,
        unique=True,
        validators=[RegexValidator(r"^[A-Z0-9]+$", _("Use capital letters and digits only."))],
        help_text=_("Entry codes are this prefix, a dash and a number: CCHC2024-0001."),
    )
    plan_reference = models.CharField(
        _("plan reference"),
        max_length=255,
        help_text=_("For example: Kế hoạch số 103/KH-UBND ngày 04/4/2024."),
    )
    organiser = models.CharField(_("organising body"), max_length=255, blank=True)
    # How the edition's own documents (the entry receipt) are headed, Nghị định 30 style.
    document_issuer_parent = models.TextField(
        _("superior body on documents"),
        max_length=500,
        blank=True,
        help_text=_(
            "One line each, as printed at the top left of the receipt, for example "
            "“ỦY BAN NHÂN DÂN” then “THÀNH PHỐ HÀ NỘI”. A line is never broken."
        ),
    )
    document_issuer = models.TextField(
        _("issuing body on documents"),
        max_length=500,
        blank=True,
        help_text=_(
            "Printed in bold capitals under the superior body, one line each, for example "
            "“BAN TỔ CHỨC CUỘC THI”. Leave empty to print the organising body."
        ),
    )
    document_place = models.CharField(
        _("place on documents"),
        max_length=100,
        blank=True,
        help_text=_(
            "Printed before the date, for example “Hà Nội” in “Hà Nội, ngày 03 tháng 12 năm "
            "2026”. Leave empty to print the date alone."
        ),
    )
    receipt_signer = models.TextField(
        _("receipt issued by"),
        max_length=500,
        blank=True,
        help_text=_(
            "The unit named in the receipt's signature block, one line each, for example "
            "“TỔ THƯ KÝ”. Receipts are issued by the system and carry no signature."
        ),
    )
    submission_opens_at = models.DateTimeField(_("submissions open"))
    submission_closes_at = models.DateTimeField(_("submissions close"))
    submission_grace_seconds = models.PositiveIntegerField(
        _("grace period (seconds)"),
        default=60,
        validators=[MaxValueValidator(3600)],
        help_text=_(
            "A submission that reaches the server within this many seconds after the "
            "closing time is still accepted, so that a slow connection or a large file does "
            "not cost an entry sent on time. The published closing time does not change; "
            "0 means no grace."
        ),
    )
    screening_ends_on = models.DateField(_("screening ends"), null=True, blank=True)
    judging_starts_at = models.DateTimeField(
        _("judging starts"), help_text=_("Entrants may withdraw until this moment.")
    )
    results_on = models.DateField(_("results announced"), null=True, blank=True)
    entry_kinds = models.JSONField(
        _("entry kinds"), default=all_entry_kinds, validators=[validate_entry_kinds]
    )
    entrant_types = models.JSONField(
        _("entrant types"), default=all_entrant_types, validators=[validate_entrant_types]
    )
    max_group_size = models.PositiveSmallIntegerField(
        _("largest group"), default=5, validators=[MinValueValidator(2), MaxValueValidator(50)]
    )
    entries_per_person = models.PositiveSmallIntegerField(
        _("entries per person"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("Counts every entry a person leads or co-authors, except withdrawn ones."),
    )
    attachment_kinds = models.JSONField(
        _("allowed attachment types"),
        default=all_attachment_kinds,
        validators=[validate_attachment_kinds],
    )
    max_writeup_mb = models.PositiveSmallIntegerField(
        _("largest write-up (MB)"), default=20, validators=[MinValueValidator(1)]
    )
    max_image_mb = models.PositiveSmallIntegerField(
        _("largest illustration (MB)"), default=10, validators=[MinValueValidator(1)]
    )
    max_illustrations = models.PositiveSmallIntegerField(_("most illustrations"), default=5)

    class Meta:
        verbose_name = _("contest edition")
        verbose_name_plural = _("contest editions")
        ordering = ["-year", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(submission_closes_at__gt=models.F("submission_opens_at")),
                name="edition_submission_window_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(judging_starts_at__gte=models.F("submission_closes_at")),
                name="edition_judging_after_submission",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if (
            self.submission_opens_at
            and self.submission_closes_at
            and self.submission_closes_at <= self.submission_opens_at
        ):
            raise ValidationError(
                {"submission_closes_at": _("Submissions must close after they open.")}
            )
        if (
            self.submission_closes_at
            and self.judging_starts_at
            and self.judging_starts_at < self.submission_closes_at
        ):
            raise ValidationError(
                {"judging_starts_at": _("Judging cannot start before submissions close.")}
            )

    @staticmethod
    def _lines(text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    @property
    def document_issuer_parent_lines(self) -> tuple[str, ...]:
        return self._lines(self.document_issuer_parent)

    @property
    def document_issuer_lines(self) -> tuple[str, ...]:
        return self._lines(self.document_issuer) or self._lines(self.organiser or self.name)

    @property
    def receipt_signer_lines(self) -> tuple[str, ...]:
        return self._lines(self.receipt_signer)

    def is_open_for_submission(self, at=None):
        at = at or timezone.now()
        return self.submission_opens_at <= at <= self.submission_closes_at

    @property
    def submission_accepted_until(self) -> datetime.datetime:
        """The last arrival time an entrant's write is accepted: the deadline plus the grace."""
        return self.submission_closes_at + datetime.timedelta(seconds=self.submission_grace_seconds)

    def accepts_submission(self, at=None) -> bool:
        """Whether a request that arrived at ``at`` is on time (the grace included)."""
        at = at or timezone.now()
        return self.submission_opens_at <= at <= self.submission_accepted_until

    def allows_withdrawal(self, at=None):
        return (at or timezone.now()) < self.judging_starts_at


class Sector(models.Model):
    """A field (lĩnh vực) entries are filed under, per edition."""

    edition = ParentalKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="sectors"
    )
    name = models.CharField(_("name"), max_length=255)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("field")
        verbose_name_plural = _("fields")
        ordering = ["edition", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "name"], name="sector_name_unique_in_edition"
            )
        ]

    def __str__(self):
        return self.name
