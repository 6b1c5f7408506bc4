"""Judging pages for every role, anonymity on the judge's side, and constant query counts."""

import io
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.messages import constants
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from contest.enums import EntrantType, Role
from contest.models import Author, Entry, User
from judging.enums import AuditAction, SheetStatus
from judging.models import Assignment, AuditEvent, Round, Score, ScoreSheet
from tests.contest.helpers import add_writeup_row
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    EligibleEntryFactory,
    JuryMemberFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)
from tests.i18n import vi

pytestmark = pytest.mark.django_db

AUTHOR_NAME = "Hoàng Thị Bích Ngọc Độc Nhất"
AUTHOR_EMAIL = "bichngoc.docnhat@bimat.example"
AUTHOR_AGENCY = "Trung tâm Thử nghiệm Bí mật Hồ Tây"
COAUTHOR_NAME = "Lưu Quang Vũ Ẩn Danh"
COAUTHOR_UNIT = "Viện Nghiên cứu Khuất Danh"
COAUTHOR_EMAIL = "quangvu.andanh@vien.example"
ORIGINAL_FILE = "Thuyet-minh-Hoang-Thi-Bich-Ngoc.pdf"
ORIGINAL_BYTES = b"%PDF-1.7 original with /Author (Hoang Thi Bich Ngoc)"
ANONYMISED_BYTES = b"%PDF-1.7 anonymised copy"


@dataclass
class World:
    round: Round
    entry: Entry
    assignment: Assignment
    other_sheet: ScoreSheet
    attachment: object
    users: dict[str, User]


def _store(attachment):
    storage = storages["private"]
    attachment.stored_name = storage.save(attachment.stored_name, ContentFile(ORIGINAL_BYTES))
    attachment.anonymised_name = storage.save(
        attachment.anonymised_name, ContentFile(ANONYMISED_BYTES)
    )
    attachment.save()
    return attachment


@pytest.fixture
def world():
    """One entry with identifying authors, its judge, another judge's submitted sheet."""
    round_ = RoundFactory()
    owner = UserFactory(
        role=Role.ENTRANT,
        full_name=AUTHOR_NAME,
        email=AUTHOR_EMAIL,
        agency=AgencyFactory(name=AUTHOR_AGENCY),
    )
    entry = EligibleEntryFactory(
        edition=round_.edition, owner=owner, entrant_type=EntrantType.GROUP
    )
    Author.objects.filter(entry=entry).update(share=60)
    Author.objects.create(
        entry=entry,
        position_in_list=1,
        full_name=COAUTHOR_NAME,
        unit=COAUTHOR_UNIT,
        email=COAUTHOR_EMAIL,
        share=40,
    )
    attachment = _store(add_writeup_row(entry, name=ORIGINAL_FILE))
    assignment = AssignmentFactory(round=round_, entry=entry)
    other = AssignmentFactory(round=round_, entry=entry)
    other_sheet = score_assignment(other, ["35.5", "21", "21"], comment="Nhận xét kín GK2.")
    users = {
        "entrant": owner,
        "judge_assigned": assignment.judge,
        "judge_unassigned": JuryMemberFactory(edition=round_.edition).user,
        "secretariat": UserFactory(role=Role.SECRETARIAT),
        "organiser": UserFactory(role=Role.ORGANISER),
    }
    return World(round_, entry, assignment, other_sheet, attachment, users)


def _criteria(world):
    return list(world.round.criteria.order_by("sort_order"))


def _score_data(world, points, *, version=0, action="save", comment=""):
    data = {f"criterion_{c.pk}": p for c, p in zip(_criteria(world), points, strict=True)}
    return data | {"version": version, "comment": comment, action: ""}


# --- every page for every role -----------------------------------------------------------

ROLES = ["anonymous", "entrant", "judge_assigned", "judge_unassigned", "secretariat", "organiser"]
LOGIN = 302  # judges' pages send anonymous visitors to sign in

PAGES = {
    # name: (method, url, data, expected status by role in ROLES order)
    "home": ("get", lambda w: reverse("judging:home"), None, [LOGIN, 200, 200, 200, 200, 200]),
    "queue": (
        "get",
        lambda w: reverse("judging:queue", args=[w.round.pk]),
        None,
        [LOGIN, 404, 200, 404, 404, 404],
    ),
    "score": (
        "get",
        lambda w: reverse("judging:score", args=[w.assignment.pk]),
        None,
        [LOGIN, 404, 200, 404, 404, 404],
    ),
    "score_post": (
        "post",
        lambda w: reverse("judging:score", args=[w.assignment.pk]),
        lambda w: _score_data(w, ["20", "20", "20"]),
        [LOGIN, 404, 302, 404, 404, 404],
    ),
    "declare_conflict": (
        "post",
        lambda w: reverse("judging:declare_conflict", args=[w.assignment.pk]),
        lambda w: {"reason": "Tôi quen tác giả."},
        [LOGIN, 404, 302, 404, 404, 404],
    ),
    "attachment": (
        "get",
        lambda w: reverse("judging:attachment", args=[w.assignment.pk, w.attachment.pk]),
        None,
        [LOGIN, 404, 200, 404, 404, 404],
    ),
    "progress": (
        "get",
        lambda w: reverse("judging:progress", args=[w.round.pk]),
        None,
        [404, 403, 403, 403, 200, 200],
    ),
    "assign": (
        "post",
        lambda w: reverse("judging:assign", args=[w.round.pk]),
        lambda w: {},
        [404, 403, 403, 403, 302, 302],
    ),
    "reopen": (
        "post",
        lambda w: reverse("judging:reopen", args=[w.other_sheet.pk]),
        lambda w: {"reason": "Nhập nhầm."},
        [404, 403, 403, 403, 302, 302],
    ),
    "ranking": (
        "get",
        lambda w: reverse("judging:ranking", args=[w.round.pk]),
        None,
        [404, 403, 403, 403, 200, 200],
    ),
    **{
        f"export_{kind}": (
            "get",
            lambda w, kind=kind: reverse("judging:export", args=[w.round.pk, kind]),
            None,
            [404, 403, 403, 403, 200, 200],
        )
        for kind in ("xep-hang", "diem-theo-tieu-chi", "ma-tran")
    },
    "live": (
        "get",
        lambda w: reverse("judging:live", args=[w.round.pk]),
        None,
        [404, 403, 403, 403, 200, 200],
    ),
    "reveal": (
        "post",
        lambda w: reverse("judging:reveal", args=[w.round.pk]),
        lambda w: {},
        [404, 403, 403, 403, 403, 302],
    ),
    "audit": ("get", lambda w: reverse("judging:audit"), None, [404, 403, 403, 403, 403, 200]),
}
CASES = [
    pytest.param(page, role, PAGES[page][3][i], id=f"{page}-{role}")
    for page in PAGES
    for i, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("page", "role", "status"), CASES)
def test_judging_page_access_by_role(client, world, page, role, status):
    method, url, data, _ = PAGES[page]
    if role != "anonymous":
        client.force_login(world.users[role])
    response = getattr(client, method)(url(world), data(world) if data else None)
    assert response.status_code == status
    if role == "anonymous" and status == LOGIN:
        assert response.url.startswith("/accounts/login/")


def test_judging_page_unknown_round_is_404_for_staff(client, world):
    client.force_login(world.users["organiser"])
    for name in ("progress", "ranking", "live"):
        assert client.get(reverse(f"judging:{name}", args=[999_999])).status_code == 404
    assert client.get(reverse("judging:export", args=[world.round.pk, "khac"])).status_code == 404


def test_judge_home_lists_only_own_rounds_with_progress(client, world):
    client.force_login(world.users["judge_assigned"])
    response = client.get(reverse("judging:home"))
    assert [r.pk for r in response.context["rounds"]] == [world.round.pk]
    assert [(r.assigned, r.done) for r in response.context["rounds"]] == [(1, 0)]
    client.force_login(world.users["entrant"])
    assert list(client.get(reverse("judging:home")).context["rounds"]) == []


def test_judge_queue_lists_only_own_active_entries(client, world):
    mine = AssignmentFactory(round=world.round, judge=world.users["judge_assigned"])
    Assignment.objects.filter(pk=mine.pk).update(active=False)
    client.force_login(world.users["judge_assigned"])
    response = client.get(reverse("judging:queue", args=[world.round.pk]))
    assert [i.entry_code for i in response.context["queue"]] == [world.entry.code]
    assert (response.context["done"], response.context["total"]) == (0, 1)


def test_superuser_cannot_open_a_judges_score_page(client, world):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("judging:score", args=[world.assignment.pk])
    assert client.get(url).status_code == 404


def test_judge_of_another_entry_cannot_open_this_one(client, world):
    other = AssignmentFactory(round=world.round)
    client.force_login(other.judge)
    assert client.get(reverse("judging:queue", args=[world.round.pk])).status_code == 200
    assert client.get(reverse("judging:score", args=[world.assignment.pk])).status_code == 404
    url = reverse("judging:attachment", args=[world.assignment.pk, world.attachment.pk])
    assert client.get(url).status_code == 404
    # Their own assignment does not open another entry's file either.
    url = reverse("judging:attachment", args=[other.pk, world.attachment.pk])
    assert client.get(url).status_code == 404


# --- anonymity ---------------------------------------------------------------------------


IDENTIFYING = [
    AUTHOR_NAME,
    AUTHOR_EMAIL,
    AUTHOR_AGENCY,
    COAUTHOR_NAME,
    COAUTHOR_UNIT,
    COAUTHOR_EMAIL,
    ORIGINAL_FILE,
    "Bích Ngọc",
    "Hồ Tây",
    "bimat.example",
]


def _without_identity(html):
    return [term for term in IDENTIFYING if term.lower() in html.lower()]


def test_score_page_never_shows_authors_agency_or_email(client, world):
    client.force_login(world.users["judge_assigned"])
    response = client.get(reverse("judging:score", args=[world.assignment.pk]))
    html = response.content.decode()
    assert _without_identity(html) == []
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith(f"{world.entry.code} · ")
    assert world.entry.solution in html
    assert f"{world.entry.code}-writeup-1.pdf" in html


def test_score_page_shows_redacted_text_not_the_original(client, world):
    Entry.objects.filter(pk=world.entry.pk).update(
        problem=f"{AUTHOR_NAME} thấy người dân chờ lâu.",
        redactions={"problem": "[…] thấy người dân chờ lâu."},
    )
    client.force_login(world.users["judge_assigned"])
    html = client.get(reverse("judging:score", args=[world.assignment.pk])).content.decode()
    assert "[…] thấy người dân chờ lâu." in html
    assert _without_identity(html) == []


def test_queue_and_home_never_show_authors(client, world):
    client.force_login(world.users["judge_assigned"])
    for url in (reverse("judging:home"), reverse("judging:queue", args=[world.round.pk])):
        assert _without_identity(client.get(url).content.decode()) == []


def test_judge_attachment_is_the_anonymised_copy_with_neutral_name(client, world):
    client.force_login(world.users["judge_assigned"])
    url = reverse("judging:attachment", args=[world.assignment.pk, world.attachment.pk])
    response = client.get(url)
    assert b"".join(response.streaming_content) == ANONYMISED_BYTES
    disposition = response["Content-Disposition"]
    assert disposition == f'inline; filename="{world.entry.code}-writeup-1.pdf"'
    assert "Thuyet-minh" not in disposition
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_judge_cannot_download_files_through_the_entrants_urls(client, world):
    client.force_login(world.users["judge_assigned"])
    for name in ("contest:attachment_download", "contest:attachment_download_anonymised"):
        assert client.get(reverse(name, args=[world.attachment.pk])).status_code == 404


def test_entrant_pages_show_nothing_of_judging(client, world):
    client.force_login(world.users["entrant"])
    for url in (
        reverse("contest:entry_list"),
        reverse("contest:entry_detail", args=[world.entry.public_id]),
    ):
        html = client.get(url).content.decode()
        assert world.other_sheet.total == Decimal("77.50")
        for secret in ("77.50", "77,50", "77.5", "77,5", "Nhận xét kín GK2."):
            assert secret not in html
        for judge in (world.assignment.judge, world.other_sheet.assignment.judge):
            assert judge.full_name not in html
            assert judge.email not in html


# --- the score form ----------------------------------------------------------------------


def _score_url(world):
    return reverse("judging:score", args=[world.assignment.pk])


def _sheet(world):
    return ScoreSheet.objects.filter(assignment=world.assignment).first()


def _form_error_codes(response):
    return {
        field: [e.code for e in errors]
        for field, errors in response.context["form"].errors.as_data().items()
    }


def test_score_view_saves_a_draft_and_stays(client, world):
    client.force_login(world.users["judge_assigned"])
    response = client.post(_score_url(world), _score_data(world, ["20", "15.5", ""]))
    assert response.status_code == 302
    assert response.url == _score_url(world)
    sheet = _sheet(world)
    assert (sheet.status, sheet.total, sheet.version) == (SheetStatus.DRAFT, Decimal("35.50"), 2)
    page = client.get(_score_url(world))
    assert page.context["form"].initial["version"] == 2
    assert page.context["form"].initial[f"criterion_{_criteria(world)[1].pk}"] == Decimal("15.5")


def test_score_view_submits_and_returns_to_queue(client, world):
    client.force_login(world.users["judge_assigned"])
    data = _score_data(world, ["30", "20", "20"], action="submit", comment="Tốt.")
    response = client.post(_score_url(world), data)
    assert response.status_code == 302
    assert response.url == reverse("judging:queue", args=[world.round.pk])
    sheet = _sheet(world)
    assert (sheet.status, sheet.total, sheet.comment) == (
        SheetStatus.SUBMITTED,
        Decimal("70.00"),
        "Tốt.",
    )
    queue = client.get(response.url)
    assert [(i.status, i.total) for i in queue.context["queue"]] == [
        ("submitted", Decimal("70.00"))
    ]


def test_score_view_above_maximum_is_a_field_error(client, world):
    client.force_login(world.users["judge_assigned"])
    first = _criteria(world)[0]
    response = client.post(_score_url(world), _score_data(world, ["41", "20", "20"]))
    assert response.status_code == 200
    assert _form_error_codes(response) == {f"criterion_{first.pk}": ["max_value"]}
    assert _sheet(world) is None


def test_score_view_off_step_is_a_field_error(client, world):
    client.force_login(world.users["judge_assigned"])
    second = _criteria(world)[1]
    response = client.post(_score_url(world), _score_data(world, ["20", "20.2", "20"]))
    assert response.status_code == 200
    assert _form_error_codes(response) == {f"criterion_{second.pk}": ["step"]}


def test_score_view_submit_incomplete_is_refused(client, world):
    client.force_login(world.users["judge_assigned"])
    _, second, third = _criteria(world)
    response = client.post(_score_url(world), _score_data(world, ["20", "", ""], action="submit"))
    assert response.status_code == 200
    assert _form_error_codes(response) == {
        f"criterion_{second.pk}": ["required"],
        f"criterion_{third.pk}": ["required"],
    }


def test_score_view_comment_required_for_low_total(client, world):
    Round.objects.filter(pk=world.round.pk).update(comment_required_below=Decimal("50"))
    client.force_login(world.users["judge_assigned"])
    response = client.post(_score_url(world), _score_data(world, ["5", "5", "5"], action="submit"))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["comment"]
    assert _sheet(world) is None


def test_score_view_stale_version_is_refused(client, world):
    client.force_login(world.users["judge_assigned"])
    client.post(_score_url(world), _score_data(world, ["10", "", ""]))
    client.post(_score_url(world), _score_data(world, ["12", "", ""], version=2))
    response = client.post(_score_url(world), _score_data(world, ["14", "", ""], version=2))
    assert response.status_code == 200
    assert len(response.context["form"].non_field_errors()) == 1
    assert list(
        Score.objects.filter(sheet__assignment=world.assignment).values_list("points", flat=True)
    ) == [Decimal("12")]


def test_score_view_two_devices_on_an_empty_sheet_cannot_both_save(client, world):
    client.force_login(world.users["judge_assigned"])
    loaded = client.get(_score_url(world)).context["form"].initial["version"]
    phone = client.post(_score_url(world), _score_data(world, ["10", "", ""], version=loaded))
    laptop = client.post(_score_url(world), _score_data(world, ["30", "", ""], version=loaded))
    assert (phone.status_code, laptop.status_code) == (302, 200)
    assert len(laptop.context["form"].non_field_errors()) == 1
    scores = Score.objects.filter(sheet__assignment=world.assignment)
    assert list(scores.values_list("points", flat=True)) == [Decimal("10")]


def test_score_view_locked_sheet_ignores_posts(client, world):
    client.force_login(world.users["judge_assigned"])
    client.post(_score_url(world), _score_data(world, ["30", "20", "20"], action="submit"))
    response = client.post(_score_url(world), _score_data(world, ["40", "30", "30"], version=3))
    assert response.status_code == 200
    assert response.context["locked"] is True
    assert 'name="submit"' not in response.content.decode()
    assert _sheet(world).total == Decimal("70.00")


def test_secretariat_cannot_change_a_score_through_any_view(client, world):
    client.force_login(world.users["secretariat"])
    sheet = world.other_sheet
    url = reverse("judging:score", args=[sheet.assignment_id])
    response = client.post(url, _score_data(world, ["0", "0", "0"], action="submit"))
    assert response.status_code == 404
    sheet.refresh_from_db()
    assert (sheet.status, sheet.total) == (SheetStatus.SUBMITTED, Decimal("77.50"))
    assert sorted(sheet.scores.values_list("points", flat=True)) == [
        Decimal("21"),
        Decimal("21"),
        Decimal("35.5"),
    ]


# --- conflicts, reopen, assignment, reveal through views ---------------------------------


def test_declare_conflict_view_releases_the_entry(client, world):
    client.force_login(world.users["judge_assigned"])
    url = reverse("judging:declare_conflict", args=[world.assignment.pk])
    response = client.post(url, {"reason": "Tác giả là đồng nghiệp cũ."})
    world.assignment.refresh_from_db()
    assert world.assignment.active is False
    assert AuditEvent.objects.filter(action=AuditAction.CONFLICT).count() == 1
    # The judge had no other entry in the round, so they land on their home page.
    assert response.url == reverse("judging:home")
    assert client.get(response.url).status_code == 200
    assert client.get(_score_url(world)).status_code == 404


def test_declare_conflict_view_returns_to_queue_when_work_remains(client, world):
    AssignmentFactory(round=world.round, judge=world.users["judge_assigned"])
    client.force_login(world.users["judge_assigned"])
    url = reverse("judging:declare_conflict", args=[world.assignment.pk])
    response = client.post(url, {"reason": "Tác giả là đồng nghiệp cũ."})
    assert response.url == reverse("judging:queue", args=[world.round.pk])
    assert client.get(response.url).status_code == 200


def test_declare_conflict_view_without_reason_changes_nothing(client, world):
    client.force_login(world.users["judge_assigned"])
    url = reverse("judging:declare_conflict", args=[world.assignment.pk])
    response = client.post(url, {"reason": ""})
    assert response.url == _score_url(world)
    world.assignment.refresh_from_db()
    assert world.assignment.active is True


def test_reopen_view_with_reason_reopens_and_audits(client, world):
    client.force_login(world.users["secretariat"])
    url = reverse("judging:reopen", args=[world.other_sheet.pk])
    response = client.post(url, {"reason": "Giám khảo đề nghị sửa."}, follow=True)
    assert response.redirect_chain == [(reverse("judging:ranking", args=[world.round.pk]), 302)]
    assert [m.level for m in response.context["messages"]] == [constants.SUCCESS]
    world.other_sheet.refresh_from_db()
    assert world.other_sheet.status == SheetStatus.DRAFT
    event = AuditEvent.objects.get(action=AuditAction.SCORE_REOPENED)
    assert (event.actor, event.reason) == (world.users["secretariat"], "Giám khảo đề nghị sửa.")


def test_reopen_view_without_reason_is_refused(client, world):
    client.force_login(world.users["organiser"])
    url = reverse("judging:reopen", args=[world.other_sheet.pk])
    response = client.post(url, {"reason": " "}, follow=True)
    assert [m.level for m in response.context["messages"]] == [constants.ERROR]
    world.other_sheet.refresh_from_db()
    assert world.other_sheet.status == SheetStatus.SUBMITTED


def test_assign_view_assigns_and_warns_about_uncovered_entries(client, world):
    client.force_login(world.users["secretariat"])
    response = client.post(reverse("judging:assign", args=[world.round.pk]), follow=True)
    assert response.redirect_chain == [(reverse("judging:progress", args=[world.round.pk]), 302)]
    # Three jury members and three judges per entry: the unassigned judge joins.
    assert set(
        Assignment.objects.filter(entry=world.entry, active=True).values_list("judge", flat=True)
    ) == {
        world.assignment.judge_id,
        world.other_sheet.assignment.judge_id,
        world.users["judge_unassigned"].pk,
    }
    assert [m.level for m in response.context["messages"]] == [constants.SUCCESS]
    EligibleEntryFactory(edition=world.round.edition)
    Round.objects.filter(pk=world.round.pk).update(judges_per_entry=4)
    response = client.post(reverse("judging:assign", args=[world.round.pk]), follow=True)
    assert [m.level for m in response.context["messages"]] == [
        constants.SUCCESS,
        constants.WARNING,
        constants.WARNING,
    ]


def test_live_view_hides_scores_until_revealed(client, world):
    # The assigned judge submits too (30 + 20 + 20 = 70), so the entry has its score:
    # (77.5 + 70) / 2 = 73.75.
    score_assignment(world.assignment, ["30", "20", "20"])
    client.force_login(world.users["organiser"])
    url = reverse("judging:live", args=[world.round.pk])
    before = client.get(url)
    assert before.context["results"] is None
    assert "73,75" not in before.content.decode()
    assert "73.75" not in before.content.decode()
    assert 'action="{}"'.format(reverse("judging:reveal", args=[world.round.pk])) in (
        before.content.decode()
    )
    response = client.post(reverse("judging:reveal", args=[world.round.pk]))
    assert response.url == url
    assert Round.objects.get(pk=world.round.pk).revealed_at is not None
    assert AuditEvent.objects.filter(action=AuditAction.REVEALED).count() == 1
    after = client.get(url)
    assert [(r.rank, r.code, r.total) for r in after.context["results"].rows] == [
        (1, world.entry.code, Decimal("73.75"))
    ]
    assert "73,75" in after.content.decode()
    client.post(reverse("judging:reveal", args=[world.round.pk]))
    assert AuditEvent.objects.filter(action=AuditAction.REVEALED).count() == 1


def test_live_view_refreshes_by_script_not_meta_refresh(client, world):
    client.force_login(world.users["organiser"])
    html = client.get(reverse("judging:live", args=[world.round.pk])).content.decode()
    assert "http-equiv" not in html
    assert html.count('data-refresh-seconds="10"') == 1
    assert html.count("js/live-refresh.js") == 1


def test_secretariat_live_view_has_no_reveal_button(client, world):
    client.force_login(world.users["secretariat"])
    html = client.get(reverse("judging:live", args=[world.round.pk])).content.decode()
    assert reverse("judging:reveal", args=[world.round.pk]) not in html
    client.post(reverse("judging:reveal", args=[world.round.pk]))
    assert Round.objects.get(pk=world.round.pk).revealed_at is None


def test_audit_page_lists_events_newest_first(client, world):
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:audit"))
    assert [e.action for e in response.context["events"]] == [AuditAction.SCORE_SUBMITTED]


def test_progress_page_counts_submitted_sheets(client, world):
    client.force_login(world.users["secretariat"])
    response = client.get(reverse("judging:progress", args=[world.round.pk]))
    rows = {p.judge_id: (p.assigned, p.submitted, p.drafts) for p in response.context["progress"]}
    assert rows == {
        world.assignment.judge_id: (1, 0, 0),
        world.other_sheet.assignment.judge_id: (1, 1, 0),
    }
    assert (response.context["assigned"], response.context["submitted"]) == (2, 1)
    assert (response.context["percent"], response.context["entries"]) == (50, 1)


# --- exports -----------------------------------------------------------------------------


def _sheet_rows(response):
    book = load_workbook(io.BytesIO(response.content))
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def test_export_ranking_is_xlsx_by_code_only(client, world):
    client.force_login(world.users["secretariat"])
    response = client.get(
        reverse("judging:export", args=[world.round.pk, "xep-hang"]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"] == (
        f'attachment; filename="xep-hang-vong-{world.round.position}.xlsx"'
    )
    rows = _sheet_rows(response)
    # One of the two judges has not submitted: listed, flagged, but neither scored nor ranked.
    assert [row[:2] for row in rows[1:]] == [[None, world.entry.code]]
    assert rows[1][3:6] == ["1/2", None, None]
    assert rows[1][8] == vi("missing scores")
    flat = " ".join(str(v) for row in rows for v in row)
    assert _without_identity(flat) == []


def test_export_criterion_table_has_means(client, world):
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:export", args=[world.round.pk, "diem-theo-tieu-chi"]))
    rows = _sheet_rows(response)
    assert rows[0][1:4] == [c.name for c in _criteria(world)]
    # Criterion means of the complete sheet; no total while a sheet is missing.
    assert rows[1] == [world.entry.code, 35.5, 21, 21, None]


def test_export_criterion_name_starting_a_formula_stays_text(client, world):
    criterion = _criteria(world)[0]
    criterion.name = "=1+1"
    criterion.save()
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:export", args=[world.round.pk, "diem-theo-tieu-chi"]))
    assert _sheet_rows(response)[0][1] == "'=1+1"


def test_export_judge_matrix_has_a_column_per_judge(client, world):
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:export", args=[world.round.pk, "ma-tran"]))
    rows = _sheet_rows(response)
    judges = sorted(
        [world.assignment.judge, world.other_sheet.assignment.judge], key=lambda u: u.full_name
    )
    assert rows[0][1:] == [j.full_name for j in judges]
    by_judge = dict(zip(rows[0][1:], rows[1][1:], strict=True))
    assert rows[1][0] == world.entry.code
    assert by_judge == {
        world.assignment.judge.full_name: None,
        world.other_sheet.assignment.judge.full_name: 77.5,
    }


def test_ranking_page_says_which_rule_placed_each_entry(client, world):
    score_assignment(world.assignment, ["35.5", "21", "21"])  # 77.5, as the other judge
    twin = EligibleEntryFactory(edition=world.round.edition, number=world.entry.number + 1)
    twin.submitted_at = world.entry.submitted_at + timezone.timedelta(hours=1)
    twin.save()
    for assignment in (
        AssignmentFactory(round=world.round, entry=twin, judge=world.assignment.judge),
        AssignmentFactory(round=world.round, entry=twin, judge=world.other_sheet.assignment.judge),
    ):
        score_assignment(assignment, ["35.5", "21", "21"])
    unscored = EligibleEntryFactory(edition=world.round.edition, number=world.entry.number + 2)
    AssignmentFactory(round=world.round, entry=unscored)
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:ranking", args=[world.round.pk]))
    rows = response.context["results"].rows
    assert [(r.rank, r.code, str(r.decided_by_label)) for r in rows] == [
        (1, world.entry.code, ""),
        (2, twin.code, vi("by earlier submission")),
        (None, unscored.code, ""),
    ]
    assert f"<td>{vi('by earlier submission')}</td>" in response.content.decode()


def test_ranking_chart_labels_judges_by_name(client, world):
    client.force_login(world.users["organiser"])
    response = client.get(reverse("judging:ranking", args=[world.round.pk]))
    chart = str(response.context["chart"])
    assert f">{world.other_sheet.assignment.judge.full_name}</text>" in chart


# --- query counts ------------------------------------------------------------------------


def _scored_round(size):
    """`size` entries, three judges on each; the first judge has submitted half."""
    round_ = RoundFactory()
    judges = [JuryMemberFactory(edition=round_.edition).user for _ in range(3)]
    for n in range(size):
        entry = EligibleEntryFactory(edition=round_.edition)
        add_writeup_row(entry)
        for judge in judges:
            assignment = Assignment.objects.create(round=round_, entry=entry, judge=judge)
            if judge != judges[0] or n % 2 == 0:
                score_assignment(assignment, ["30", "20", "20"], submit=judge != judges[0])
    return round_, judges


@pytest.mark.parametrize("size", [3, 12])
def test_judge_queue_query_count_is_constant(client, django_assert_num_queries, size):
    round_, judges = _scored_round(size)
    client.force_login(judges[0])
    url = reverse("judging:queue", args=[round_.pk])
    with django_assert_num_queries(7):
        response = client.get(url)
    assert len(response.context["queue"]) == size


@pytest.mark.parametrize("size", [3, 12])
def test_judge_home_query_count_is_constant(client, django_assert_num_queries, size):
    _round, judges = _scored_round(size)
    client.force_login(judges[1])
    with django_assert_num_queries(6):
        response = client.get(reverse("judging:home"))
    assert [(r.assigned, r.done) for r in response.context["rounds"]] == [(size, size)]


@pytest.mark.parametrize("size", [3, 12])
def test_score_page_query_count_is_constant(client, django_assert_num_queries, size):
    round_, judges = _scored_round(size)
    assignment = Assignment.objects.filter(round=round_, judge=judges[0]).first()
    for _ in range(size - 1):
        add_writeup_row(assignment.entry)
    client.force_login(judges[0])
    with django_assert_num_queries(10):
        response = client.get(reverse("judging:score", args=[assignment.pk]))
    assert len(response.context["anonymised"].attachments) == size


@pytest.mark.parametrize("size", [3, 12])
def test_progress_page_query_count_is_constant(client, django_assert_num_queries, size):
    round_, _judges = _scored_round(size)
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    with django_assert_num_queries(10):
        response = client.get(reverse("judging:progress", args=[round_.pk]))
    assert response.context["assigned"] == 3 * size


@pytest.mark.parametrize("size", [3, 12])
def test_ranking_page_query_count_is_constant(client, django_assert_num_queries, size):
    round_, _judges = _scored_round(size)
    client.force_login(UserFactory(role=Role.ORGANISER))
    with django_assert_num_queries(12):
        response = client.get(reverse("judging:ranking", args=[round_.pk]))
    assert len(response.context["results"].rows) == size


@pytest.mark.parametrize("size", [3, 12])
def test_live_page_query_count_is_constant(client, django_assert_num_queries, size):
    round_, _judges = _scored_round(size)
    Round.objects.filter(pk=round_.pk).update(revealed_at=timezone.now())
    client.force_login(UserFactory(role=Role.ORGANISER))
    with django_assert_num_queries(12):
        response = client.get(reverse("judging:live", args=[round_.pk]))
    assert len(response.context["results"].rows) == size


@pytest.mark.parametrize("size", [3, 12])
def test_audit_page_query_count_is_constant(client, django_assert_num_queries, size):
    _scored_round(size)
    client.force_login(UserFactory(role=Role.ORGANISER))
    with django_assert_num_queries(6):
        response = client.get(reverse("judging:audit"))
    # Two judges submitted every entry; the first saved a draft of every other one.
    assert len(response.context["events"]) == 2 * size + (size + 1) // 2


def test_ranking_page_draws_one_page_of_the_whole_ranking(client, monkeypatch):
    from judging.views import staff

    monkeypatch.setattr(staff, "RANKING_PAGE_SIZE", 2)
    round_, _judges = _scored_round(3)
    client.force_login(UserFactory(role=Role.ORGANISER))
    first = client.get(reverse("judging:ranking", args=[round_.pk]))
    second = client.get(reverse("judging:ranking", args=[round_.pk]), {"page": 2})
    assert len(first.context["results"].rows) == 3
    assert [r.entry_id for r in first.context["rows"]] == [
        r.entry_id for r in first.context["results"].rows[:2]
    ]
    assert [r.entry_id for r in second.context["rows"]] == [
        first.context["results"].rows[2].entry_id
    ]
    assert first.context["page_obj"].paginator.num_pages == 2


def test_score_view_maximum_message_and_label_read_as_vietnamese_points(client, world):
    client.force_login(world.users["judge_assigned"])
    first = _criteria(world)[0]
    response = client.post(_score_url(world), _score_data(world, ["41", "20", "20"]))
    body = response.content.decode()
    most = f"{first.max_points:.0f}"
    assert response.context["form"].errors[f"criterion_{first.pk}"] == [f"Tối đa {most} điểm."]
    assert f"{first.name} (tối đa {most} điểm)" in body
    assert ".00 ." not in body
    # The summary at the top names the field and links to it.
    assert f'<a href="#id_criterion_{first.pk}">{first.name} (tối đa {most} điểm): Tối đa' in body


def test_score_view_save_and_next_goes_to_the_next_unscored_entry(client, world):
    judge = world.users["judge_assigned"]
    client.force_login(judge)
    data = _score_data(world, ["20", "15.5", ""])
    data["save"] = "next"
    response = client.post(_score_url(world), data)
    # The only assignment of this judge: back to the queue once nothing else is left.
    assert response.status_code == 302
    assert response.url == reverse("judging:queue", args=[world.round.pk])


def test_points_are_written_without_trailing_zeros_in_the_active_language():
    from judging.forms import points

    assert (points(Decimal("30.00")), points(Decimal("7.50")), points(Decimal("0.25"))) == (
        "30",
        "7,5",
        "0,25",
    )
