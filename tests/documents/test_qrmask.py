import random

import pytest
import segno
from segno import encoder

from contest.documents import qrmask

_TEXTS = [f"https://cuocthi.hanoi.gov.vn/xac-minh/CCHC2024-{n:05d}" for n in (1, 7, 42, 999)]
_rng = random.Random(12)
_TEXTS += [
    "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz0123456789/-:._ ") for _ in range(length))
    for length in (1, 5, 17, 40, 77, 120, 200, 350, 600)
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("error", ["l", "m", "h"])
def test_same_mask_and_modules_as_segno(monkeypatch, text, error):
    monkeypatch.setattr(encoder, "find_and_apply_best_mask", qrmask._segno_find_and_apply_best_mask)
    expected = segno.make(text, error=error, micro=False)
    monkeypatch.setattr(encoder, "find_and_apply_best_mask", qrmask.find_and_apply_best_mask)
    actual = segno.make(text, error=error, micro=False)

    assert (actual.mask, actual.matrix) == (expected.mask, expected.matrix)


def test_requested_mask_and_micro_codes_left_to_segno():
    assert segno.make("x", micro=False, mask=5).mask == 5
    assert segno.make("12345", micro=True).is_micro


def test_installed_for_documents():
    import contest.documents.images  # noqa: F401

    assert encoder.find_and_apply_best_mask is qrmask.find_and_apply_best_mask
