"""An organiser turns a winner into an initiative, its agency reports a pilot and a
replication, and the public initiative page shows the timeline.

Selectors, not wording: the pages' texts are translated separately.
"""

import re

import pytest
from django.utils import timezone

from contest.enums import Role
from initiatives.models import Initiative
from tests.factories import AgencyFactory, UserFactory
from tests.factories.initiatives import lead_officer, published_winner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "MatKhau@2024-dai"  # the user factory's


def _signed_in(browser, base, email):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(base + "/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(base + "/")
    return page


def test_initiative_flow_winner_to_pilot_to_replication_on_public_timeline(
    live_server, browser, page
):
    base = live_server.url
    today = timezone.localdate().isoformat()
    entry = published_winner(title="Một cửa không chờ")
    owner = AgencyFactory(name="Sở Nội vụ")
    adopters = [AgencyFactory(name="UBND quận Cầu Giấy"), AgencyFactory(name="UBND quận Đống Đa")]
    organiser = UserFactory(role=Role.ORGANISER, email="btc@example.vn")
    officer = lead_officer(agency=owner, email="chutri@sonoivu.example")

    staff = _signed_in(browser, base, organiser.email)
    staff.goto(base + "/ban-to-chuc/sang-kien/")
    form = staff.locator("#initiative-create")
    form.locator("select[name=entry]").select_option(value=str(entry.pk))
    form.locator("select[name=owner_agency]").select_option(value=str(owner.pk))
    form.locator("button[type=submit]").click()
    staff.wait_for_url(re.compile(r"/ban-to-chuc/sang-kien/\d+/$"))
    initiative = Initiative.objects.get(entry=entry)
    assert initiative.owner_agency == owner
    staff.context.close()

    agency = _signed_in(browser, base, officer.email)
    agency.goto(base + "/don-vi-chu-tri/")
    agency.locator(f"a[href$='/don-vi-chu-tri/sang-kien/{initiative.pk}/bao-cao/']").click()
    report = agency.locator("#initiative-report")
    report.locator("select[name=status]").select_option(value="piloting")
    report.locator("input[name=happened_on]").fill(today)
    report.locator("input[name=place]").fill("UBND phường Dịch Vọng")
    report.locator("button[type=submit]").click()
    agency.wait_for_url(re.compile(rf"/don-vi-chu-tri/sang-kien/{initiative.pk}/bao-cao/$"))
    assert agency.locator(".timeline__item[data-status=piloting]").count() == 1

    report = agency.locator("#initiative-report")
    report.locator("select[name=status]").select_option(value="replicated")
    report.locator("input[name=happened_on]").fill(today)
    report.locator("select[name=agencies]").select_option(value=[str(a.pk) for a in adopters])
    report.locator("textarea[name=note]").fill("Nhân rộng sau 4 tháng thí điểm.")
    report.locator("button[type=submit]").click()
    agency.locator(".timeline__item[data-status=replicated]").wait_for()
    agency.context.close()

    page.goto(base + f"/sang-kien/{initiative.pk}/")
    items = page.locator(".timeline__item")
    assert items.count() == 3
    assert [items.nth(i).get_attribute("data-status") for i in range(3)] == [
        "proposed",
        "piloting",
        "replicated",
    ]
    assert "UBND phường Dịch Vọng" in items.nth(1).inner_text()
    replicated = items.nth(2).inner_text()
    assert "UBND quận Cầu Giấy" in replicated
    assert "UBND quận Đống Đa" in replicated
    assert officer.full_name not in page.content()

    page.goto(base + f"/sang-kien/cuoc-thi/{entry.edition_id}/")
    assert page.locator(".adopters li").count() == 2
