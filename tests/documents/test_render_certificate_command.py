import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from .conftest import pdf_text, png_bytes


def test_render_certificate_command_writes_valid_pdf(tmp_path):
    out = tmp_path / "gcn.pdf"
    stdout = io.StringIO()

    call_command(
        "render_certificate",
        "--name=Đặng Quốc Bảo",
        "--prize=Giải Nhì",
        "--entry-title=Liên thông thủ tục đăng ký khai sinh",
        "--field=Cải cách thủ tục hành chính",
        "--number=2",
        "--date=16/11/2024",
        "--signer-name=Trần Văn Minh",
        "--language=en",
        f"--out={out}",
        stdout=stdout,
    )

    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)
    assert "Đặng Quốc Bảo" in text
    assert "No. 02/GCN-BTC" in text
    assert "Hà Nội, 16/11/2024" in text
    assert stdout.getvalue() == f"Wrote {out} ({len(pdf):,} bytes)\n"


def test_render_certificate_command_pdfa_with_images(tmp_path):
    seal, signature, out = tmp_path / "seal.png", tmp_path / "sig.png", tmp_path / "a.pdf"
    seal.write_bytes(png_bytes())
    signature.write_bytes(png_bytes(size=(300, 120)))

    call_command(
        "render_certificate",
        "--name=Lê Thị Hồng Nhung",
        "--prize=Giải Ba",
        "--entry-title=Một cửa số",
        f"--seal={seal}",
        f"--signature={signature}",
        "--pdfa",
        f"--out={out}",
        stdout=io.StringIO(),
    )

    metadata = PdfReader(out).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in metadata


def test_render_certificate_command_rejects_non_image_seal(tmp_path):
    seal = tmp_path / "seal.png"
    seal.write_bytes(b"not an image")

    with pytest.raises(CommandError, match="Unusable signature or seal image"):
        call_command(
            "render_certificate",
            "--name=A",
            "--prize=B",
            "--entry-title=C",
            f"--seal={seal}",
            f"--out={tmp_path / 'x.pdf'}",
            stdout=io.StringIO(),
        )
