import hashlib
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from contest.attachments import AttachmentKind, CleanedFile, validate_and_clean
from tests.contest.attachments import files

ALL_KINDS = frozenset(AttachmentKind)
MB = 1024 * 1024


def _validate(data, *, filename="tep", allowed=ALL_KINDS, max_bytes=10 * MB):
    return validate_and_clean(
        data=data, filename=filename, allowed_kinds=allowed, max_bytes=max_bytes
    )


def test_validate_and_clean_png_named_pdf_is_a_png():
    original = files.image_bytes("PNG")
    cleaned = _validate(original, filename="x.pdf")
    assert cleaned.kind is AttachmentKind.PNG
    assert (cleaned.extension, cleaned.content_type) == ("png", "image/png")


def test_validate_and_clean_png_named_pdf_is_refused_where_only_pdf_is_allowed():
    with translation.override("en"):
        with pytest.raises(ValidationError) as raised:
            _validate(files.image_bytes("PNG"), filename="x.pdf", allowed={AttachmentKind.PDF})
        assert raised.value.messages == [
            "PNG image files are not accepted here. Accepted types: PDF."
        ]
    assert raised.value.code == "unsupported_type"


def test_validate_and_clean_html_named_jpg_is_refused():
    html = b"<html><body><script>document.location='https://evil.example'</script></body></html>"
    with pytest.raises(ValidationError) as raised:
        _validate(html, filename="anh.jpg")
    assert raised.value.code == "unsupported_type"
    assert raised.value.params == {"name": "anh.jpg"}


def test_validate_and_clean_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    with pytest.raises(ValidationError) as raised:
        _validate(svg, filename="logo.svg")
    assert raised.value.code == "unsupported_type"


def test_validate_and_clean_xlsx_is_refused():
    with pytest.raises(ValidationError) as raised:
        _validate(files.xlsx_bytes(), filename="bang-tinh.docx")
    assert raised.value.code == "unsupported_type"


def test_validate_and_clean_oversized_stream_is_refused_before_it_is_read_whole():
    upload = io.BytesIO(files.image_bytes("PNG") + b"\0" * (5 * MB))
    with pytest.raises(ValidationError) as raised:
        _validate(upload, max_bytes=MB)
    assert raised.value.code == "too_large"
    assert upload.tell() == MB + 1


def test_validate_and_clean_refusal_names_the_file_without_its_client_path():
    with pytest.raises(ValidationError) as raised:
        _validate(b"", filename="C:\\Users\\nguyenvana\\Desktop\\y-tuong.pdf")
    assert raised.value.code == "empty"
    assert raised.value.params == {"name": "y-tuong.pdf"}


def test_validate_and_clean_encrypted_pdf_is_refused():
    with pytest.raises(ValidationError) as raised:
        _validate(files.encrypted_pdf_bytes(), filename="y-tuong.pdf")
    assert raised.value.code == "encrypted"


def test_validate_and_clean_corrupt_jpeg_is_refused():
    original = files.image_bytes("JPEG", size=(64, 64))
    with pytest.raises(ValidationError) as raised:
        _validate(original[: len(original) // 2], filename="anh.jpg")
    assert raised.value.code == "corrupt"


def test_validate_and_clean_pdf_keeps_the_original_for_the_entrant():
    original = files.pdf_bytes()
    cleaned = _validate(io.BytesIO(original), filename="y-tuong.pdf")
    assert cleaned.content == original
    assert files.AUTHOR.encode("utf-16-be") not in cleaned.anonymised_content
    assert cleaned.anonymised_content != original


def test_validate_and_clean_docx_keeps_the_original_for_the_entrant():
    original = files.docx_bytes(identifying=True)
    cleaned = _validate(original, filename="y-tuong.docx")
    assert cleaned.content == original
    assert cleaned.kind is AttachmentKind.DOCX
    assert cleaned.content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_validate_and_clean_image_copies_are_the_same_clean_image():
    original = files.jpeg_with_gps()
    cleaned = _validate(original, filename="anh.jpg")
    assert cleaned.content == cleaned.anonymised_content
    assert b"Exif" not in cleaned.content
    with Image.open(io.BytesIO(cleaned.content)) as image:
        assert dict(image.getexif()) == {}


@pytest.mark.parametrize(
    "original",
    [files.pdf_bytes(), files.docx_bytes(), files.jpeg_with_gps()],
    ids=["pdf", "docx", "jpeg"],
)
def test_validate_and_clean_sha256_and_size_describe_the_upload(original):
    cleaned = _validate(original)
    assert cleaned.sha256 == hashlib.sha256(original).hexdigest()
    assert cleaned.size == len(original)


def test_validate_and_clean_result_is_frozen():
    cleaned = _validate(files.image_bytes("PNG"))
    assert isinstance(cleaned, CleanedFile)
    with pytest.raises(AttributeError):
        cleaned.kind = AttachmentKind.PDF


def test_validate_and_clean_docx_zip_bomb_is_refused_after_reading_only_content_types(
    monkeypatch,
):
    package = files.docx_with_zeros(name="word/document.xml", size=200 * MB)
    opened = []
    real_open = zipfile.ZipFile.open

    def recording_open(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)
    with pytest.raises(ValidationError) as raised:
        _validate(package, filename="y-tuong.docx")
    assert raised.value.code == "zip_bomb"
    assert opened == ["[Content_Types].xml"]
    assert len(package) < MB
