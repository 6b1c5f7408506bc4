"""Text-level edits to Office XML parts that keep every byte we do not mean to change.

Round-tripping Word XML through ElementTree renames namespace prefixes, and ``mc:Ignorable``
names prefixes, so a round-tripped part can make Word call the document corrupt. Parts that
carry content are therefore edited as text; only small, fixed-vocabulary parts are parsed.
"""

import codecs
import html
import re

_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_PREFIX_DECLARATION = re.compile(r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])(.*?)\2""", re.DOTALL)
WORD_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO "Strict" documents
    }
)


class UnreadableXml(ValueError):
    """A part that is not text in an encoding XML allows, or that declares a DTD."""


def decode(data: bytes) -> tuple[str, str]:
    """The part's text and the codec that writes it back with the same byte order mark."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig"), "utf-8-sig"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "utf-16"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        raise UnreadableXml(str(error)) from error


def has_doctype(data: bytes) -> bool:
    # Office never writes a DTD; one present is there for entity expansion tricks.
    try:
        text, _codec = decode(data)
    except UnreadableXml:
        return True
    return _DOCTYPE.search(text) is not None


def word_prefixes(text: str) -> set[str]:
    """Prefixes bound to WordprocessingML in this part (``w`` by habit, not by rule)."""
    return {
        match.group(1)
        for match in _PREFIX_DECLARATION.finditer(text)
        if match.group(3) in WORD_NAMESPACES
    }


def blank_word_attributes(text: str, *, local_names: tuple[str, ...]) -> str:
    """``text`` with every Word attribute named in ``local_names`` set to the empty string."""
    prefixes = word_prefixes(text)
    if not prefixes:
        return text
    pattern = re.compile(
        r"""(\s(?:{prefixes}):(?:{names})\s*=\s*)(["'])(.*?)\2""".format(
            prefixes="|".join(map(re.escape, sorted(prefixes))),
            names="|".join(map(re.escape, local_names)),
        ),
        re.DOTALL,
    )
    return pattern.sub(lambda match: f"{match.group(1)}{match.group(2)}{match.group(2)}", text)


def remove_word_empty_elements(text: str, *, local_name: str) -> str:
    """``text`` without self-closing Word elements called ``local_name``."""
    prefixes = word_prefixes(text)
    if not prefixes:
        return text
    pattern = re.compile(
        r"<(?:{prefixes}):{name}\b[^>]*/>".format(
            prefixes="|".join(map(re.escape, sorted(prefixes))), name=re.escape(local_name)
        )
    )
    return pattern.sub("", text)


# Field instructions Word acts on when the document opens or fields update: fetching a
# picture or file (with the reader's address and, on Windows, credentials), or running a
# DDE conversation with another program.
_ACTIVE_FIELD_WORDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "DDE", "DDEAUTO", "LINK"}
)
_FIELD_WORD = re.compile(r"[A-Za-z]+")


def is_active_field(instruction: str) -> bool:
    """Whether a field code fetches or executes, however it is spaced or cased."""
    words = {word.upper() for word in _FIELD_WORD.findall(instruction)}
    squashed = re.sub(r"[^A-Za-z]", "", instruction).upper()
    # An instruction split across runs or around a nested field reads as one word to Word.
    return bool(words & _ACTIVE_FIELD_WORDS) or any(
        squashed.startswith(word) for word in _ACTIVE_FIELD_WORDS
    )


def blank_active_fields(text: str) -> str:
    """``text`` with the instructions of fetching or executing fields emptied.

    The field's last result (what the reader saw) stays; only the instruction that would
    be acted on goes. Complex fields spread their instruction over several ``instrText``
    runs between ``fldChar`` begin and separate, so instructions are judged per field.
    """
    prefixes = word_prefixes(text)
    if not prefixes:
        return text
    alternatives = "|".join(map(re.escape, sorted(prefixes)))
    simple = re.compile(
        rf"""(<(?:{alternatives}):fldSimple\b[^>]*?\s(?:{alternatives}):instr\s*=\s*)(["'])(.*?)\2""",
        re.DOTALL,
    )
    text = simple.sub(
        lambda m: (
            f"{m.group(1)}{m.group(2)}{m.group(2)}"
            if is_active_field(_unescape(m.group(3)))
            else m.group(0)
        ),
        text,
    )
    token = re.compile(
        rf"""<(?:{alternatives}):fldChar\b[^>]*?(?:{alternatives}):fldCharType\s*=\s*["'](\w+)["'][^>]*>"""
        rf"""|(<(?:{alternatives}):instrText\b[^>]*>)(.*?)(</(?:{alternatives}):instrText>)""",
        re.DOTALL,
    )
    fields: list[list] = []  # per open field: [instruction pieces, spans of its instrText]
    blanked: list[tuple[int, int]] = []
    for match in token.finditer(text):
        field_type = match.group(1)
        if field_type == "begin":
            fields.append([[], [], False])
        elif field_type in ("separate", "end"):
            if fields and not fields[-1][2]:
                pieces, spans, _closed = fields[-1]
                if is_active_field("".join(pieces)):
                    blanked.extend(spans)
                fields[-1][2] = True
            if field_type == "end" and fields:
                fields.pop()
        elif match.group(2) is not None:
            span = (match.start(3), match.end(3))
            if fields and not fields[-1][2]:
                fields[-1][0].append(_unescape(match.group(3)))
                fields[-1][1].append(span)
            elif is_active_field(_unescape(match.group(3))):
                blanked.append(span)
    for pieces, spans, closed in fields:  # a field never closed is judged on what it has
        if not closed and is_active_field("".join(pieces)):
            blanked.extend(spans)
    for start, end in sorted(blanked, reverse=True):
        text = text[:start] + text[end:]
    return text


def _unescape(value: str) -> str:
    # Character references included: "&#73;NCLUDEPICTURE" is INCLUDEPICTURE to Word.
    return html.unescape(value)
