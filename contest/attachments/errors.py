"""The codes every refusal carries, so callers and logs can tell refusals apart."""

from enum import StrEnum


class RefusalCode(StrEnum):
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNSUPPORTED_TYPE = "unsupported_type"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    MACRO = "macro"
    TOO_MANY_PAGES = "too_many_pages"
    ZIP_BOMB = "zip_bomb"
    DECOMPRESSION_BOMB = "decompression_bomb"
