"""Where the body text of a judges' copy names an author, a co-author or their agency.

Matching is on whole words, accent-, case- and NFD-insensitive, words being runs of letters
split on anything else: "NGUYỄN-Văn  a" names "Nguyễn Văn A"; "Annam" does not name "An".
"""

import html
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from pypdf import PdfReader

from contest.attachments.enums import AttachmentKind
from contest.attachments.limits import DEFAULT_LIMITS, Limits
from contest.attachments.xmlparts import UnreadableXml, decode
from contest.attachments.zips import read_member

_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", re.DOTALL)
_SNIPPET = 40


@dataclass(frozen=True, kw_only=True)
class Mention:
    where: str  # "page" or "paragraph"
    number: int
    term: str
    snippet: str


def fold_aligned(text: str) -> str:
    """``text`` lower-cased without marks, one character for each character of ``text``."""
    folded = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            folded.append("d")
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        folded.append((base or " ")[0].lower())
    return "".join(folded)


def find_in_text(text: str, terms: list[str]) -> list[tuple[str, str]]:
    """(term, snippet) for each place ``text`` names one of ``terms`` as whole words."""
    text = unicodedata.normalize("NFC", text)
    folded = fold_aligned(text)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    found = []
    for term in terms:
        wanted = _WORD.findall(fold_aligned(term))
        if not wanted:
            continue
        size = len(wanted)
        for index in range(len(words) - size + 1):
            if [word for word, _s, _e in words[index : index + size]] == wanted:
                start, end = words[index][1], words[index + size - 1][2]
                snippet = text[max(0, start - _SNIPPET) : end + _SNIPPET]
                found.append((term, " ".join(snippet.split())))
    return found


def find_mentions(
    *, content: bytes, kind: str, terms: list[str], limits: Limits = DEFAULT_LIMITS
) -> list[Mention]:
    """Mentions of ``terms`` in a judges' copy (already checked, so its size is bounded)."""
    kind = AttachmentKind(kind)
    if kind is AttachmentKind.PDF:
        where, pieces = "page", _pdf_pages(content)
    elif kind is AttachmentKind.DOCX:
        where, pieces = "paragraph", _docx_paragraphs(content, limits)
    else:
        return []  # text drawn into a picture cannot be read; see docs/anonymity.md
    return [
        Mention(where=where, number=number, term=term, snippet=snippet)
        for number, text in enumerate(pieces, start=1)
        for term, snippet in find_in_text(text, terms)
    ]


def _pdf_pages(content: bytes) -> list[str]:
    try:
        reader = PdfReader(io.BytesIO(content))
        return [page.extract_text() or "" for page in reader.pages]
    except Exception:
        return []  # the copy was written by us; an unreadable one has no text to warn about


def _docx_paragraphs(content: bytes, limits: Limits) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            info = next(
                i for i in archive.infolist() if i.filename.casefold() == "word/document.xml"
            )
            text, _codec = decode(
                read_member(archive=archive, info=info, budget=limits.max_zip_uncompressed)
            )
    except (StopIteration, zipfile.BadZipFile, UnreadableXml):
        return []
    return [
        html.unescape("".join(_TEXT.findall(paragraph))) for paragraph in _PARAGRAPH.findall(text)
    ]
