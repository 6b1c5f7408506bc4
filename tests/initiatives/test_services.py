"""Initiatives from published winners, the owners' reports, and their audited history."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from contest.enums import Role
from initiatives.enums import InitiativeStatus
from initiatives.models import Adoption, Evidence, InitiativeEvent
from initiatives.services.initiatives import REPORT_INTERVAL, initiative_create, initiative_report
from tests.factories import AgencyFactory, EditionFactory, UserFactory, result_snapshot
from tests.factories.initiatives import initiative, lead_officer, published_winner
from tests.factories.judging import EligibleEntryFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db
DAY = datetime.date(2025, 3, 1)


def test_create_copies_the_published_winner_and_records_proposed():
    entry = published_winner(title="Một cửa không chờ", prize="Giải Nhì")
    organiser = UserFactory(role=Role.ORGANISER)
    agency = AgencyFactory(name="Sở Nội vụ")
    created = initiative_create(
        entry=entry, owner_agency=agency, actor=organiser, today=datetime.date(2025, 1, 10)
    )
    assert (created.title, created.prize, created.field) == (
        "Một cửa không chờ",
        "Giải Nhì",
        entry.sector.name,
    )
    assert created.status == InitiativeStatus.PROPOSED
    assert created.next_report_due == datetime.date(2025, 1, 10) + REPORT_INTERVAL
    event = InitiativeEvent.objects.get(initiative=created)
    assert (event.status, event.actor, event.happened_on) == (
        InitiativeStatus.PROPOSED,
        organiser,
        datetime.date(2025, 1, 10),
    )


def test_create_refuses_an_unpublished_winner():
    edition = EditionFactory()
    entry = EligibleEntryFactory(edition=edition)
    result_snapshot(edition=edition, winners=[(entry, "Giải Nhất")], published=False)
    with pytest.raises(ValidationError) as error:
        initiative_create(entry=entry, owner_agency=AgencyFactory(), actor=UserFactory())
    assert error.value.message_dict == {
        "entry": [vi("Only an entry that won a prize in a published result can be chosen.")]
    }


def test_create_refuses_an_entry_without_a_prize():
    edition = EditionFactory()
    winner = EligibleEntryFactory(edition=edition)
    loser = EligibleEntryFactory(edition=edition)
    result_snapshot(edition=edition, winners=[(winner, "Giải Nhất")])
    with pytest.raises(ValidationError):
        initiative_create(entry=loser, owner_agency=AgencyFactory(), actor=UserFactory())


def test_create_refuses_the_same_entry_twice():
    created = initiative()
    with pytest.raises(ValidationError) as error:
        initiative_create(entry=created.entry, owner_agency=AgencyFactory(), actor=UserFactory())
    assert error.value.message_dict == {"entry": [vi("This entry is already an initiative.")]}


def test_report_pilot_sets_place_and_date_and_is_audited():
    created = initiative()
    officer = lead_officer(agency=created.owner_agency)
    initiative_report(
        initiative=created,
        actor=officer,
        status=InitiativeStatus.PILOTING,
        happened_on=datetime.date(2025, 2, 1),
        place="UBND phường Dịch Vọng",
        today=DAY,
    )
    created.refresh_from_db()
    assert (created.status, created.pilot_place, created.pilot_since) == (
        InitiativeStatus.PILOTING,
        "UBND phường Dịch Vọng",
        datetime.date(2025, 2, 1),
    )
    assert created.next_report_due == DAY + REPORT_INTERVAL
    assert list(created.events.values_list("status", "actor")) == [
        (InitiativeStatus.PROPOSED, created.events.first().actor_id),
        (InitiativeStatus.PILOTING, officer.pk),
    ]


def test_report_pilot_without_place_names_the_field():
    created = initiative()
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created,
            actor=UserFactory(),
            status=InitiativeStatus.PILOTING,
            happened_on=DAY,
            today=DAY,
        )
    assert error.value.message_dict == {"place": [vi("Say where the pilot runs.")]}
    assert created.events.count() == 1


def test_report_refuses_a_future_date_and_a_skipped_step():
    created = initiative()
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created,
            actor=UserFactory(),
            status=InitiativeStatus.EVALUATED,
            happened_on=DAY + datetime.timedelta(days=1),
            effect="Giảm 40% thời gian chờ.",
            today=DAY,
        )
    assert set(error.value.message_dict) == {"status", "happened_on"}


def test_report_evaluation_keeps_figures_and_evidence_in_private_storage():
    created = initiative()
    initiative_report(
        initiative=created,
        actor=UserFactory(),
        status=InitiativeStatus.PILOTING,
        happened_on=DAY,
        place="Phường Dịch Vọng",
        today=DAY,
    )
    pdf = b"%PDF-1.7 bien ban danh gia"
    event = initiative_report(
        initiative=created,
        actor=UserFactory(),
        status=InitiativeStatus.EVALUATED,
        happened_on=DAY,
        effect="Thời gian xử lý giảm mạnh.",
        figures=[
            {"label": "Thời gian xử lý hồ sơ", "before": "5 ngày", "after": "2 ngày"},
            {"label": "", "before": "", "after": ""},
        ],
        files=[SimpleUploadedFile("bien-ban.pdf", pdf, "application/pdf")],
        today=DAY,
    )
    assert event.figures == [
        {"label": "Thời gian xử lý hồ sơ", "before": "5 ngày", "after": "2 ngày"}
    ]
    evidence = Evidence.objects.get(event=event)
    assert (evidence.original_name, evidence.content_type, evidence.size) == (
        "bien-ban.pdf",
        "application/pdf",
        len(pdf),
    )
    assert storages["private"].open(evidence.stored_name).read() == pdf


def test_report_refuses_evidence_that_is_not_a_document():
    created = initiative()
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created,
            actor=UserFactory(),
            status=InitiativeStatus.PILOTING,
            happened_on=DAY,
            place="Phường Dịch Vọng",
            files=[SimpleUploadedFile("x.pdf", b"<html>", "application/pdf")],
            today=DAY,
        )
    assert list(error.value.message_dict) == ["files"]
    assert Evidence.objects.count() == 0


def test_report_figure_without_value_is_refused():
    created = initiative()
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created,
            actor=UserFactory(),
            status=InitiativeStatus.PILOTING,
            happened_on=DAY,
            place="Phường Dịch Vọng",
            figures=[{"label": "Số hồ sơ"}],
            today=DAY,
        )
    assert list(error.value.message_dict) == ["figures"]


def test_report_replication_adds_each_agency_once_and_never_the_owner():
    created = initiative()
    kwargs = {"actor": UserFactory(), "today": DAY, "happened_on": DAY}
    initiative_report(
        initiative=created, status=InitiativeStatus.PILOTING, place="Phường A", **kwargs
    )
    first, second = AgencyFactory(name="UBND quận Cầu Giấy"), AgencyFactory(name="Sở Tư pháp")
    initiative_report(
        initiative=created,
        status=InitiativeStatus.REPLICATED,
        agencies=[first, created.owner_agency],
        **kwargs,
    )
    initiative_report(
        initiative=created, status=InitiativeStatus.REPLICATED, agencies=[first, second], **kwargs
    )
    assert list(Adoption.objects.values_list("agency__name", flat=True)) == [
        "UBND quận Cầu Giấy",
        "Sở Tư pháp",
    ]
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created, status=InitiativeStatus.REPLICATED, agencies=[second], **kwargs
        )
    assert list(error.value.message_dict) == ["agencies"]


def test_report_dropped_needs_a_reason_and_is_final():
    created = initiative()
    kwargs = {"actor": UserFactory(), "today": DAY, "happened_on": DAY}
    with pytest.raises(ValidationError):
        initiative_report(initiative=created, status=InitiativeStatus.DROPPED, **kwargs)
    initiative_report(
        initiative=created, status=InitiativeStatus.DROPPED, reason="Không đủ kinh phí.", **kwargs
    )
    created.refresh_from_db()
    assert (created.status, created.dropped_reason, created.next_report_due) == (
        InitiativeStatus.DROPPED,
        "Không đủ kinh phí.",
        None,
    )
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created, status=InitiativeStatus.PILOTING, place="Phường A", **kwargs
        )
    assert list(error.value.message_dict) == ["status"]


def test_events_are_append_only():
    event = initiative().events.get()
    event.note = "sửa"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_report_refuses_a_date_before_the_last_report():
    created = initiative(today=datetime.date(2025, 1, 10))
    with pytest.raises(ValidationError) as error:
        initiative_report(
            initiative=created,
            actor=UserFactory(),
            status=InitiativeStatus.PILOTING,
            happened_on=datetime.date(2025, 1, 9),
            place="Phường A",
            today=DAY,
        )
    assert error.value.message_dict == {
        "happened_on": [
            vi("The date cannot be before the last report (%(date)s).") % {"date": "10/01/2025"}
        ]
    }
