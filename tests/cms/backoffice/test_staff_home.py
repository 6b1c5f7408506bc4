import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.backoffice.steps import State, edition_overview
from contest.enums import EntryStatus, Role
from judging.models import Advancement
from tests.factories.contest import EditionFactory, EntryFactory, UserFactory
from tests.factories.judging import (
    AssignmentFactory,
    CertificateSettingsFactory,
    EligibleEntryFactory,
    JuryMemberFactory,
    PrizeTierFactory,
    RoundFactory,
    score_assignment,
)

pytestmark = pytest.mark.django_db


def _user(role):
    return UserFactory(role=role) if role else UserFactory()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 403),
        (Role.ENTRANT, 403),
        (Role.JUDGE, 403),
        (Role.SECRETARIAT, 200),
        (Role.ORGANISER, 200),
    ],
)
def test_staff_home_status_for_each_role(client, role, status):
    edition = EditionFactory()
    client.force_login(_user(role))
    assert client.get(reverse("cms:staff_home")).status_code == status
    assert client.get(reverse("cms:staff_edition", args=[edition.pk])).status_code == status


def test_staff_home_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("cms:staff_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_home_copy_offered_to_organisers_only(client):
    EditionFactory()
    copy_url = reverse("cms:edition_copy")
    client.force_login(_user(Role.ORGANISER))
    assert copy_url in client.get(reverse("cms:staff_home")).content.decode()
    client.force_login(_user(Role.SECRETARIAT))
    assert copy_url not in client.get(reverse("cms:staff_home")).content.decode()
    assert client.get(copy_url).status_code == 403


def _action_urls(overview, key):
    step = next(s for s in overview.steps if s.key == key)
    return [a.url for a in step.actions]


def test_edition_overview_setup_links_follow_permissions():
    edition = EditionFactory()
    organiser, secretariat = _user(Role.ORGANISER), _user(Role.SECRETARIAT)
    edit_url = reverse("editions:edit", args=[edition.pk])
    rounds_url = reverse("rounds:index") + f"?edition={edition.pk}"
    assert edit_url in _action_urls(edition_overview(edition=edition, user=organiser), "setup")
    secretariat_urls = _action_urls(edition_overview(edition=edition, user=secretariat), "setup")
    assert edit_url not in secretariat_urls
    assert rounds_url in secretariat_urls


def test_edition_overview_secretariat_sees_no_freeze_or_publish():
    edition = EditionFactory()
    RoundFactory(edition=edition)
    keys = [s.key for s in edition_overview(edition=edition, user=_user(Role.SECRETARIAT)).steps]
    assert "freeze" not in keys
    assert "publish" not in keys
    assert "audit" not in keys
    keys = [s.key for s in edition_overview(edition=edition, user=_user(Role.ORGANISER)).steps]
    assert {"freeze", "publish", "certificates", "audit"} <= set(keys)


def test_edition_overview_setup_names_what_is_missing():
    edition = EditionFactory()
    step = edition_overview(edition=edition, user=_user(Role.ORGANISER)).steps[0]
    assert step.state == State.TODO
    assert step.next_action == (
        "Còn phải thiết lập: các vòng thi, Ban Giám khảo, các giải thưởng, "
        "người ký Giấy chứng nhận, trang thể lệ đã đăng."
    )


def test_edition_overview_submissions_not_yet_open_offers_opening():
    edition = EditionFactory(
        submission_opens_at=timezone.now() + datetime.timedelta(days=3),
        submission_closes_at=timezone.now() + datetime.timedelta(days=30),
    )
    overview = edition_overview(edition=edition, user=_user(Role.ORGANISER))
    step = next(s for s in overview.steps if s.key == "submissions")
    assert step.state == State.LATER
    assert step.actions[0].url == reverse("cms:edition_open", args=[edition.pk])
    assert step.actions[0].primary is True


def test_edition_overview_round_counts_assignments_and_sheets():
    edition = EditionFactory()
    round_ = RoundFactory(edition=edition, judges_per_entry=2)
    entries = EligibleEntryFactory.create_batch(3, edition=edition)
    judges = [JuryMemberFactory(edition=edition).user for _ in range(2)]
    for entry in entries:
        for judge in judges:
            assignment = AssignmentFactory(round=round_, entry=entry, judge=judge)
            if judge == judges[0]:
                score_assignment(assignment, [30, 20, 20])
    overview = edition_overview(edition=edition, user=_user(Role.ORGANISER))
    step = next(s for s in overview.steps if s.key == f"round-{round_.pk}")
    assert step.state == State.CURRENT
    assert step.progress == (3, 6)
    assert step.facts[:3] == [
        "3 bài dự thi trong vòng này",
        "Đã phân công 6 trên 6 lượt chấm (2 giám khảo mỗi bài)",
        "Đã nộp 3 trên 6 phiếu chấm; 1 trên 2 giám khảo đã chấm xong",
    ]


def test_edition_overview_counts_entries_by_status_field_and_agency():
    edition = EditionFactory()
    EntryFactory(edition=edition)  # a draft
    EligibleEntryFactory(edition=edition, status=EntryStatus.SUBMITTED, agency_name="Sở Nội vụ")
    EligibleEntryFactory.create_batch(2, edition=edition, agency_name="UBND quận Ba Đình")
    overview = edition_overview(edition=edition, user=_user(Role.SECRETARIAT))
    assert overview.entries.received == 3
    assert [(t.label, t.count) for t in overview.entries.by_agency] == [
        ("UBND quận Ba Đình", 2),
        ("Sở Nội vụ", 1),
    ]
    screening = next(s for s in overview.steps if s.key == "screening")
    assert screening.state == State.CURRENT
    assert screening.progress == (2, 3)


def _full_edition(*, entries, rounds):
    edition = EditionFactory()
    CertificateSettingsFactory(edition=edition)
    PrizeTierFactory(edition=edition)
    made = [RoundFactory(edition=edition, position=i + 1) for i in range(rounds)]
    judge = JuryMemberFactory(edition=edition).user
    organiser = _user(Role.ORGANISER)
    for entry in EligibleEntryFactory.create_batch(entries, edition=edition):
        for round_ in made:
            AssignmentFactory(round=round_, entry=entry, judge=judge)
        if rounds > 1:
            Advancement.objects.create(
                entry=entry, from_round=made[0], to_round=made[1], rank=1, proposed_by=organiser
            )
    return edition, organiser


@pytest.mark.parametrize(("entries", "rounds"), [(2, 2), (8, 2)])
def test_edition_home_query_count_is_constant(client, django_assert_num_queries, entries, rounds):
    edition, organiser = _full_edition(entries=entries, rounds=rounds)
    client.force_login(organiser)
    url = reverse("cms:staff_edition", args=[edition.pk])
    client.get(url)  # warm Wagtail's site and permission caches
    with django_assert_num_queries(24):
        assert client.get(url).status_code == 200


def test_edition_copy_view_creates_and_lands_on_the_new_edition(client):
    source = EditionFactory(name="Cuộc thi năm 2024", year=2024, code_prefix="CCHC2024")
    RoundFactory(edition=source)
    client.force_login(_user(Role.ORGANISER))
    form = client.get(reverse("cms:edition_copy")).context["form"]
    assert form.initial["name"] == "Cuộc thi năm 2025"
    assert form.initial["code_prefix"] == "CCHC2025"
    response = client.post(
        reverse("cms:edition_copy"),
        {"source": source.pk, "name": "Cuộc thi năm 2026", "year": 2026, "code_prefix": "CCHC2026"},
    )
    from contest.models import Edition

    edition = Edition.objects.get(code_prefix="CCHC2026")
    assert response["Location"] == reverse("cms:staff_edition", args=[edition.pk])
    assert edition.rounds.count() == 1


def test_edition_copy_view_refuses_a_taken_prefix_in_vietnamese(client):
    source = EditionFactory(code_prefix="CCHC2024")
    client.force_login(_user(Role.ORGANISER))
    response = client.post(
        reverse("cms:edition_copy"),
        {"source": source.pk, "name": "Cuộc thi mới", "year": 2026, "code_prefix": "CCHC2024"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "code_prefix": ["Tiền tố CCHC2024 đã được một cuộc thi khác sử dụng."]
    }


def test_edition_open_view_refuses_an_unreadable_date_and_keeps_the_window(client):
    edition = EditionFactory()
    before = edition.submission_closes_at
    client.force_login(_user(Role.ORGANISER))
    response = client.post(
        reverse("cms:edition_open", args=[edition.pk]), {"closes_at": "31/13/2026", "confirm": "on"}
    )
    assert response.context["form"].errors == {
        "closes_at": [
            "Nhập thời điểm kết thúc nhận bài theo dạng dd/mm/yyyy hh:mm, ví dụ 30/06/2026 17:00."
        ]
    }
    edition.refresh_from_db()
    assert edition.submission_closes_at == before


def test_edition_open_view_reads_dd_mm_yyyy(client):
    edition = EditionFactory()
    client.force_login(_user(Role.ORGANISER))
    year = timezone.localdate().year + 1
    response = client.post(
        reverse("cms:edition_open", args=[edition.pk]),
        {"closes_at": f"30/06/{year} 17:00", "confirm": "on"},
    )
    assert response.status_code == 302
    edition.refresh_from_db()
    closes = timezone.localtime(edition.submission_closes_at)
    assert closes.strftime("%d/%m/%Y %H:%M") == f"30/06/{year} 17:00"


def test_edition_open_view_sets_the_grace_period(client):
    edition = EditionFactory()
    client.force_login(_user(Role.ORGANISER))
    year = timezone.localdate().year + 1

    response = client.post(
        reverse("cms:edition_open", args=[edition.pk]),
        {"closes_at": f"30/06/{year} 17:00", "grace_seconds": "120", "confirm": "on"},
    )

    assert response.status_code == 302
    edition.refresh_from_db()
    assert edition.submission_grace_seconds == 120


def test_edition_open_view_is_the_organisers(client):
    edition = EditionFactory()
    client.force_login(_user(Role.SECRETARIAT))
    assert client.get(reverse("cms:edition_open", args=[edition.pk])).status_code == 403
