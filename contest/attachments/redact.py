"""Removing the text that names an author or their agency from a judges' copy.

The text is taken out of the file, never covered: in a PDF the glyphs of each mention are
dropped from the page's content stream (their width kept as a shift, so the rest of the line
stays where it was); in a Word file the characters leave their ``w:t`` runs and a mark takes
their place. Matching is the one of ``mentions``: whole words, accent-, case- and
NFD-insensitive, words split on anything that is not a letter. A name may cross runs,
``TJ`` array elements and text operators on one line.

What cannot be removed is said, not hidden: a mention still found by the re-check, text in
a font whose characters cannot be read, a page that is only a picture, and a name whose
hidden text layer (a scanned page's OCR) was removed while the picture under it still shows.
"""

import html
import io
import logging
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from contest.attachments.enums import AttachmentKind, RedactionProblem
from contest.attachments.limits import DEFAULT_LIMITS, Limits
from contest.attachments.mentions import (
    WORD,
    Mention,
    docx_text_parts,
    find_mentions,
    fold_aligned,
    paragraph_pattern,
    place_label,
)
from contest.attachments.xmlparts import UnreadableXml, decode, word_prefixes

logger = logging.getLogger(__name__)

SOFT, HARD = "soft", "hard"


@dataclass(frozen=True, kw_only=True)
class Problem:
    """Something the secretariat must handle by hand: ask the entrant for a new file."""

    where: str
    number: int
    term: str
    reason: str  # a RedactionProblem

    @property
    def place(self) -> str:
        return place_label(self.where, self.number)

    @property
    def explanation(self) -> str:
        return str(RedactionProblem(self.reason).label)


@dataclass(frozen=True, kw_only=True)
class Redaction:
    content: bytes
    removed: int
    remaining: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def redact(
    *,
    content: bytes,
    kind: str,
    terms: list[str],
    mark: str,
    limits: Limits = DEFAULT_LIMITS,
) -> Redaction:
    """``content`` (a judges' copy) without the places naming ``terms``, and a re-check."""
    kind = AttachmentKind(kind)
    terms = [term for term in terms if WORD.search(fold_aligned(term))]
    if kind.is_image:
        return Redaction(content=content, removed=0)  # pictures cannot be read; see docs
    try:
        if kind is AttachmentKind.PDF:
            redacted, removed, problems, unreadable = _redact_pdf(content, terms)
        else:
            redacted, removed = _redact_docx(content, terms, mark, limits)
            problems, unreadable = [], set()
    except Exception:
        # Our own copy, already checked; still, a file we cannot rewrite is one the
        # secretariat must hear about, not a server error.
        logger.warning("Could not redact a judges' copy", exc_info=True)
        redacted, removed, unreadable = content, 0, set()
        problems = [Problem(where="file", number=0, term="", reason=RedactionProblem.UNREADABLE)]
    remaining = find_mentions(content=redacted, kind=kind, terms=terms, limits=limits)
    named = {(mention.where, mention.number) for mention in remaining}
    # A page's "cannot be checked" goes without saying once a name is shown left on it.
    problems = [
        problem
        for problem in problems
        if problem.term or (problem.where, problem.number) not in named
    ]
    for mention in remaining:
        reason = (
            RedactionProblem.FONT
            if (mention.where, mention.number) in unreadable
            else RedactionProblem.NOT_LOCATED
        )
        problems.append(
            Problem(where=mention.where, number=mention.number, term=mention.term, reason=reason)
        )
    return Redaction(content=redacted, removed=removed, remaining=remaining, problems=problems)


# Matching over pieces (a PDF glyph, a Word character), each with the gap before it: none,
# soft (a move on the same line: a word boundary or not) or hard (a new line, a block).


def fold_char(ch: str) -> str:
    """One folded character, or "" for a combining mark (it belongs to the letter before)."""
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base[:1].lower()


def _is_letter(ch: str) -> bool:
    return WORD.match(ch) is not None


def find_spans(pieces: Sequence[tuple[str, str]], terms: list[str]) -> list[tuple[int, int, str]]:
    """(first piece, last piece, term) for each place ``pieces`` spell a term as whole words."""
    letters: list[str] = []
    owners: list[int] = []
    gaps: list[bool] = []
    soft = False
    for index, (text, gap) in enumerate(pieces):
        if gap == HARD:
            letters.append(" ")
            owners.append(-1)
            gaps.append(False)
            soft = False
        elif gap == SOFT:
            soft = True
        for ch in text:
            folded = fold_char(ch)
            if not folded:
                continue
            letters.append(folded)
            owners.append(index)
            gaps.append(soft)
            soft = False
    flat = "".join(letters)
    spans = []
    for term in terms:
        wanted = WORD.findall(fold_aligned(term))
        if not wanted:
            continue
        start = flat.find(wanted[0])
        while start != -1:
            left_ok = start == 0 or not _is_letter(flat[start - 1]) or gaps[start]
            end = _match(flat, gaps, start, wanted) if left_ok else None
            if end is not None:
                last = owners[end - 1]
                # Marks written as separate characters (NFD) after the last letter go too.
                while (
                    last + 1 < len(pieces)
                    and not pieces[last + 1][1]
                    and pieces[last + 1][0]
                    and not any(fold_char(ch) for ch in pieces[last + 1][0])
                ):
                    last += 1
                spans.append((owners[start], last, term))
            start = flat.find(wanted[0], start + 1)
    return spans


def _match(flat: str, gaps: list[bool], position: int, wanted: list[str]) -> int | None:
    size = len(flat)
    for index, word in enumerate(wanted):
        if not flat.startswith(word, position):
            return None
        position += len(word)
        if position < size and _is_letter(flat[position]) and not gaps[position]:
            return None  # the text's word goes on: "Annam" does not name "An"
        if index == len(wanted) - 1:
            return position
        while position < size and not _is_letter(flat[position]):
            position += 1
        if position >= size:
            return None
    return None


# PDF


@dataclass
class _Glyph:
    op: int
    element: int
    start: int
    end: int
    text: str
    gap: str
    width: float  # the displacement, in TJ units (thousandths of text space)
    hidden: bool


@dataclass
class _FontInfo:
    readable: bool
    # False when the codes are glyph numbers with no map to characters: processed as pypdf
    # reads them (so the re-check agrees), but the page is reported as not checkable.
    checkable: bool = True
    two_bytes: bool = False
    encoding: dict | None = None
    character_map: dict = field(default_factory=dict)
    widths: dict = field(default_factory=dict)
    space_width: float = 250.0


@dataclass
class _TextState:
    font: _FontInfo | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    leading: float = 0.0
    render: int = 0

    def copy(self) -> "_TextState":
        return _TextState(**vars(self))


class _PageScan:
    """What one content stream shows, glyph by glyph, and where its text came from."""

    def __init__(self):
        self.glyphs: list[_Glyph] = []
        self.pending = ""
        self.unreadable = False
        self.images = False

    def gap(self, kind: str) -> None:
        if kind == HARD or not self.pending:
            self.pending = kind


def _redact_pdf(content: bytes, terms: list[str]):
    reader = PdfReader(io.BytesIO(content), strict=False)
    fonts: dict[int, _FontInfo] = {}
    seen: set[int] = set()
    removed = 0
    problems: list[Problem] = []
    unreadable: set[tuple[str, int]] = set()
    for number, page in enumerate(reader.pages, start=1):
        resources = _resolved(page.get("/Resources"))
        contents = page.get("/Contents")
        streams = _content_streams(contents)
        if not streams or any(id(stream) in seen for stream in streams):
            continue
        seen.update(id(stream) for stream in streams)
        forms: list[tuple[StreamObject, DictionaryObject]] = []
        try:
            stream = ContentStream(_resolved(contents), reader)
            result = _redact_stream(stream, resources, fonts, terms, forms)
        except Exception:
            logger.info("Could not read a page's content stream for redaction", exc_info=True)
            unreadable.add(("page", number))
            problems.append(
                Problem(where="page", number=number, term="", reason=RedactionProblem.FONT)
            )
            continue
        count, scan, hidden_terms = result
        if count:
            _overwrite(streams[0], stream.get_data())
            for other in streams[1:]:
                _overwrite(other, b"")
        removed += count
        has_text = bool(scan.glyphs)
        images, any_unreadable = scan.images, scan.unreadable
        # Forms (XObjects drawn with Do) hold text too: headers and logos of some producers.
        while forms:
            form, form_resources = forms.pop()
            if id(form) in seen:
                continue
            seen.add(id(form))
            try:
                form_stream = ContentStream(form, reader)
                found = _redact_stream(form_stream, form_resources, fonts, terms, forms)
            except Exception:
                any_unreadable = True
                continue
            form_count, form_scan, form_hidden = found
            if form_count:
                _overwrite(form, form_stream.get_data())
            removed += form_count
            hidden_terms |= form_hidden
            has_text = has_text or bool(form_scan.glyphs)
            images = images or form_scan.images
            any_unreadable = any_unreadable or form_scan.unreadable
        # Invisible text over a picture is a scan's OCR layer: the picture shows the name.
        for term in sorted(hidden_terms) if images else ():
            problems.append(
                Problem(where="page", number=number, term=term, reason=RedactionProblem.HIDDEN)
            )
        if any_unreadable:
            unreadable.add(("page", number))
            problems.append(
                Problem(where="page", number=number, term="", reason=RedactionProblem.FONT)
            )
        elif images and not has_text:
            problems.append(
                Problem(where="page", number=number, term="", reason=RedactionProblem.SCANNED)
            )
    if not removed:
        return content, 0, problems, unreadable
    writer = PdfWriter()
    writer.clone_reader_document_root(reader)
    writer.pdf_header = reader.pdf_header
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), removed, problems, unreadable


def _resolved(value):
    return value.get_object() if value is not None else None


def _content_streams(contents) -> list[StreamObject]:
    contents = _resolved(contents)
    if isinstance(contents, StreamObject):
        return [contents]
    if isinstance(contents, ArrayObject):
        return [
            item.get_object() for item in contents if isinstance(item.get_object(), StreamObject)
        ]
    return []


def _overwrite(stream: StreamObject, data: bytes) -> None:
    """Replace a stream's data in place, so no copy of the old text is left in the file."""
    stream.pop("/DecodeParms", None)
    if isinstance(stream, EncodedStreamObject):
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        StreamObject.set_data(stream, zlib.compress(data))
        stream.decoded_self = None
    else:
        stream.pop("/Filter", None)
        StreamObject.set_data(stream, data)


def _font_info(font_object, cache: dict[int, _FontInfo]) -> _FontInfo:
    resolved = _resolved(font_object)
    if not isinstance(resolved, DictionaryObject):
        return _FontInfo(readable=False)
    key = id(resolved)
    if key not in cache:
        cache[key] = _read_font(resolved)
    return cache[key]


def _read_font(font: DictionaryObject) -> _FontInfo:
    # pypdf's own reading of the font, so the text matched here is the text its extraction
    # (and so the re-check) sees. It is not re-exported from pypdf.generic.
    try:
        from pypdf.generic._font import Font

        parsed = Font.from_font_resource(font)
    except Exception:
        logger.info("Unreadable font in a PDF being redacted", exc_info=True)
        return _FontInfo(readable=False)
    if not parsed.interpretable:
        return _FontInfo(readable=False)
    if isinstance(parsed.encoding, dict):
        return _FontInfo(
            readable=True,
            encoding=parsed.encoding,
            character_map=parsed.character_map,
            widths=parsed.character_widths,
            space_width=_number(parsed.space_width, 250.0) or 250.0,
        )
    # Composite fonts: only two-byte codes (Identity-H/V, UCS-2, UTF-16) are read here; the
    # variable-length legacy CJK encodings are not. Identity codes are glyph numbers, which
    # only a ToUnicode map turns into characters.
    if parsed.encoding != "utf-16-be":
        return _FontInfo(readable=False)
    encoding_name = str(font.get("/Encoding", ""))
    unicode_codes = "UCS2" in encoding_name or "UTF16" in encoding_name
    return _FontInfo(
        readable=True,
        checkable=bool(parsed.character_map) or unicode_codes,
        two_bytes=True,
        character_map=parsed.character_map,
        widths=parsed.character_widths,
        space_width=_number(parsed.space_width, 250.0) or 250.0,
    )


def _raw(value) -> bytes | None:
    if isinstance(value, TextStringObject):
        return value.original_bytes
    if isinstance(value, bytes):
        return bytes(value)
    return None


def _number(value, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _redact_stream(
    stream: ContentStream,
    resources: DictionaryObject | None,
    fonts: dict[int, _FontInfo],
    terms: list[str],
    forms: list,
) -> tuple[int, _PageScan, set[str]]:
    operations = stream.operations
    scan = _scan(operations, resources, fonts, forms)
    spans = find_spans([(glyph.text, glyph.gap) for glyph in scan.glyphs], terms)
    dropped: set[int] = set()
    hidden_terms: set[str] = set()
    for first, last, term in spans:
        dropped.update(range(first, last + 1))
        if any(scan.glyphs[index].hidden for index in range(first, last + 1)):
            hidden_terms.add(term)
    if not dropped:
        return 0, scan, hidden_terms
    by_op: dict[int, list[tuple[_Glyph, bool]]] = {}
    for index, glyph in enumerate(scan.glyphs):
        by_op.setdefault(glyph.op, []).append((glyph, index in dropped))
    rewritten = []
    for index, (operands, operator) in enumerate(operations):
        glyphs = by_op.get(index)
        if glyphs is None or not any(drop for _glyph, drop in glyphs):
            rewritten.append((operands, operator))
            continue
        rewritten.extend(_rewrite(operands, operator, glyphs))
    stream.operations = rewritten
    return len(spans), scan, hidden_terms


def _scan(operations, resources, fonts, forms) -> _PageScan:
    scan = _PageScan()
    state = _TextState()
    saved: list[_TextState] = []
    line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    font_resources = _resolved(resources.get("/Font")) if resources else None
    xobjects = _resolved(resources.get("/XObject")) if resources else None
    for index, (operands, operator) in enumerate(operations):
        if operator == b"q":
            saved.append(state.copy())
        elif operator == b"Q":
            if saved:
                state = saved.pop()
        elif operator in (b"BT", b"ET"):
            scan.gap(HARD)
            line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        elif operator == b"Tf" and len(operands) >= 2:
            font_object = font_resources.get(operands[0]) if font_resources else None
            state.font = _font_info(font_object, fonts)
            state.size = _number(operands[1])
        elif operator == b"Tc" and operands:
            state.char_spacing = _number(operands[0])
        elif operator == b"Tw" and operands:
            state.word_spacing = _number(operands[0])
        elif operator == b"TL" and operands:
            state.leading = _number(operands[0])
        elif operator == b"Tr" and operands:
            state.render = int(_number(operands[0]))
        elif operator in (b"Td", b"TD") and len(operands) >= 2:
            tx, ty = _number(operands[0]), _number(operands[1])
            if operator == b"TD":
                state.leading = -ty
            line[4] += tx * line[0] + ty * line[2]
            line[5] += tx * line[1] + ty * line[3]
            scan.gap(SOFT if ty == 0 else HARD)
        elif operator == b"Tm" and len(operands) >= 6:
            matrix = [_number(value) for value in operands[:6]]
            same = matrix[:4] == line[:4] and abs(matrix[5] - line[5]) < 0.01
            line = matrix
            scan.gap(SOFT if same else HARD)
        elif operator == b"T*":
            scan.gap(HARD)
        elif operator in (b"Tj", b"'", b'"') and operands:
            if operator != b"Tj":
                scan.gap(HARD)
            if operator == b'"' and len(operands) >= 3:
                state.word_spacing = _number(operands[0])
                state.char_spacing = _number(operands[1])
            _show(scan, state, index, 0, operands[-1])
        elif operator == b"TJ" and operands and isinstance(operands[0], ArrayObject):
            for element, item in enumerate(operands[0]):
                if isinstance(item, (int, float)) and not isinstance(item, bool):
                    # pypdf's own test for a word gap in a TJ array: half a space.
                    space = state.font.space_width if state.font else 250.0
                    if -float(item) >= space / 2:
                        scan.gap(SOFT)
                else:
                    _show(scan, state, index, element, item)
        elif operator == b"Do" and operands and xobjects is not None:
            scan.gap(HARD)
            xobject = _resolved(xobjects.get(operands[0]))
            if isinstance(xobject, StreamObject):
                if xobject.get("/Subtype") == "/Image":
                    scan.images = True
                elif xobject.get("/Subtype") == "/Form":
                    own = _resolved(xobject.get("/Resources"))
                    forms.append((xobject, own if isinstance(own, DictionaryObject) else resources))
        elif operator == b"INLINE IMAGE":
            scan.images = True
    return scan


def _show(scan: _PageScan, state: _TextState, op: int, element: int, value) -> None:
    data = _raw(value)
    if data is None:
        return
    font = state.font
    hidden = state.render in (3, 7)
    if font is None or not font.readable:
        scan.unreadable = True
        scan.gap(HARD)
        return
    if not font.checkable:
        scan.unreadable = True
    size = state.size or 1.0
    step = 2 if font.two_bytes else 1
    default = font.widths.get("default", 500)
    for start in range(0, len(data) - step + 1, step):
        code = int.from_bytes(data[start : start + step], "big")
        raw = chr(code) if font.two_bytes else font.encoding.get(code, chr(code))
        text = font.character_map.get(raw, raw)
        if not isinstance(text, str):
            text = ""
        width_key = chr(code)
        width = _number(font.widths.get(width_key, default), 500.0)
        extra = state.char_spacing + (state.word_spacing if step == 1 and code == 32 else 0.0)
        scan.glyphs.append(
            _Glyph(
                op=op,
                element=element,
                start=start,
                end=start + step,
                text=text,
                gap=scan.pending,
                width=width + extra * 1000.0 / size,
                hidden=hidden,
            )
        )
        scan.pending = ""


def _rewrite(operands, operator, glyphs: list[tuple[_Glyph, bool]]):
    """The operation as a TJ without the dropped glyphs, each replaced by its width."""
    elements = list(operands[0]) if operator == b"TJ" else [operands[-1]]
    by_element: dict[int, list[tuple[_Glyph, bool]]] = {}
    for glyph, drop in glyphs:
        by_element.setdefault(glyph.element, []).append((glyph, drop))
    array: list = []

    def push_number(value: float) -> None:
        if array and isinstance(array[-1], (FloatObject, NumberObject)):
            value += float(array[-1])
            array.pop()
        array.append(FloatObject(round(value, 3)))

    for index, item in enumerate(elements):
        if index not in by_element:
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                push_number(float(item))
            else:
                array.append(item)
            continue
        data = _raw(item) or b""
        kept = bytearray()
        position = 0
        for glyph, drop in by_element[index]:
            if drop:
                kept += data[position : glyph.start]
                if kept:
                    array.append(ByteStringObject(bytes(kept)))
                    kept = bytearray()
                push_number(-glyph.width)
                position = glyph.end
        kept += data[position:]
        if kept:
            array.append(ByteStringObject(bytes(kept)))
    shown = ([ArrayObject(array)], b"TJ")
    if operator == b"'":
        return [([], b"T*"), shown]
    if operator == b'"':
        return [
            ([operands[0]], b"Tw"),
            ([operands[1]], b"Tc"),
            ([], b"T*"),
            shown,
        ]
    return [shown]


# Word


def _redact_docx(content: bytes, terms: list[str], mark: str, limits: Limits) -> tuple[bytes, int]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        infos = archive.infolist()
        parts = {info.filename: archive.read(info) for info in infos}
    text_parts = {name for name, _where in docx_text_parts(list(parts))}
    removed = 0
    changed: dict[str, bytes] = {}
    for name in text_parts:
        try:
            text, codec = decode(parts[name])
        except UnreadableXml:
            continue
        new_text, count = _redact_word_xml(text, terms, mark)
        if count:
            changed[name] = new_text.encode(codec)
            removed += count
    if not changed:
        return content, 0
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in infos:
            member = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            member.compress_type = info.compress_type
            target.writestr(member, changed.get(info.filename, parts[info.filename]))
    return out.getvalue(), removed


_SPACE_ATTRIBUTE = re.compile(r"\sxml:space\s*=")


def _redact_word_xml(text: str, terms: list[str], mark: str) -> tuple[str, int]:
    prefixes = word_prefixes(text)
    if not prefixes:
        return text, 0
    pattern = paragraph_pattern(prefixes)
    # (open tag start, open tag end, content start, content end, text) of every run text.
    elements: list[tuple[int, int, int, int, str]] = []
    stack: list[list[tuple[str, str, int, int]]] = []
    spans_total = 0
    removals: dict[int, set[int]] = {}
    marks: dict[int, set[int]] = {}

    def close(paragraph: list[tuple[str, str, int, int]]) -> int:
        spans = find_spans([(ch, gap) for ch, gap, _e, _i in paragraph], terms)
        for first, last, _term in spans:
            owner_element, owner_index = paragraph[first][2], paragraph[first][3]
            marks.setdefault(owner_element, set()).add(owner_index)
            for ch_gap_element_index in paragraph[first : last + 1]:
                _ch, _gap, element, position = ch_gap_element_index
                removals.setdefault(element, set()).add(position)
        return len(spans)

    pending = ""
    for match in pattern.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            stack.append([])
            pending = ""
        elif kind == "close" or kind == "empty":
            if kind == "close" and stack:
                spans_total += close(stack.pop())
            pending = HARD
        elif kind == "brk":
            pending = HARD
        elif kind == "text" and stack:
            body = html.unescape(match.group("body"))
            element = len(elements)
            elements.append(
                (match.start(), match.start("body"), match.start("body"), match.end("body"), body)
            )
            for position, ch in enumerate(body):
                stack[-1].append((ch, pending, element, position))
                pending = ""
    while stack:
        spans_total += close(stack.pop())
    if not removals:
        return text, 0
    pieces = []
    cursor = 0
    for element, (tag_start, tag_end, _body_start, body_end, body) in enumerate(elements):
        if element not in removals:
            continue
        dropped = removals[element]
        new_body = "".join(
            (mark if position in marks.get(element, ()) else "")
            + ("" if position in dropped else ch)
            for position, ch in enumerate(body)
        )
        tag = text[tag_start:tag_end]
        if new_body != new_body.strip() and not _SPACE_ATTRIBUTE.search(tag):
            tag = tag[:-1] + ' xml:space="preserve">'
        pieces.append(text[cursor:tag_start])
        pieces.append(tag)
        pieces.append(escape(new_body))
        cursor = body_end
    pieces.append(text[cursor:])
    return "".join(pieces), spans_total
