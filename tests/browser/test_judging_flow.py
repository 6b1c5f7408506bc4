"""A judge scores on a phone; the organiser sees the progress and the live view.

Selectors, not wording.
"""

import re
from decimal import Decimal

import pytest

from contest.enums import Role
from judging.enums import SheetStatus
from judging.models import Assignment, ScoreSheet
from judging.services.assignment import round_auto_assign
from judging.services.rounds import rounds_create_default
from tests.browser.axe import assert_accessible
from tests.browser.signin import sign_in
from tests.factories import EditionFactory, EligibleEntryFactory, JuryMemberFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The default rubric is worth 30, 25, 25, 10 and 10 points.
POINTS = ["24.5", "20", "20", "8", "7.5"]


@pytest.fixture
def judged_round(transactional_db):
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    edition = EditionFactory(name="Cuộc thi chấm thử", code_prefix="CHAM2026")
    entry = EligibleEntryFactory(edition=edition, title="Số hóa hồ sơ một cửa")
    preliminary, _final = rounds_create_default(edition=edition)
    judges = [
        JuryMemberFactory(
            edition=edition,
            user__email=f"giamkhao{n}@thu.example",
            user__full_name=f"Giám khảo {n}",
        ).user
        for n in (1, 2, 3)
    ]
    organiser = UserFactory(email="btc@thu.example", role=Role.ORGANISER)
    report = round_auto_assign(round_=preliminary, actor=organiser)
    assert (report.created, report.uncovered) == (3, ())
    return preliminary, entry, judges[0], organiser


def test_judge_scores_on_phone_and_organiser_sees_progress(
    judged_round, live_server, phone_page, page
):
    round_, entry, judge, organiser = judged_round
    assignment = Assignment.objects.get(round=round_, judge=judge)
    base = live_server.url
    queue_path = f"/giam-khao/vong/{round_.pk}/"
    score_path = f"/giam-khao/cham/{assignment.pk}/"

    sign_in(phone_page, base, judge.email)
    phone_page.goto(base + "/giam-khao/")
    assert_accessible(phone_page, where="a judge's home on a phone")
    phone_page.locator(f'a[href="{queue_path}"]').click()
    phone_page.wait_for_url(base + queue_path)
    assert phone_page.locator("progress").first.get_attribute("value") == "0"
    assert_accessible(phone_page, where="a judge's queue on a phone")
    phone_page.locator(f'a.queue__link[href="{score_path}"]').click()
    phone_page.wait_for_url(base + score_path)
    assert phone_page.locator("h1").first.inner_text() == entry.code
    # Nothing of the page is wider than the phone.
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390

    assert_accessible(phone_page, where="scoring on a phone")

    # The running total follows the typing, key by key and field by field.
    fields = phone_page.locator("input[name^=criterion_]")
    total = phone_page.locator("#score-total [data-score-total-value]")
    assert fields.count() == len(POINTS)
    assert phone_page.locator("#score-total").is_visible()
    assert total.inner_text() == "0"
    fields.nth(0).press_sequentially("2")
    assert total.inner_text() == "2"
    fields.nth(0).press_sequentially("4")
    assert total.inner_text() == "24"
    fields.nth(0).fill("")
    running = []
    for i, points in enumerate(POINTS):
        fields.nth(i).press_sequentially(points)
        running.append(total.inner_text())
    assert running == ["24,5", "44,5", "64,5", "72,5", "80"]
    phone_page.locator("textarea[name=comment]").fill("Ý tưởng khả thi, số liệu rõ ràng.")
    phone_page.locator("button[name=submit]:not([value=next])").click()
    phone_page.wait_for_url(base + queue_path)
    assert phone_page.locator("progress").first.get_attribute("value") == "1"
    assert phone_page.locator(".queue__item .status--eligible").count() == 1
    assert_accessible(phone_page, where="a judge's queue after submitting")

    sheet = ScoreSheet.objects.get(assignment=assignment)
    assert (sheet.status, sheet.total) == (SheetStatus.SUBMITTED, Decimal("80.00"))

    phone_page.goto(base + score_path)
    assert phone_page.locator("button[name=submit]").count() == 0
    assert phone_page.locator("input[name^=criterion_]").first.input_value() == "24.50"
    assert_accessible(phone_page, where="a locked score sheet on a phone")

    sign_in(page, base, organiser.email)
    page.goto(base + f"/thu-ky/cham-thi/vong/{round_.pk}/")
    assert_accessible(page, where="round progress")
    row = page.locator("tbody tr", has_text=judge.full_name)
    assert row.count() == 1
    cells = row.locator("td")
    assert [cells.nth(i).inner_text() for i in range(1, 4)] == ["1", "1", "0"]
    assert row.locator("progress").get_attribute("value") == "1"
    assert row.locator("progress").get_attribute("max") == "1"
    others = page.locator("tbody tr").filter(has_not_text=judge.full_name)
    assert others.count() == 2
    for i in range(2):
        assert others.nth(i).locator("progress").get_attribute("value") == "0"
    overall = page.locator("main > p progress").first
    assert (overall.get_attribute("value"), overall.get_attribute("max")) == ("1", "3")
    assert re.search(r"\b33\s*%", page.locator("main").inner_text())

    # The live view reloads itself by script, and the reader can stop it.
    page.locator(f'a[href="/ban-to-chuc/cham-thi/vong/{round_.pk}/truc-tiep/"]').click()
    page.wait_for_url(base + f"/ban-to-chuc/cham-thi/vong/{round_.pk}/truc-tiep/")
    assert page.locator("meta[http-equiv]").count() == 0
    toggle = page.locator("[data-refresh-toggle]")
    assert (toggle.is_visible(), toggle.inner_text()) == (True, "Tạm dừng tự làm mới")
    assert_accessible(page, where="live view")
    toggle.press("Enter")
    assert toggle.inner_text() == "Tiếp tục tự làm mới"
    page.reload()
    assert page.locator("[data-refresh-toggle]").inner_text() == "Tiếp tục tự làm mới"
