"""Text-level edits to Office XML parts that keep every byte we do not mean to change.

Round-tripping Word XML through ElementTree renames namespace prefixes, and ``mc:Ignorable``
names prefixes, so a round-tripped part can make Word call the document corrupt. Parts that
carry content are therefore edited as text; only small, fixed-vocabulary parts are parsed.
"""

import codecs
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
