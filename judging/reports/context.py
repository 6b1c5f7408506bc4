"""What every report shares: the official header, the place-and-date line, signers, rendering.

The issuing body, the place and the organisers' signer are those of the edition's
certificates (``CertificateSettings``) when the organisers have set them, so one form in
``/admin/`` serves every official document of an edition; otherwise the edition's
organising body and the defaults below are printed.
"""

import datetime
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext

from contest.collation import vietnamese_name_key
from contest.documents.certificate import date_parts
from contest.documents.renderer import render_pdf
from contest.models import Edition
from contest.text import fold
from judging.models import CertificateSettings

# Under static/, after documents/base.css (contest.documents.pdf).
STYLESHEETS = ("documents/reports.css",)

# Characters no file system or Content-Disposition header should receive.
_UNSAFE_IN_FILE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|]+')

# The platform's first user is Hanoi; CertificateSettings.place overrides it per edition.
DEFAULT_PLACE = "Hà Nội"


@dataclass(frozen=True, kw_only=True)
class Header:
    """The Nghị định 30 header block and the line naming the contest."""

    issuer_parent: str  # the body above the issuer, e.g. "UBND Thành phố Hà Nội"
    issuer: str  # printed in capitals, e.g. "Ban Tổ chức"
    place_date: str  # "Hà Nội, ngày 16 tháng 11 năm 2024"
    edition: str
    plan_reference: str


@dataclass(frozen=True, kw_only=True)
class Signer:
    """One signature block: authority lines (capitals), room to sign, then the name."""

    title_lines: tuple[str, ...]
    name: str = ""  # empty: the signer writes it by hand
    note: str = ""  # e.g. "(Signature and full name)", printed in italics under the title


def place_date(*, place: str, date: datetime.date) -> str:
    """The place-and-date line, "Hà Nội, ngày 16 tháng 11 năm 2024", as certificates print it."""
    parts = date_parts(date)
    return gettext("%(place)s, %(day)s/%(month)s/%(year)s") % {"place": place, **parts}


def edition_settings(edition: Edition) -> CertificateSettings | None:
    """The edition's signer settings, if the organisers have set them (one query)."""
    return CertificateSettings.objects.filter(edition_id=edition.pk).first()


def document_header(
    *,
    edition: Edition,
    settings: CertificateSettings | None,
    date: datetime.date | None = None,
) -> Header:
    """The header of a report of ``edition`` dated ``date`` (today, local time, if None)."""
    issuer_parent = getattr(settings, "issuer_parent", "") if settings else ""
    issuer = getattr(settings, "issuer", "") if settings else ""
    place = getattr(settings, "place", "") if settings else ""
    return Header(
        issuer_parent=issuer_parent or edition.organiser,
        issuer=issuer or gettext("Organising committee"),
        place_date=place_date(place=place or DEFAULT_PLACE, date=date or timezone.localdate()),
        edition=edition.name,
        plan_reference=edition.plan_reference,
    )


def signature_note() -> str:
    return gettext("(Signature and full name)")


def organiser_signer(settings: CertificateSettings | None) -> Signer:
    """Who signs for the organising committee: the certificates' signer, or a blank block."""
    lines = tuple(getattr(settings, "signer_title_lines", ()) or ()) if settings else ()
    name = getattr(settings, "signer_name", "") if settings else ""
    if lines:
        return Signer(title_lines=lines, name=name)
    return Signer(
        title_lines=(
            pgettext("signature", "On behalf of the organising committee"),
            pgettext("signature", "Chair"),
        ),
        name=name,
        note="" if name else signature_note(),
    )


def sorted_people(names: Iterable[str]) -> list[str]:
    """Names in Vietnamese order: given name, middle, family (contest.collation)."""
    return sorted(names, key=vietnamese_name_key)


def render_report(*, template_name: str, context: Mapping[str, Any]) -> bytes:
    """One report to PDF through the shared document renderer and the reports' print CSS."""
    return render_pdf(template_name=template_name, context=context, stylesheets=STYLESHEETS)


def display_file_name(title: str) -> str:
    """A report's file name as people read it: "Bảng tổng hợp điểm - Vòng 1" (no extension).

    Separators, quotes and control characters become spaces, so the name is one safe path
    component and one safe header value.
    """
    name = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", unicodedata.normalize("NFC", title)).split())
    return name[:150] or "bao-cao"


def ascii_file_name(text: str) -> str:
    """The ASCII fallback of a file name: "bang-tong-hop-diem-vong-1" ("đ" folded to "d")."""
    # Punctuation becomes a word break first: slugify would glue "a/b" into "ab".
    slug = slugify(re.sub(r"[^\w\s-]", " ", fold(text)))
    return slug[:100].strip("-") or "bao-cao"
