import pytest

from contest.enums import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")


def test_admin_own_login_url_redirects_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/"


def test_admin_organiser_can_open_dashboard_and_users(client):
    client.force_login(UserFactory(role=Role.ORGANISER))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/users/").status_code == 200
    assert client.get("/admin/snippets/contest/agency/").status_code == 200


def test_admin_entrant_is_refused(client):
    client.force_login(UserFactory(role=Role.ENTRANT))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/" not in response.url or "login" in response.url
