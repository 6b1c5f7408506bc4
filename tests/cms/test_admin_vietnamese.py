"""No English on any /admin/ screen a staff role can open, found by following the admin's links.

The English to look for comes from the catalogues themselves: every msgid of the installed
Wagtail apps, of Django's apps whose strings Wagtail's screens show, and of the project. A
Vietnamese screen shows none of them verbatim: a whole text that equals a msgid, or a run of
four or more English words from one, is a string that went untranslated (or a Vietnamese
word slotted into an English sentence). Whatever the admin menu exposes to a role is
crawled, so a permission granted later is covered without editing this test.
"""

import json
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import django
import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from contest.enums import Role
from tests.factories import (
    AssignmentFactory,
    CertificateSettingsFactory,
    ConflictFactory,
    EditionFactory,
    EligibleEntryFactory,
    JuryMemberFactory,
    PrizeTierFactory,
    RoundFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MAX_PAGES = 400
# Query-string variants of one path (sorting, filters, pages of a listing) add little.
MAX_VARIANTS_PER_PATH = 3
# Screens of one kind (every agency's edit form) add little after the first few.
MAX_PER_KIND = 4
# Links not followed: leaving, removing or changing things, pages that render the public
# site rather than the admin, and Wagtail's deliberate error pages.
SKIPPED = re.compile(
    r"/logout/|/delete|/unpublish|/revert|/disable|/revoke|/lock/|/unlock/|/preview|"
    r"/view_draft|/failwhale/|/test404/|/jsi18n/|[?&]export="
)
# Msgids that Vietnamese writes the same way (acronyms, formats, names), and the language
# picker, which names each language in itself.
SAME_IN_VIETNAMESE = {"URL", "ID", "CSV", "XLSX", "API", "Wagtail", "SHA-256", "PDF", "ZIP"}
LANGUAGE_NAMES = {name for _, name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
# Wagtail 8 hard-codes these, outside gettext: the screen-reader-only submit button of the
# search forms in shared/header.html and home.html. Translating them means copying those
# templates whole, which a Wagtail upgrade would silently leave stale.
HARD_CODED_BY_WAGTAIL = {("value", "Search")}
# Texts that are English without being a msgid: Python's booleans leaking into a listing.
ENGLISH_WITHOUT_MSGID = {"True", "False", "None"}
# English that the crawl finds today and that another part of the code base must fix; a test
# below fails once one is gone, so the list only shrinks.
KNOWN_GAPS = {}
RUN_WORDS = 4
PLACEHOLDER_OR_TAG = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}|<[^>]+>")
# JSON props (the sidebar menu and its items) whose values are shown as text.
SHOWN_JSON_KEYS = {"label", "title", "heading", "help_text", "description", "text"}
SHOWN_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}


def _catalogue_sources():
    for config in apps.get_app_configs():
        if config.name.startswith(("wagtail", "django.contrib.")):
            for domain in ("django", "djangojs"):
                path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
                if path.exists():
                    yield path
    yield Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po"
    for locale_path in settings.LOCALE_PATHS:
        path = Path(locale_path) / "vi" / "LC_MESSAGES" / "django.po"
        if path.exists():
            yield path


class EnglishCatalogue:
    """The English msgids, as whole texts to match and as runs of words to search for."""

    def __init__(self):
        self.whole = set()
        self.runs = {}
        for path in _catalogue_sources():
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not entry.msgid:
                    continue
                for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                    self._add(msgid)

    def _add(self, msgid):
        text = " ".join(msgid.split())
        if text in SAME_IN_VIETNAMESE | LANGUAGE_NAMES or not re.search(r"[A-Za-z]{2}", text):
            return
        if not PLACEHOLDER_OR_TAG.search(text):
            self.whole.add(text)
        for fragment in PLACEHOLDER_OR_TAG.split(text):
            words = fragment.split()
            if len(words) >= RUN_WORDS and all(word.isascii() for word in words):
                self.runs.setdefault(tuple(words[:RUN_WORDS]), set()).add(" ".join(words))

    def __len__(self):
        return len(self.whole | {run for runs in self.runs.values() for run in runs})

    def found_in(self, texts):
        """The msgids that some text shows untranslated."""
        found = {text for text in texts if text in self.whole or text in ENGLISH_WITHOUT_MSGID}
        joined = " ".join(texts)
        words = joined.split()
        for start in range(len(words) - RUN_WORDS + 1):
            for run in self.runs.get(tuple(words[start : start + RUN_WORDS]), ()):
                if run in joined:
                    found.add(run)
        return found


class ShownText(HTMLParser):
    """The texts a person meets on a page: text, labels read aloud, and menu props."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.links = []
        self._skipping = []
        self._json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # A side panel's counter holds "None" until a script writes the count and shows it.
        # Code is literal, in no language (the column names a redirect import expects).
        if tag in ("script", "style", "code") or "data-side-panel-toggle-counter" in attrs:
            self._json = attrs.get("type") == "application/json"
            self._skipping.append(tag)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name, value in attrs.items():
            if value and name in SHOWN_ATTRIBUTES:
                self._add(value)
        # A button shows its content; only an input button shows its value.
        shown_value = tag == "input" and attrs.get("type") in ("submit", "button", "reset")
        if shown_value and ("value", attrs.get("value")) not in HARD_CODED_BY_WAGTAIL:
            self._add(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
            self._json = False

    def handle_data(self, data):
        if not self._skipping:
            self._add(data)
        elif self._json and data.strip():
            self._walk_json(json.loads(data))

    def _walk_json(self, value, key=None):
        if isinstance(value, dict):
            for child_key, child in value.items():
                self._walk_json(child, child_key)
        elif isinstance(value, list):
            for child in value:
                self._walk_json(child, key)
        elif isinstance(value, str) and key in SHOWN_JSON_KEYS:
            self._add(value)
        elif isinstance(value, str) and key == "url":  # the sidebar menu's links
            self.links.append(value)

    def _add(self, text):
        text = " ".join(text.split())
        if text:
            self.texts.append(text)


def crawl(client, *, start="/admin/", limit=MAX_PAGES):
    """Breadth-first over the admin's own links, GET only: {url: shown texts}."""
    seen, variants, kinds, pages = {start}, {}, {}, {}
    queue = deque([start])
    while queue and len(pages) < limit:
        url = queue.popleft()
        response = client.get(url)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200:
            continue
        if "text/html" in content_type:
            html = response.content.decode()
        elif "application/json" in content_type and "html" in response.json():
            html = response.json()["html"]  # a chooser's modal
        else:
            continue
        parser = ShownText()
        parser.feed(html)
        pages[url] = parser.texts
        for href in parser.links:
            link = urldefrag(href)[0]
            path = urlsplit(link).path
            if not link.startswith("/admin/") or SKIPPED.search(link) or link in seen:
                continue
            kind = re.sub(r"\d+", "N", path)
            if variants.get(path, 0) >= MAX_VARIANTS_PER_PATH or kinds.get(kind, 0) >= MAX_PER_KIND:
                continue
            variants[path] = variants.get(path, 0) + 1
            kinds[kind] = kinds.get(kind, 0) + 1
            seen.add(link)
            queue.append(link)
    return pages


@pytest.fixture(scope="module")
def english():
    return EnglishCatalogue()


@pytest.fixture
def contest_data(demo_site):
    """Something on every list, edit and inspect screen: a contest set up and under way."""
    edition = EditionFactory(name="Cuộc thi ý tưởng cải cách hành chính 2024")
    round_ = RoundFactory(edition=edition, name="Vòng sơ khảo")
    for _ in range(2):
        assignment = AssignmentFactory(round=round_)
    JuryMemberFactory(edition=edition)
    ConflictFactory(judge=assignment.judge, entry=EligibleEntryFactory(edition=edition))
    PrizeTierFactory(edition=edition, name="Giải Nhất")
    CertificateSettingsFactory(edition=edition)
    UserFactory(role=Role.SECRETARIAT, full_name="Lê Thị Thư Ký")
    collection = Collection.get_first_root_node()
    get_image_model().objects.create(
        title="Ảnh lễ trao giải", file=get_test_image_file(), collection=collection
    )
    get_document_model().objects.create(title="Thể lệ cuộc thi", file="the-le.pdf")
    Redirect.objects.create(old_path="/the-le-cu", redirect_link="/the-le/")
    return edition


def _english_on_screens(client, user, english):
    client.force_login(user)
    with translation.override("vi"):
        pages = crawl(client)
    found = {url: english.found_in(texts) for url, texts in pages.items()}
    gaps = {}
    for url, strings in found.items():
        for pattern, known in KNOWN_GAPS.items():
            if re.search(pattern, url) and strings & known:
                gaps.setdefault(pattern, set()).update(strings & known)
                strings -= known
    unexpected = {url: sorted(strings) for url, strings in found.items() if strings}
    return pages, unexpected, gaps


def test_admin_screens_show_no_english_when_organiser_crawls(client, contest_data, english):
    organiser = UserFactory(role=Role.ORGANISER, full_name="Trần Thị Tổ Chức")
    pages, english_found, _gaps = _english_on_screens(client, organiser, english)
    print(f"organiser: {len(pages)} pages, {len(english)} English strings checked")
    assert "/admin/" in pages
    assert english_found == {}


def test_admin_screens_show_no_english_when_superuser_crawls(client, contest_data, english):
    admin = UserFactory(is_superuser=True, is_staff=True, full_name="Quản Trị Hệ Thống")
    pages, english_found, gaps = _english_on_screens(client, admin, english)
    print(f"superuser: {len(pages)} pages, {len(english)} English strings checked")
    assert len(pages) >= 100
    assert english_found == {}
    # Fixing one of the known gaps elsewhere fails here: take it off KNOWN_GAPS.
    assert gaps == KNOWN_GAPS
