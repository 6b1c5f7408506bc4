from decimal import Decimal

import pytest

from contest.exports import formula_safe


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Một cửa = số hóa", "Một cửa = số hóa"),
        ("", ""),
        (-1, -1),
        (Decimal("-2.5"), Decimal("-2.5")),
        (None, None),
    ],
)
def test_formula_safe_keeps_formula_starts_as_text_only(value, cell):
    assert formula_safe(value) == cell
