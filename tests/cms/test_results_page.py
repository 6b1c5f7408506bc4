"""The public results page: identities only while a result is published, never cached."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from cms.models import ContestPage, ResultsPage, WinnerRationale
from cms.models.results import ResultsPageForm
from contest.enums import Role
from judging.services.publication import result_unpublish
from tests.factories import EditionFactory, UserFactory, group_entry, result_snapshot
from tests.factories.judging import EligibleEntryFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def results_page(demo_site):
    edition = EditionFactory()
    contest = ContestPage.objects.get()
    contest.edition = edition
    contest.save()
    return ResultsPage.objects.get(), edition


def _winners(edition, count):
    entries = [
        EligibleEntryFactory(edition=edition, title=f"Giải pháp số {n}") for n in range(count)
    ]
    return [(e, "Giải Khuyến khích") for e in entries]


def test_results_page_before_publication_shows_no_identities(client, results_page):
    page, edition = results_page
    entry = EligibleEntryFactory(edition=edition, title="Bí mật chưa công bố")
    result_snapshot(edition=edition, winners=[(entry, "Giải Nhất")], published=False)
    response = client.get(page.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert vi("The results have not been published yet.") in body
    assert "Bí mật chưa công bố" not in body
    assert entry.owner.full_name not in body


def test_results_page_lists_winners_by_tier_with_rationale(client, results_page):
    page, edition = results_page
    first = EligibleEntryFactory(edition=edition, title="Một cửa không chờ")
    group = group_entry(edition=edition, members=["Lê Thị Hồng Nhung"])
    result_snapshot(edition=edition, winners=[(first, "Giải Nhất"), (group, "Giải Nhì")])
    WinnerRationale.objects.create(
        page=page, entry_code=first.code, rationale="Chi phí thấp, nhân rộng ngay được."
    )
    response = client.get(page.url)
    body = response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert body.index("Giải Nhất") < body.index("Một cửa không chờ") < body.index("Giải Nhì")
    assert first.owner.full_name in body
    assert first.agency_name in body
    assert "Lê Thị Hồng Nhung" in body
    assert "Chi phí thấp, nhân rộng ngay được." in body


def test_results_page_hides_winners_after_unpublishing(client, results_page):
    page, edition = results_page
    entry = EligibleEntryFactory(edition=edition, title="Đã rút lại kết quả")
    frozen = result_snapshot(edition=edition, winners=[(entry, "Giải Nhất")])
    assert "Đã rút lại kết quả" in client.get(page.url).content.decode()
    result_unpublish(snapshot=frozen, actor=UserFactory(role=Role.ORGANISER), reason="Rà soát.")
    assert "Đã rút lại kết quả" not in client.get(page.url).content.decode()


def test_contest_page_links_results_only_once_published(client, results_page):
    page, edition = results_page
    contest = ContestPage.objects.get()
    assert page.url not in client.get(contest.url).content.decode()
    result_snapshot(edition=edition, winners=_winners(edition, 1))
    assert page.url in client.get(contest.url).content.decode()


@pytest.mark.parametrize("count", [2, 10])
def test_results_page_query_count_is_constant(
    client, results_page, django_assert_num_queries, count
):
    page, edition = results_page
    result_snapshot(edition=edition, winners=_winners(edition, count))
    client.get(page.url)
    with django_assert_num_queries(15):
        response = client.get(page.url)
    assert response.content.decode().count('class="winner"') == count


def _form(page, rationale_code):
    form_class = ResultsPage.get_edit_handler().get_form_class()
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text("<p>Kết quả.</p>"),
        "rationales-TOTAL_FORMS": "1",
        "rationales-INITIAL_FORMS": "0",
        "rationales-MIN_NUM_FORMS": "0",
        "rationales-MAX_NUM_FORMS": "1000",
        "rationales-0-entry_code": rationale_code,
        "rationales-0-rationale": "Nhận xét của Hội đồng.",
        "rationales-0-ORDER": "1",
    }
    return form_class(data, instance=page, for_user=UserFactory(role=Role.ORGANISER))


def test_rationale_for_an_entry_that_did_not_win_is_refused(results_page):
    page, edition = results_page
    winner = EligibleEntryFactory(edition=edition)
    loser = EligibleEntryFactory(edition=edition)
    result_snapshot(edition=edition, winners=[(winner, "Giải Nhất")])
    form = _form(page, loser.code.lower())
    assert issubclass(type(form), ResultsPageForm)
    assert not form.is_valid()
    assert form.formsets["rationales"].forms[0].errors["entry_code"] == [
        vi("%(code)s is not among the winners of the published result.") % {"code": loser.code}
    ]
    assert _form(page, winner.code.lower()).is_valid()


def test_edition_results_address_redirects_to_its_results_page(client, results_page):
    page, edition = results_page
    response = client.get(reverse("cms:edition_results", args=[edition.pk]))
    assert (response.status_code, response["Location"]) == (302, page.url)
    assert client.get(reverse("cms:edition_results", args=[edition.pk + 1000])).status_code == 404
