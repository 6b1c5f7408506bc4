"""Our Vietnamese catalogue for Wagtail's admin (locale/wagtail/vi) and the words it settles."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from judging.models import CertificateSettings

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "wagtail" / "vi" / "LC_MESSAGES"


@pytest.fixture(params=["django.po", "djangojs.po"])
def po(request):
    return polib.pofile(str(CATALOGUE_DIR / request.param))


def test_wagtail_catalogue_header_is_vietnamese_utf8_with_one_plural_form(po):
    assert po.metadata["Language"] == "vi"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_wagtail_catalogue_has_no_untranslated_fuzzy_or_plural_extra_forms(po):
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po if e.msgid_plural and sorted(e.msgstr_plural) != [0]] == []


def test_wagtail_catalogue_is_on_locale_paths_after_the_project_catalogue():
    paths = [Path(p) for p in settings.LOCALE_PATHS]
    assert paths.index(CATALOGUE_DIR.parent.parent) == 1


@pytest.mark.parametrize(
    ("msgid", "vietnamese"),
    [
        ("Pages", "Trang"),
        ("Site summary", "Tổng quan trang web"),
        ("Filter by", "Lọc theo"),
        ("Last login", "Lần đăng nhập cuối"),
        ("Title", "Tiêu đề"),
        ("title", "tiêu đề"),
        ("Settings", "Cài đặt"),
        ("Help", "Trợ giúp"),
        ("Yes", "Có"),
        ("No", "Không"),
    ],
)
def test_admin_word_is_vietnamese_when_vi_is_active(msgid, vietnamese):
    with translation.override("vi"):
        assert translation.gettext(msgid) == vietnamese


def test_entry_title_keeps_its_own_word_beside_wagtails_title():
    with translation.override("vi"):
        assert translation.pgettext("entry", "Title") == "Tên bài dự thi"
        assert translation.gettext("Title") == "Tiêu đề"


def test_empty_listing_reads_fully_vietnamese_with_our_plural_name():
    with translation.override("vi"):
        line = translation.gettext("There are no %(model_name)s to display.") % {
            "model_name": CertificateSettings._meta.verbose_name_plural
        }
    assert line == "Không có người ký Giấy chứng nhận nào để hiển thị."
