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

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

from contest.attachments.enums import AttachmentKind
from contest.attachments.limits import DEFAULT_LIMITS, Limits
from contest.attachments.xmlparts import UnreadableXml, decode, word_prefixes
from contest.attachments.zips import read_member

WORD = re.compile(r"[^\W\d_]+")
_SNIPPET = 40
# Word parts whose paragraphs a judge reads, and what the secretariat is told they are.
_TEXT_PARTS = (
    (re.compile(r"word/document\.xml"), "paragraph"),
    (re.compile(r"word/header\d*\.xml"), "header"),
    (re.compile(r"word/footer\d*\.xml"), "footer"),
    (re.compile(r"word/(?:foot|end)notes\.xml"), "note"),
)


@dataclass(frozen=True, kw_only=True)
class Mention:
    where: str  # "page", "paragraph", "header", "footer" or "note"
    number: int
    term: str
    snippet: str

    @property
    def place(self) -> str:
        return place_label(self.where, self.number)


_PLACES = {
    "page": _("page %(n)s"),
    "paragraph": _("paragraph %(n)s"),
    "header": _("page header, paragraph %(n)s"),
    "footer": _("page footer, paragraph %(n)s"),
    "note": _("footnote or endnote, paragraph %(n)s"),
    "file": _("the whole file"),
}


def place_label(where: str, number: int) -> str:
    """Where a mention is, as the secretariat reads it: "trang 2", "đoạn 5"."""
    return str(_PLACES.get(where, _PLACES["paragraph"])) % {"n": number}


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
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded)]
    found = []
    for term in terms:
        wanted = WORD.findall(fold_aligned(term))
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
        places = [("page", number, text) for number, text in enumerate(_pdf_pages(content), 1)]
    elif kind is AttachmentKind.DOCX:
        places = _docx_paragraphs(content, limits)
    else:
        return []  # text drawn into a picture cannot be read; see docs/anonymity.md
    return [
        Mention(where=where, number=number, term=term, snippet=snippet)
        for where, number, text in places
        for term, snippet in find_in_text(text, terms)
    ]


def _pdf_pages(content: bytes) -> list[str]:
    try:
        reader = PdfReader(io.BytesIO(content))
        return [page.extract_text() or "" for page in reader.pages]
    except Exception:
        return []  # the copy was written by us; an unreadable one has no text to warn about


def docx_text_parts(names: list[str]) -> list[tuple[str, str]]:
    """(part name, where) of the parts holding text a judge reads, the body first."""
    found = []
    for name in names:
        for order, (pattern, where) in enumerate(_TEXT_PARTS):
            if pattern.fullmatch(name.casefold()):
                found.append((order, name.casefold(), name, where))
    return [(name, where) for _order, _folded, name, where in sorted(found)]


def paragraph_pattern(prefixes: set[str]) -> re.Pattern:
    """Paragraph starts and ends, breaks and run texts (deleted ones too) of a Word part."""
    p = "|".join(map(re.escape, sorted(prefixes)))
    return re.compile(
        rf"(?P<empty><(?:{p}):p(?=[\s/])[^>]*/>)"
        rf"|(?P<open><(?:{p}):p(?=[\s>])[^>]*(?<!/)>)"
        rf"|(?P<close></(?:{p}):p\s*>)"
        rf"|(?P<brk><(?:{p}):(?:tab|br|cr)(?=[\s/>])[^>]*>)"
        rf"|(?P<text><(?P<tag>(?:{p}):(?:t|delText))(?=[\s>])[^>]*(?<!/)>(?P<body>.*?)</(?P=tag)\s*>)",
        re.DOTALL,
    )


def paragraph_texts(text: str) -> list[str]:
    """The text of each paragraph of a Word part, in the order paragraphs open."""
    prefixes = word_prefixes(text)
    if not prefixes:
        return []
    paragraphs: list[list[str]] = []
    open_ones: list[int] = []
    for match in paragraph_pattern(prefixes).finditer(text):
        kind = match.lastgroup
        if kind == "open":
            open_ones.append(len(paragraphs))
            paragraphs.append([])
        elif kind == "close":
            if open_ones:
                open_ones.pop()
        elif kind == "empty":
            paragraphs.append([])
        elif open_ones:
            paragraphs[open_ones[-1]].append(
                " " if kind == "brk" else html.unescape(match.group("body"))
            )
    return ["".join(pieces) for pieces in paragraphs]


def _docx_paragraphs(content: bytes, limits: Limits) -> list[tuple[str, int, str]]:
    places = []
    counts: dict[str, int] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            budget = limits.max_zip_uncompressed
            for name, where in docx_text_parts(list(infos)):
                data = read_member(archive=archive, info=infos[name], budget=budget)
                budget -= len(data)
                try:
                    text, _codec = decode(data)
                except UnreadableXml:
                    continue
                for paragraph in paragraph_texts(text):
                    counts[where] = counts.get(where, 0) + 1
                    places.append((where, counts[where], paragraph))
    except zipfile.BadZipFile:
        return []
    return places
