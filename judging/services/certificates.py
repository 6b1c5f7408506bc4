"""Issuing, revoking, reissuing and rendering the certificates of a published result.

Who gets one: every author of every winning entry, and for a group entry also the group as
a whole, whose certificate is addressed "Group of authors: A, B, C" (in the site's language)
with the entry's agency as its unit. Numbers run per edition without gaps, in the order of
the published result (entrant type, prize tier, rank), the group's certificate before its
members'. Every issue, revocation and reissue is an AuditEvent.

PDFs are rendered in the background (``CertificateBatch``, task ``render_certificates``)
through the batch path of ``contest.documents``, as PDF/A-3b so that the file served is also
the archive copy, and stored once in the private storage: downloads never render.
"""

import hashlib
import logging
import secrets
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contest.documents.certificate import CertificateData, render_certificate, render_certificates
from contest.documents.pdf import PDF_ARCHIVE
from contest.enums import EntrantType
from contest.models import Author, Entry
from contest.text import fold
from judging.enums import AuditAction, BatchStatus, CertificateStatus
from judging.models import Certificate, CertificateBatch, CertificateSettings, ResultSnapshot
from judging.models.certificates import new_serial
from judging.published import Winner, snapshot_winners
from judging.services.audit import audit

logger = logging.getLogger(__name__)

# Certificates rendered between two progress updates: one call of the batch renderer.
CHUNK_SIZE = 10
STORAGE_PREFIX = "certificates"
# The URL name of the public check page (served by cms); printed and encoded in the QR code.
CHECK_URL_NAME = "cms:certificate_check"


def private_storage():
    return storages["private"]


# The public check -----------------------------------------------------------------------


def certificate_verify_url(*, serial: str) -> str:
    """The absolute URL of the public check of ``serial``, in the site's default language."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(CHECK_URL_NAME, kwargs={"serial": serial})
    base = getattr(settings, "SITE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path


# Issuing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueReport:
    created: tuple[Certificate, ...]
    batch: CertificateBatch | None  # rendering of everything not yet stored, if any


@dataclass(frozen=True)
class _Printed:
    entry_id: int
    author: Author | None
    recipient_name: str
    recipient_unit: str
    prize: str
    entry_title: str
    field: str


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").strip())


def _group_recipient(names: Sequence[str]) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Group of authors: %(names)s") % {"names": ", ".join(names)}


def _printed_for(winners: Iterable[Winner]) -> list[_Printed]:
    """What each certificate prints, in numbering order (1 query for the authors)."""
    winners = list(winners)
    authors: dict[int, list[Author]] = {}
    for author in Author.objects.filter(entry_id__in=[w.entry_id for w in winners]).order_by(
        "entry_id", "position_in_list", "pk"
    ):
        authors.setdefault(author.entry_id, []).append(author)
    printed = []
    for winner in winners:
        common = {
            "entry_id": winner.entry_id,
            "prize": _nfc(winner.prize),
            "entry_title": _nfc(winner.title),
            "field": _nfc(winner.sector),
        }
        members = authors.get(winner.entry_id, [])
        if winner.entrant_type == EntrantType.GROUP:
            printed.append(
                _Printed(
                    author=None,
                    recipient_name=_nfc(_group_recipient([_nfc(a.full_name) for a in members])),
                    recipient_unit=_nfc(winner.agency),
                    **common,
                )
            )
        for author in members:
            printed.append(
                _Printed(
                    author=author,
                    recipient_name=_nfc(author.full_name),
                    recipient_unit=_nfc(author.unit or winner.agency),
                    **common,
                )
            )
    return printed


def _locked_settings(edition_id: int) -> CertificateSettings:
    # The settings row is the lock that serialises numbering within an edition.
    found = (
        CertificateSettings.objects.select_for_update()
        .defer("signature_image", "seal_image")
        .filter(edition_id=edition_id)
        .first()
    )
    if found is None:
        raise ValidationError(
            _("Enter who signs this edition's certificates before issuing them."),
            code="no_settings",
        )
    return found


def _next_number(edition_id: int) -> int:
    last = Certificate.objects.filter(edition_id=edition_id).aggregate(n=Max("number"))["n"]
    return (last or 0) + 1


def _new_certificate(
    *, snapshot, printed: _Printed, number: int, cert_settings, actor, now, replaces=None
) -> Certificate:
    certificate = Certificate(
        edition_id=snapshot.edition_id,
        snapshot=snapshot,
        entry_id=printed.entry_id,
        author=printed.author,
        number=number,
        number_suffix=cert_settings.number_suffix,
        serial=new_serial(),
        recipient_name=printed.recipient_name,
        recipient_unit=printed.recipient_unit,
        prize=printed.prize,
        entry_title=printed.entry_title,
        field=printed.field,
        signed_on=cert_settings.signed_on,
        issued_at=now,
        issued_by=actor,
        replaces=replaces,
    )
    _check_fields(certificate)
    return certificate


# Rows this module has just read; the database enforces them, and validating each would
# cost a query per relation and certificate.
_RELATIONS = ["edition", "snapshot", "entry", "author", "issued_by", "revoked_by", "replaces"]


def _check_fields(certificate: Certificate) -> None:
    """Lengths, choices and blanks. Uniqueness rests on the settings lock and constraints."""
    certificate.full_clean(
        exclude=[*_RELATIONS, "batch"], validate_unique=False, validate_constraints=False
    )


OTHER_VERSION_VALID = _(
    "Certificates of another version of this result are still valid: revoke them "
    "before issuing certificates for this version."
)


def _other_version_valid(snapshot: ResultSnapshot) -> bool:
    return (
        Certificate.objects.filter(edition_id=snapshot.edition_id, status=CertificateStatus.VALID)
        .exclude(snapshot=snapshot)
        .exists()
    )


def _unissued(snapshot: ResultSnapshot) -> tuple[list[_Printed], int]:
    """What is still to print for the result, in numbering order, and how many exist."""
    already = set(
        Certificate.objects.filter(snapshot=snapshot).values_list("entry_id", "author_id")
    )
    wanted = [
        p
        for p in _printed_for(snapshot_winners(snapshot=snapshot).winners)
        if (p.entry_id, p.author.pk if p.author else None) not in already
    ]
    return wanted, len(already)


@dataclass(frozen=True)
class PlannedIssue:
    printed: tuple[_Printed, ...]  # what certificates_issue would number now, in order
    already: int  # certificates of this result that exist
    problem: str  # why certificates_issue would refuse now, or ""


def certificates_to_issue(*, snapshot: ResultSnapshot) -> PlannedIssue:
    """What ``certificates_issue`` would do now, without doing it (for its confirmation)."""
    wanted, already = _unissued(snapshot)
    problem = ""
    if snapshot.published_at is None:
        problem = _("Certificates can be issued only for a published result.")
    elif not CertificateSettings.objects.filter(edition_id=snapshot.edition_id).exists():
        problem = _("Enter who signs this edition's certificates before issuing them.")
    elif _other_version_valid(snapshot):
        problem = OTHER_VERSION_VALID
    return PlannedIssue(printed=tuple(wanted), already=already, problem=str(problem))


@transaction.atomic
def certificates_issue(*, snapshot: ResultSnapshot, actor) -> IssueReport:
    """Issue the certificates of a published result that are not issued yet, then render.

    Rerunning issues nothing twice: an author (or group) who has a certificate of this
    result, valid or revoked, gets no new one here; a replacement is ``certificate_reissue``.
    """
    # Locked like publishing locks it, so the result cannot be withdrawn mid-issue.
    snapshot = (
        ResultSnapshot.objects.select_for_update(of=("self",))
        .select_related("edition", "round")
        .get(pk=snapshot.pk)
    )
    if snapshot.published_at is None:
        raise ValidationError(
            _("Certificates can be issued only for a published result."), code="unpublished"
        )
    cert_settings = _locked_settings(snapshot.edition_id)
    if _other_version_valid(snapshot):
        raise ValidationError(OTHER_VERSION_VALID, code="other_version")
    wanted = _unissued(snapshot)[0]
    now = timezone.now()
    number = _next_number(snapshot.edition_id)
    created = [
        _new_certificate(
            snapshot=snapshot,
            printed=printed,
            number=number + offset,
            cert_settings=cert_settings,
            actor=actor,
            now=now,
        )
        for offset, printed in enumerate(wanted)
    ]
    Certificate.objects.bulk_create(created)
    entries = Entry.objects.only("pk").in_bulk({c.entry_id for c in created})
    for certificate in created:
        audit(
            action=AuditAction.CERTIFICATE_ISSUED,
            actor=actor,
            round=snapshot.round,
            entry=entries[certificate.entry_id],
            after=_audit_facts(certificate),
        )
    batch = _queue_unrendered(snapshot=snapshot, actor=actor)
    return IssueReport(created=tuple(created), batch=batch)


def _audit_facts(certificate: Certificate) -> dict:
    return {
        "number": certificate.number_text,
        "serial": certificate.serial,
        "recipient": certificate.recipient_name,
        "prize": certificate.prize,
        "status": certificate.status,
    }


# Revoking and reissuing -----------------------------------------------------------------


def _required_reason(reason: str, message) -> str:
    reason = _nfc(reason)
    if not reason:
        raise ValidationError(message, code="reason")
    return reason


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    reason = _required_reason(reason, _("Give the reason for revoking this certificate."))
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("snapshot__round", "entry")
        .get(pk=certificate.pk)
    )
    if certificate.status != CertificateStatus.VALID:
        raise ValidationError(_("This certificate is already revoked."), code="revoked")
    _revoke(certificate, actor=actor, reason=reason)
    return certificate


def _revoke(certificate: Certificate, *, actor, reason: str) -> None:
    before = _audit_facts(certificate)
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revoked_reason = reason
    _check_fields(certificate)
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revoked_reason"])
    audit(
        action=AuditAction.CERTIFICATE_REVOKED,
        actor=actor,
        round=certificate.snapshot.round,
        entry=certificate.entry,
        before=before,
        after=_audit_facts(certificate),
        reason=reason,
    )


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Replace a certificate by a new one (new number and serial), revoking it if valid.

    The new certificate prints the current names and titles, so correcting a misspelt name
    is: correct the author, then reissue.
    """
    reason = _required_reason(reason, _("Give the reason for reissuing this certificate."))
    cert_settings = _locked_settings(certificate.edition_id)
    old = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("snapshot__round", "entry", "author")
        .get(pk=certificate.pk)
    )
    if old.snapshot.published_at is None:
        raise ValidationError(
            _("Certificates can be issued only for a published result."), code="unpublished"
        )
    if Certificate.objects.filter(replaces=old).exists():
        raise ValidationError(_("This certificate has already been reissued."), code="replaced")
    if old.status == CertificateStatus.VALID:
        _revoke(old, actor=actor, reason=reason)
    snapshot = old.snapshot
    printed = reissue_printed(certificate=old)
    if printed is None:
        raise ValidationError(
            _("The result no longer lists this recipient: the certificate cannot be reissued."),
            code="not_a_winner",
        )
    new = _new_certificate(
        snapshot=snapshot,
        printed=printed,
        number=_next_number(old.edition_id),
        cert_settings=cert_settings,
        actor=actor,
        now=timezone.now(),
        replaces=old,
    )
    new.save()
    audit(
        action=AuditAction.CERTIFICATE_REISSUED,
        actor=actor,
        round=snapshot.round,
        entry=old.entry,
        before=_audit_facts(old),
        after=_audit_facts(new),
        reason=reason,
    )
    _queue_unrendered(snapshot=snapshot, actor=actor)
    return new


def reissue_printed(*, certificate: Certificate) -> _Printed | None:
    """What a replacement of ``certificate`` would print now, or None if no longer a winner."""
    winners = [
        w
        for w in snapshot_winners(snapshot=certificate.snapshot).winners
        if w.entry_id == certificate.entry_id
    ]
    printed = [
        p
        for p in _printed_for(winners)
        if (p.author.pk if p.author else None) == certificate.author_id
    ]
    return printed[0] if len(printed) == 1 else None


# Rendering ------------------------------------------------------------------------------


def _queue_unrendered(*, snapshot: ResultSnapshot, actor) -> CertificateBatch | None:
    """A batch of every valid certificate of ``snapshot`` that has no stored PDF yet.

    Certificates already in a queued or running batch stay there, so no two workers render
    the same certificate.
    """
    pending = list(
        Certificate.objects.filter(snapshot=snapshot, status=CertificateStatus.VALID, pdf_name="")
        .exclude(batch__status__in=[BatchStatus.QUEUED, BatchStatus.RUNNING])
        .values_list("pk", flat=True)
    )
    if not pending:
        return None
    batch = CertificateBatch.objects.create(
        edition_id=snapshot.edition_id, snapshot=snapshot, total=len(pending), created_by=actor
    )
    Certificate.objects.filter(pk__in=pending).update(batch=batch, render_error="")
    _enqueue(batch)
    return batch


def _enqueue(batch: CertificateBatch) -> None:
    from judging.tasks import render_certificates as render_task

    transaction.on_commit(lambda: render_task.enqueue(batch_id=batch.pk))


@transaction.atomic
def certificate_batch_retry(*, batch: CertificateBatch, actor) -> CertificateBatch:
    """Queue a finished batch again: its stored PDFs are kept, the rest are retried."""
    batch = CertificateBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.is_active and not batch.is_stale:
        raise ValidationError(_("These certificates are being rendered already."), code="active")
    batch.status = BatchStatus.QUEUED
    batch.finished_at = None
    batch.save(update_fields=["status", "finished_at"])
    _enqueue(batch)
    return batch


def certificate_data(
    certificate: Certificate, *, cert_settings: CertificateSettings, contest_name: str
) -> CertificateData:
    return CertificateData(
        issuer_parent=cert_settings.issuer_parent,
        issuer=cert_settings.issuer,
        number=certificate.number,
        number_suffix=certificate.number_suffix,
        recipient=certificate.recipient_name,
        recipient_unit=certificate.recipient_unit,
        prize=certificate.prize,
        entry_title=certificate.entry_title,
        field=certificate.field,
        place=cert_settings.place,
        date=certificate.signed_on,
        signer_title=cert_settings.signer_title_lines,
        signer_name=cert_settings.signer_name,
        verify_url=certificate_verify_url(serial=certificate.serial),
        serial=certificate.display_serial,
        contest_name=cert_settings.contest_name or contest_name,
        signature_image=bytes(cert_settings.signature_image) or None,
        seal_image=bytes(cert_settings.seal_image) or None,
    )


def certificate_batch_render(*, batch_id: int) -> CertificateBatch:
    """Render and store every certificate of the batch that has no stored PDF.

    A certificate that fails is recorded with its error and the batch goes on; a rerun
    skips what is stored and retries the rest. Progress is saved after every chunk.
    """
    batch = CertificateBatch.objects.select_related("edition").get(pk=batch_id)
    cert_settings = CertificateSettings.objects.get(edition_id=batch.edition_id)
    certificates = list(batch.certificates.order_by("number"))
    pending = [c for c in certificates if not c.pdf_name and c.is_valid]
    done = sum(1 for c in certificates if c.pdf_name)
    # Revoked before they were rendered: nothing to print, nothing to count as failed.
    skipped = len(certificates) - done - len(pending)
    total, failed = len(certificates) - skipped, 0
    _progress(batch, status=BatchStatus.RUNNING, total=total, done=done, failed=0, start=True)
    with translation.override(settings.LANGUAGE_CODE):
        for start in range(0, len(pending), CHUNK_SIZE):
            chunk = pending[start : start + CHUNK_SIZE]
            for certificate, outcome in _render_chunk(
                chunk, cert_settings=cert_settings, contest_name=batch.edition.name
            ):
                if isinstance(outcome, bytes) and _store(certificate, outcome):
                    done += 1
                else:
                    failed += 1
                    _record_failure(certificate, outcome)
            _progress(batch, status=BatchStatus.RUNNING, total=total, done=done, failed=failed)
    final = BatchStatus.FAILED if failed else BatchStatus.FINISHED
    batch = _progress(batch, status=final, total=total, done=done, failed=failed, finish=True)
    if done:
        _notify_ready(batch_id=batch.pk)
    return batch


def _notify_ready(*, batch_id: int) -> None:
    # Imported here: tasks import the services they hand off to. Its own task, on the email
    # queue, so a mail server that is down never marks a rendered batch as failed.
    from judging.tasks import send_certificate_notices

    send_certificate_notices.enqueue(batch_id=batch_id)


def _render_chunk(chunk, *, cert_settings, contest_name) -> Iterator[tuple[Certificate, object]]:
    """(certificate, PDF bytes or the exception that stopped it), through the fast path."""
    datas = []
    for certificate in chunk:
        try:
            datas.append(
                certificate_data(
                    certificate, cert_settings=cert_settings, contest_name=contest_name
                )
            )
        except Exception as error:
            datas.append(error)
    ready = [(c, d) for c, d in zip(chunk, datas, strict=True) if isinstance(d, CertificateData)]
    try:
        pdfs = render_certificates([d for _c, d in ready], pdf_variant=PDF_ARCHIVE)
    except Exception:
        # One bad certificate fails the whole call: render the chunk one by one to find it.
        pdfs = [_render_one(d) for _c, d in ready]
    results = dict(zip((c.pk for c, _d in ready), pdfs, strict=True))
    for certificate, data in zip(chunk, datas, strict=True):
        yield certificate, results.get(certificate.pk, data)


def _render_one(data: CertificateData):
    try:
        return render_certificate(data, pdf_variant=PDF_ARCHIVE)
    except Exception as error:
        return error


def _store(certificate: Certificate, pdf: bytes) -> bool:
    storage = private_storage()
    name = storage.save(f"{STORAGE_PREFIX}/{secrets.token_urlsafe(24)}.pdf", ContentFile(pdf))
    stored = Certificate.objects.filter(pk=certificate.pk, pdf_name="").update(
        pdf_name=name,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pdf_size=len(pdf),
        rendered_at=timezone.now(),
        render_error="",
    )
    if not stored:
        # Another run stored it meanwhile: keep theirs, drop ours.
        storage.delete(name)
    return True


def _record_failure(certificate: Certificate, error) -> None:
    logger.error("Certificate %s failed to render: %r", certificate.pk, error)
    message = f"{type(error).__name__}: {error}"[:2_000]
    Certificate.objects.filter(pk=certificate.pk).update(render_error=message)


def _progress(batch, *, status, total, done, failed, start=False, finish=False):
    changes = {"status": status, "total": total, "done": done, "failed": failed}
    if start:
        changes |= {"started_at": timezone.now(), "finished_at": None}
    if finish:
        changes["finished_at"] = timezone.now()
    CertificateBatch.objects.filter(pk=batch.pk).update(**changes)
    for key, value in changes.items():
        setattr(batch, key, value)
    return batch


# Files ----------------------------------------------------------------------------------


def certificate_open(*, certificate: Certificate):
    """The stored PDF, opened for reading; never rendered here."""
    if not certificate.pdf_name:
        raise FileNotFoundError(certificate.pk)
    return private_storage().open(certificate.pdf_name, "rb")


def certificate_filename(certificate: Certificate) -> str:
    """ASCII-only, e.g. ``gcn-01-nguyen-van-an.pdf`` ("đ" folded to "d")."""
    slug = slugify(fold(certificate.recipient_name))[:60].strip("-") or "chung-nhan"
    return f"gcn-{certificate.number:02d}-{slug}.pdf"


class _Sink:
    """A write-only file for ``zipfile`` whose bytes are drained as the archive grows."""

    def __init__(self):
        self._chunks: list[bytes] = []
        self._position = 0

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data, self._chunks = b"".join(self._chunks), []
        return data


def certificates_zip(certificates: Iterable[Certificate]) -> Iterator[bytes]:
    """A ZIP of the stored PDFs, produced one file at a time (for a streaming response)."""
    sink = _Sink()
    names: set[str] = set()
    # PDFs are compressed already: stored as they are, the archive costs no CPU.
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            if not certificate.pdf_name:
                continue
            name = certificate_filename(certificate)
            if name in names:  # numbers are unique, so only a pathological slug repeats
                name = f"{name[:-4]}-{certificate.pk}.pdf"
            names.add(name)
            with certificate_open(certificate=certificate) as stored:
                archive.writestr(name, stored.read())
            yield sink.drain()
    yield sink.drain()
