import pytest
from django.urls import reverse

from cms.demo import seed_demo_pages
from cms.models import ContestPage, HomePage, NewsPage, SiteSettings

pytestmark = pytest.mark.django_db


def test_home_page_is_vietnamese_and_links_rules(client, demo_site):
    response = client.get("/")
    body = response.content.decode()
    contest = ContestPage.objects.get()
    assert response.status_code == 200
    assert '<html lang="vi">' in body
    assert f'href="{contest.url}"' in body
    assert "Kế hoạch số 103/KH-UBND ngày 04/4/2024" in body


def test_contest_page_shows_rules_timeline_and_plan(client, demo_site):
    contest = ContestPage.objects.get()
    body = client.get(contest.url).content.decode()
    assert contest.plan_reference in body
    assert "Lĩnh vực dự thi" in body
    assert "Cơ cấu giải thưởng" in body
    first = contest.timeline_items.first()
    assert first.starts_on.strftime("%d/%m/%Y") in body


def test_menu_and_footer_come_from_site_settings(client, demo_site):
    settings_obj = SiteSettings.objects.get()
    item = settings_obj.menu_items.first()
    item.label = "Thể lệ cuộc thi 2024"
    item.save()
    settings_obj.organisation = "Ban Tổ chức Thử nghiệm"
    settings_obj.save()
    body = client.get("/").content.decode()
    assert "Thể lệ cuộc thi 2024" in body
    assert "Ban Tổ chức Thử nghiệm" in body


def test_english_interface_under_en_prefix(client, demo_site):
    body = client.get("/en/").content.decode()
    assert '<html lang="en">' in body
    assert "Sign in" in body
    assert 'href="/"' in body  # the switcher back to Vietnamese


def test_vietnamese_interface_ignores_browser_language(client, demo_site):
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    assert '<html lang="vi">' in body
    assert "Đăng nhập" in body


def test_news_dates_are_dd_mm_yyyy(client, demo_site):
    news = NewsPage.objects.live().order_by("date").first()
    body = client.get(news.url).content.decode()
    assert news.date.strftime("%d/%m/%Y") in body


def test_seed_demo_pages_is_idempotent(demo_site):
    counts = (HomePage.objects.count(), ContestPage.objects.count(), NewsPage.objects.count())
    seed_demo_pages()
    assert (
        HomePage.objects.count(),
        ContestPage.objects.count(),
        NewsPage.objects.count(),
    ) == counts


@pytest.mark.parametrize("news_items", [1, 4])
def test_home_page_query_count_is_constant(
    client, demo_site, django_assert_max_num_queries, news_items
):
    for extra in NewsPage.objects.order_by("pk")[news_items:]:
        extra.delete()
    client.get("/")  # warm Wagtail's site-root cache
    with django_assert_max_num_queries(12):
        assert client.get("/").status_code == 200


def test_faq_page_lists_questions(client, demo_site):
    from cms.models import FAQPage

    faq = FAQPage.objects.get()
    body = client.get(faq.url).content.decode()
    assert "<details>" in body
    assert body.count("<summary>") == len(faq.questions)


def test_accounts_pages_answer(client, demo_site):
    for name in ("account_login", "account_signup", "account_reset_password"):
        assert client.get(reverse(name)).status_code == 200
