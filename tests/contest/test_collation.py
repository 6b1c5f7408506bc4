"""Vietnamese name order: given name, middle, family; the Vietnamese alphabet; letters first.

Pure function, no database.
"""

import random
import unicodedata

import pytest

from contest.collation import TONE_ORDER, vietnamese_name_key, vietnamese_word_key


def _sorted(names):
    return sorted(names, key=vietnamese_name_key)


def _nfd(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


# --- which part of the name decides ------------------------------------------------------


def test_name_key_given_name_decides_before_family_name():
    assert _sorted(["Nguyễn Văn Bình", "Trần Văn An"]) == ["Trần Văn An", "Nguyễn Văn Bình"]


def test_name_key_middle_name_decides_when_given_names_equal():
    assert _sorted(["Nguyễn Văn An", "Trần Thị An"]) == ["Trần Thị An", "Nguyễn Văn An"]


def test_name_key_family_name_decides_when_given_and_middle_equal():
    assert _sorted(["Trần Văn An", "Lê Văn An", "Nguyễn Văn An"]) == [
        "Lê Văn An",
        "Nguyễn Văn An",
        "Trần Văn An",
    ]


def test_name_key_middle_names_compared_word_by_word():
    assert _sorted(["Lê Thị Ngọc Anh", "Lê Thị Minh Anh", "Lê Thị Anh"]) == [
        "Lê Thị Anh",
        "Lê Thị Minh Anh",
        "Lê Thị Ngọc Anh",
    ]


def test_name_key_given_name_tone_decides_before_middle_name():
    # "An" and "Án" are different given names: every An before every Án.
    assert _sorted(["Lê Bá Án", "Lê Văn An"]) == ["Lê Văn An", "Lê Bá Án"]


def test_name_key_one_word_name_is_a_given_name():
    assert _sorted(["Nguyễn Văn Bình", "Bảo", "An"]) == ["An", "Bảo", "Nguyễn Văn Bình"]


def test_name_key_without_middle_name_before_same_name_with_one():
    assert _sorted(["Nguyễn Thị An", "Nguyễn An"]) == ["Nguyễn An", "Nguyễn Thị An"]


def test_name_key_empty_and_blank_names_first():
    assert _sorted(["Trần An", "", "   "]) == ["", "   ", "Trần An"]
    assert vietnamese_name_key("") == (((), 0), (), ((), 0), "")


def test_name_key_extra_spaces_ignored():
    assert vietnamese_name_key("  Nguyễn   Văn  An ") == vietnamese_name_key("Nguyễn Văn An")


# --- the alphabet ------------------------------------------------------------------------

VIETNAMESE_ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def test_word_key_follows_vietnamese_alphabet():
    shuffled = VIETNAMESE_ALPHABET[:]
    random.Random(7).shuffle(shuffled)

    assert sorted(shuffled, key=vietnamese_word_key) == VIETNAMESE_ALPHABET


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("An", "Ăn"),
        ("Ăn", "Ân"),
        ("Dung", "Đức"),  # đ is a letter after d, not a d with a mark
        ("Duy", "Đào"),
        ("Đức", "Em"),
        ("Em", "Ênh"),
        ("Ông", "Ơn"),
        ("Oanh", "Ông"),
        ("Uyên", "Ưng"),
        ("Ưng", "Vân"),
        # Letter by letter: ch, nh, th… are not letters of their own (as in CLDR), so
        # h decides against ư, and g against h.
        ("Chi", "Cường"),
        ("Nga", "Nhung"),
    ],
)
def test_word_key_letter_order(first, second):
    assert vietnamese_word_key(first) < vietnamese_word_key(second)
    assert _sorted([f"Lê {second}", f"Lê {first}"]) == [f"Lê {first}", f"Lê {second}"]


def test_word_key_foreign_letters_take_latin_places():
    assert sorted(["Zoe", "Wendy", "John", "Frank", "Yến"], key=vietnamese_word_key) == [
        "Frank",
        "John",
        "Wendy",
        "Yến",
        "Zoe",
    ]


def test_word_key_digits_before_letters_other_characters_after():
    assert sorted(["B", "-", "2", "A"], key=vietnamese_word_key) == ["2", "A", "B", "-"]


# --- tones -------------------------------------------------------------------------------


def test_word_key_tone_order_none_huyen_hoi_nga_sac_nang():
    expected = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    shuffled = ["Mạ", "Má", "Ma", "Mã", "Mả", "Mà"]

    assert sorted(shuffled, key=vietnamese_word_key) == expected
    assert TONE_ORDER == ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def test_word_key_letters_before_tones():
    # Án has fewer letters than Anh, so it comes first although its tone (sắc) is higher.
    assert _sorted(["Anh", "Án", "Ánh", "An"]) == ["An", "Án", "Anh", "Ánh"]


def test_word_key_base_letters_before_tones_across_vowel_letters():
    # â is a later letter than a: Ấn after every word spelled with plain a, whatever its tone.
    assert _sorted(["Ấn", "Ạn", "Ân", "Ãn"]) == ["Ãn", "Ạn", "Ân", "Ấn"]


def test_word_key_tone_with_letter_mark():
    assert _sorted(["Mậu", "Mầu", "Mẫu", "Mâu", "Mấu", "Mẩu"]) == [
        "Mâu",
        "Mầu",
        "Mẩu",
        "Mẫu",
        "Mấu",
        "Mậu",
    ]


def test_word_key_tone_placement_old_and_new_sort_equal():
    assert vietnamese_word_key("Hoà") == vietnamese_word_key("Hòa")
    assert vietnamese_word_key("Thuý") == vietnamese_word_key("Thúy")
    # Names otherwise equal then fall back to the middle and family names.
    assert _sorted(["Trần Văn Hoà", "Lê Bá Hòa"]) == ["Lê Bá Hòa", "Trần Văn Hoà"]


def test_word_key_ignores_case():
    assert vietnamese_word_key("ĐẶNG") == vietnamese_word_key("đặng")
    assert vietnamese_word_key("ƯNG") == vietnamese_word_key("ưng")


# --- Unicode forms -----------------------------------------------------------------------

NAMES = [
    "Nguyễn Thị Minh Khai",
    "Đặng Quốc Bảo",
    "Lê Thị Hồng Nhung",
    "Trần Văn Ấn",
    "Phạm Ngọc Ưng",
    "Hoàng Thị Ánh Tuyết",
]


@pytest.mark.parametrize("name", NAMES)
def test_name_key_nfd_input_equals_nfc_key(name):
    assert vietnamese_name_key(_nfd(name)) == vietnamese_name_key(name)


def test_name_key_nfd_and_nfc_names_sort_together():
    mixed = [_nfd(name) if i % 2 else name for i, name in enumerate(NAMES)]

    assert [unicodedata.normalize("NFC", n) for n in _sorted(mixed)] == _sorted(NAMES)


def test_name_key_decomposed_marks_in_any_order():
    # "ệ" typed as e + circumflex + dot below (not canonical order) is still ê with nặng.
    odd = "Nguy" + "e\u0302\u0323" + "n Văn Lệ"
    assert vietnamese_name_key(odd)[2] == vietnamese_name_key("Nguyện")[0]


def test_name_key_ties_broken_by_text_only_when_equal():
    assert _sorted(["lê văn an", "Lê Văn An"]) == ["Lê Văn An", "lê văn an"]
    assert vietnamese_name_key("Lê Văn An")[:3] == vietnamese_name_key("lê văn an")[:3]


# --- a realistic list --------------------------------------------------------------------


def test_name_key_sorts_a_jury_as_printed_in_vietnam():
    jury = [
        "Nguyễn Văn An",
        "Trần Thị An",
        "Lê Ánh",
        "Đỗ Minh Đức",
        "Phạm Văn Dũng",
        "Vũ Thị Duyên",
        "Bùi Thị Ân",
        "Hoàng Văn Ăn",
        "Ngô Quang Anh",
        "Đinh Thị Ngọc Ánh",
        "Lý Văn Bình",
        "Mai Thị Chi",
        "Tạ Văn Cường",
        "Dương Thị Yến",
        "Phan Thanh Ý",
    ]
    expected = [
        "Trần Thị An",
        "Nguyễn Văn An",
        "Ngô Quang Anh",
        "Lê Ánh",
        "Đinh Thị Ngọc Ánh",
        "Hoàng Văn Ăn",
        "Bùi Thị Ân",
        "Lý Văn Bình",
        "Mai Thị Chi",
        "Tạ Văn Cường",
        "Phạm Văn Dũng",
        "Vũ Thị Duyên",
        "Đỗ Minh Đức",
        "Phan Thanh Ý",
        "Dương Thị Yến",
    ]
    shuffled = jury[:]
    random.Random(2024).shuffle(shuffled)

    assert _sorted(shuffled) == expected
