"""Who reaches which admin screen: the contest's setup screens for every role, and the
way /admin/ turns away those it is not for (a page of their own, never a redirect loop)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from contest.enums import Role
from tests.factories.contest import EditionFactory, UserFactory
from tests.factories.judging import CertificateSettingsFactory, PrizeTierFactory, RoundFactory

pytestmark = pytest.mark.django_db

ROLES = [None, Role.ENTRANT, Role.JUDGE, Role.SECRETARIAT, Role.ORGANISER]
OK, AWAY, DENIED = 200, 302, 403


def _screens():
    edition = EditionFactory()
    round_ = RoundFactory(edition=edition)
    tier = PrizeTierFactory(edition=edition)
    signer = CertificateSettingsFactory(edition=edition)
    return {
        "editions:index": reverse("editions:index"),
        "editions:add": reverse("editions:add"),
        "editions:edit": reverse("editions:edit", args=[edition.pk]),
        "rounds:index": reverse("rounds:index"),
        "rounds:add": reverse("rounds:add"),
        "rounds:edit": reverse("rounds:edit", args=[round_.pk]),
        "jury:index": reverse("jury:index"),
        "jury:add": reverse("jury:add"),
        "conflicts:index": reverse("conflicts:index"),
        "conflicts:add": reverse("conflicts:add"),
        "prize-tiers:index": reverse("prize-tiers:index"),
        "prize-tiers:edit": reverse("prize-tiers:edit", args=[tier.pk]),
        "certificate-signers:index": reverse("certificate-signers:index"),
        "certificate-signers:edit": reverse("certificate-signers:edit", args=[signer.pk]),
        "wagtailadmin_home": reverse("wagtailadmin_home"),
    }


# Anonymous users and those without admin access are sent to /admin/login/ (AWAY); inside
# the admin, a screen a role lacks the permission for redirects to the dashboard (AWAY).
EXPECTED = {
    Role.SECRETARIAT: {
        "editions:index": OK,
        "editions:add": AWAY,
        "editions:edit": AWAY,
        "rounds:index": OK,
        "rounds:add": AWAY,
        "rounds:edit": AWAY,
        "jury:index": OK,
        "jury:add": AWAY,
        "conflicts:index": OK,
        "conflicts:add": OK,
        "prize-tiers:index": OK,
        "prize-tiers:edit": AWAY,
        "certificate-signers:index": AWAY,
        "certificate-signers:edit": AWAY,
        "wagtailadmin_home": OK,
    },
    Role.ORGANISER: dict.fromkeys(
        [
            "editions:index",
            "editions:add",
            "editions:edit",
            "rounds:index",
            "rounds:add",
            "rounds:edit",
            "jury:index",
            "jury:add",
            "conflicts:index",
            "conflicts:add",
            "prize-tiers:index",
            "prize-tiers:edit",
            "certificate-signers:index",
            "certificate-signers:edit",
            "wagtailadmin_home",
        ],
        OK,
    ),
}


@pytest.mark.parametrize("role", ROLES, ids=lambda r: str(r or "anonymous"))
def test_admin_setup_screens_status_for_each_role(client, role):
    screens = _screens()
    if role is not None:
        client.force_login(UserFactory(role=role))
    got = {name: client.get(url).status_code for name, url in screens.items()}
    expected = EXPECTED.get(role, dict.fromkeys(screens, AWAY))
    assert got == expected


@pytest.mark.parametrize("role", [Role.ENTRANT, Role.JUDGE])
def test_admin_turns_away_a_signed_in_user_without_a_loop(client, role):
    client.force_login(UserFactory(role=role))
    response = client.get("/admin/editions/", follow=True)
    assert response.status_code == 403
    assert [url for url, _ in response.redirect_chain] == ["/admin/login/?next=/admin/editions/"]
    page = response.content.decode()
    assert "Trang quản trị dành cho Ban Tổ chức" in page
    assert reverse("judging:home") in page


def test_admin_sends_anonymous_users_to_sign_in(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == reverse("account_login") + "?next=%2Fadmin%2F"
    assert response.status_code == 200


def test_admin_entry_does_not_redirect_off_site(client):
    client.force_login(UserFactory(role=Role.ORGANISER))
    response = client.get("/admin/login/?next=https://example.org/")
    assert response["Location"] == reverse("wagtailadmin_home")


def test_wagtail_default_groups_are_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == {role.value for role in Role}


def test_setup_permissions_migration_grants_existing_groups():
    import importlib

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    organisers = Group.objects.get(name=Role.ORGANISER.value)
    organisers.permissions.remove(*organisers.permissions.filter(codename="change_round"))
    migration = importlib.import_module("contest.migrations.0003_role_setup_permissions")
    state_apps = MigrationExecutor(connection).loader.project_state().apps
    migration.grant(state_apps, None)
    assert organisers.permissions.filter(codename="change_round").exists()


@pytest.mark.parametrize("path", ["/khong-co-trang-nay/", "/thu-ky/bai-du-thi/"])
def test_error_pages_are_styled_and_vietnamese(client, path):
    client.force_login(UserFactory(role=Role.JUDGE))
    response = client.get(path)
    page = response.content.decode()
    assert response.status_code in (403, 404)
    assert "/static/css/site.css" in page
    assert ("Không tìm thấy trang" in page) or ("Quý vị không có quyền mở trang này" in page)
