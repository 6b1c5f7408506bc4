"""An entrant signs in, writes, attaches and submits an entry with the keyboard alone.

Only Tab, Shift+Tab, Enter, Space, arrow keys and typing: no click, no fill. Every link
the focus passes on the way must show where the focus is (:focus-visible with an outline).
"""

import re

import pytest

from contest.demo import demo_pdf
from contest.enums import EntryStatus, Role
from contest.models import Entry
from tests.browser.axe import assert_accessible
from tests.factories import EditionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "MatKhau@2024-dai"  # the user factory's
MAX_TABS = 120
WRITE_UP = [
    ("summary", "Người dân đặt lịch trước, không phải xếp hàng."),
    ("problem", "Người dân chờ trung bình 45 phút."),
    ("solution", "Hệ thống đặt lịch gắn với phần mềm một cửa."),
    ("novelty", "Lần đầu kết nối lịch hẹn với hồ sơ điện tử."),
    ("feasibility", "Chi phí khoảng 60.000.000 đồng."),
    ("effect", "Giảm một nửa thời gian chờ."),
    ("replication", "Áp dụng cho mọi phường."),
]

# What the focused element is, and whether a link shows its focus.
_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute('href'),
    text: (el.innerText || el.value || '').trim().slice(0, 60),
    visible: el.matches(':focus-visible') && style.outlineStyle !== 'none'
      && parseFloat(style.outlineWidth) > 0,
  };
}"""


class Keyboard:
    """Moves the focus with Tab or Shift+Tab until it reaches an element, noting every link
    it passes and whether its focus was visible."""

    def __init__(self, page):
        self.page = page
        self.links = []

    def tab_to(self, selector, *, back=False):
        target = self.page.locator(selector)
        assert target.count() == 1, selector
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Shift+Tab" if back else "Tab")
            focused = self.page.evaluate(_FOCUSED)
            if focused and focused["tag"] == "a":
                self.links.append(focused)
            if target.evaluate("el => el === document.activeElement"):
                return target
        raise AssertionError(f"{MAX_TABS} presses of Tab never reached {selector}")

    def type_into(self, selector, text, *, back=False):
        self.tab_to(selector, back=back)
        self.page.keyboard.type(text)

    def choose(self, selector, label):
        """A focused <select> moves through its options with the arrow keys."""
        select = self.tab_to(selector)
        for _ in range(40):
            if select.evaluate("el => el.options[el.selectedIndex].text") == label:
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"{label!r} is not an option of {selector}")


def test_keyboard_submission_entrant_signs_in_writes_attaches_and_submits(
    live_server, page, tmp_path
):
    from cms.demo import seed_demo_pages
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    seed_demo_pages()
    EditionFactory(name="Cuộc thi bằng bàn phím", code_prefix="PHIM2026")
    entrant = UserFactory(email="banphim@demo.example", full_name="Lê Văn Phím", role=Role.ENTRANT)
    pdf_path = tmp_path / "thuyet-minh.pdf"
    pdf_path.write_bytes(demo_pdf())
    base = live_server.url
    keys = Keyboard(page)

    page.goto(base + "/")
    keys.tab_to('header a[href="/accounts/login/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/accounts/login/")
    keys.type_into("input[name=login]", entrant.email)
    keys.type_into("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/")

    keys.tab_to('header a[href="/bai-du-thi/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/bai-du-thi/")
    assert_accessible(page, where="my entries")
    keys.tab_to("form[action^='/bai-du-thi/tao/'] button[type=submit]")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"/bai-du-thi/[0-9a-f-]+/sua/$"))
    edit_url = page.url
    entry = Entry.objects.get(owner=entrant)

    keys.type_into("#id_title", "Đặt lịch hẹn trực tuyến tại bộ phận một cửa")
    keys.choose("#id_sector", "Cải cách thủ tục hành chính")
    for name, text in WRITE_UP:
        keys.type_into(f"#id_{name}", text)
    keys.tab_to("#entry-form button[name=save]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == edit_url
    entry.refresh_from_db()
    assert (entry.title, entry.replication) == (
        "Đặt lịch hẹn trực tuyến tại bộ phận một cửa",
        "Áp dụng cho mọi phường.",
    )

    keys.choose("#upload-form select[name=role]", "Bản thuyết minh")
    keys.tab_to("#upload-form input[type=file]")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(pdf_path))
    keys.tab_to("#upload-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == edit_url
    assert entry.attachments.get().original_name == "thuyet-minh.pdf"
    assert_accessible(page, where="entry form with its write-up")

    # The submit button is above the files: back up to it.
    keys.tab_to("#entry-form button[name=submit]", back=True)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/bien-nhan/$"))
    assert_accessible(page, where="receipt")

    entry.refresh_from_db()
    assert (entry.status, entry.code) == (EntryStatus.SUBMITTED, "PHIM2026-0001")
    assert len(keys.links) >= 5
    assert [link for link in keys.links if not link["visible"]] == []
