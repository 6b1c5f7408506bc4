"""Document tests need no database: certificates are built from plain dataclasses."""

import dataclasses
import datetime
import io

import pytest
from django.utils import translation
from PIL import Image, ImageDraw
from pypdf import PdfReader

from contest.documents.certificate import CertificateData

BASE = CertificateData(
    issuer_parent="UBND Thành phố Hà Nội",
    issuer="Ban Tổ chức Cuộc thi",
    number=1,
    recipient="Nguyễn Thị Ánh Tuyết",
    prize="Giải Nhất",
    entry_title="Số hóa quy trình tiếp nhận hồ sơ tại bộ phận một cửa",
    field="Cải cách thủ tục hành chính",
    place="Hà Nội",
    date=datetime.date(2024, 11, 16),
    signer_title=("TM. Ban Tổ chức", "Trưởng ban"),
    signer_name="Trần Văn Minh",
    verify_url="https://cuocthi.example.vn/xac-minh/7Q2K-9XWD",
    serial="CCHC2024-GCN-0001",
)


@pytest.fixture
def certificate():
    """A builder: ``certificate(recipient="…")`` is the base certificate with changes."""

    def build(**changes):
        return dataclasses.replace(BASE, **changes)

    return build


@pytest.fixture(autouse=True)
def english():
    # Labels come from the catalogue; pin the language so assertions do not depend on
    # whether the Vietnamese catalogue has been compiled.
    with translation.override("en"):
        yield


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def png_bytes(*, size=(120, 120), mode="RGBA") -> bytes:
    image = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else "white")
    ImageDraw.Draw(image).ellipse((5, 5, size[0] - 5, size[1] - 5), outline="red", width=6)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
