"""Owners are asked for a report once it is due, once per due date."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command

from contest.enums import Role
from initiatives.enums import InitiativeStatus
from initiatives.services.initiatives import REPORT_INTERVAL, initiative_report
from initiatives.services.reminders import reminders_send
from tests.factories import AgencyFactory, UserFactory
from tests.factories.initiatives import initiative, lead_officer

pytestmark = pytest.mark.django_db
START = datetime.date(2025, 1, 10)


def test_reminder_goes_to_the_owning_agencys_officers_once_due():
    created = initiative(today=START)
    officer = lead_officer(agency=created.owner_agency, email="chutri@sonoivu.example")
    lead_officer(agency=AgencyFactory(name="Sở Tài chính"))
    UserFactory(agency=created.owner_agency)  # same agency, not an officer
    assert reminders_send(today=START + REPORT_INTERVAL - datetime.timedelta(days=1)) == 0
    assert reminders_send(today=START + REPORT_INTERVAL) == 1
    assert [m.to for m in mail.outbox] == [[officer.email]]
    assert created.title in mail.outbox[0].subject
    assert f"/don-vi-chu-tri/sang-kien/{created.pk}/bao-cao/" in mail.outbox[0].body


def test_reminder_is_not_repeated_for_the_same_due_date():
    created = initiative(today=START)
    lead_officer(agency=created.owner_agency)
    due = START + REPORT_INTERVAL
    assert reminders_send(today=due) == 1
    assert reminders_send(today=due + datetime.timedelta(days=3)) == 0
    assert len(mail.outbox) == 1


def test_a_report_moves_the_due_date_and_a_dropped_one_is_never_reminded():
    created = initiative(today=START)
    lead_officer(agency=created.owner_agency)
    later = START + datetime.timedelta(days=30)
    initiative_report(
        initiative=created,
        actor=UserFactory(role=Role.ORGANISER),
        status=InitiativeStatus.DROPPED,
        happened_on=later,
        reason="Không đủ kinh phí.",
        today=later,
    )
    assert reminders_send(today=later + 2 * REPORT_INTERVAL) == 0


def test_command_queues_the_task_which_sends(settings):
    created = initiative(today=START)
    lead_officer(agency=created.owner_agency)
    out = io.StringIO()
    call_command("send_initiative_reminders", stdout=out)  # the test backend runs it at once
    assert out.getvalue().startswith("Queued ")
    assert len(mail.outbox) == 1
