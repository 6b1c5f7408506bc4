import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image
from pypdf import PdfReader

from contest.attachments import Limits
from contest.attachments.pdf import check_and_anonymise_pdf
from tests.contest.attachments import files, hostile


def _encodings(text):
    """Every way a PDF writer could store ``text`` in a string or XMP packet."""
    utf16 = text.encode("utf-16-be")
    return [text.encode(), utf16, utf16.hex().encode(), utf16.hex().upper().encode()]


def test_check_and_anonymise_pdf_removes_author_from_info_and_xmp():
    original = files.pdf_bytes()
    anonymised = check_and_anonymise_pdf(content=original, limits=Limits())
    reader = PdfReader(io.BytesIO(anonymised))
    assert reader.metadata is None
    assert reader.xmp_metadata is None
    assert "/Metadata" not in reader.root_object
    for text in (files.AUTHOR, files.AGENCY):
        assert [form for form in _encodings(text) if form in anonymised] == []
    # The fixture really carried the author, in a form pypdf reads back.
    assert PdfReader(io.BytesIO(original)).metadata.author == files.AUTHOR


def test_check_and_anonymise_pdf_removes_scripts_and_comments():
    anonymised = check_and_anonymise_pdf(content=files.pdf_bytes(active=True), limits=Limits())
    reader = PdfReader(io.BytesIO(anonymised))
    root = reader.root_object
    page = reader.pages[0]
    assert "/OpenAction" not in root
    assert "/JavaScript" not in root["/Names"]
    assert "/AA" not in page
    assert list(page["/Annots"]) == []
    assert b"app.alert" not in anonymised
    assert [form for form in _encodings(files.AUTHOR) if form in anonymised] == []


def test_check_and_anonymise_pdf_keeps_pages_and_version():
    original = files.pdf_bytes(pages=3).replace(b"%PDF-1.3", b"%PDF-1.7", 1)
    anonymised = check_and_anonymise_pdf(content=original, limits=Limits())
    reader = PdfReader(io.BytesIO(anonymised))
    assert len(reader.pages) == 3
    assert reader.pdf_header == "%PDF-1.7"


def test_check_and_anonymise_pdf_encrypted_is_refused():
    with pytest.raises(ValidationError) as raised:
        check_and_anonymise_pdf(content=files.encrypted_pdf_bytes(), limits=Limits())
    assert raised.value.code == "encrypted"


def test_check_and_anonymise_pdf_too_many_pages_is_refused():
    with pytest.raises(ValidationError) as raised:
        check_and_anonymise_pdf(content=files.pdf_bytes(pages=3), limits=Limits(max_pdf_pages=2))
    assert raised.value.code == "too_many_pages"
    assert raised.value.params == {"pages": 3, "limit": 2}


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\nthis is not a pdf body\n", b"%PDF-1.7\n%%EOF\n"],
    ids=["garbage", "no-objects"],
)
def test_check_and_anonymise_pdf_unreadable_is_corrupt(content):
    with pytest.raises(ValidationError) as raised:
        check_and_anonymise_pdf(content=content, limits=Limits())
    assert raised.value.code == "corrupt"


def test_check_and_anonymise_pdf_drops_embedded_files_af_and_attachment_annotations():

    original = hostile.pdf_with_everything()
    anonymised = check_and_anonymise_pdf(content=original, limits=Limits())
    reader = PdfReader(io.BytesIO(anonymised))
    assert "/AF" not in reader.root_object
    assert "/EmbeddedFiles" not in reader.root_object["/Names"]
    assert list(reader.pages[0]["/Annots"]) == []
    assert b"/EmbeddedFile" not in anonymised
    assert hostile.SECRET.encode() in hostile.plain_bytes(original)
    assert hostile.SECRET.encode() not in hostile.plain_bytes(anonymised)


def test_check_and_anonymise_pdf_strips_metadata_from_embedded_jpeg():

    anonymised = check_and_anonymise_pdf(content=hostile.pdf_with_everything(), limits=Limits())
    image = PdfReader(io.BytesIO(anonymised)).pages[0]["/Resources"]["/XObject"]["/Im1"]
    jpeg = image.get_object()._data
    assert jpeg.startswith(b"\xff\xd8")
    assert jpeg.endswith(b"\xff\xd9")
    for marker in (b"Exif", b"xmpmeta", b"Photoshop", hostile.SECRET.encode()):
        assert marker not in jpeg

    assert Image.open(io.BytesIO(jpeg)).size == (40, 20)


def test_check_and_anonymise_pdf_aes_encrypted_is_refused_as_encrypted():
    with pytest.raises(ValidationError) as raised:
        check_and_anonymise_pdf(content=hostile.pdf_encrypted_aes(), limits=Limits())
    assert raised.value.code == "encrypted"


def test_check_and_anonymise_pdf_unreadable_but_encrypted_says_encrypted():
    broken = hostile.pdf_encrypted_aes().replace(b"/Filter /Standard", b"/Filter /Nonsense")
    with pytest.raises(ValidationError) as raised:
        check_and_anonymise_pdf(content=broken, limits=Limits())
    assert raised.value.code == "encrypted"
