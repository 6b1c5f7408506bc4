import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from contest.accounts.roles import ensure_role_groups
from contest.enums import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_roles_exist_as_groups_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.value for role in Role} <= names


def test_roles_organiser_can_edit_pages_and_grant_roles():
    organiser = UserFactory(role=Role.ORGANISER)
    assert organiser.has_perm("wagtailadmin.access_admin")
    assert organiser.has_perm("contest.change_user")
    assert organiser.has_perm("contest.grant_roles")
    assert GroupPagePermission.objects.filter(
        group__name=Role.ORGANISER.value, permission__codename="publish_page"
    ).exists()


@pytest.mark.parametrize(
    ("role", "admin", "agencies", "grant"),
    [
        (Role.ENTRANT, False, False, False),
        (Role.JUDGE, False, False, False),
        (Role.SECRETARIAT, True, False, False),
        (Role.ORGANISER, True, True, True),
    ],
)
def test_roles_permissions_per_role(role, admin, agencies, grant):
    user = UserFactory(role=role)
    assert user.has_perm("wagtailadmin.access_admin") is admin
    assert user.has_perm("contest.manage_agencies") is agencies
    assert user.has_perm("contest.grant_roles") is grant


def test_roles_ensure_keeps_organisers_changes():
    group = Group.objects.get(name=Role.SECRETARIAT.value)
    group.permissions.clear()
    ensure_role_groups()
    assert group.permissions.count() == 0
