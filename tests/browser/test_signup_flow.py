import re

import pytest

from contest.enums import Role
from contest.models import Agency, User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(transactional_db):
    from cms.demo import seed_demo_pages
    from contest.accounts.roles import ensure_role_groups
    from contest.services.agencies import agencies_import

    ensure_role_groups()  # flushed between transactional tests, unlike migrations' data
    agencies_import()
    return seed_demo_pages()


def test_signup_flow_from_home_page_to_logged_in(site, live_server, page, mailoutbox):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "vi"

    page.get_by_role("link", name=re.compile("Cuộc thi Tìm kiếm ý tưởng")).first.click()
    page.wait_for_url(re.compile(r"/cuoc-thi-cchc-2024/$"))
    assert page.get_by_text("Kế hoạch số 103/KH-UBND ngày 04/4/2024").first.is_visible()

    page.get_by_role("link", name="Đăng ký").first.click()
    page.wait_for_url(re.compile(r"/accounts/signup/"))
    page.get_by_label("Thư điện tử").fill("pham.thu.trang@hanoi.gov.vn")
    page.get_by_label("Họ và tên").fill("Phạm Thu Trang")
    page.get_by_label("Đơn vị công tác").select_option(label="Sở Nội vụ")
    page.get_by_label("Chức vụ").fill("Chuyên viên")
    page.get_by_label(re.compile(r"^Mật khẩu")).fill("CaiCach-HanhChinh-2024")
    page.get_by_label("Nhập lại mật khẩu").fill("CaiCach-HanhChinh-2024")
    page.get_by_role("button", name="Đăng ký").click()

    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[0].body).group(0)

    page.goto(link)
    page.get_by_role("button", name="Xác nhận").click()
    # The next step, not the home page: the entries page with the open contest to enter.
    page.wait_for_url(live_server.url + "/bai-du-thi/")
    assert page.get_by_role("button", name="Đăng xuất").is_visible()

    user = User.objects.get(email="pham.thu.trang@hanoi.gov.vn")
    assert user.agency == Agency.objects.get(name="Sở Nội vụ")
    assert list(user.groups.values_list("name", flat=True)) == [Role.ENTRANT.value]
