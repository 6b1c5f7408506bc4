"""The stored sort keys give, through SQL's ORDER BY, the order contest.collation defines."""

import pytest

from contest.collation import name_sort_key, text_sort_key, vietnamese_name_key
from contest.models import Agency, User
from tests.factories import UserFactory

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị An",
    "Lê Ánh",
    "Lê Anh",
    "Phạm Thị Ân",
    "Đỗ Văn Bình",
    "Vũ Thị Bích",
    "Hoàng Văn Chi",
    "Ngô Thị Cường",
    "Đặng Văn Dũng",
    "Bùi Thị Đào",
    "Đinh Văn Đức",
    "Hồ Thị Giang",
    "Dương Văn Hà",
    "Lý Thị Hà",
    "Mai Văn Hải",
    "Trịnh Thị Hoà",
    "Trịnh Thị Hòa",
    "Phan Văn Hùng",
    "Võ Thị Hương",
    "Tạ Văn Khải",
    "Lương Thị Lan",
    "Cao Văn Long",
    "Kiều Thị Mai",
    "Tô Văn Minh",
    "Hà Thị Nga",
    "Châu Văn Ơn",
    "Lâm Thị Phương",
    "Quách Văn Thạch",
    "Thái Thị Yến",
]
AGENCIES = [
    "Huyện Thường Tín",
    "Huyện Thạch Thất",
    "Huyện Đông Anh",
    "Huyện Vân Đình",
    "Quận Đống Đa",
    "Quận Ba Đình",
    "Quận Hoàn Kiếm",
    "Quận Hà Đông",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Ngoại vụ",
    "Sở Công Thương",
    "Phường Ô Chợ Dừa",
    "Phường Ơn",
    "Xã Ứng Hòa",
    "Xã Ưu Hòa",
    "Quận Tây Hồ",
    "Quận Long Biên",
    "Huyện Ba Vì",
    "Huyện Chương Mỹ",
    "Huyện Đan Phượng",
    "Huyện Gia Lâm",
    "Huyện Hoài Đức",
    "Huyện Mê Linh",
    "Huyện Mỹ Đức",
    "Huyện Phú Xuyên",
    "Huyện Phúc Thọ",
    "Huyện Quốc Oai",
]


def _text_order(texts):
    from contest.collation import vietnamese_word_key

    return sorted(texts, key=lambda t: ([vietnamese_word_key(w) for w in t.split()], t))


def test_name_sort_key_orders_as_the_name_key():
    assert sorted(NAMES, key=name_sort_key) == sorted(NAMES, key=vietnamese_name_key)


def test_text_sort_key_puts_d_stroke_after_d_and_thach_before_thuong():
    ordered = sorted(AGENCIES, key=text_sort_key)
    assert ordered == _text_order(AGENCIES)
    assert ordered.index("Huyện Thạch Thất") < ordered.index("Huyện Thường Tín")
    assert ordered.index("Huyện Đông Anh") < ordered.index("Huyện Vân Đình")


@pytest.mark.django_db
def test_people_and_agencies_come_out_of_the_database_in_vietnamese_order():
    for name in reversed(NAMES):
        UserFactory(full_name=name)
    level = Agency._meta.get_field("level").default
    for name in reversed(AGENCIES):
        Agency.objects.create(name=name, level=level)
    people = [u.full_name for u in User.objects.filter(full_name__in=NAMES)]
    agencies = [a.name for a in Agency.objects.filter(name__in=AGENCIES)]
    assert people == sorted(NAMES, key=vietnamese_name_key)
    assert agencies == _text_order(AGENCIES)


@pytest.mark.django_db
def test_screening_field_filter_lists_each_field_once_under_its_edition():
    from contest.forms import ScreeningFilterForm
    from tests.factories import EditionFactory

    older = EditionFactory(year=2024, name="Cuộc thi 2024")
    newer = EditionFactory(year=2026, name="Cuộc thi 2026")
    choices = ScreeningFilterForm().fields["sector"].choices
    assert [group for group, _ in choices[1:]] == [newer.name, older.name]
    for _group, options in choices[1:]:
        names = [name for _pk, name in options]
        assert len(names) == len(set(names))
