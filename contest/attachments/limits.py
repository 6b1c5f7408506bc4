"""How much an upload may cost us, and reading it without paying more than that."""

from dataclasses import dataclass
from typing import BinaryIO

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from contest.attachments.errors import RefusalCode

MB = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True, kw_only=True)
class Limits:
    """Ceilings on the work one upload may cause, well above what real entries need."""

    # A 40 MP photo is beyond any phone camera, yet 10x below what would exhaust a worker's
    # memory once decoded (40 MP x 4 bytes = 160 MB).
    max_pixels: int = 40_000_000
    # Write-ups run to tens of pages; hundreds mean a scanned archive or a parser attack.
    max_pdf_pages: int = 300
    # Ordinary .docx files hold 10 to 200 members; a few thousand is still generous.
    max_zip_members: int = 2_000
    max_zip_uncompressed: int = 100 * MB
    # Word XML compresses about 10:1; 100:1 only happens with padding built to explode.
    max_zip_ratio: int = 100
    # Small members legitimately reach huge ratios (an empty styles table), and cost nothing.
    zip_ratio_floor: int = 1 * MB


DEFAULT_LIMITS = Limits()


def read_capped(*, data: bytes | BinaryIO, max_bytes: int) -> bytes:
    """All of ``data``, or a ``too_large`` refusal after reading at most ``max_bytes + 1``."""
    if isinstance(data, bytes | bytearray | memoryview):
        content = bytes(data)
    else:
        # Django's uploaded files know their size from the request: refuse before reading.
        declared = getattr(data, "size", None)
        if isinstance(declared, int) and declared > max_bytes:
            raise _too_large(max_bytes)
        if data.seekable():
            data.seek(0)  # a form may already have peeked at the file
        content = _read_at_most(data, max_bytes + 1)
    if len(content) > max_bytes:
        raise _too_large(max_bytes)
    if not content:
        raise ValidationError(
            _("The file is empty (0 bytes). Check that it was saved fully and upload it again."),
            code=RefusalCode.EMPTY,
        )
    return content


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    chunks = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> ValidationError:
    return ValidationError(
        _("The file is larger than %(limit)s."),
        code=RefusalCode.TOO_LARGE,
        params={"limit": filesizeformat(max_bytes)},
    )
