"""Certificates (Giấy chứng nhận) of a published result, their signer and their rendering.

A certificate keeps what it printed (recipient, prize, title, field, number) so that later
edits of an entry or an author never change an issued document, and its PDF is rendered
once into the private storage and served from there.
"""

import base64
import datetime
import re
import secrets
import unicodedata

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from judging.enums import BatchStatus, CertificateStanding, CertificateStatus

# Base32 without padding: 26 characters for 128 random bits, one case, no 0/1/8/9 to confuse.
SERIAL_BYTES = 16
SERIAL_RE = re.compile(r"^[A-Z2-7]{26}$")


def new_serial() -> str:
    return base64.b32encode(secrets.token_bytes(SERIAL_BYTES)).decode("ascii").rstrip("=")


def normalise_serial(text: str) -> str:
    """A serial as typed (any case, spaces, dashes, 0/1/8 for O/I/B) in its stored form."""
    cleaned = re.sub(r"[\s.-]", "", unicodedata.normalize("NFKC", text or "")).upper()
    return cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))


class CertificateSettings(models.Model):
    """Who issues and signs an edition's certificates, as printed (Nghị định 30/2020)."""

    edition = models.OneToOneField(
        "contest.Edition",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="certificate_settings",
    )
    issuer_parent = models.CharField(
        _("superior body"),
        max_length=255,
        blank=True,
        help_text=_("Printed above the issuing body, for example: UBND THÀNH PHỐ HÀ NỘI."),
    )
    issuer = models.CharField(
        _("issuing body"),
        max_length=255,
        help_text=_("Printed in capitals, for example: Ban Tổ chức Cuộc thi."),
    )
    number_suffix = models.CharField(
        _("number suffix"),
        max_length=30,
        default="GCN-BTC",
        validators=[
            RegexValidator(
                r"^[A-ZĐ0-9][A-ZĐ0-9.-]*$", _("Use capital letters, digits, dots and dashes.")
            )
        ],
        help_text=_("Certificates are numbered “No. 01/GCN-BTC”: this is the part after “/”."),
    )
    contest_name = models.CharField(
        _("contest name as printed"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to print the edition's name."),
    )
    place = models.CharField(_("place"), max_length=100, default="Hà Nội")
    signed_on = models.DateField(_("date of signing"))
    signer_title = models.TextField(
        _("signer's authority"),
        max_length=500,
        help_text=_("One line each, for example “TM. BAN TỔ CHỨC” then “TRƯỞNG BAN”."),
    )
    signer_name = models.CharField(_("signer's full name"), max_length=150)
    # Small re-encoded images, kept in the row rather than in a file storage: they are read
    # only when rendering, and the private storage has no URL an admin widget could show.
    signature_image = models.BinaryField(_("signature image"), blank=True, default=b"")
    seal_image = models.BinaryField(_("seal image"), blank=True, default=b"")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("certificate signer")
        verbose_name_plural = _("certificate signers")
        ordering = ["-edition__year", "edition__name"]

    def __str__(self):
        return str(self.edition)

    def clean(self):
        for name in ("issuer_parent", "issuer", "contest_name", "place", "signer_name"):
            setattr(self, name, unicodedata.normalize("NFC", getattr(self, name).strip()))
        self.signer_title = "\n".join(self.signer_title_lines)

    @property
    def signer_title_lines(self) -> tuple[str, ...]:
        return tuple(
            unicodedata.normalize("NFC", line.strip())
            for line in self.signer_title.splitlines()
            if line.strip()
        )


class CertificateBatch(models.Model):
    """One background rendering of certificates, with its progress for the organiser."""

    edition = models.ForeignKey(
        "contest.Edition", on_delete=models.PROTECT, related_name="certificate_batches"
    )
    snapshot = models.ForeignKey(
        "judging.ResultSnapshot", on_delete=models.PROTECT, related_name="certificate_batches"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=BatchStatus, default=BatchStatus.QUEUED
    )
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("rendered"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate rendering")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(done__lte=models.F("total") - models.F("failed")),
                name="certificate_batch_counts_within_total",
            ),
        ]

    def __str__(self):
        return f"{self.edition_id}#{self.pk} {self.done}/{self.total}"

    # A worker that died mid-batch leaves it "running"; after this long it may be retried.
    STALE_AFTER = datetime.timedelta(minutes=15)

    @property
    def is_active(self) -> bool:
        return self.status in (BatchStatus.QUEUED, BatchStatus.RUNNING)

    @property
    def is_stale(self) -> bool:
        return (
            self.status == BatchStatus.RUNNING
            and self.started_at is not None
            and timezone.now() - self.started_at > self.STALE_AFTER
        )


class Certificate(models.Model):
    """One printed certificate: to an author of a winning entry, or to the whole group."""

    edition = models.ForeignKey(
        "contest.Edition", on_delete=models.PROTECT, related_name="certificates"
    )
    snapshot = models.ForeignKey(
        "judging.ResultSnapshot", on_delete=models.PROTECT, related_name="certificates"
    )
    entry = models.ForeignKey("contest.Entry", on_delete=models.PROTECT, related_name="+")
    # Empty for the certificate of a group as a whole.
    author = models.ForeignKey(
        "contest.Author", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    number = models.PositiveIntegerField(_("number"))
    number_suffix = models.CharField(max_length=30)
    # Unguessable (128 random bits): the public check answers only for a serial it is given.
    serial = models.CharField(_("serial"), max_length=40, unique=True, editable=False)
    recipient_name = models.CharField(_("recipient"), max_length=1_000)
    recipient_unit = models.CharField(_("unit"), max_length=255, blank=True)
    prize = models.CharField(_("prize"), max_length=100)
    entry_title = models.CharField(_("entry title"), max_length=300)
    field = models.CharField(_("field"), max_length=255, blank=True)
    signed_on = models.DateField(_("date of signing"))
    status = models.CharField(
        _("status"), max_length=20, choices=CertificateStatus, default=CertificateStatus.VALID
    )
    issued_at = models.DateTimeField(_("issued"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replacement"
    )
    batch = models.ForeignKey(
        CertificateBatch,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    # The stored PDF (PDF/A-3b: the file served is also the archive copy); empty until
    # rendered. A failed rendering leaves its error for the organiser and the next retry.
    pdf_name = models.CharField(max_length=255, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    pdf_size = models.PositiveIntegerField(null=True, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)
    render_error = models.TextField(blank=True)
    # When the entry's authors were told it can be downloaded; a rerun tells only the rest.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "number"], name="certificate_number_unique_in_edition"
            ),
            # Two constraints rather than one with nulls_distinct=False, which SQLite lacks.
            models.UniqueConstraint(
                fields=["snapshot", "entry", "author"],
                condition=models.Q(status=CertificateStatus.VALID, author__isnull=False),
                name="certificate_one_valid_per_author",
            ),
            models.UniqueConstraint(
                fields=["snapshot", "entry"],
                condition=models.Q(status=CertificateStatus.VALID, author__isnull=True),
                name="certificate_one_valid_per_group",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="certificate_number_positive"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status=CertificateStatus.VALID, revoked_at__isnull=True)
                    | (
                        models.Q(status=CertificateStatus.REVOKED, revoked_at__isnull=False)
                        & ~models.Q(revoked_reason="")
                    )
                ),
                name="certificate_revocation_dated_and_reasoned",
            ),
        ]
        indexes = [models.Index(fields=["snapshot", "status"], name="certificate_snapshot_status")]

    def __str__(self):
        return f"{self.number_text} {self.recipient_name}"

    @property
    def number_text(self) -> str:
        # Nghị định 30 pads numbers below 10 with a zero: "01/GCN-BTC".
        return f"{self.number:02d}/{self.number_suffix}"

    @property
    def display_serial(self) -> str:
        """The serial in groups of four, easier to read out and type back."""
        return "-".join(self.serial[i : i + 4] for i in range(0, len(self.serial), 4))

    @property
    def is_valid(self) -> bool:
        """Not revoked. Whether it holds today also depends on its result: see ``standing``."""
        return self.status == CertificateStatus.VALID

    @property
    def is_suspended(self) -> bool:
        """Not revoked, but its result is unpublished now; republishing the same version ends it.

        Read from the snapshot rather than stored, so no unpublish or republish can forget
        to update it.
        """
        return self.is_valid and self.snapshot.published_at is None

    @property
    def standing(self) -> str:
        if not self.is_valid:
            return CertificateStanding.REVOKED
        if self.is_suspended:
            return CertificateStanding.SUSPENDED
        return CertificateStanding.VALID

    def get_standing_display(self) -> str:
        return CertificateStanding(self.standing).label

    @property
    def is_group(self) -> bool:
        return self.author_id is None
