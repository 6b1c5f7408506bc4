"""Vietnamese text helpers shared by search, sorting and redaction."""

import re
import unicodedata

_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lower-case, accent-free form: "Cải cách ĐÔ THỊ" → "cai cach do thi".

    "đ" is a separate letter, not d with a mark, so NFD alone leaves it; it is mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped).strip().lower()


def strip_format_chars(text: str) -> str:
    """Drop Unicode format characters (category Cf: zero-width spaces and joiners, bidi
    controls, soft hyphens): invisible on screen, they made "Ngô\u200b Thị Mai" a different
    name from "Ngô Thị Mai" to every comparison. Vietnamese never needs them."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def nfc(text: str) -> str:
    """The one form text is stored in: NFC, without format characters."""
    return strip_format_chars(unicodedata.normalize("NFC", text))


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else ch


def replace_folded(text: str, term: str, replacement: str) -> str:
    """Replace every accent- and case-insensitive occurrence of term in text."""
    if not term:
        return text
    folded_text = "".join(_fold_char(c) for c in text)
    folded_term = "".join(_fold_char(c) for c in nfc(term))
    pieces, start = [], 0
    while (found := folded_text.find(folded_term, start)) != -1:
        pieces.append(text[start:found])
        pieces.append(replacement)
        start = found + len(folded_term)
    pieces.append(text[start:])
    return "".join(pieces)
