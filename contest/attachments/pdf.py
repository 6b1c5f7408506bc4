"""Checking PDFs and writing the copy judges read, without who wrote it or active content.

The entrant keeps the exact bytes they sent. The judges' copy is rebuilt from the document
catalogue alone, so the /Info dictionary, earlier incremental revisions and unreferenced
objects (where old author names linger) are not carried over at all.
"""

import io
import logging
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from contest.attachments.errors import RefusalCode
from contest.attachments.images import strip_jpeg_metadata
from contest.attachments.limits import Limits

logger = logging.getLogger(__name__)

# XMP packets, application-private data, trigger-actions, the document-open action and
# associated files (/AF, PDF 2.0's second way to embed a file), wherever they sit.
_DROPPED_KEYS = (
    "/Metadata",
    "/PieceInfo",
    "/AA",
    "/OpenAction",
    "/JavaScript",
    "/EmbeddedFiles",
    "/AF",
    "/XFA",
    "/Collection",
)
# Actions that run code, open or send something; navigation (/GoTo, /URI) stays.
_ACTIVE_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToE",
        "/Rendition",
        "/RichMediaExecute",
    }
)
_ACTION_KEYS = ("/A", "/OpenAction", "/Next")
# Annotations that embed a file or media, and so could embed anything at all; pop-ups only
# show a markup annotation's author and text.
_EMBEDDING_ANNOTATIONS = frozenset(
    {"/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D", "/Popup"}
)
# Markup annotations (comments, highlights...) keep their author's name in /T.
_MARKUP_ANNOTATIONS = frozenset(
    {
        "/Text",
        "/FreeText",
        "/Line",
        "/Square",
        "/Circle",
        "/Polygon",
        "/PolyLine",
        "/Highlight",
        "/Underline",
        "/Squiggly",
        "/StrikeOut",
        "/Stamp",
        "/Caret",
        "/Ink",
        "/Redact",
    }
)


def check_and_anonymise_pdf(*, content: bytes, limits: Limits) -> bytes:
    """The judges' copy of ``content``, after refusing what judges should not be sent."""
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        encrypted = reader.is_encrypted
        pages = 0 if encrypted else len(reader.pages)
    except Exception as error:
        # pypdf raises its own errors and plain ValueError, KeyError, RecursionError... on
        # broken files; any of them means the file cannot be vouched for. An encryption
        # dictionary pypdf could not handle still deserves the message that says what to do.
        if _declares_encryption(content):
            raise encrypted_pdf() from error
        logger.info("Refused an unreadable PDF", exc_info=True)
        raise corrupt_pdf() from error
    if encrypted:
        # Even "owner password" files that open without a password are refused: we cannot
        # rewrite them for judges without decrypting, and we do not hold their key.
        raise encrypted_pdf()
    if pages == 0:
        raise corrupt_pdf()
    if pages > limits.max_pdf_pages:
        raise ValidationError(
            _("The PDF file has %(pages)s pages; at most %(limit)s are accepted."),
            code=RefusalCode.TOO_MANY_PAGES,
            params={"pages": pages, "limit": limits.max_pdf_pages},
        )
    try:
        # Scrubbing the reader's objects before cloning means whatever is cut loose is never
        # copied: pypdf writes every object it holds, referenced or not.
        _scrub(reader.root_object)
        writer = PdfWriter()
        writer.clone_reader_document_root(reader)
        # pypdf would otherwise label the copy PDF 1.3 whatever features it uses.
        writer.pdf_header = reader.pdf_header
        out = io.BytesIO()
        writer.write(out)
    except Exception as error:
        logger.info("Refused a PDF that could not be rewritten", exc_info=True)
        raise corrupt_pdf() from error
    return out.getvalue()


def encrypted_pdf() -> ValidationError:
    return ValidationError(
        _(
            "The PDF file is password-protected or restricted. Remove the password or "
            "restrictions and upload it again."
        ),
        code=RefusalCode.ENCRYPTED,
    )


_ENCRYPT_KEY = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def _declares_encryption(content: bytes) -> bool:
    # A trailer (or cross-reference stream) naming an encryption dictionary; the name can
    # only be written inside a string or stream otherwise, and neither is followed this way.
    return _ENCRYPT_KEY.search(content) is not None


def corrupt_pdf() -> ValidationError:
    return ValidationError(
        _("The PDF file is damaged or cannot be read."), code=RefusalCode.CORRUPT
    )


def _scrub(root: DictionaryObject) -> None:
    """Walk every object reachable from the catalogue once, cleaning dictionaries in place."""
    pending: list[object] = [root]
    seen: set[tuple[int, int]] = set()
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # streams included: only their dictionaries
            _clean_dictionary(item)
            pending.extend(item.values())
        elif isinstance(item, ArrayObject):
            pending.extend(item)


def _clean_dictionary(dictionary: DictionaryObject) -> None:
    for key in _DROPPED_KEYS:
        dictionary.pop(key, None)
    for key in _ACTION_KEYS:
        value = dictionary.get(key)
        resolved = value.get_object() if value is not None else None
        if _is_active_action(resolved):
            del dictionary[key]
        elif isinstance(resolved, ArrayObject):
            kept = [action for action in resolved if not _is_active_action(action.get_object())]
            if len(kept) != len(resolved):
                dictionary[NameObject(key)] = ArrayObject(kept)
    annotations = dictionary.get("/Annots")
    if annotations is not None and isinstance(annotations.get_object(), ArrayObject):
        kept = [
            annotation
            for annotation in annotations.get_object()
            if _subtype(annotation) not in _EMBEDDING_ANNOTATIONS
            # Comments and highlights carry their author (/T) and often a reviewer's words:
            # neither is the entrant's content.
            and _subtype(annotation) not in _MARKUP_ANNOTATIONS
        ]
        if len(kept) != len(annotations.get_object()):
            dictionary[NameObject("/Annots")] = ArrayObject(kept)
    if dictionary.get("/Subtype") in _MARKUP_ANNOTATIONS and "/T" in dictionary:
        dictionary[NameObject("/T")] = TextStringObject("")
    if isinstance(dictionary, StreamObject) and dictionary.get("/Subtype") == "/Image":
        _strip_image_metadata(dictionary)


def _strip_image_metadata(image: StreamObject) -> None:
    """Keep a JPEG stream's pixels and drop its EXIF, XMP, IPTC and comments.

    Only streams whose sole filter is DCTDecode hold a JPEG file as is; with other filters
    the samples are raw pixels, which carry no metadata blocks.
    """
    filters = image.get("/Filter")
    if isinstance(filters, ArrayObject):
        filters = filters[0] if len(filters) == 1 else None
    if filters != "/DCTDecode":
        return
    stripped = strip_jpeg_metadata(image._data)
    if stripped is None:
        raise corrupt_pdf()
    # The base class's setter: pypdf's own refuses filters other than Flate, and a
    # DCTDecode stream's data is the JPEG file itself, needing no re-encoding.
    StreamObject.set_data(image, stripped)


def _is_active_action(value: object) -> bool:
    return isinstance(value, DictionaryObject) and value.get("/S") in _ACTIVE_ACTIONS


def _subtype(annotation: object) -> object:
    resolved = annotation.get_object() if isinstance(annotation, IndirectObject) else annotation
    return resolved.get("/Subtype") if isinstance(resolved, DictionaryObject) else None
