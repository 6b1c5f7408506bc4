"""One order everywhere (issue 9): the same 30 people and 30 agencies, created in a shuffled
order, come out in the Vietnamese order of contest.collation from every list that shows
them: staff pages, the admin, XLSX and CSV exports, and PDF reports.

A list is read as the sequence of the candidate names in the document, in order of
appearance; a name repeated in one row (a link and its label) counts once. A document that
lists the names twice (a legend and a table) must give the same order both times.
"""

import csv
import datetime
import io
import random
import re
import unicodedata

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from contest.collation import text_sort_key, vietnamese_name_key
from contest.enums import AgencyLevel, Role
from contest.models import Agency
from initiatives.enums import InitiativeStatus
from initiatives.services.initiatives import initiative_create, initiative_report
from judging.enums import AggregationMethod
from tests.contest.test_sort_keys import AGENCIES, NAMES
from tests.documents.conftest import pdf_text
from tests.factories import (
    AssignmentFactory,
    EditionFactory,
    EligibleEntryFactory,
    JuryMemberFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)
from tests.factories.initiatives import published_winner

PEOPLE_ORDER = sorted(NAMES, key=vietnamese_name_key)
AGENCY_ORDER = sorted(AGENCIES, key=text_sort_key)
# The initiative's lead agency is AGENCY_ORDER[0]; the other 29 adopted it.
ADOPTERS = AGENCY_ORDER[1:]


def listed(text: str, candidates) -> list[str]:
    """The candidates in the order ``text`` shows them, one per consecutive run."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    pattern = re.compile("|".join(re.escape(c) for c in sorted(candidates, key=len, reverse=True)))
    found = []
    for match in pattern.finditer(text):
        if not found or found[-1] != match.group(0):
            found.append(match.group(0))
    return found


def assert_one_order(text: str, expected: list[str]):
    found = listed(text, expected)
    assert found, "none of the names is shown"
    times, rest = divmod(len(found), len(expected))
    assert (times, rest) != (0, len(found)), found
    assert found == expected * times, found


def xlsx_text(content: bytes) -> str:
    book = load_workbook(io.BytesIO(content), read_only=True)
    cells = (
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    return "\n".join(cells)


def csv_text(content: bytes) -> str:
    return "\n".join(
        " ; ".join(row) for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))
    )


@pytest.fixture
def world(db):
    """30 judges named NAMES, of 30 agencies named AGENCIES, each scoring one entry of an
    agency; an initiative led by the first agency in Vietnamese order and adopted by the
    29 others. Everything is created in a shuffled order, so that creation order, primary
    keys and code points all disagree with the expected order."""
    rng = random.Random(103)
    agency_names, people = AGENCIES[:], NAMES[:]
    rng.shuffle(agency_names)
    rng.shuffle(people)
    agencies = {
        name: Agency.objects.create(name=name, level=AgencyLevel.CITY, kind="sở")
        for name in agency_names
    }
    edition = EditionFactory(name="Cuộc thi một thứ tự")
    round_ = RoundFactory(
        edition=edition, judges_per_entry=1, method=AggregationMethod.ADJUSTED, name="Vòng 1"
    )
    judges = []
    for index, name in enumerate(people):
        judge = UserFactory(full_name=name, agency=agencies[agency_names[index]], role=Role.JUDGE)
        JuryMemberFactory(edition=edition, user=judge)
        entry = EligibleEntryFactory(edition=edition, agency=agencies[agency_names[index]])
        assignment = AssignmentFactory(round=round_, judge=judge, entry=entry)
        score_assignment(assignment, [30, 20, 20 + index % 10])
        judges.append(judge)

    organiser = UserFactory(role=Role.ORGANISER, full_name="Người Tổ Chức")
    lead = agencies[AGENCY_ORDER[0]]
    initiative = initiative_create(
        entry=published_winner(title="Sáng kiến nhân rộng"),
        owner_agency=lead,
        actor=organiser,
        today=datetime.date(2025, 1, 10),
    )
    waiting = published_winner(title="Sáng kiến chờ giao đơn vị chủ trì")  # creation form
    officer = UserFactory(role=Role.LEAD_AGENCY, agency=lead, full_name="Cán Bộ Đầu Mối")
    day = datetime.date(2025, 2, 1)
    report = {"initiative": initiative, "actor": officer, "today": day, "happened_on": day}
    initiative_report(status=InitiativeStatus.PILOTING, place="Phường Hàng Bạc", **report)
    adopters = [agencies[n] for n in agency_names if agencies[n] != lead]
    initiative_report(status=InitiativeStatus.REPLICATED, agencies=adopters, **report)
    return {
        "edition": edition,
        "round": round_,
        "judges": judges,
        "organiser": organiser,
        "secretariat": UserFactory(role=Role.SECRETARIAT, full_name="Thư Ký Cuộc Thi"),
        "superuser": UserFactory(is_superuser=True, is_staff=True, full_name="Quản Trị"),
        "officer": officer,
        "initiative": initiative,
        "waiting_edition": waiting.edition,
    }


def _get(client, user, url, **params):
    if user is not None:
        client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _html(client, user, url, **params) -> str:
    return _get(client, user, url, **params).decode()


def _select(html: str, name: str) -> str:
    """The options of the form's ``name`` select: the page may list agencies elsewhere too."""
    match = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S)
    assert match, f"no select named {name}"
    return match.group(0)


def _pages(client, user, url, **params) -> str:
    """Every page of a paginated admin listing, in page order."""
    text, page = "", 1
    while True:
        client.force_login(user)
        response = client.get(url, {**params, "p": page})
        if response.status_code == 404 or page > 10:
            return text
        assert response.status_code == 200
        text += response.content.decode()
        if f"p={page + 1}" not in response.content.decode():
            return text
        page += 1


# --- people -----------------------------------------------------------------------------

PEOPLE_PAGES = {
    "judging progress": lambda w: (
        "secretariat",
        reverse("judging:progress", args=[w["round"].pk]),
    ),
    "ranking: judges' corrections": lambda w: (
        "organiser",
        reverse("judging:ranking", args=[w["round"].pk]),
    ),
    "admin: jury": lambda w: ("organiser", reverse("jury:index")),
}


@pytest.mark.parametrize("page", sorted(PEOPLE_PAGES))
def test_people_page_lists_judges_in_vietnamese_order(client, world, page):
    role, url = PEOPLE_PAGES[page](world)
    assert_one_order(_pages(client, world[role], url), PEOPLE_ORDER)


def test_people_admin_user_list_in_vietnamese_order(client, world):
    judges = world["judges"][0].groups.get(name=Role.JUDGE.value)
    text = _pages(client, world["superuser"], reverse("wagtailusers_users:index"), group=judges.pk)
    assert_one_order(text, PEOPLE_ORDER)


PEOPLE_FORMS = {
    "admin: new jury member": ("jury:add", "user"),
    "admin: new conflict of interest": ("conflicts:add", "judge"),
}


@pytest.mark.parametrize("form", sorted(PEOPLE_FORMS))
def test_people_choices_of_a_form_in_vietnamese_order(client, world, form):
    url_name, field = PEOPLE_FORMS[form]
    html = _html(client, world["organiser"], reverse(url_name))
    assert_one_order(_select(html, field), PEOPLE_ORDER)


def test_people_admin_user_csv_export_in_vietnamese_order(client, world):
    judges = world["judges"][0].groups.get(name=Role.JUDGE.value)
    url = reverse("wagtailusers_users:index")
    content = _get(client, world["superuser"], url, group=judges.pk, export="csv")
    assert_one_order(csv_text(content), PEOPLE_ORDER)


PEOPLE_DOCUMENTS = {
    "round XLSX: judges by entry": ("judging:export", "xlsx", "ma-tran"),
    "score summary PDF": ("judging:report_score_summary_pdf", "pdf", None),
    "score summary XLSX": ("judging:report_score_summary_xlsx", "xlsx", None),
    "score sheets PDF": ("judging:report_score_sheets_pdf", "pdf", None),
    "score sheets XLSX": ("judging:report_score_sheets_xlsx", "xlsx", None),
}


@pytest.mark.parametrize("document", sorted(PEOPLE_DOCUMENTS))
def test_people_document_lists_judges_in_vietnamese_order(client, world, document):
    name, kind, extra = PEOPLE_DOCUMENTS[document]
    args = [world["round"].pk] + ([extra] if extra else [])
    content = _get(client, world["organiser"], reverse(name, args=args))
    text = pdf_text(content) if kind == "pdf" else xlsx_text(content)
    assert_one_order(text, PEOPLE_ORDER)


# --- agencies ---------------------------------------------------------------------------

AGENCY_FORMS = {
    "sign-up form": lambda w: (None, reverse("account_signup"), "agency"),
    "profile form": lambda w: ("officer", reverse("contest:profile"), "agency"),
    "screening filter": lambda w: ("secretariat", reverse("contest:screening_list"), "agency"),
    "initiative reporting form": lambda w: (
        "officer",
        reverse("initiatives:report", args=[w["initiative"].pk]),
        "agencies",
    ),
    "initiative creation form": lambda w: (
        "organiser",
        reverse("initiatives:staff_list") + f"?edition={w['waiting_edition'].pk}",
        "owner_agency",
    ),
}


@pytest.mark.parametrize("form", sorted(AGENCY_FORMS))
def test_agency_choices_of_a_form_in_vietnamese_order(client, world, form):
    role, url, field = AGENCY_FORMS[form](world)
    html = _html(client, world[role] if role else None, url)
    expected = ADOPTERS if field == "agencies" else AGENCY_ORDER
    assert_one_order(_select(html, field), expected)


def test_agency_admin_list_in_vietnamese_order(client, world):
    url = reverse("wagtailsnippets_contest_agency:list")
    assert_one_order(_pages(client, world["superuser"], url), AGENCY_ORDER)


def test_agency_admin_csv_export_in_vietnamese_order(client, world):
    url = reverse("wagtailsnippets_contest_agency:list")
    content = _get(client, world["superuser"], url, export="csv")
    assert_one_order(csv_text(content), AGENCY_ORDER)


@pytest.mark.parametrize("view", ["initiatives:public_detail", "initiatives:staff_detail"])
def test_agency_adopters_of_an_initiative_in_vietnamese_order(client, world, view):
    user = world["organiser"] if view.startswith("initiatives:staff") else None
    text = _html(client, user, reverse(view, args=[world["initiative"].pk]))
    assert listed(text, ADOPTERS)[: len(ADOPTERS)] == ADOPTERS


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_agency_initiatives_report_in_vietnamese_order(client, world, fmt):
    content = _get(client, world["organiser"], reverse("initiatives:report_download", args=[fmt]))
    text = pdf_text(content) if fmt == "pdf" else xlsx_text(content)
    # By count, then by name: each agency leads or adopts once, so the names decide.
    found = listed(text, AGENCY_ORDER)
    assert found[: len(AGENCY_ORDER)] == AGENCY_ORDER
    if fmt == "xlsx":  # then the initiatives' sheet, with who adopted each
        assert found[len(AGENCY_ORDER) :][-len(ADOPTERS) :] == ADOPTERS


def test_agency_staff_overview_counts_in_vietnamese_order(client, world):
    url = reverse("cms:staff_edition", args=[world["edition"].pk])
    found = listed(_html(client, world["organiser"], url), AGENCY_ORDER)
    # The overview shows the ten agencies with most entries; all have one here.
    assert found[:10] == AGENCY_ORDER[:10]
