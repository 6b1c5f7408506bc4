import io

import pytest
from django.core.exceptions import ValidationError

from contest.attachments import AttachmentKind, sniff
from tests.contest.attachments import files

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (files.pdf_bytes(author=None), AttachmentKind.PDF),
        (files.docx_bytes(), AttachmentKind.DOCX),
        (files.image_bytes("JPEG"), AttachmentKind.JPEG),
        (files.image_bytes("PNG"), AttachmentKind.PNG),
        (files.image_bytes("WEBP"), AttachmentKind.WEBP),
    ],
)
def test_sniff_recognises_each_accepted_kind(data, kind):
    assert sniff(data=data) is kind


def test_sniff_macro_document_is_still_word():
    # So that the refusal explains macros instead of calling the file unsupported.
    assert sniff(data=files.docx_bytes(main_type=files.DOCM_MAIN)) is AttachmentKind.DOCX


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<?xml version="1.0"?><root/>',
        b"MZ\x90\x00\x03\x00\x00\x00" + b"\0" * 56 + b"PE\0\0",
        b"\x7fELF\x02\x01\x01" + b"\0" * 57,
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b"Rar!\x1a\x07\x01\x00",
        b" %PDF-1.7\n",  # leading junk, as in HTML-then-PDF polyglots
        b"plain text",
    ],
    ids=["html", "svg", "xml", "windows-exe", "elf", "gif", "rar", "offset-pdf", "text"],
)
def test_sniff_other_content_is_unsupported(data):
    with pytest.raises(ValidationError) as raised:
        sniff(data=data)
    assert raised.value.code == "unsupported_type"


@pytest.mark.parametrize(
    "data",
    [
        files.xlsx_bytes(),
        files.zip_bytes({"word/document.xml": "<w:document/>"}),  # no content types
        files.zip_bytes({"readme.txt": "xin chào"}),
    ],
    ids=["xlsx", "word-folder-without-content-types", "plain-zip"],
)
def test_sniff_zip_that_is_not_a_word_document_is_unsupported(data):
    with pytest.raises(ValidationError) as raised:
        sniff(data=data)
    assert raised.value.code == "unsupported_type"


def test_sniff_word_template_is_unsupported():
    template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    with pytest.raises(ValidationError) as raised:
        sniff(data=files.docx_bytes(main_type=template))
    assert raised.value.code == "unsupported_type"


def test_sniff_legacy_office_file_is_unsupported():
    with pytest.raises(ValidationError) as raised:
        sniff(data=OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le"))
    assert raised.value.code == "unsupported_type"


def test_sniff_password_protected_docx_is_encrypted():
    with pytest.raises(ValidationError) as raised:
        sniff(data=OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le"))
    assert raised.value.code == "encrypted"


def test_sniff_file_object_is_left_where_it_was():
    upload = io.BytesIO(files.image_bytes("PNG"))
    upload.seek(5)
    assert sniff(data=upload) is AttachmentKind.PNG
    assert upload.tell() == 5
