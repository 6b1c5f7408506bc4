import datetime
import io
import unicodedata
from pathlib import Path

import pytest
from django.utils import translation
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject

from contest.documents import fetcher as fetcher_module
from contest.documents.certificate import (
    certificate_context,
    date_parts,
    number_text,
    render_certificate,
    render_certificates,
    render_certificates_combined,
)
from contest.documents.pdf import PDF_ARCHIVE
from contest.documents.resources import reset_resources

from .conftest import pdf_text, png_bytes


@pytest.mark.parametrize("name", ["Nguyễn Thị Ánh Tuyết", "Đặng Quốc Bảo", "Lê Thị Hồng Nhung"])
def test_certificate_text_nfc_when_name_given_decomposed(certificate, name):
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name

    text = pdf_text(render_certificate(certificate(recipient=decomposed)))

    assert name in text
    assert decomposed not in text


def test_certificate_fonts_all_embedded(certificate):
    reader = PdfReader(io.BytesIO(render_certificate(certificate())))

    descriptors = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for part in font.get("/DescendantFonts", [font]):
                part = part.get_object()
                descriptors[str(part["/BaseFont"])] = part["/FontDescriptor"].get_object()

    assert len(descriptors) == 4  # regular, bold, italic, bold italic
    assert [
        name
        for name, descriptor in descriptors.items()
        if not {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())
    ] == []
    assert all("Document-Serif" in name for name in descriptors)


def test_certificate_motto_block_printed_verbatim(certificate):
    text = pdf_text(render_certificate(certificate()))

    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" in text


def test_certificate_is_one_a4_landscape_page(certificate):
    reader = PdfReader(io.BytesIO(render_certificate(certificate())))

    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_certificate_stays_one_page_with_long_group_name_and_very_long_title(certificate):
    group = "Nhóm tác giả Sở Nội vụ: Nguyễn Thị Ánh Tuyết, Đặng Quốc Bảo, Lê Thị Hồng Nhung"
    title = "Giải pháp " + "số hóa quy trình tiếp nhận và trả kết quả hồ sơ hành chính " * 6

    pdf = render_certificate(
        certificate(recipient=group, entry_title=title, recipient_unit="Sở Nội vụ Hà Nội")
    )

    reader = PdfReader(io.BytesIO(pdf))

    assert len(reader.pages) == 1


def test_certificate_with_signature_and_seal_images_renders(certificate):
    pdf = render_certificate(
        certificate(signature_image=png_bytes(size=(300, 120)), seal_image=png_bytes())
    )

    assert "Trần Văn Minh" in pdf_text(pdf)


HOSTILE_TITLE = (
    '<img src="file:///etc/passwd"> <link rel="attachment" href="file:///etc/passwd"> '
    "http://127.0.0.1:9/x.png"
)


def test_certificate_hostile_title_escaped_and_nothing_fetched(certificate, monkeypatch):
    requested = []
    original_fetch = fetcher_module.StaticOnlyURLFetcher.fetch

    def spying_fetch(self, url, headers=None):
        requested.append(url)
        return original_fetch(self, url, headers)

    monkeypatch.setattr(fetcher_module.StaticOnlyURLFetcher, "fetch", spying_fetch)
    # Start from fresh objects so font and stylesheet loads are seen by the spy as well.
    reset_resources()

    pdf = render_certificate(certificate(entry_title=HOSTILE_TITLE))

    static_prefix = fetcher_module.static_root().as_uri() + "/"
    assert requested  # fonts, stylesheets and the QR code at least
    assert [url for url in requested if not url.startswith(("data:", static_prefix))] == []
    text = pdf_text(pdf)
    assert '<img src="file:///etc/passwd">' in text.replace("\n", " ")
    reader = PdfReader(io.BytesIO(pdf))
    assert dict(reader.attachments) == {}
    assert b"/EmbeddedFile" not in pdf
    passwd_start = Path("/etc/passwd").read_bytes()[:12]
    assert [data for data in _all_stream_data(reader) if passwd_start in data] == []
    reset_resources()


def test_certificate_pdfa_variant_renders(certificate):
    pdf = render_certificate(certificate(), pdf_variant=PDF_ARCHIVE)

    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert len(root["/OutputIntents"]) == 1
    metadata = root["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in metadata
    assert b'pdfaid:conformance="B"' in metadata
    assert "Nguyễn Thị Ánh Tuyết" in pdf_text(pdf)


def test_certificate_unknown_pdf_variant_refused(certificate):
    with pytest.raises(ValueError, match="Unknown PDF variant"):
        render_certificate(certificate(), pdf_variant="pdf/z-9")


def test_certificate_pdf_title_names_number_and_recipient(certificate):
    reader = PdfReader(io.BytesIO(render_certificate(certificate(number=7))))

    assert reader.metadata.title == "Certificate No. 07/GCN-BTC (Nguyễn Thị Ánh Tuyết)"


def test_certificate_vietnamese_wording_follows_decree_30(certificate):
    with translation.override("vi"):
        pdf = render_certificate(certificate(number=4, date=datetime.date(2024, 2, 5)))

    lines = pdf_text(pdf).splitlines()
    assert "Số: 04/GCN-BTC" in lines
    assert "GIẤY CHỨNG NHẬN" in lines
    assert "Hà Nội, ngày 05 tháng 02 năm 2024" in lines
    assert [line for line in lines if line in ("TM. BAN TỔ CHỨC", "TRƯỞNG BAN")] == [
        "TM. BAN TỔ CHỨC",
        "TRƯỞNG BAN",
    ]


def test_certificate_number_printed_zero_padded(certificate):
    text = pdf_text(render_certificate(certificate(number=3)))

    assert "No. 03/GCN-BTC" in text


@pytest.mark.parametrize(
    ("number", "expected"), [(1, "01/GCN-BTC"), (9, "09/GCN-BTC"), (10, "10/GCN-BTC")]
)
def test_number_text_pads_below_ten(number, expected):
    assert number_text(number, "GCN-BTC") == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2024, 11, 16), {"day": "16", "month": "11", "year": "2024"}),
        (datetime.date(2024, 2, 5), {"day": "05", "month": "02", "year": "2024"}),
        (datetime.date(2025, 3, 1), {"day": "01", "month": "3", "year": "2025"}),
    ],
)
def test_date_parts_pad_days_below_ten_and_january_february(date, expected):
    assert date_parts(date) == expected


def test_certificate_data_refuses_number_zero(certificate):
    with pytest.raises(ValueError, match="start at 1"):
        certificate(number=0)


def test_certificate_data_refuses_non_http_verify_url(certificate):
    with pytest.raises(ValueError, match="http"):
        certificate(verify_url="file:///etc/passwd")


def test_certificate_data_single_signer_title_string_kept_whole(certificate):
    assert certificate(signer_title="Trưởng ban").signer_title == ("Trưởng ban",)


def test_certificate_context_size_classes_follow_length(certificate):
    contexts = [
        certificate_context(certificate(recipient="x" * (length // 4), entry_title="x" * length))
        for length in (100, 200, 300)
    ]

    assert [(c["recipient_size"], c["title_size"]) for c in contexts] == [
        ("normal", "normal"),
        ("long", "long"),
        ("very-long", "very-long"),
    ]


def test_render_certificates_one_pdf_per_certificate_in_order(certificate):
    names = ["Đặng Quốc Bảo", "Lê Thị Hồng Nhung", "Trần Minh Đức"]

    pdfs = render_certificates(
        [certificate(recipient=name, number=index + 1) for index, name in enumerate(names)]
    )

    assert [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs] == [1, 1, 1]
    assert [name in pdf_text(pdf) for name, pdf in zip(names, pdfs, strict=True)] == [True] * 3


def test_render_certificates_worker_processes_same_result(certificate):
    names = ["Đặng Quốc Bảo", "Lê Thị Hồng Nhung", "Trần Minh Đức"]

    pdfs = render_certificates([certificate(recipient=name) for name in names], workers=2)

    assert [name in pdf_text(pdf) for name, pdf in zip(names, pdfs, strict=True)] == [True] * 3


def test_render_certificates_combined_one_page_each(certificate):
    pdf = render_certificates_combined([certificate(number=n) for n in (1, 2, 3)])

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    assert [
        f"No. 0{n}/GCN-BTC" in page.extract_text()
        for n, page in zip((1, 2, 3), reader.pages, strict=True)
    ] == [True] * 3


def _all_stream_data(reader):
    """Decoded bytes of every stream object in the file."""
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:
            continue  # free or unreadable slots hold nothing to leak
        if isinstance(obj, StreamObject):
            yield obj.get_data()
