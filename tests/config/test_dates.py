"""Dates in the Wagtail admin, through the certificate signer's edit view: dd/mm/yyyy in and
out, and a date that cannot be read is refused with a message, never replaced by today."""

import datetime
import json
import re

import pytest

from contest.enums import Role
from judging.models import CertificateSettings
from tests.factories import CertificateSettingsFactory, UserFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def signer(client):
    client.force_login(UserFactory(role=Role.ORGANISER))
    return CertificateSettingsFactory(signed_on=datetime.date(2024, 11, 1))


def _edit_url(signer):
    return f"/admin/certificate-signers/edit/{signer.pk}/"


def _form(signer, signed_on):
    return {
        "edition": signer.edition_id,
        "issuer_parent": signer.issuer_parent,
        "issuer": signer.issuer,
        "contest_name": "",
        "number_suffix": signer.number_suffix,
        "place": signer.place,
        "signed_on": signed_on,
        "signer_title": signer.signer_title,
        "signer_name": signer.signer_name,
    }


def _picker_config(html):
    """The options the page hands to the date picker of ``signed_on``."""
    found = re.search(r'initDateChooser\("id_signed_on", (\{.*?\})\);', html)
    return json.loads(found.group(1))


def test_admin_date_shown_as_dd_mm_yyyy_and_picker_keeps_typed_text(client, signer):
    response = client.get(_edit_url(signer))

    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<input type="text" name="signed_on" value="01/11/2024"', html)
    assert _picker_config(html) == {"dayOfWeekStart": 1, "format": "d/m/Y", "validateOnBlur": False}


def test_admin_date_typed_dd_mm_yyyy_is_saved_as_typed(client, signer):
    response = client.post(_edit_url(signer), _form(signer, "16/11/2024"))

    assert response.status_code == 302
    signer.refresh_from_db()
    assert signer.signed_on == datetime.date(2024, 11, 16)


@pytest.mark.parametrize("typed", ["16/13/2024", "31/02/2024", "16.11.2024", "hôm nay"])
def test_admin_date_unreadable_is_refused_with_message_and_nothing_saved(client, signer, typed):
    response = client.post(_edit_url(signer), _form(signer, typed))

    assert response.status_code == 200
    assert response.context["form"].errors["signed_on"] == [
        vi("Enter the date as dd/mm/yyyy, for example 16/11/2024.")
    ]
    html = response.content.decode()
    assert f'name="signed_on" value="{typed}"' in html  # what was typed stays to correct
    assert CertificateSettings.objects.get(pk=signer.pk).signed_on == datetime.date(2024, 11, 1)


def test_admin_date_english_interface_reads_day_before_month(client):
    from wagtail.users.models import UserProfile

    organiser = UserFactory(role=Role.ORGANISER)
    profile = UserProfile.get_for_user(organiser)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(organiser)
    signer = CertificateSettingsFactory(signed_on=datetime.date(2024, 11, 1))

    page = client.get(_edit_url(signer)).content.decode()
    response = client.post(_edit_url(signer), _form(signer, "05/11/2024"))

    assert '<html lang="en"' in page
    assert 'name="signed_on" value="01/11/2024"' in page
    assert response.status_code == 302
    signer.refresh_from_db()
    assert signer.signed_on == datetime.date(2024, 11, 5)
