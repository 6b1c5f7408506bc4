"""Demo pages for `manage.py seed_demo`, built from the texts in cms.demo_content."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cms import demo_content as content
from cms.models import (
    ContestPage,
    FAQPage,
    HomePage,
    MenuItem,
    NewsIndexPage,
    NewsPage,
    ResultsPage,
    SiteSettings,
    TimelineItem,
    WinnerRationale,
)
from contest.accounts.roles import grant_organiser_tree_permissions


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _tree_root()
        home = root.add_child(
            instance=HomePage(
                title=content.HOME["title"], slug="trang-chu", intro=content.HOME["intro_html"]
            )
        )
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk:
        # Wagtail's installer leaves a placeholder "Welcome" page as the site root.
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if placeholder.specific_class is Page:
            placeholder.delete()
    return home


def _tree_root() -> Page:
    """Wagtail's migrations create the locale and the tree's root; a flushed database (the
    browser tests flush between tests) has neither."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant("vi"))
    root = Page.add_root(instance=Page(title="Root", slug="root", content_type=_page_type()))
    grant_organiser_tree_permissions()
    return root


def _page_type():
    return ContentType.objects.get_for_model(Page)


def _child(parent: Page, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = parent.add_child(instance=model(slug=slug, **fields))
    return page, True


def _contest(home: HomePage, *, edition=None) -> ContestPage:
    data = content.CONTEST_2024
    page, created = _child(
        home,
        ContestPage,
        data["slug"],
        title=data["title"],
        year=data["year"],
        organiser=data["organiser"],
        plan_reference=data["plan_reference"],
        summary=data["summary"],
        contact=data["contact_html"],
        edition=edition,
        body=[
            ("section", {"heading": heading, "body": body}) for heading, body in data["sections"]
        ],
    )
    if created:
        for order, (label, starts, ends) in enumerate(data["timeline"]):
            TimelineItem.objects.create(
                page=page,
                sort_order=order,
                label=label,
                starts_on=_date(starts),
                ends_on=_date(ends) if ends else None,
            )
        page.save_revision().publish()
    return page


def _news(home: HomePage) -> NewsIndexPage:
    data = content.NEWS_INDEX
    index, _ = _child(
        home, NewsIndexPage, data["slug"], title=data["title"], intro=data["intro_html"]
    )
    for item in content.NEWS:
        _child(
            index,
            NewsPage,
            item["slug"],
            title=item["title"],
            date=_date(item["date"]),
            lead=item["lead"],
            body=item["body_html"],
        )
    return index


def _faq(home: HomePage) -> FAQPage:
    data = content.FAQ
    page, _ = _child(
        home,
        FAQPage,
        data["slug"],
        title=data["title"],
        intro=data["intro_html"],
        questions=[("question", {"question": q, "answer": a}) for q, a in data["questions"]],
    )
    return page


def _site_settings(site: Site, *, menu: list[tuple[str, Page]]):
    settings_obj = SiteSettings.for_site(site)
    if settings_obj.site_title:
        return settings_obj
    for field, value in content.SITE.items():
        setattr(settings_obj, field, value)
    settings_obj.save()
    for order, (label, page) in enumerate(menu):
        MenuItem.objects.create(settings=settings_obj, sort_order=order, label=label, page=page)
    return settings_obj


def _practice_contest(home: HomePage, *, edition) -> ContestPage:
    """The page of the edition open this year, so the demo can take submissions."""
    data = content.CONTEST_2024
    # The 2024 rules minus the section that names 2024's dates.
    sections = [(h, b) for h, b in data["sections"] if not h.startswith("5.")]
    page, created = _child(
        home,
        ContestPage,
        f"cuoc-thi-cchc-{edition.year}",
        title=edition.name,
        year=edition.year,
        organiser=data["organiser"],
        plan_reference=edition.plan_reference,
        summary=(
            f"Bản trình diễn: cuộc thi năm {edition.year} đang nhận bài để người dùng thử "
            "toàn bộ quy trình đăng ký, soạn và nộp bài dự thi trên nền tảng."
        ),
        contact=data["contact_html"],
        edition=edition,
        body=[("section", {"heading": h, "body": b}) for h, b in sections],
    )
    if created:
        page.save_revision().publish()
    return page


@transaction.atomic
def _results(contest: ContestPage) -> ResultsPage:
    data = content.RESULTS_2024
    page, created = _child(
        contest, ResultsPage, data["slug"], title=data["title"], intro=data["intro_html"]
    )
    if created:
        for order, (code, rationale) in enumerate(data["rationales"].items()):
            WinnerRationale.objects.create(
                page=page, sort_order=order, entry_code=code, rationale=rationale
            )
    return page


def seed_demo_pages(*, editions=()) -> HomePage:
    home = _home()
    by_year = {e.year: e for e in editions}
    contest = _contest(home, edition=by_year.get(2024))
    for edition in editions:
        if edition.year != 2024:
            _practice_contest(home, edition=edition)
    if home.featured_contest_id != contest.pk:
        home.featured_contest = contest
        home.save_revision().publish()
    _results(contest)
    news = _news(home)
    faq = _faq(home)
    site = Site.objects.get(root_page=home)
    _site_settings(
        site,
        menu=[("Thể lệ", contest), ("Tin tức", news), ("Hỏi đáp", faq)],
    )
    return home
