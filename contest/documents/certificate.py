"""The prize certificate (Giấy chứng nhận), laid out after Nghị định 30/2020/NĐ-CP.

Independent of the database: callers build ``CertificateData`` from whatever models hold
the award, so the same code renders previews, single certificates and a whole edition.
"""

import dataclasses
import datetime
from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext

from .batch import render_batch
from .images import qr_data_uri, signature_block_uri
from .renderer import render_pdf

TEMPLATE = "documents/certificate.html"
STYLESHEETS = ("documents/certificate.css",)

# Texts beyond these lengths (characters) are set smaller so the certificate stays one
# page: a group's name can list its members, and entry titles run to several lines.
_RECIPIENT_LENGTHS = (36, 72)
_TITLE_LENGTHS = (140, 260)


@dataclasses.dataclass(frozen=True, kw_only=True)
class CertificateData:
    """Everything printed on one certificate; strings are printed as given (escaped)."""

    issuer: str  # the issuing body, e.g. "Ban Tổ chức Cuộc thi"; printed in capitals
    number: int  # the running number within the edition: printed "Số: 01/GCN-BTC"
    recipient: str  # a person's full name, or a group's name
    prize: str  # e.g. "Giải Nhất"
    entry_title: str
    field: str  # lĩnh vực of the entry
    place: str  # e.g. "Hà Nội", for the place-and-date line
    date: datetime.date
    signer_title: tuple[str, ...]  # authority lines, e.g. ("TM. BAN TỔ CHỨC", "TRƯỞNG BAN")
    signer_name: str
    verify_url: str  # encoded in the QR code; printed, never fetched
    serial: str  # printed small under the QR code
    issuer_parent: str = ""  # the body above the issuer (cơ quan chủ quản), if any
    number_suffix: str = "GCN-BTC"
    contest_name: str = ""
    recipient_unit: str = ""  # the entrant's agency, as it was named at submission
    signature_image: bytes | None = None  # PNG (transparent) or JPEG
    seal_image: bytes | None = None  # PNG (transparent) or JPEG; stamped over the signature

    def __post_init__(self):
        if self.number < 1:
            raise ValueError("Certificate numbers start at 1")
        if not self.verify_url.startswith(("https://", "http://")):
            raise ValueError("verify_url must be an http(s) URL")
        if isinstance(self.signer_title, str):
            # A bare string would otherwise be printed one character per line.
            object.__setattr__(self, "signer_title", (self.signer_title,))
        elif not isinstance(self.signer_title, tuple):
            # Lists would make the frozen instance unhashable and mutable from outside.
            object.__setattr__(self, "signer_title", tuple(self.signer_title))


def number_text(number: int, suffix: str) -> str:
    """``01/GCN-BTC``: Nghị định 30 pads numbers below 10 with a zero."""
    return f"{number:02d}/{suffix}"


def date_parts(date: datetime.date) -> dict[str, str]:
    """Day and month as Nghị định 30 writes them: days below 10 and months 1-2 padded."""
    return {
        "day": f"{date.day:02d}",
        "month": f"{date.month:02d}" if date.month < 3 else str(date.month),
        "year": str(date.year),
    }


def certificate_context(data: CertificateData) -> dict[str, Any]:
    """What ``documents/certificate.html`` needs for one certificate."""
    return {
        "data": data,
        "number": number_text(data.number, data.number_suffix),
        "date": date_parts(data.date),
        "qr_uri": qr_data_uri(data.verify_url),
        "signature_block_uri": (
            signature_block_uri(data.signature_image, data.seal_image)
            if data.signature_image or data.seal_image
            else ""
        ),
        "recipient_size": _size_class(data.recipient, _RECIPIENT_LENGTHS),
        "title_size": _size_class(data.entry_title, _TITLE_LENGTHS),
    }


def _size_class(text: str, lengths: tuple[int, int]) -> str:
    long, very_long = lengths
    if len(text) > very_long:
        return "very-long"
    return "long" if len(text) > long else "normal"


def certificate_title(data: CertificateData) -> str:
    """The PDF's title, shown by viewers in their title bar."""
    return gettext("Certificate No. %(number)s (%(recipient)s)") % {
        "number": number_text(data.number, data.number_suffix),
        "recipient": data.recipient,
    }


def render_certificate(data: CertificateData, *, pdf_variant: str | None = None) -> bytes:
    return render_pdf(
        template_name=TEMPLATE,
        context=template_context([data]),
        stylesheets=STYLESHEETS,
        pdf_variant=pdf_variant,
    )


def render_certificates(
    certificates: Sequence[CertificateData],
    *,
    pdf_variant: str | None = None,
    workers: int = 1,
) -> list[bytes]:
    """One PDF per certificate, in order, through the batch path."""
    return render_batch(
        template_name=TEMPLATE,
        contexts=(template_context([data]) for data in certificates),
        stylesheets=STYLESHEETS,
        pdf_variant=pdf_variant,
        workers=workers,
    )


def render_certificates_combined(
    certificates: Sequence[CertificateData], *, pdf_variant: str | None = None
) -> bytes:
    """Every certificate as a page of one PDF, for the print shop."""
    return render_pdf(
        template_name=TEMPLATE,
        context=template_context(certificates),
        stylesheets=STYLESHEETS,
        pdf_variant=pdf_variant,
    )


def template_context(certificates: Sequence[CertificateData]) -> dict[str, Any]:
    """The full context of ``TEMPLATE`` for one certificate or a print run of several."""
    return {
        "documents": [certificate_context(data) for data in certificates],
        # A single certificate is titled by itself; a print run by its first page.
        "title": certificate_title(certificates[0]) if certificates else "",
    }
