"""The QR data mask chosen as segno chooses it, about ten times faster.

ISO/IEC 18004 has the encoder try all eight data masks and keep the one with the lowest
penalty score. segno does this module by module in Python, which is most of the cost of a
certificate's QR code (about 3 ms of 35). Here the same scores are computed on whole rows
(bytes, and integers used as bit sets), so every code comes out module for module as segno
alone would make it; ``tests/documents/test_qrmask.py`` compares the two on many inputs.
Micro QR codes and explicitly requested masks go to segno's own function.
"""

import re
from functools import cache

from segno import encoder

_segno_find_and_apply_best_mask = encoder.find_and_apply_best_mask

# N1: five or more adjacent modules of one colour, in lines joined by a separator.
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
_SEPARATOR = b"\x09"
_N3_PATTERN = bytes((0x1, 0x0, 0x1, 0x1, 0x1, 0x0, 0x1))
_TO_BITS = bytes.maketrans(b"\x00\x01", b"01")


def find_and_apply_best_mask(matrix, width, height, proposed_mask=None):
    """Drop-in for ``segno.encoder.find_and_apply_best_mask``: same mask, same matrix."""
    if proposed_mask is not None or width != height or width < 21:
        return _segno_find_and_apply_best_mask(matrix, width, height, proposed_mask)
    rows = [bytes(row) for row in matrix]
    if any(value > 0x1 for row in rows for value in set(row)):
        # Unfilled modules (never left by segno's encoder): score them segno's way.
        return _segno_find_and_apply_best_mask(matrix, width, height, proposed_mask)
    best_score, best_pattern, best_rows = None, None, None
    for mask_number, xors in enumerate(_mask_xors(width)):
        masked = [
            (int.from_bytes(row) ^ xor).to_bytes(width) for row, xor in zip(rows, xors, strict=True)
        ]
        score = _score(masked, width)
        if best_score is None or score < best_score:
            best_score, best_pattern, best_rows = score, mask_number, masked
    return best_pattern, tuple(bytearray(row) for row in best_rows)


@cache
def _mask_xors(width: int) -> tuple[tuple[int, ...], ...]:
    """Per mask, per row: the mask as an integer of 0/1 bytes, over the encoding region."""
    function_matrix = encoder.make_matrix(width, width)
    encoder.add_finder_patterns(function_matrix, width, width)
    encoder.add_alignment_patterns(function_matrix, width, width)
    function_matrix[-8][8] = 0x1
    masks = []
    for pattern in encoder.get_data_mask_functions(False):
        masks.append(
            tuple(
                int.from_bytes(
                    bytes(
                        1 if function_matrix[i][j] > 0x1 and pattern(i, j) else 0
                        for j in range(width)
                    )
                )
                for i in range(width)
            )
        )
    return tuple(masks)


def _score(rows: list[bytes], size: int) -> int:
    columns = [bytes(column) for column in zip(*rows, strict=True)]
    lines = (*rows, *columns)
    runs = _RUN.findall(_SEPARATOR.join(lines))
    n1 = sum(map(len, runs)) - 2 * len(runs)
    bits = [int(row.translate(_TO_BITS), 2) for row in rows]
    pair_mask = (1 << (size - 1)) - 1
    # Bit j set: module j equals module j + 1 in that row.
    same_right = [~(row ^ (row >> 1)) & pair_mask for row in bits]
    n2 = 3 * sum(
        (
            same_right[i]
            & same_right[i - 1]
            & ~((bits[i] ^ bits[i - 1]) & pair_mask)
            & ~((bits[i] ^ bits[i - 1]) >> 1)
            & pair_mask
        ).bit_count()
        for i in range(1, size)
    )
    n3 = sum(_n3_occurrences(line, size) for line in lines if _N3_PATTERN in line)
    dark = sum(row.count(1) for row in rows)
    n4 = 10 * int(abs(float(dark) / (size**2) * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


def _n3_occurrences(seq: bytes, qr_size: int) -> int:
    """segno's N3 count (1:1:3:1:1 next to four light modules), unchanged."""
    count = 0
    idx = seq.find(_N3_PATTERN)
    while idx != -1:
        offset = idx + 7
        if (
            idx in (0, qr_size - 7)
            or not any(seq[max(idx - 4, 0) : min(idx, qr_size)])
            or not any(seq[max(offset, 0) : min(offset + 4, qr_size)])
        ):
            count += 40
        else:
            offset = idx + 4
        idx = seq.find(_N3_PATTERN, offset)
    return count


def install() -> None:
    """Make segno use this function (idempotent)."""
    encoder.find_and_apply_best_mask = find_and_apply_best_mask
