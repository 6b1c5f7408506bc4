import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from cms.backoffice.pages import rules_page_copy
from contest.enums import Role
from judging.enums import AggregationMethod, RoundIntake, RoundKind
from judging.models import CertificateSettings, JuryMember, PrizeTier, Round
from judging.services.setup import edition_copy_with_setup
from tests.factories.contest import EditionFactory, UserFactory
from tests.factories.judging import (
    CertificateSettingsFactory,
    JuryMemberFactory,
    PrizeTierFactory,
    RoundFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition_2024():
    tz = timezone.get_current_timezone()
    source = EditionFactory(
        name="Cuộc thi CCHC năm 2024",
        year=2024,
        code_prefix="CCHC2024",
        submission_opens_at=datetime.datetime(2024, 4, 15, 8, 0, tzinfo=tz),
        submission_closes_at=datetime.datetime(2024, 8, 31, 17, 0, tzinfo=tz),
        judging_starts_at=datetime.datetime(2024, 9, 15, 8, 0, tzinfo=tz),
        screening_ends_on=datetime.date(2024, 9, 10),
        results_on=datetime.date(2024, 11, 16),
        entries_per_person=3,
        sectors=["Cải cách thể chế", "Xây dựng chính quyền số"],
    )
    preliminary = RoundFactory(
        edition=source, name="Vòng sơ khảo", position=1, judges_per_entry=3, criteria=None
    )
    preliminary.priority_criterion = preliminary.criteria.get(name="Tính khả thi")
    preliminary.save()
    RoundFactory(
        edition=source,
        name="Vòng chung khảo",
        position=2,
        kind=RoundKind.FINAL,
        intake=RoundIntake.ADVANCED,
        method=AggregationMethod.TRIMMED_MEAN,
        criteria=[("Thuyết trình", 50), ("Trả lời câu hỏi", 50, "2")],
    )
    member = JuryMemberFactory(edition=source, max_entries=40)
    member.sectors.set(source.sectors.filter(name="Xây dựng chính quyền số"))
    JuryMemberFactory(edition=source, withdrawn_at=timezone.now())
    PrizeTierFactory(edition=source, rank=1, name="Giải Nhất", quota=1)
    PrizeTierFactory(edition=source, rank=2, name="Giải Nhì", quota=2)
    CertificateSettingsFactory(edition=source, signed_on=datetime.date(2024, 11, 16))
    return source


def _copy(source):
    return edition_copy_with_setup(
        source=source, name="Cuộc thi CCHC năm 2026", year=2026, code_prefix="CCHC2026"
    )


def test_edition_copy_moves_the_timeline_to_the_new_year(edition_2024):
    edition = _copy(edition_2024)
    local = timezone.localtime
    assert local(edition.submission_opens_at).strftime("%d/%m/%Y %H:%M") == "15/04/2026 08:00"
    assert local(edition.submission_closes_at).strftime("%d/%m/%Y %H:%M") == "31/08/2026 17:00"
    assert edition.screening_ends_on == datetime.date(2026, 9, 10)
    assert edition.results_on == datetime.date(2026, 11, 16)
    assert edition.entries_per_person == 3
    assert edition.plan_reference == edition_2024.plan_reference
    assert list(edition.sectors.values_list("name", flat=True)) == [
        "Cải cách thể chế",
        "Xây dựng chính quyền số",
    ]


def test_edition_copy_copies_rounds_rubrics_and_tie_break(edition_2024):
    edition = _copy(edition_2024)
    rounds = list(Round.objects.filter(edition=edition).order_by("position"))
    assert [(r.name, r.kind, r.intake, r.method) for r in rounds] == [
        ("Vòng sơ khảo", RoundKind.PRELIMINARY, RoundIntake.ALL_ELIGIBLE, AggregationMethod.MEAN),
        ("Vòng chung khảo", RoundKind.FINAL, RoundIntake.ADVANCED, AggregationMethod.TRIMMED_MEAN),
    ]
    assert [(c.name, c.max_points, c.weight) for c in rounds[1].criteria.all()] == [
        ("Thuyết trình", Decimal("50.00"), Decimal("1.00")),
        ("Trả lời câu hỏi", Decimal("50.00"), Decimal("2.00")),
    ]
    assert rounds[0].priority_criterion.name == "Tính khả thi"
    assert rounds[0].priority_criterion.round_id == rounds[0].pk


def test_edition_copy_copies_prizes_active_jury_and_signer(edition_2024):
    edition = _copy(edition_2024)
    assert list(
        PrizeTier.objects.filter(edition=edition).values_list("name", "quota").order_by("rank")
    ) == [("Giải Nhất", 1), ("Giải Nhì", 2)]
    members = list(JuryMember.objects.filter(edition=edition))
    assert len(members) == 1
    assert members[0].max_entries == 40
    assert [s.name for s in members[0].sectors.all()] == ["Xây dựng chính quyền số"]
    assert members[0].sectors.get().edition_id == edition.pk
    signer = CertificateSettings.objects.get(edition=edition)
    assert signer.signed_on == datetime.date(2026, 11, 16)
    assert signer.signer_name == "Trần Văn Minh"


def test_edition_copy_leaves_the_source_unchanged(edition_2024):
    _copy(edition_2024)
    assert Round.objects.filter(edition=edition_2024).count() == 2
    assert JuryMember.objects.filter(edition=edition_2024).count() == 2


def test_rules_page_copy_is_a_draft_for_the_new_edition(demo_site, edition_2024):
    from cms.models import ContestPage

    page = ContestPage.objects.first()
    page.edition = edition_2024
    page.save()
    edition = _copy(edition_2024)
    copy = rules_page_copy(
        source=edition_2024, target=edition, user=UserFactory(role=Role.ORGANISER)
    )
    assert copy.live is False
    assert copy.edition_id == edition.pk
    assert copy.year == 2026
    assert copy.get_parent().pk == page.get_parent().pk
    assert copy.slug != page.slug
