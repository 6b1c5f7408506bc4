"""Plain text of a write-up (PDF or Word), for comparison only: never shown as a document."""

import io
import re
import zipfile

from pypdf import PdfReader

MAX_CHARS = 60_000
_WORD_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:p[\s>/]")


def pdf_text(data: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        parts, size = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= MAX_CHARS:
                break
        return "\n".join(parts)[:MAX_CHARS]
    except Exception:
        # A write-up the reader cannot parse still has a title and summary to compare.
        return ""


def docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo("word/document.xml")
            if info.file_size > 50 * 1024 * 1024:
                return ""
            xml = package.read(info)
    except (KeyError, zipfile.BadZipFile):
        return ""
    pieces = []
    for match in _WORD_TEXT.finditer(xml):
        pieces.append(match.group(1).decode("utf-8", "replace") if match.group(1) else "\n")
    text = "".join(pieces)
    return (
        text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    )[:MAX_CHARS]


def writeup_text(data: bytes, kind: str) -> str:
    if kind == "pdf":
        return pdf_text(data)
    if kind == "docx":
        return docx_text(data)
    return ""
