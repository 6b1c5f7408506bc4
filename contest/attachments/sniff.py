"""Deciding what an upload is from its bytes alone.

Names and browser-supplied content types are chosen by whoever uploads, so they play no part:
``anh.jpg`` holding HTML is refused, and ``x.pdf`` holding a PNG is a PNG.
"""

import xml.etree.ElementTree as ET
from typing import BinaryIO

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contest.attachments.enums import AttachmentKind
from contest.attachments.errors import RefusalCode
from contest.attachments.limits import DEFAULT_LIMITS, Limits
from contest.attachments.xmlparts import has_doctype
from contest.attachments.zips import open_zip, read_member_head

_PDF = b"%PDF-"
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Password-protected .docx files are not ZIPs at all but OLE files with this stream.
_OLE_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

_CONTENT_TYPES_PART = "[Content_Types].xml"
_CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# Plain and macro-enabled documents both count as Word here, so that a macro document gets
# the refusal that tells the entrant what to fix rather than "unsupported type".
WORD_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    }
)
MACRO_MAIN_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024


def sniff(*, data: bytes | BinaryIO, limits: Limits = DEFAULT_LIMITS) -> AttachmentKind:
    """The kind of ``data`` judged by its content, or an ``unsupported_type`` refusal."""
    content = _as_bytes(data)
    # The signature must open the file: a leading-junk tolerance (as PDF readers have) is
    # how polyglots such as HTML-then-PDF get through.
    if content.startswith(_PDF):
        return AttachmentKind.PDF
    if content.startswith(_PNG):
        return AttachmentKind.PNG
    if content.startswith(_JPEG):
        return AttachmentKind.JPEG
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return AttachmentKind.WEBP
    if content.startswith(_ZIP):
        return _sniff_zip(content, limits)
    if content.startswith(_OLE):
        if _OLE_ENCRYPTED_PACKAGE in content:
            raise ValidationError(
                _("The Word file is password-protected. Remove the password and upload it again."),
                code=RefusalCode.ENCRYPTED,
            )
        raise ValidationError(
            _(
                "Old Microsoft Office files (.doc, .xls, .ppt) are not accepted. Save the file "
                "as Word (.docx) or PDF and upload it again."
            ),
            code=RefusalCode.UNSUPPORTED_TYPE,
        )
    raise _unsupported_type()


def _unsupported_type() -> ValidationError:
    return ValidationError(
        _("The file is not a PDF, Word (.docx), JPEG, PNG or WebP file."),
        code=RefusalCode.UNSUPPORTED_TYPE,
    )


def main_content_type(content_types: bytes) -> str | None:
    """The content type ``[Content_Types].xml`` gives the package's ``/word/document.xml``."""
    if has_doctype(content_types):
        return None
    try:
        root = SafeET.fromstring(content_types, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException):
        return None
    for override in root.iter(f"{_CONTENT_TYPES_NS}Override"):
        if override.get("PartName", "").casefold() == "/word/document.xml":
            return override.get("ContentType")
    return None


def _sniff_zip(content: bytes, limits: Limits) -> AttachmentKind:
    archive = open_zip(content=content, limits=limits)
    with archive:
        # Part names are case-insensitive in OPC.
        names = {name.casefold(): name for name in archive.namelist()}
        content_types_name = names.get(_CONTENT_TYPES_PART.casefold())
        if "word/document.xml" not in names or content_types_name is None:
            raise _not_a_word_document()
        # Read only a bounded head: this runs before the archive's sizes have been judged.
        declared = read_member_head(
            archive=archive, name=content_types_name, limit=_MAX_CONTENT_TYPES_BYTES
        )
    if len(declared) > _MAX_CONTENT_TYPES_BYTES:
        raise _not_a_word_document()
    if main_content_type(declared) not in WORD_MAIN_TYPES:
        raise _not_a_word_document()
    return AttachmentKind.DOCX


def _not_a_word_document() -> ValidationError:
    # Spreadsheets, presentations, OpenDocument files, templates and plain archives.
    return ValidationError(
        _(
            "Spreadsheets, presentations and other archives are not accepted; "
            "a Word file must be a .docx document."
        ),
        code=RefusalCode.UNSUPPORTED_TYPE,
    )


def _as_bytes(data: bytes | BinaryIO) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    # Callers that need a size cap pass what read_capped returned; here the caller's stream
    # is read whole and left where it was.
    if not data.seekable():
        return data.read()
    position = data.tell()
    try:
        data.seek(0)
        return data.read()
    finally:
        data.seek(position)
