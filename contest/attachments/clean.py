"""The one entry point uploads go through: size, kind, then a per-kind check and clean-up."""

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import BinaryIO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contest.attachments.docx import check_and_anonymise_docx
from contest.attachments.enums import AttachmentKind
from contest.attachments.errors import RefusalCode
from contest.attachments.images import clean_image
from contest.attachments.limits import DEFAULT_LIMITS, Limits, read_capped
from contest.attachments.names import base_name
from contest.attachments.pdf import check_and_anonymise_pdf
from contest.attachments.sniff import sniff


@dataclass(frozen=True, kw_only=True)
class CleanedFile:
    """An accepted upload: what to keep for the entrant and what to show judges.

    ``sha256`` and ``size`` describe the bytes exactly as uploaded, so a receipt can prove
    what was sent even when ``content`` is a re-encoded image.
    """

    kind: AttachmentKind
    content: bytes
    anonymised_content: bytes
    sha256: str
    size: int
    extension: str
    content_type: str


def validate_and_clean(
    *,
    data: bytes | BinaryIO,
    filename: str,
    allowed_kinds: Collection[AttachmentKind],
    max_bytes: int,
    limits: Limits = DEFAULT_LIMITS,
) -> CleanedFile:
    """Accept ``data`` only if its content is one of ``allowed_kinds`` and safe to handle.

    ``filename`` plays no part in the decision. Every refusal is a ``ValidationError`` with a
    ``RefusalCode`` and a ``name`` param (the upload's base name), so a form taking several
    files can say which one was refused.
    """
    try:
        return _validate_and_clean(
            data=data, allowed_kinds=allowed_kinds, max_bytes=max_bytes, limits=limits
        )
    except ValidationError as error:
        raise ValidationError(
            error.message,
            code=error.code,
            params={**(error.params or {}), "name": base_name(filename)},
        ) from error


def _validate_and_clean(
    *,
    data: bytes | BinaryIO,
    allowed_kinds: Collection[AttachmentKind],
    max_bytes: int,
    limits: Limits,
) -> CleanedFile:
    original = read_capped(data=data, max_bytes=max_bytes)
    kind = sniff(data=original, limits=limits)
    if kind not in allowed_kinds:
        raise ValidationError(
            _("%(kind)s files are not accepted here. Accepted types: %(allowed)s."),
            code=RefusalCode.UNSUPPORTED_TYPE,
            params={
                "kind": kind.label,
                "allowed": ", ".join(str(allowed.label) for allowed in _ordered(allowed_kinds)),
            },
        )
    if kind is AttachmentKind.PDF:
        content = original
        anonymised = check_and_anonymise_pdf(content=original, limits=limits)
    elif kind is AttachmentKind.DOCX:
        content = original
        anonymised = check_and_anonymise_docx(content=original, limits=limits)
    else:
        # Entrants get the re-encoded image too: the original's GPS position is not worth
        # keeping anywhere, and one copy means what the entrant sees is what judges see.
        content = anonymised = clean_image(content=original, kind=kind, limits=limits)
    return CleanedFile(
        kind=kind,
        content=content,
        anonymised_content=anonymised,
        sha256=hashlib.sha256(original).hexdigest(),
        size=len(original),
        extension=kind.extension,
        content_type=kind.content_type,
    )


def _ordered(kinds: Collection[AttachmentKind]) -> list[AttachmentKind]:
    return [kind for kind in AttachmentKind if kind in kinds]
