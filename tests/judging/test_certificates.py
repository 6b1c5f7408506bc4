"""Certificates: issuing, numbering, revoking, reissuing, rendering in batches and files."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from pypdf import PdfReader

from judging.enums import AuditAction, BatchStatus, CertificateStatus
from judging.models import AuditEvent, Certificate, CertificateBatch
from judging.models.certificates import SERIAL_RE, new_serial, normalise_serial
from judging.services import certificates as service
from judging.services.certificates import (
    certificate_batch_render,
    certificate_batch_retry,
    certificate_filename,
    certificate_open,
    certificate_reissue,
    certificate_revoke,
    certificate_verify_url,
    certificates_issue,
    certificates_zip,
)
from tests.factories import EligibleEntryFactory, result_snapshot
from tests.judging.certificate_fixtures import GROUP, group_name, numbered

pytestmark = pytest.mark.django_db

# Fixtures shared with the view tests (assigned, so pytest sees them here).

# Issuing ---------------------------------------------------------------------------------


def test_certificates_issue_one_per_author_and_one_per_group(
    contest, organiser, renderer, committed
):
    edition, snapshot, first, second, group = contest

    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert len(report.created) == 6
    certificates = Certificate.objects.filter(edition=edition)
    assert certificates.filter(entry=first).count() == 1
    assert certificates.filter(entry=second).count() == 1
    assert certificates.filter(entry=group, author__isnull=False).count() == 3
    group_certificate = certificates.get(entry=group, author__isnull=True)
    assert group_certificate.recipient_name == group_name(GROUP)
    assert group_certificate.recipient_unit == group.agency_name
    assert {c.status for c in certificates} == {CertificateStatus.VALID}


def test_certificates_issue_numbers_gapless_in_ranking_order(
    contest, organiser, renderer, committed
):
    edition, snapshot, *_ = contest

    committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert numbered(edition) == [
        (1, "Nguyễn Văn An", "Giải Nhất"),
        (2, "Đặng Quốc Bảo", "Giải Nhì"),
        (3, group_name(GROUP), "Giải Nhất"),
        (4, "Lê Thị Hồng Nhung", "Giải Nhất"),
        (5, "Trần Thị Bình", "Giải Nhất"),
        (6, "Phạm Minh Châu", "Giải Nhất"),
    ]
    assert [c.number_text for c in Certificate.objects.order_by("number")][:2] == [
        "01/GCN-BTC",
        "02/GCN-BTC",
    ]


def test_certificates_issue_rerun_creates_nothing_new(contest, organiser, renderer, committed):
    edition, snapshot, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    before = numbered(edition)

    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert report.created == ()
    assert report.batch is None  # every PDF is stored already
    assert numbered(edition) == before
    assert CertificateBatch.objects.count() == 1
    assert AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_ISSUED).count() == 6


def test_certificates_issue_rerun_after_revocation_issues_no_replacement(
    contest, organiser, renderer, committed
):
    edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate_revoke(
        certificate=Certificate.objects.get(entry=first), actor=organiser, reason="Nhầm tên."
    )

    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert report.created == ()
    assert Certificate.objects.filter(edition=edition).count() == 6


def test_certificates_issue_continues_numbers_for_a_new_winner(
    contest, organiser, renderer, committed
):
    edition, snapshot, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    for certificate in Certificate.objects.filter(edition=edition):
        certificate_revoke(certificate=certificate, actor=organiser, reason="Kết quả sửa đổi.")
    third = EligibleEntryFactory(edition=edition, owner__full_name="Vũ Đình Trọng")
    snapshot_2 = result_snapshot(edition=edition, winners=[(third, "Giải Ba")], published=False)
    snapshot.published_at = None
    snapshot.save(update_fields=["published_at"])
    snapshot_2.published_at = snapshot.created_at
    snapshot_2.save(update_fields=["published_at"])

    report = committed(certificates_issue, snapshot=snapshot_2, actor=organiser)

    assert [(c.number, c.recipient_name) for c in report.created] == [(7, "Vũ Đình Trọng")]


def test_certificates_issue_unpublished_snapshot_refused(contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    snapshot.published_at = None
    snapshot.save(update_fields=["published_at"])

    with pytest.raises(ValidationError) as caught:
        committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert caught.value.code == "unpublished"
    assert Certificate.objects.count() == 0
    assert renderer.calls == []


def test_certificates_issue_without_signer_refused(contest, organiser, renderer, committed):
    edition, snapshot, *_ = contest
    edition.certificate_settings.delete()

    with pytest.raises(ValidationError) as caught:
        committed(certificates_issue, snapshot=snapshot, actor=organiser)

    assert caught.value.code == "no_settings"
    assert Certificate.objects.count() == 0


def test_certificates_issue_refused_while_another_version_has_valid_ones(
    contest, organiser, renderer, committed
):
    edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    snapshot.published_at = None
    snapshot.save(update_fields=["published_at"])
    snapshot_2 = result_snapshot(edition=edition, winners=[(first, "Giải Nhất")])

    with pytest.raises(ValidationError) as caught:
        committed(certificates_issue, snapshot=snapshot_2, actor=organiser)

    assert caught.value.code == "other_version"
    assert Certificate.objects.filter(snapshot=snapshot_2).count() == 0


def test_certificates_issue_logged_per_certificate(contest, organiser, renderer, committed):
    _edition, snapshot, first, *_ = contest

    committed(certificates_issue, snapshot=snapshot, actor=organiser)

    events = AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_ISSUED).order_by("pk")
    assert [e.after["number"] for e in events] == [f"{n:02d}/GCN-BTC" for n in range(1, 7)]
    assert {e.actor_id for e in events} == {organiser.pk}
    assert events[0].entry_id == first.pk
    assert events[0].round_id == snapshot.round_id


def test_certificate_one_valid_per_author_enforced_by_database(
    contest, organiser, renderer, committed
):
    _edition, snapshot, first, _second, group = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    personal = Certificate.objects.get(entry=first)
    collective = Certificate.objects.get(entry=group, author__isnull=True)

    for original, number in ((personal, 90), (collective, 91)):
        copy = Certificate.objects.get(pk=original.pk)
        copy.pk, copy.number, copy.serial, copy.pdf_name = None, number, new_serial(), ""
        with pytest.raises(IntegrityError), transaction.atomic():
            copy.save()


def test_certificate_number_unique_in_edition_enforced_by_database(
    contest, organiser, renderer, committed
):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate_revoke(
        certificate=Certificate.objects.get(entry=first), actor=organiser, reason="Thử."
    )
    copy = Certificate.objects.get(entry=first)
    copy.pk, copy.serial = None, new_serial()
    copy.status, copy.revoked_at, copy.revoked_by, copy.revoked_reason = "valid", None, None, ""

    with pytest.raises(IntegrityError), transaction.atomic():
        copy.save()


# Serials and the verification URL -------------------------------------------------------------


def test_certificate_serial_has_128_random_bits_in_base32():
    serials = {new_serial() for _ in range(200)}

    assert len(serials) == 200
    assert all(SERIAL_RE.match(s) for s in serials)
    assert {len(s) for s in serials} == {26}  # 26 base32 characters carry 130 bits


def test_normalise_serial_accepts_typing_variants():
    serial = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    assert normalise_serial("abcd-efgh ijkl-mnop-qrst-uvwx-yz") == serial
    assert normalise_serial(" AB0D-EFGH-1JKL-MNOP-QRST-UVWX-YZ ") == "ABODEFGHIJKLMNOPQRSTUVWXYZ"
    assert normalise_serial("8") == "B"


def test_certificate_verify_url_is_absolute_and_unprefixed(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://cuocthi.hanoi.gov.vn/"

    with translation.override("en"):
        url = certificate_verify_url(serial="ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    assert url == "https://cuocthi.hanoi.gov.vn/xac-minh/ABCDEFGHIJKLMNOPQRSTUVWXYZ/"


# Revoking and reissuing -----------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   "])
def test_certificate_revoke_without_reason_refused(contest, organiser, renderer, reason, committed):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate = Certificate.objects.get(entry=first)

    with pytest.raises(ValidationError) as caught:
        certificate_revoke(certificate=certificate, actor=organiser, reason=reason)

    assert caught.value.code == "reason"
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert not AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_REVOKED).exists()


def test_certificate_revoke_with_reason_logged(contest, organiser, renderer, committed):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate = Certificate.objects.get(entry=first)

    certificate_revoke(certificate=certificate, actor=organiser, reason="  Trùng giải.  ")

    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_by, certificate.revoked_reason) == (
        CertificateStatus.REVOKED,
        organiser,
        "Trùng giải.",
    )
    assert certificate.revoked_at is not None
    event = AuditEvent.objects.get(action=AuditAction.CERTIFICATE_REVOKED)
    assert (event.actor, event.entry_id, event.reason) == (organiser, first.pk, "Trùng giải.")
    assert (event.before["status"], event.after["status"]) == ("valid", "revoked")
    assert event.after["serial"] == certificate.serial


def test_certificate_revoke_twice_refused(contest, organiser, renderer, committed):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate = Certificate.objects.get(entry=first)
    certificate_revoke(certificate=certificate, actor=organiser, reason="Lần một.")

    with pytest.raises(ValidationError) as caught:
        certificate_revoke(certificate=certificate, actor=organiser, reason="Lần hai.")

    assert caught.value.code == "revoked"
    assert AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_REVOKED).count() == 1


def test_certificate_reissue_without_reason_refused(contest, organiser, renderer, committed):
    edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate = Certificate.objects.get(entry=first)

    with pytest.raises(ValidationError) as caught:
        committed(certificate_reissue, certificate=certificate, actor=organiser, reason=" ")

    assert caught.value.code == "reason"
    assert Certificate.objects.filter(edition=edition).count() == 6


def test_certificate_reissue_revokes_old_and_issues_new_number_and_serial(
    contest, organiser, renderer, committed
):
    _edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    old = Certificate.objects.get(entry=first)
    author = old.author
    author.full_name = "Nguyễn Văn Ân"  # the misspelling the reissue corrects
    author.save()

    new = committed(
        certificate_reissue, certificate=old, actor=organiser, reason="Sai dấu trong tên."
    )

    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.status, old.revoked_reason) == (CertificateStatus.REVOKED, "Sai dấu trong tên.")
    assert (new.number, new.status, new.replaces_id) == (7, CertificateStatus.VALID, old.pk)
    assert new.serial != old.serial
    assert (new.recipient_name, new.author_id, new.prize) == ("Nguyễn Văn Ân", author.pk, old.prize)
    assert new.pdf_name != ""  # rendered and stored like any other
    reissued = AuditEvent.objects.get(action=AuditAction.CERTIFICATE_REISSUED)
    assert (reissued.before["number"], reissued.after["number"]) == ("01/GCN-BTC", "07/GCN-BTC")
    assert reissued.reason == "Sai dấu trong tên."
    assert AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_REVOKED).count() == 1


def test_certificate_reissue_twice_refused(contest, organiser, renderer, committed):
    edition, snapshot, first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    old = Certificate.objects.get(entry=first)
    committed(certificate_reissue, certificate=old, actor=organiser, reason="Lần một.")

    with pytest.raises(ValidationError) as caught:
        committed(certificate_reissue, certificate=old, actor=organiser, reason="Lần hai.")

    assert caught.value.code == "replaced"
    assert Certificate.objects.filter(edition=edition).count() == 7


def test_certificate_reissue_of_group_certificate_keeps_it_a_group_one(
    contest, organiser, renderer, committed
):
    _edition, snapshot, _first, _second, group = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    old = Certificate.objects.get(entry=group, author__isnull=True)

    new = committed(certificate_reissue, certificate=old, actor=organiser, reason="In lại.")

    assert (new.author_id, new.recipient_name) == (None, group_name(GROUP))


# Rendering in batches --------------------------------------------------------------------------


def test_certificate_batch_one_failure_does_not_stop_the_batch(
    contest, organiser, renderer, committed
):
    _edition, snapshot, _first, second, _group = contest
    renderer.fail_for = {"Đặng Quốc Bảo"}

    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)

    batch = CertificateBatch.objects.get(pk=report.batch.pk)
    assert (batch.status, batch.total, batch.done, batch.failed) == (BatchStatus.FAILED, 6, 5, 1)
    failed = Certificate.objects.get(entry=second)
    assert (failed.pdf_name, failed.render_error) == (
        "",
        "RuntimeError: font missing for Đặng Quốc Bảo",
    )
    stored = Certificate.objects.exclude(pk=failed.pk)
    assert [c.pdf_name != "" for c in stored] == [True] * 5
    assert batch.finished_at is not None


def test_certificate_batch_rerun_retries_only_failed(contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    renderer.fail_for = {"Đặng Quốc Bảo"}
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    stored_before = dict(Certificate.objects.exclude(pdf_name="").values_list("pk", "pdf_name"))
    renderer.fail_for, renderer.calls = set(), []

    committed(certificate_batch_retry, batch=report.batch, actor=organiser)

    assert renderer.calls == ["Đặng Quốc Bảo"]
    batch = CertificateBatch.objects.get(pk=report.batch.pk)
    assert (batch.status, batch.done, batch.failed) == (BatchStatus.FINISHED, 6, 0)
    after = dict(Certificate.objects.values_list("pk", "pdf_name"))
    assert {pk: after[pk] for pk in stored_before} == stored_before  # kept, not rebuilt
    assert Certificate.objects.filter(pdf_name="").count() == 0
    assert Certificate.objects.exclude(render_error="").count() == 0


def test_certificate_batch_rerun_skips_already_stored(contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    renderer.calls = []

    batch = certificate_batch_render(batch_id=report.batch.pk)

    assert renderer.calls == []
    assert (batch.status, batch.total, batch.done, batch.failed) == (BatchStatus.FINISHED, 6, 6, 0)


def test_certificate_batch_progress_saved_after_each_chunk(
    contest, organiser, renderer, monkeypatch, committed
):
    _edition, snapshot, *_ = contest
    monkeypatch.setattr(service, "CHUNK_SIZE", 2)

    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)

    # What the organiser's page would have read as each chunk started.
    assert renderer.progress == [(0, 0), (2, 0), (4, 0)]
    batch = CertificateBatch.objects.get(pk=report.batch.pk)
    assert (batch.done, batch.total) == (6, 6)


def test_certificate_batch_skips_certificates_revoked_before_rendering(
    contest, organiser, renderer, django_capture_on_commit_callbacks
):
    _edition, snapshot, first, *_ = contest
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = certificates_issue(snapshot=snapshot, actor=organiser)
    certificate_revoke(
        certificate=Certificate.objects.get(entry=first), actor=organiser, reason="Rút giải."
    )
    assert len(callbacks) == 1

    callbacks[0]()  # the queued rendering runs now

    batch = CertificateBatch.objects.get(pk=report.batch.pk)
    assert (batch.status, batch.total, batch.done, batch.failed) == (BatchStatus.FINISHED, 5, 5, 0)
    assert "Nguyễn Văn An" not in renderer.calls


def test_certificate_batch_retry_of_active_batch_refused(contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    report = committed(certificates_issue, snapshot=snapshot, actor=organiser)
    CertificateBatch.objects.filter(pk=report.batch.pk).update(status=BatchStatus.QUEUED)

    with pytest.raises(ValidationError) as caught:
        committed(certificate_batch_retry, batch=report.batch, actor=organiser)

    assert caught.value.code == "active"


def test_certificate_batch_renders_real_pdf_a_with_check_url(
    contest, organiser, settings, committed
):
    settings.WAGTAILADMIN_BASE_URL = "https://cuocthi.example.vn"
    edition, snapshot, first, *_ = contest
    # Only the first winner, so the test renders one real certificate.
    snapshot_1 = result_snapshot(edition=edition, winners=[(first, "Giải Nhất")], published=False)
    snapshot.published_at = None
    snapshot.save(update_fields=["published_at"])
    snapshot_1.published_at = snapshot.created_at
    snapshot_1.save(update_fields=["published_at"])

    committed(certificates_issue, snapshot=snapshot_1, actor=organiser)

    certificate = Certificate.objects.get()
    with certificate_open(certificate=certificate) as stored:
        pdf = stored.read()
    reader = PdfReader(io.BytesIO(pdf))
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in metadata
    assert b'pdfaid:conformance="B"' in metadata
    text = reader.pages[0].extract_text()
    assert "Nguyễn Văn An" in text
    assert "01/GCN-BTC" in text
    assert certificate.display_serial in text
    assert f"https://cuocthi.example.vn/xac-minh/{certificate.serial}/" in text.replace("\n", "")
    assert (certificate.pdf_size, len(certificate.pdf_sha256)) == (len(pdf), 64)


# Files ---------------------------------------------------------------------------------------


def test_certificate_filename_ascii_with_number_and_folded_name(
    contest, organiser, renderer, committed
):
    _edition, snapshot, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)

    names = [certificate_filename(c) for c in Certificate.objects.order_by("number")]

    assert names == [
        "gcn-01-nguyen-van-an.pdf",
        "gcn-02-dang-quoc-bao.pdf",
        names[2],
        "gcn-04-le-thi-hong-nhung.pdf",
        "gcn-05-tran-thi-binh.pdf",
        "gcn-06-pham-minh-chau.pdf",
    ]
    assert names[2].startswith("gcn-03-") and names[2].isascii() and len(names[2]) <= 71


def test_certificates_zip_holds_every_stored_pdf(contest, organiser, renderer, committed):
    _edition, snapshot, _first, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificates = list(Certificate.objects.order_by("number"))

    archive = zipfile.ZipFile(io.BytesIO(b"".join(certificates_zip(certificates))))

    assert archive.namelist() == [certificate_filename(c) for c in certificates]
    for certificate in certificates:
        with certificate_open(certificate=certificate) as stored:
            assert archive.read(certificate_filename(certificate)) == stored.read()
    assert archive.testzip() is None


def test_certificate_open_unrendered_raises(contest, organiser, renderer, committed):
    _edition, snapshot, first, *_ = contest
    renderer.fail_for = {"Nguyễn Văn An"}
    committed(certificates_issue, snapshot=snapshot, actor=organiser)

    with pytest.raises(FileNotFoundError):
        certificate_open(certificate=Certificate.objects.get(entry=first))
