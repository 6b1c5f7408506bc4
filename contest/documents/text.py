"""Unicode NFC for everything a document prints.

Names pasted from Word or typed with some Vietnamese input methods arrive decomposed (NFD):
"ễ" as "e" plus two combining marks. Shaped as is, the marks may stack badly, and text
copied out of the PDF would not match the same name typed elsewhere.
"""

import dataclasses
import unicodedata
from collections.abc import Mapping


def nfc(value):
    """Return ``value`` with every string inside it in NFC.

    Follows the containers a template context holds (mappings, lists, tuples, sets and
    dataclass instances); other objects, bytes included, are returned unchanged.
    """
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {nfc(key): nfc(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return type(value)(nfc(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: nfc(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.init
        }
        return dataclasses.replace(value, **changes)
    return value
