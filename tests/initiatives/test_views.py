"""The organisers', the owning agency's and the public pages of initiatives."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from contest.enums import Role
from initiatives.enums import InitiativeStatus
from initiatives.models import Initiative
from initiatives.services.initiatives import initiative_report
from judging.services.publication import result_unpublish
from tests.factories import AgencyFactory, UserFactory
from tests.factories.initiatives import (
    initiative,
    lead_officer,
    published_winner,
    published_winners,
)
from tests.i18n import vi

pytestmark = pytest.mark.django_db
DAY = datetime.date(2025, 3, 1)


def _piloted(created, *, agencies=()):
    kwargs = {"actor": UserFactory(), "happened_on": DAY, "today": DAY}
    initiative_report(
        initiative=created, status=InitiativeStatus.PILOTING, place="Phường Dịch Vọng", **kwargs
    )
    if agencies:
        initiative_report(
            initiative=created, status=InitiativeStatus.REPLICATED, agencies=agencies, **kwargs
        )
    return created


def test_staff_list_organiser_creates_an_initiative(client):
    entry = published_winner(title="Một cửa không chờ")
    agency = AgencyFactory(name="Sở Nội vụ")
    client.force_login(UserFactory(role=Role.ORGANISER))
    url = reverse("initiatives:staff_list")
    page = client.get(url)
    assert "Một cửa không chờ" in page.content.decode()
    response = client.post(url, {"entry": entry.pk, "owner_agency": agency.pk, "note": ""})
    created = Initiative.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("initiatives:staff_detail", args=[created.pk])
    assert created.owner_agency == agency


def test_staff_list_secretariat_sees_but_cannot_create(client):
    entry = published_winner()
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    url = reverse("initiatives:staff_list")
    assert client.get(url).status_code == 200
    response = client.post(url, {"entry": entry.pk, "owner_agency": AgencyFactory().pk})
    assert response.status_code == 403
    assert Initiative.objects.count() == 0


@pytest.mark.parametrize("role", [Role.ENTRANT, Role.JUDGE, Role.LEAD_AGENCY])
def test_staff_pages_refuse_other_roles(client, role):
    created = initiative()
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("initiatives:staff_list")).status_code == 403
    assert client.get(reverse("initiatives:staff_detail", args=[created.pk])).status_code == 403
    assert client.get(reverse("initiatives:report_download", args=["xlsx"])).status_code == 403


def test_staff_list_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("initiatives:staff_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("count", [1, 4])
def test_staff_list_queries_do_not_grow(client, django_assert_num_queries, count):
    entries = published_winners(count=count)
    edition = entries[0].edition
    for n, entry in enumerate(entries):
        _piloted(initiative(entry=entry), agencies=[AgencyFactory(name=f"Quận {n}")])
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    with django_assert_num_queries(14):
        response = client.get(reverse("initiatives:staff_list"), {"edition": edition.pk})
    assert response.status_code == 200


def test_officer_reports_a_pilot_for_own_agency(client):
    created = initiative()
    officer = lead_officer(agency=created.owner_agency)
    client.force_login(officer)
    home = client.get(reverse("initiatives:officer_home"))
    assert created.title in home.content.decode()
    url = reverse("initiatives:report", args=[created.pk])
    response = client.post(
        url,
        {"status": "piloting", "happened_on": "2025-02-01", "place": "Phường Dịch Vọng"},
    )
    assert response.status_code == 302
    created.refresh_from_db()
    assert (created.status, created.pilot_place) == ("piloting", "Phường Dịch Vọng")
    assert created.events.last().actor == officer


def test_officer_report_missing_place_keeps_input_and_names_field(client):
    created = initiative()
    client.force_login(lead_officer(agency=created.owner_agency))
    response = client.post(
        reverse("initiatives:report", args=[created.pk]),
        {"status": "piloting", "happened_on": "2025-02-01", "note": "Ghi chú giữ lại"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {"place": [vi("Say where the pilot runs.")]}
    assert "Ghi chú giữ lại" in response.content.decode()


def test_officer_of_another_agency_cannot_report(client):
    created = initiative()
    client.force_login(lead_officer(agency=AgencyFactory(name="Sở Tài chính")))
    url = reverse("initiatives:report", args=[created.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"status": "dropped", "reason": "x"}).status_code == 403


def test_evidence_is_served_to_owner_and_staff_only(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    created = initiative()
    event = initiative_report(
        initiative=created,
        actor=UserFactory(),
        status=InitiativeStatus.PILOTING,
        happened_on=DAY,
        place="Phường A",
        files=[SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\nabc", "image/png")],
        today=DAY,
    )
    url = reverse("initiatives:evidence", args=[event.evidence.get().pk])
    client.force_login(lead_officer(agency=AgencyFactory(name="Sở Tài chính")))
    assert client.get(url).status_code == 404
    client.force_login(lead_officer(agency=created.owner_agency))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG\r\n\x1a\nabc"
    client.force_login(UserFactory(role=Role.JUDGE))
    assert client.get(url).status_code == 404


def test_public_edition_lists_status_and_adopters(client):
    created = _piloted(initiative(), agencies=[AgencyFactory(name="UBND quận Cầu Giấy")])
    response = client.get(reverse("initiatives:public_edition", args=[created.edition_id]))
    body = response.content.decode()
    assert response.status_code == 200
    assert created.title in body
    assert "UBND quận Cầu Giấy" in body
    assert vi("Replicated") in body


@pytest.mark.parametrize("count", [1, 4])
def test_public_edition_queries_do_not_grow(client, django_assert_num_queries, count):
    entries = published_winners(count=count)
    edition = entries[0].edition
    for n, entry in enumerate(entries):
        _piloted(initiative(entry=entry), agencies=[AgencyFactory(name=f"Quận {n}")])
    with django_assert_num_queries(5):
        client.get(reverse("initiatives:public_edition", args=[edition.pk]))


def test_public_detail_shows_timeline_without_names_or_files(client):
    created = _piloted(initiative(), agencies=[AgencyFactory(name="UBND quận Cầu Giấy")])
    reporter = created.events.last().actor
    response = client.get(reverse("initiatives:public_detail", args=[created.pk]))
    body = response.content.decode()
    assert "Phường Dịch Vọng" in body
    assert body.count('class="timeline__item"') == 3
    assert reporter.full_name not in body
    assert reporter.email not in body


def test_public_pages_hide_initiatives_of_an_unpublished_result(client):
    created = initiative()
    snapshot = created.edition.result_snapshots.get()
    result_unpublish(snapshot=snapshot, actor=UserFactory(role=Role.ORGANISER), reason="Sai sót")
    assert client.get(reverse("initiatives:public_detail", args=[created.pk])).status_code == 404
    edition_url = reverse("initiatives:public_edition", args=[created.edition_id])
    assert client.get(edition_url).status_code == 404


def test_report_xlsx_counts_by_status_field_and_agency(client):
    _piloted(initiative(), agencies=[AgencyFactory(name="UBND quận Cầu Giấy")])
    client.force_login(UserFactory(role=Role.ORGANISER))
    response = client.get(reverse("initiatives:report_download", args=["xlsx"]))
    workbook = load_workbook(io.BytesIO(response.content))
    by_status = {r[0]: r[1] for r in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert by_status[vi("Replicated")] == 1
    assert by_status[vi("Proposed")] == 0
    by_agency = list(workbook.worksheets[2].iter_rows(min_row=2, values_only=True))
    assert by_agency == [("Sở Nội vụ", 1, 0), ("UBND quận Cầu Giấy", 0, 1)]
    assert len(workbook.worksheets[0]._charts) == 1


def test_report_pdf_renders_with_chart(client):
    from pypdf import PdfReader

    _piloted(initiative())
    client.force_login(UserFactory(role=Role.ORGANISER))
    response = client.get(reverse("initiatives:report_download", args=["pdf"]))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert vi("Initiatives: pilots and replication").upper() in text
    assert vi("Piloting") in text
