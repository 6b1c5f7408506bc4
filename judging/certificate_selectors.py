"""Reads for the certificate pages, each a constant number of queries whatever the count."""

from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet

from contest.models import Author, Edition
from judging.enums import CertificateStatus
from judging.models import Certificate, CertificateBatch, CertificateSettings, ResultSnapshot

# What a list row shows; the PDF's storage name is only tested for emptiness.
_LIST_FIELDS = (
    "pk",
    "edition_id",
    "snapshot_id",
    "entry_id",
    "author_id",
    "number",
    "number_suffix",
    "serial",
    "recipient_name",
    "prize",
    "entry_title",
    "status",
    "issued_at",
    "revoked_at",
    "pdf_name",
    "pdf_size",
    "render_error",
)


def editions_for_certificates() -> QuerySet[Edition]:
    """Editions with a published result or issued certificates, newest first (1 query)."""
    published = ResultSnapshot.objects.filter(edition_id=OuterRef("pk"), published_at__isnull=False)
    return (
        Edition.objects.annotate(
            has_published=Exists(published),
            certificate_count=Count("certificates", distinct=True),
            valid_count=Count(
                "certificates",
                filter=Q(certificates__status=CertificateStatus.VALID),
                distinct=True,
            ),
        )
        .filter(Q(has_published=True) | Q(certificate_count__gt=0))
        .order_by("-year", "name")
    )


def edition_certificates(*, edition_id: int) -> QuerySet[Certificate]:
    """Every certificate of an edition in number order, with its entry's code (1 query)."""
    return (
        Certificate.objects.filter(edition_id=edition_id)
        .select_related("snapshot")
        .annotate(entry_code=F("entry__code"))
        .only(*_LIST_FIELDS, "snapshot__published_at")
        .order_by("number")
    )


def stored_certificates(*, edition_id: int) -> QuerySet[Certificate]:
    """The valid certificates of an edition that have a stored PDF, for the ZIP."""
    return (
        Certificate.objects.filter(edition_id=edition_id, status=CertificateStatus.VALID)
        .exclude(pdf_name="")
        .only("pk", "number", "recipient_name", "pdf_name")
        .order_by("number")
    )


def latest_batch(*, edition_id: int) -> CertificateBatch | None:
    return CertificateBatch.objects.filter(edition_id=edition_id).order_by("-pk").first()


def failed_certificates(*, batch: CertificateBatch) -> QuerySet[Certificate]:
    return (
        batch.certificates.filter(pdf_name="", status=CertificateStatus.VALID)
        .exclude(render_error="")
        .only("pk", "number", "number_suffix", "recipient_name", "render_error")
        .order_by("number")
    )


def next_number_text(*, edition_id: int) -> str:
    """The number the next certificate of the edition will print ("07/GCN-BTC")."""
    last = Certificate.objects.filter(edition_id=edition_id).aggregate(n=Max("number"))["n"]
    suffix = (
        CertificateSettings.objects.filter(edition_id=edition_id)
        .values_list("number_suffix", flat=True)
        .first()
    )
    return Certificate(number=(last or 0) + 1, number_suffix=suffix or "").number_text


def certificate_settings_exist(*, edition_id: int) -> bool:
    return CertificateSettings.objects.filter(edition_id=edition_id).exists()


def certificate_for_staff(*, pk: int) -> Certificate | None:
    return (
        Certificate.objects.select_related(
            "edition", "snapshot", "issued_by", "revoked_by", "replaces", "replacement"
        )
        .annotate(entry_code=F("entry__code"))
        .filter(pk=pk)
        .first()
    )


def certificate_for_download(*, pk: int) -> Certificate | None:
    """One certificate with what the permission check reads (its author or the entry's)."""
    return (
        Certificate.objects.select_related("author", "snapshot")
        .prefetch_related("entry__authors")
        .filter(pk=pk)
        .first()
    )


def certificates_of_user(*, user) -> QuerySet[Certificate]:
    """Unrevoked certificates naming the user, or their group, in any edition (1 query).

    Suspended ones are listed too, marked and without a download, so a winner whose result
    was unpublished learns why the PDF is gone.
    """
    mine = Q(user=user) | Q(email__iexact=user.email)
    member = Author.objects.filter(mine, entry_id=OuterRef("entry_id"))
    return (
        Certificate.objects.filter(status=CertificateStatus.VALID)
        .filter(Q(author__in=Author.objects.filter(mine)) | Q(author__isnull=True) & Exists(member))
        .select_related("edition", "snapshot")
        .annotate(entry_code=F("entry__code"))
        .only(*_LIST_FIELDS, "edition__name", "edition__year", "snapshot__published_at")
        .order_by("-edition__year", "number")
    )
