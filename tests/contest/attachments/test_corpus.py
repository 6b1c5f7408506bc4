"""The hostile corpus through the real upload view as the entrant, then each accepted file's
judges' copy downloaded as the assigned judge and searched for the planted identity."""

import io
import re
import unicodedata
import zipfile

import defusedxml.ElementTree as SafeET
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from contest.attachments.mentions import fold_aligned
from contest.enums import EntryEventKind, EntryStatus, Role
from contest.models import Attachment, Entry, EntryEvent
from contest.services import entries as entry_services
from tests.contest.attachments import hostile
from tests.factories import AgencyFactory, EditionFactory, EntryFactory, UserFactory
from tests.factories.judging import AssignmentFactory, RoundFactory

pytestmark = pytest.mark.django_db

DAMAGED_IMAGE = "Hình ảnh bị hỏng hoặc không đọc được."
WORD_BOMB = "Tệp Word khi giải nén có dung lượng lớn bất thường nên không thể chấp nhận."
NOT_A_TYPE = "Tệp không thuộc định dạng PDF, Word (.docx), JPEG, PNG hoặc WebP."
PDF_PASSWORD = "Tệp PDF được đặt mật khẩu hoặc bị hạn chế quyền. Vui lòng gỡ mật khẩu rồi tải lại."
WORD_PASSWORD = "Tệp Word được đặt mật khẩu. Vui lòng gỡ mật khẩu rồi tải lên lại."
# (builder, name sent, role, expected): "cleaned" or the exact refusal shown.
CORPUS = [
    ("pdf_with_everything", "bai.pdf", "writeup", "cleaned"),
    ("pdf_naming_author", "bai.pdf", "writeup", "cleaned"),
    ("docx_with_everything", "bai.docx", "writeup", "cleaned"),
    ("docx_naming_author", "bai.docx", "writeup", "cleaned"),
    ("jpeg_with_identity", "anh.jpg", "illustration", "cleaned"),
    ("png_with_identity", "anh.png", "illustration", "cleaned"),
    ("webp_with_identity", "anh.webp", "illustration", "cleaned"),
    ("pdf_encrypted_aes", "bai.pdf", "writeup", PDF_PASSWORD),
    ("pdf_encrypted_owner_only", "bai.pdf", "writeup", PDF_PASSWORD),
    (
        "docx_password",
        "bai.docx",
        "writeup",
        "Tệp Word được đặt mật khẩu. Vui lòng gỡ mật khẩu rồi tải lên lại.",
    ),
    ("docx_zip_bomb_lying", "bai.docx", "writeup", WORD_BOMB),
    ("docx_with_doctype", "bai.docx", "writeup", "Tệp Word bị hỏng hoặc không đọc được."),
    ("png_truncated", "anh.png", "illustration", DAMAGED_IMAGE),
    ("png_bad_crc", "anh.png", "illustration", DAMAGED_IMAGE),
    ("png_idat_bomb", "anh.png", "illustration", DAMAGED_IMAGE),
    ("webp_truncated", "anh.webp", "illustration", DAMAGED_IMAGE),
    ("jpeg_truncated", "anh.jpg", "illustration", DAMAGED_IMAGE),
    ("html_named_pdf", "bai.pdf", "writeup", NOT_A_TYPE),
    ("polyglot_html_then_pdf", "bai.pdf", "writeup", NOT_A_TYPE),
    ("svg", "anh.svg", "illustration", NOT_A_TYPE),
]
# Planted only in metadata, embedded files, comments and thumbnails (never body text).
METADATA_IDENTITY = (hostile.SECRET, hostile.files.EMAIL, hostile.files.WINDOWS_USER)


@pytest.fixture
def entry(client):
    entry = EntryFactory(edition=EditionFactory(max_writeup_mb=5, max_image_mb=5))
    client.force_login(entry.owner)
    return entry


def _upload(client, entry, name, content, role):
    response = client.post(
        reverse("contest:attachment_upload", args=[entry.public_id]),
        {"role": role, "file": SimpleUploadedFile(name, content)},
        follow=True,
    )
    return [str(message) for message in response.context["messages"]]


def _judges_copy(client, attachment):
    entry = attachment.entry
    Entry.objects.filter(pk=entry.pk).update(status=EntryStatus.ELIGIBLE, number=1, code="ST-0001")
    assignment = AssignmentFactory(
        entry=Entry.objects.get(pk=entry.pk), round=RoundFactory(edition=entry.edition)
    )
    client.force_login(assignment.judge)
    response = client.get(reverse("judging:attachment", args=[assignment.pk, attachment.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    ("builder", "name", "role", "expected"), CORPUS, ids=[c[0] for c in CORPUS]
)
def test_corpus_upload_is_refused_or_reaches_the_judge_clean(
    client, entry, builder, name, role, expected
):
    content = getattr(hostile, builder)()
    messages = _upload(client, entry, name, content, role)
    if expected != "cleaned":
        assert messages == [expected]
        assert Attachment.objects.count() == 0
        return
    assert messages == ["Đã tải tệp lên."]
    copy = _judges_copy(client, Attachment.objects.get())
    plain = hostile.plain_bytes(copy)
    assert [secret for secret in METADATA_IDENTITY if secret.encode() in plain] == []
    for marker in (b"/EmbeddedFile", b"/JavaScript", b"thumbnail", b"Exif", b"xmpmeta"):
        assert marker not in plain
    if role == "illustration":
        Image.open(io.BytesIO(copy)).verify()


def test_corpus_empty_file_has_its_own_message(client, entry):
    messages = _upload(client, entry, "bai.pdf", b"", "writeup")
    assert messages == [
        "Tệp trống (0 byte). Vui lòng kiểm tra tệp đã được lưu đầy đủ rồi tải lên lại."
    ]


def test_corpus_nfd_file_name_is_stored_composed(client, entry):
    decomposed = unicodedata.normalize("NFD", "Thuyết minh.pdf")
    _upload(client, entry, decomposed, hostile.pdf_naming_author(), "writeup")
    assert Attachment.objects.get().original_name == "Thuyết minh.pdf"


def _folded_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", fold_aligned(text)))


def _body_text(kind: str, content: bytes) -> str:
    """What a judge reads in the file, re-read without any of our code."""
    if kind == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    w = f"{{{hostile.files.W_NS}}}"
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        root = SafeET.fromstring(archive.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p"))


@pytest.mark.parametrize(
    ("builder", "name", "kept", "action"),
    [
        ("pdf_naming_author", "bai.pdf", ["Sang kien cai cach", "va cong su", "Co quan:"], "files"),
        ("pdf_naming_author", "bai.pdf", ["Sang kien cai cach", "va cong su"], "auto"),
        ("pdf_naming_author_weasyprint", "bai.pdf", ["Phần còn lại giữ nguyên."], "files"),
        ("docx_naming_author", "bai.docx", ["Sáng kiến cải cách", ", trưởng phòng."], "files"),
        ("docx_naming_author", "bai.docx", ["Sáng kiến cải cách"], "auto"),
    ],
)
def test_corpus_secretariat_redaction_reaches_the_judge_without_the_names(
    client, builder, name, kept, action
):
    owner = UserFactory(full_name=hostile.AUTHOR, agency=AgencyFactory(name=hostile.AGENCY))
    entry = EntryFactory(owner=owner, edition=EditionFactory(max_writeup_mb=5))
    client.force_login(owner)
    sent = getattr(hostile, builder)()
    assert _upload(client, entry, name, sent, "writeup") == ["Đã tải tệp lên."]
    entry_services.entry_submit(entry=entry, user=owner, notify=False)
    secretary = UserFactory(role=Role.SECRETARIAT)
    client.force_login(secretary)
    detail = reverse("contest:screening_detail", args=[entry.public_id])
    before = client.get(detail)
    assert [check.redacted for check in before.context["file_mentions"]] == [False]
    assert "Xoá những chỗ này khỏi bản của giám khảo" in before.content.decode()

    response = client.post(
        reverse("contest:screening_redact", args=[entry.public_id]), {action: "1"}, follow=True
    )
    shown = [str(m) for m in response.context["messages"]]
    assert f"{name}: đã xoá" in shown[-1]
    assert shown[-1].endswith("Kiểm tra lại: không còn chỗ nào.")
    assert EntryEvent.objects.filter(
        entry=entry, kind=EntryEventKind.FILES_REDACTED, actor=secretary
    ).exists()
    after = client.get(detail)
    (check,) = after.context["file_mentions"]
    assert (check.redacted, check.mentions, check.notices) == (True, [], [])
    assert "Kiểm tra lại: không còn chỗ nào nêu tên tác giả hay đơn vị." in after.content.decode()

    attachment = Attachment.objects.get()
    copy = _judges_copy(client, attachment)
    text = _body_text(attachment.kind, copy)
    folded = _folded_words(text)
    for term in (hostile.AUTHOR, hostile.AGENCY):
        assert _folded_words(term) not in folded
    for piece in kept:
        assert piece in text
    # The entrant's own file is untouched.
    client.force_login(owner)
    original = client.get(reverse("contest:attachment_download", args=[attachment.pk]))
    assert b"".join(original.streaming_content) == sent


def test_corpus_redaction_says_what_it_could_not_remove(client):
    owner = UserFactory(full_name=hostile.AUTHOR, agency=AgencyFactory(name=hostile.AGENCY))
    entry = EntryFactory(owner=owner, edition=EditionFactory(max_writeup_mb=5))
    client.force_login(owner)
    _upload(client, entry, "bai.pdf", hostile.pdf_naming_author_in_cjk_font(), "writeup")
    entry_services.entry_submit(entry=entry, user=owner, notify=False)
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    response = client.post(
        reverse("contest:screening_redact", args=[entry.public_id]), {"files": "1"}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == [
        "bai.pdf: đã xoá 0 chỗ nêu tên tác giả hoặc đơn vị khỏi bản của giám khảo. Kiểm tra "
        "lại: vẫn còn 1 chỗ; xem trang kiểm tra hồ sơ."
    ]
    page = client.get(reverse("contest:screening_detail", args=[entry.public_id]))
    body = page.content.decode()
    assert (
        "bai.pdf, trang 1: “Nguyễn Văn A” — <q>Tac gia: Nguyen Van A</q> — không xoá tự động "
        "được: chữ dùng phông chữ mà máy không đọc được ký tự" in body
    )
    assert "Phần không xoá tự động được cần một tệp mới" in body


def test_corpus_redaction_of_a_scan_says_the_picture_still_shows_the_name(client):
    owner = UserFactory(full_name=hostile.AUTHOR, agency=AgencyFactory(name=hostile.AGENCY))
    entry = EntryFactory(owner=owner, edition=EditionFactory(max_writeup_mb=5))
    client.force_login(owner)
    _upload(client, entry, "bai.pdf", hostile.pdf_scan_with_text_layer(), "writeup")
    entry_services.entry_submit(entry=entry, user=owner, notify=False)
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    client.post(reverse("contest:screening_redact", args=[entry.public_id]), {"files": "1"})
    body = client.get(reverse("contest:screening_detail", args=[entry.public_id])).content.decode()
    assert (
        "Kiểm tra lại: không còn chữ nào nêu tên tác giả hay đơn vị, nhưng cần trực tiếp xem "
        "lại những chỗ sau:" in body
    )
    assert (
        "bai.pdf, trang 1: “Nguyễn Văn A” — không xoá tự động được: trang này là ảnh có lớp "
        "chữ ẩn; lớp chữ ẩn đã được xoá nhưng ảnh vẫn hiện tên" in body
    )
