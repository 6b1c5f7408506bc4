"""Hostile uploads through the real view: each refused with a Vietnamese message, nothing kept."""

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from contest.demo import demo_pdf
from contest.enums import Role
from contest.models import Attachment
from contest.services import entries as services
from tests.contest.attachments import files
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db


def _upload(client, entry, name, content, role="writeup"):
    return client.post(
        reverse("contest:attachment_upload", args=[entry.public_id]),
        {"role": role, "file": SimpleUploadedFile(name, content)},
        follow=True,
    )


def _messages(response):
    return [str(m) for m in response.context["messages"]]


@pytest.fixture
def entry(client):
    entry = EntryFactory(edition=EditionFactory(max_writeup_mb=1, max_image_mb=1))
    client.force_login(entry.owner)
    return entry


def test_upload_pdf_is_stored_privately_with_hash(client, entry):
    content = demo_pdf()
    response = _upload(client, entry, "../../etc/Thuyết minh.pdf", content)
    attachment = Attachment.objects.get()
    assert _messages(response) == ["Đã tải tệp lên."]
    assert attachment.original_name == "Thuyết minh.pdf"
    assert attachment.stored_name != attachment.anonymised_name
    assert "Thuyết" not in attachment.stored_name
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()


def test_upload_strips_author_from_judges_copy(client, entry):
    from django.core.files.storage import storages

    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()
    with storages["private"].open(attachment.anonymised_name) as handle:
        metadata = PdfReader(handle).metadata or {}
    assert "/Author" not in metadata


def test_upload_oversized_file_is_refused(client, entry):
    response = _upload(client, entry, "to.pdf", b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 10))
    assert Attachment.objects.count() == 0
    assert _messages(response) == ["Tệp vượt quá dung lượng cho phép (1,0\xa0MB)."]


def test_upload_html_named_pdf_is_refused(client, entry):
    response = _upload(client, entry, "bai.pdf", b"<html><script>alert(1)</script></html>")
    assert Attachment.objects.count() == 0
    assert _messages(response) == [
        "Tệp không thuộc định dạng PDF, Word (.docx), JPEG, PNG hoặc WebP."
    ]


def test_upload_svg_image_is_refused(client, entry):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = _upload(client, entry, "hinh.svg", svg, role="illustration")
    assert Attachment.objects.count() == 0
    assert response.status_code == 200


def test_upload_docx_zip_bomb_is_refused(client, entry):
    bomb = files.docx_with_zeros(name="word/media/bomb.bin", size=200 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    response = _upload(client, entry, "bom.docx", bomb)
    assert Attachment.objects.count() == 0
    assert "bất thường" in _messages(response)[0]


def test_upload_decompression_bomb_image_is_refused(client, entry):
    buffer = io.BytesIO()
    Image.new("1", (12000, 12000)).save(buffer, "PNG")
    response = _upload(client, entry, "anh.png", buffer.getvalue(), role="illustration")
    assert Attachment.objects.count() == 0
    assert "điểm ảnh" in _messages(response)[0]


def test_upload_image_loses_gps_exif(client, entry):
    from django.core.files.storage import storages

    image = Image.new("RGB", (32, 32))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    _upload(client, entry, "anh.jpg", buffer.getvalue(), role="illustration")
    attachment = Attachment.objects.get()
    with storages["private"].open(attachment.stored_name) as handle:
        assert dict(Image.open(handle).getexif()) == {}


def test_download_by_another_user_is_404(client, entry):
    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()
    client.force_login(UserFactory())
    url = reverse("contest:attachment_download", args=[attachment.pk])
    assert client.get(url).status_code == 404
    anonymised = reverse("contest:attachment_download_anonymised", args=[attachment.pk])
    assert client.get(anonymised).status_code == 404


def test_download_by_owner_is_served_as_attachment(client, entry):
    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()
    response = client.get(reverse("contest:attachment_download", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_receipt_pdf_shows_markup_as_text(client, entry):
    entry.title = '<img src="file:///etc/passwd"> Cải cách'
    entry.save()
    _upload(client, entry, "a.pdf", demo_pdf())
    services.entry_submit(entry=entry, user=entry.owner, notify=False)
    response = client.get(reverse("contest:entry_receipt_pdf", args=[entry.public_id]))
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert '<img src="file:///etc/passwd"> Cải cách' in text
    assert "root:" not in text


@pytest.mark.parametrize("role", [Role.SECRETARIAT, Role.ORGANISER, Role.JUDGE])
def test_download_of_draft_by_staff_is_404(client, entry, role):
    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()
    client.force_login(UserFactory(role=role))

    for name in ("contest:attachment_download", "contest:attachment_download_anonymised"):
        assert client.get(reverse(name, args=[attachment.pk])).status_code == 404


def test_download_of_draft_by_owner_served(client, entry):
    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()

    response = client.get(reverse("contest:attachment_download", args=[attachment.pk]))

    assert response.status_code == 200


def test_download_by_staff_served_once_submitted(client, entry):
    _upload(client, entry, "a.pdf", demo_pdf())
    attachment = Attachment.objects.get()
    services.entry_submit(entry=entry, user=entry.owner, notify=False)
    client.force_login(UserFactory(role=Role.SECRETARIAT))

    for name in ("contest:attachment_download", "contest:attachment_download_anonymised"):
        assert client.get(reverse(name, args=[attachment.pk])).status_code == 200
