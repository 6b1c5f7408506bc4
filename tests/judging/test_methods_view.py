"""The method comparison page: who may open it, its figures, the top N, constant queries."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from contest.enums import Role
from judging.enums import AggregationMethod
from judging.models import Assignment
from tests.factories import EligibleEntryFactory, RoundFactory, UserFactory
from tests.i18n import vi, vi_n
from tests.judging.method_fixtures import disagreeing_round, scored_round

pytestmark = pytest.mark.django_db


def _url(round_):
    return reverse("judging:methods", args=[round_.pk])


def _organiser(client):
    client.force_login(UserFactory(role=Role.ORGANISER))


def _table(response):
    """The comparison table as its reader sees it: a list of cells per row."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["th", "td"])]
        for row in soup.select("table.method-comparison tbody tr")
    ]


def _label(method):
    return vi(AggregationMethod(method).label)


# --- who may open it: what the ranking page gives them -----------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        (Role.ENTRANT, 403),
        (Role.JUDGE, 403),
        (Role.SECRETARIAT, 200),
        (Role.ORGANISER, 200),
    ],
)
def test_methods_page_access_is_the_ranking_pages(client, role, status):
    round_ = disagreeing_round()
    if role != "anonymous":
        client.force_login(UserFactory(role=role))
    assert client.get(_url(round_)).status_code == status
    assert client.get(reverse("judging:ranking", args=[round_.pk])).status_code == status


def test_methods_page_unknown_round_is_404(client):
    _organiser(client)
    assert client.get(reverse("judging:methods", args=[999_999])).status_code == 404


# --- what it shows ------------------------------------------------------------------------


def test_methods_page_compares_every_method_with_the_rounds_own(client):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(_url(round_), {"top": "2"})
    assert response.status_code == 200
    base = vi("the round's method")
    assert _table(response) == [
        [f"{_label('mean')} {base}", "3", "PP-1", "2 / 2", "—", "—", "0"],
        [_label("trimmed_mean"), "3", "PP-1", "2 / 2", "—", "—", "0"],
        # PP-1 falls from first to third: 2 places.
        [_label("median"), "3", "PP-2", "1 / 2", "PP-3", "PP-1", "2"],
        [_label("zscore"), "3", "PP-2", "1 / 2", "PP-3", "PP-1", "2"],
        [_label("adjusted"), "3", "PP-1", "2 / 2", "—", "—", "0"],
    ]
    html = response.content.decode()
    assert vi("Entering the top %(top)s") % {"top": 2} in html
    assert vi("Leaving the top %(top)s") % {"top": 2} in html
    # One sentence per method saying what it does, and the way back to the ranking.
    soup = BeautifulSoup(html, "html.parser")
    assert [dt.get_text() for dt in soup.select(".method-list dt")] == [
        _label(m) for m in ("mean", "trimmed_mean", "median", "zscore", "adjusted")
    ]
    assert len(soup.select(".method-list dd")) == 5
    assert soup.select_one(f'a[href="{reverse("judging:ranking", args=[round_.pk])}"]')
    assert (
        soup.select_one("label[for=id_top]")
        .get_text(" ", strip=True)
        .startswith("Số bài đứng đầu để so sánh")
    )
    wrap = soup.select_one(".table-wrap")
    assert (wrap["role"], wrap["tabindex"], wrap["aria-label"]) == (
        "region",
        "0",
        vi("Top entries by each method"),
    )


def test_methods_page_marks_the_rounds_method_whichever_it_is(client):
    round_ = disagreeing_round(method=AggregationMethod.MEDIAN)
    _organiser(client)
    response = client.get(_url(round_), {"top": "1"})
    base = vi("the round's method")
    assert _table(response) == [
        [_label("mean"), "3", "PP-1", "0 / 1", "PP-1", "PP-2", "1"],
        [_label("trimmed_mean"), "3", "PP-1", "0 / 1", "PP-1", "PP-2", "1"],
        [f"{_label('median')} {base}", "3", "PP-2", "1 / 1", "—", "—", "0"],
        [_label("zscore"), "3", "PP-2", "1 / 1", "—", "—", "0"],
        [_label("adjusted"), "3", "PP-1", "0 / 1", "PP-1", "PP-2", "1"],
    ]


def test_methods_page_defaults_to_every_entry_below_ten(client):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(_url(round_))
    assert response.context["top"] == 3
    assert response.context["form"].errors == {}
    assert [row[3] for row in _table(response)] == ["3 / 3"] * 5
    # Median and z-score: PP-1 from first to third.
    assert [row[6] for row in _table(response)] == ["0", "0", "2", "2", "0"]


def test_methods_page_defaults_to_ten_in_a_larger_round(client):
    round_ = scored_round(12)
    _organiser(client)
    response = client.get(_url(round_))
    assert response.context["top"] == 10
    assert response.context["form"]["top"].value() == 10
    assert all(row[3].endswith(" / 10") for row in _table(response))


def test_methods_page_empty_top_means_the_default(client):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(_url(round_), {"top": ""})
    assert response.context["top"] == 3
    assert response.context["form"].errors == {}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "“abc” không phải là số nguyên: hãy nhập một số từ 1 đến 3."),
        ("2.5", "“2.5” không phải là số nguyên: hãy nhập một số từ 1 đến 3."),
        ("0", "Cần ít nhất 1 bài, không thể là 0: hãy nhập một số từ 1 đến 3."),
        ("-4", "Cần ít nhất 1 bài, không thể là -4: hãy nhập một số từ 1 đến 3."),
        (
            "4",
            "Vòng thi chỉ có 3 bài được xếp hạng, ít hơn 4: hãy nhập một số từ 1 đến 3.",
        ),
    ],
)
def test_methods_page_bad_top_says_what_is_wrong_and_uses_the_default(client, value, message):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(_url(round_), {"top": value})
    assert response.status_code == 200
    assert response.context["form"].errors == {"top": [message]}
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    summary = soup.select_one(".error-summary")
    assert summary is not None
    assert " ".join(summary.get_text(" ", strip=True).split()).endswith(
        f"Số bài đứng đầu để so sánh: {message}"
    )
    # The table is still drawn, with the default N.
    assert response.context["top"] == 3
    assert [row[3] for row in _table(response)] == ["3 / 3"] * 5
    caption = vi_n(
        "Each method's top entry against the round's method's top %(top)s.",
        "Each method's top %(top)s entries against the round's method's top %(top)s.",
        3,
    ) % {"top": 3}
    assert caption in html


@pytest.mark.parametrize("value", ["1e999", "9" * 5_000, "3\x00"])
def test_methods_page_hostile_top_is_a_message_not_an_error(client, value):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(_url(round_), {"top": value})
    assert response.status_code == 200
    [message] = response.context["form"].errors["top"]
    assert message.endswith("không phải là số nguyên: hãy nhập một số từ 1 đến 3.")
    assert len(message) < 100
    assert response.context["top"] == 3


def test_methods_page_message_names_the_range_of_the_round(client):
    round_ = scored_round(12)
    _organiser(client)
    response = client.get(_url(round_), {"top": "13"})
    assert response.context["form"].errors == {
        "top": ["Vòng thi chỉ có 12 bài được xếp hạng, ít hơn 13: hãy nhập một số từ 1 đến 12."]
    }
    assert response.context["top"] == 10
    assert client.get(_url(round_), {"top": "12"}).context["top"] == 12


def test_methods_page_without_complete_entries_says_so(client):
    round_ = RoundFactory(criteria=[("Điểm", 100)])
    entry = EligibleEntryFactory(edition=round_.edition)
    Assignment.objects.create(round=round_, entry=entry, judge=UserFactory(role=Role.JUDGE))
    _organiser(client)
    response = client.get(_url(round_), {"top": "5"})
    assert response.status_code == 200
    assert _table(response) == []
    html = response.content.decode()
    assert (
        vi(
            "No entry of this round has all its marks yet, so there is nothing to compare: the "
            "comparison appears once every judge of an entry has submitted their sheet."
        )
        in html
    )
    assert 'id="methods-top"' not in html


def test_ranking_page_links_to_the_comparison(client):
    round_ = disagreeing_round()
    _organiser(client)
    response = client.get(reverse("judging:ranking", args=[round_.pk]))
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    link = soup.select_one(f'.form-actions a.button--secondary[href="{_url(round_)}"]')
    assert link.get_text(strip=True) == "So sánh các phương pháp"


# --- one read of the round whatever its size ----------------------------------------------


@pytest.mark.parametrize("size", [3, 12])
def test_methods_page_query_count_is_constant(client, django_assert_num_queries, size):
    round_ = scored_round(size)
    _organiser(client)
    # The session, the user and their groups; the round; one read of its scores for all
    # five methods (criteria, entries, assignments, judges, sheet totals); the site and its
    # settings.
    with django_assert_num_queries(11):
        response = client.get(_url(round_), {"top": "3"})
    assert [row[1] for row in _table(response)] == [str(size)] * 5
