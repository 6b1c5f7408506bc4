"""The catalogue check holds locale/wagtail to every msgid of the installed Wagtail apps."""

import shutil
from pathlib import Path

import polib
import pytest

from config import messages_check

CATALOGUE = Path("locale") / "wagtail" / "vi" / "LC_MESSAGES"


@pytest.fixture
def scratch_root(tmp_path, monkeypatch):
    shutil.copytree(messages_check.ROOT / CATALOGUE, tmp_path / CATALOGUE)
    monkeypatch.setattr(messages_check, "ROOT", tmp_path)
    return tmp_path


def _rewrite(root, domain, change):
    po_path = root / CATALOGUE / f"{domain}.po"
    po = polib.pofile(str(po_path))
    change(po)
    po.save(str(po_path))
    po.save_as_mofile(str(po_path.with_suffix(".mo")))


def test_wagtail_problems_none_when_catalogue_is_complete(scratch_root):
    assert messages_check.wagtail_problems() == []


def test_wagtail_problems_names_string_when_its_entry_is_removed(scratch_root):
    _rewrite(scratch_root, "django", lambda po: po.remove(po.find("Site summary")))
    assert messages_check.wagtail_problems() == [
        f"{CATALOGUE / 'django.po'}: 1 Wagtail strings have no Vietnamese translation, "
        "e.g. [('wagtail.admin', 'Site summary')]; add them from the app's locale/en catalogue."
    ]


def test_wagtail_problems_names_string_when_its_translation_is_fuzzy(scratch_root):
    _rewrite(scratch_root, "djangojs", lambda po: po.find("Main menu").flags.append("fuzzy"))
    problems = messages_check.wagtail_problems()
    assert problems[0] == (
        f"{CATALOGUE / 'djangojs.po'}: 1 Wagtail strings have no Vietnamese translation, "
        "e.g. [('wagtail.admin', 'Main menu')]; add them from the app's locale/en catalogue."
    )


def test_wagtail_problems_names_string_when_a_placeholder_is_lost(scratch_root):
    def lose_placeholder(po):
        po.find("Hello %(username)s,").msgstr = "Xin chào,"

    _rewrite(scratch_root, "django", lose_placeholder)
    assert messages_check.wagtail_problems() == [
        f"{CATALOGUE / 'django.po'}: placeholders changed in translation of ['Hello %(username)s,']"
    ]


def test_wagtail_problems_reports_stale_mo_when_po_gains_a_translation(scratch_root):
    po_path = scratch_root / CATALOGUE / "django.po"
    po = polib.pofile(str(po_path))
    po.append(polib.POEntry(msgid="Only in the source", msgstr="Chỉ có trong tệp nguồn"))
    po.save(str(po_path))
    assert messages_check.wagtail_problems() == [
        f"{CATALOGUE / 'django.mo'} is stale; run `make messages`."
    ]
