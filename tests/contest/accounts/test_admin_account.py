"""The Wagtail admin's account page edits the one full name our users have."""

import pytest
from django import forms
from wagtail.users.models import UserProfile

from contest.enums import Role
from tests.factories import UserFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db

URL = "/admin/account/"


@pytest.fixture
def organiser(client):
    user = UserFactory(role=Role.ORGANISER, full_name="Lê Văn Tổ Chức", email="btc@example.vn")
    client.force_login(user)
    return user


def _current_data(response) -> dict:
    """What the browser would post back unchanged: every panel's fields as shown."""
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for panel in panels:
            for field in panel.get_form():
                if isinstance(field.field, forms.FileField):
                    continue  # no upload: the avatar stays as it is
                value = field.value()
                if value is None or value is False:
                    continue
                data[field.html_name] = "on" if value is True else value
    return data


def test_admin_account_page_shows_full_name_and_no_first_or_last_name(client, organiser):
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="name-full_name"' in html
    assert 'value="Lê Văn Tổ Chức"' in html
    assert "first_name" not in html
    assert "last_name" not in html
    assert 'name="name_email-email"' not in html


def test_admin_account_save_changes_full_name_and_language(client, organiser):
    data = _current_data(client.get(URL))
    data["name-full_name"] = "Lê Văn Tổ Chức Mới"
    data["locale-preferred_language"] = "en"

    response = client.post(URL, data)

    assert response.status_code == 302
    assert response.url == URL
    organiser.refresh_from_db()
    assert organiser.full_name == "Lê Văn Tổ Chức Mới"
    assert UserProfile.get_for_user(organiser).preferred_language == "en"


def test_admin_account_blank_full_name_is_refused_and_nothing_saved(client, organiser):
    data = _current_data(client.get(URL))
    data["name-full_name"] = "  "
    data["locale-preferred_language"] = "en"

    response = client.post(URL, data)

    assert response.status_code == 200
    assert vi("This field is required.") in response.content.decode()
    organiser.refresh_from_db()
    assert organiser.full_name == "Lê Văn Tổ Chức"
    assert UserProfile.get_for_user(organiser).preferred_language == ""


def test_admin_account_post_cannot_change_email(client, organiser):
    data = _current_data(client.get(URL))
    data["name_email-email"] = "khac@example.vn"
    data["name-email"] = "khac@example.vn"

    response = client.post(URL, data)

    assert response.status_code == 302
    organiser.refresh_from_db()
    assert organiser.email == "btc@example.vn"


def test_admin_account_needs_admin_access(client):
    client.force_login(UserFactory(role=Role.ENTRANT))
    response = client.get(URL, follow=True)
    assert response.status_code == 403
    assert response.redirect_chain == [("/admin/login/?next=/admin/account/", 302)]


def test_admin_user_forms_show_our_profile_fields_not_first_and_last_names(client):
    from django.urls import reverse

    organiser = UserFactory(role=Role.ORGANISER)
    client.force_login(organiser)
    for url in (
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_users:edit", args=[organiser.pk]),
    ):
        page = client.get(url).content.decode()
        for name in ("full_name", "agency", "position", "phone"):
            assert f'id="id_{name}"' in page
        assert 'id="id_first_name"' not in page
        assert ">None<" not in page
