"""Vietnamese collation of people's names, as lists of people are printed in Vietnam.

A full name is written family name, middle name(s), given name ("Nguyễn Thị Minh Khai");
lists are sorted by the given name, then the middle name(s) left to right, then the family
name. Words compare by the Vietnamese alphabet

    a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y

(letters of foreign names, f j w z, take their Latin places), letters first and the tone
second: "Anh" comes before "Ánh" (same letters, no tone before sắc), and "Án" before "Anh"
(fewer letters), whatever the tones. Digraphs (ch, gh, kh, ng, nh, ph, th, tr) are not
letters of their own, as in CLDR's Vietnamese collation: "Chi" sorts before "Cường".
Tones rank in dictionary order: none, huyền, hỏi, ngã, sắc, nặng. A syllable carries one
tone wherever it is written, so "Hoà" and "Hòa" (old and new placement) sort together.

Input is composed to NFC first, so text pasted decomposed (NFD) sorts as its NFC form.
Pure Python: no Django, no locale database (ICU and libc disagree on Vietnamese, and
neither is always installed).
"""

import unicodedata

# The alphabet, with the letters Vietnamese words lack slotted into their Latin places.
_ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}

# Marks that make another letter of the alphabet (ă â ê ô ơ ư) rather than a tone.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_LETTER_MARKS = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}

# Tones in dictionary order; 0 is the level tone (thanh ngang, no mark).
TONE_ORDER = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TONE_RANK = {mark: rank for rank, mark in enumerate(TONE_ORDER) if mark}

# Sort classes of a character: digits before letters, anything else after them.
_DIGIT, _LETTER, _OTHER = 0, 1, 2

type CharKey = tuple[int, int]
type WordKey = tuple[tuple[CharKey, ...], int]
type NameKey = tuple[WordKey, tuple[WordKey, ...], WordKey, str]


def _clusters(word: str):
    """(base character, its combining marks) for each character of ``word``, NFD-split."""
    base, marks = None, []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char) and base is not None:
            marks.append(char)
            continue
        if base is not None:
            yield base, marks
        base, marks = char, []
    if base is not None:
        yield base, marks


def _char_key(base: str, marks: list[str]) -> CharKey:
    letter = base.lower()
    for mark in marks:
        letter = _LETTER_MARKS.get((letter, mark), letter)
    if letter in _LETTER_RANK:
        return (_LETTER, _LETTER_RANK[letter])
    if letter.isdigit():
        return (_DIGIT, unicodedata.digit(letter, 0))
    return (_OTHER, ord(letter))


def vietnamese_word_key(word: str) -> WordKey:
    """Sort key of one word: its letters, then its tone (case and tone placement aside)."""
    letters, tone = [], 0
    for base, marks in _clusters(word):
        letters.append(_char_key(base, marks))
        # One tone per syllable; should a typo give two, the first in NFD order counts.
        tone = tone or next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), 0)
    return (tuple(letters), tone)


def vietnamese_name_key(full_name: str) -> NameKey:
    """Sort key of a full name: given name, middle name(s), family name, then the text.

    ``sorted(names, key=vietnamese_name_key)`` lists "Trần Thị An" before "Nguyễn Văn An"
    (middle names decide) and both before "Lê Ánh". A one-word name is a given name only.
    The last element, the NFC name itself, only separates names that are otherwise equal
    (letter case, tone placement), so the order is total and stable across runs.
    """
    name = " ".join(unicodedata.normalize("NFC", full_name or "").split())
    words = name.split(" ") if name else []
    empty: WordKey = ((), 0)
    given = vietnamese_word_key(words[-1]) if words else empty
    family = vietnamese_word_key(words[0]) if len(words) > 1 else empty
    middle = tuple(vietnamese_word_key(word) for word in words[1:-1])
    return (given, middle, family, name)


# Keys stored in the database, so that SQL's ORDER BY (pages, the admin, exports) gives the
# order above on SQLite and PostgreSQL alike. Only digits and a-f, each character at a
# fixed width: byte order and any locale's order agree on them, whatever the collation.
def _word_code(key: WordKey) -> str:
    letters, tone = key
    return "".join(f"{cls + 1}{rank:05x}" for cls, rank in letters) + "0" + str(tone)


def name_sort_key(full_name: str) -> str:
    """``vietnamese_name_key`` as a string whose plain order is the same."""
    given, middle, family, name = vietnamese_name_key(full_name)
    return (
        _word_code(given)
        + "".join("1" + _word_code(w) for w in middle)
        + "0"
        + _word_code(family)
        + "".join(f"{ord(c):06x}" for c in name)
    )


def text_sort_key(text: str) -> str:
    """Text in reading order (agency names): word by word in the Vietnamese alphabet."""
    name = " ".join(unicodedata.normalize("NFC", text or "").split())
    words = name.split(" ") if name else []
    return (
        "".join("1" + _word_code(vietnamese_word_key(w)) for w in words)
        + "0"
        + "".join(f"{ord(c):06x}" for c in name)
    )
