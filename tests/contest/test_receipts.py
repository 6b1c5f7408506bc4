"""The entry receipt as a Vietnamese administrative document, read back from the PDF."""

import datetime
import hashlib
import io
import re
import zoneinfo

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from pypdf import PdfReader

from contest.models import Receipt
from contest.receipts import receipt_pdf
from contest.services import entries as services
from contest.services.receipts import receipt_issue
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
ARRIVED = datetime.datetime(2026, 12, 3, 9, 15, 30, 250_000, tzinfo=HANOI)


def _edition(**kwargs):
    defaults = {
        "code_prefix": "CCHC2026",
        "submission_opens_at": datetime.datetime(2026, 11, 1, 8, 0, tzinfo=HANOI),
        "submission_closes_at": datetime.datetime(2026, 12, 31, 17, 0, tzinfo=HANOI),
        "judging_starts_at": datetime.datetime(2027, 1, 10, 8, 0, tzinfo=HANOI),
        "document_issuer_parent": "Ủy ban nhân dân\nThành phố Hà Nội",
        "document_issuer": "Ban Tổ chức Cuộc thi",
        "document_place": "Hà Nội",
        "receipt_signer": "TM. Ban Tổ chức\nTổ Thư ký",
    }
    return EditionFactory(**{**defaults, **kwargs})


def _submitted(edition, *, files=2):
    entry = EntryFactory(edition=edition)
    for n in range(files):
        attachment = add_writeup_row(entry, name=f"thuyet-minh-{n}.pdf")
        attachment.sha256 = hashlib.sha256(f"tệp {n}".encode()).hexdigest()
        attachment.save()
    services.entry_submit(entry=entry, user=entry.owner, at=ARRIVED, notify=False)
    return entry


def _lines(pdf: bytes) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.fixture
def lines():
    entry = _submitted(_edition())
    return _lines(receipt_pdf(receipt=entry.receipts.get()))


def test_receipt_issuer_breaks_only_between_its_lines(lines):
    text = "\n".join(lines)
    assert "ỦY BAN NHÂN DÂN" in text
    assert "THÀNH PHỐ HÀ NỘI" in text
    assert "BAN TỔ CHỨC CUỘC THI" in text
    assert not any(line.endswith("THÀNH") for line in lines)
    assert not any(line.startswith("PHỐ HÀ NỘI") for line in lines)


def test_receipt_has_motto_number_place_date_and_signature_block(lines):
    text = "\n".join(lines)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/PTN-CCHC2026",
        "Hà Nội, ngày 03 tháng 12 năm 2026",
        "PHIẾU TIẾP NHẬN BÀI DỰ THI",
        "09:15:30 03/12/2026 (UTC+7)",
        "TỔ THƯ KÝ",
        "Biên nhận điện tử — không cần chữ ký",
    ):
        assert expected in text, expected


def test_receipt_hash_lines_never_shorter_than_a_group(lines):
    hex_lines = [line for line in lines if re.fullmatch(r"(SHA-256:\s*)?[0-9a-f ]+", line)]
    groups = [g for line in hex_lines for g in line.removeprefix("SHA-256:").split()]

    assert hex_lines
    assert all(len(line.removeprefix("SHA-256:").strip()) >= 8 for line in hex_lines)
    assert "".join(groups) == "".join(
        hashlib.sha256(f"tệp {n}".encode()).hexdigest() for n in range(2)
    )


def test_receipt_place_comes_from_the_edition():
    entry = _submitted(_edition(document_place="Hải Phòng", code_prefix="HP2026"), files=1)

    text = "\n".join(_lines(receipt_pdf(receipt=entry.receipts.get())))

    assert "Hải Phòng, ngày 03 tháng 12 năm 2026" in text
    assert "Hà Nội, ngày" not in text


def test_receipt_without_signer_says_electronic():
    entry = _submitted(_edition(receipt_signer="", code_prefix="NS2026"), files=1)

    text = "\n".join(_lines(receipt_pdf(receipt=entry.receipts.get())))

    assert "Biên nhận điện tử — không cần chữ ký" in text


def test_receipt_numbers_follow_each_other_per_edition():
    edition, other = _edition(), _edition(code_prefix="KHAC2026")
    first, second = _submitted(edition, files=1), _submitted(edition, files=1)
    elsewhere = _submitted(other, files=1)

    numbers = [e.receipts.get().number_text for e in (first, second, elsewhere)]

    assert numbers == ["01/PTN-CCHC2026", "02/PTN-CCHC2026", "01/PTN-KHAC2026"]


def test_receipt_number_unique_in_edition_by_constraint():
    entry = _submitted(_edition(), files=1)
    receipt = entry.receipts.get()

    with pytest.raises(IntegrityError), transaction.atomic():
        Receipt.objects.create(
            edition=receipt.edition,
            entry=entry,
            number=receipt.number,
            number_suffix=receipt.number_suffix,
            received_at=ARRIVED,
        )


def test_receipt_keeps_what_was_received_after_edits():
    entry = _submitted(_edition(), files=1)
    receipt = entry.receipts.get()
    entry.attachments.update(sha256="f" * 64)
    entry.title = "Tên mới"
    entry.save()

    receipt.refresh_from_db()
    text = "\n".join(_lines(receipt_pdf(receipt=receipt)))

    assert "Tên mới" not in text
    assert "ffffffff" not in text


def test_receipt_pdf_view_serves_the_latest_receipt(client):
    entry = _submitted(_edition(), files=1)
    client.force_login(entry.owner)

    response = client.get(reverse("contest:entry_receipt_pdf", args=[entry.public_id]))

    assert response.status_code == 200
    assert "Số: 01/PTN-CCHC2026" in "\n".join(_lines(response.content))


def test_receipt_issued_on_request_for_entry_submitted_before_receipts(client):
    entry = _submitted(_edition(), files=1)
    entry.receipts.all().delete()
    client.force_login(entry.owner)

    response = client.get(reverse("contest:entry_receipt_pdf", args=[entry.public_id]))

    assert response.status_code == 200
    assert entry.receipts.get().received_at == ARRIVED


def test_receipt_issue_freezes_files_with_hashes():
    entry = EntryFactory(edition=_edition())
    add_writeup_row(entry)

    receipt = receipt_issue(entry=entry, received_at=ARRIVED)

    assert [f["sha256"] for f in receipt.content["files"]] == ["0" * 64]
