"""The organiser, on a phone, goes from the ranking to the comparison of methods and asks
for another number of top entries.

Selectors, not wording.
"""

import re

import pytest

from contest.enums import Role
from tests.browser.axe import assert_accessible
from tests.browser.signin import sign_in
from tests.factories import UserFactory
from tests.judging.method_fixtures import scored_round

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ranked_round(transactional_db):
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    round_ = scored_round(12)
    organiser = UserFactory(email="btc@phuongphap.example", role=Role.ORGANISER)
    return round_, organiser


def _overlaps(page):
    return page.locator("table.method-comparison td[data-overlap]").all_inner_texts()


def test_methods_flow_organiser_compares_methods_on_a_phone(ranked_round, live_server, phone_page):
    round_, organiser = ranked_round
    page, base = phone_page, live_server.url
    methods_path = f"/ban-to-chuc/cham-thi/vong/{round_.pk}/so-sanh-phuong-phap/"

    sign_in(page, base, organiser.email)
    page.goto(base + f"/ban-to-chuc/cham-thi/vong/{round_.pk}/xep-hang/")
    page.locator(f'.form-actions a.button--secondary[href="{methods_path}"]').click()
    page.wait_for_url(base + methods_path)

    # Twelve entries ranked: the default compares the top 10, one row per method.
    assert page.locator("table.method-comparison tbody tr").count() == 5
    assert page.locator("table.method-comparison tbody tr .badge").count() == 1
    assert page.locator("input[name=top]").input_value() == "10"
    assert all(text.strip().endswith("/ 10") for text in _overlaps(page))
    # The table scrolls inside its region; the page is no wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, where="method comparison on a phone")

    page.locator("input[name=top]").fill("4")
    page.locator("#methods-top button[type=submit]").click()
    page.wait_for_url(re.compile(re.escape(base + methods_path) + r"\?top=4$"))
    assert page.locator("input[name=top]").input_value() == "4"
    overlaps = _overlaps(page)
    assert len(overlaps) == 5
    assert all(re.fullmatch(r"[0-4] / 4", text.strip()) for text in overlaps)
    assert page.locator("#methods-what").inner_text().count("4") == 2
    assert page.locator(".error-summary").count() == 0
    assert_accessible(page, where="method comparison, top 4, on a phone")

    # And back to the ranking.
    page.locator(
        f'.form-actions a[href="/ban-to-chuc/cham-thi/vong/{round_.pk}/xep-hang/"]'
    ).click()
    page.wait_for_url(base + f"/ban-to-chuc/cham-thi/vong/{round_.pk}/xep-hang/")
