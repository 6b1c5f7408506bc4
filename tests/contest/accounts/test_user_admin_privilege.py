"""Managing people in /admin/ never hands out more than the four roles (issue 14).

Every role against every user-management action: who can create and edit accounts, and
that only a superuser makes superusers, nobody sets another person's password here, and
organisers change roles through the role groups only.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from contest.enums import Role
from contest.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "MatKhau@2024-dai"
NEW_PASSWORD = "DoiMatKhau@2025-moi"
ROLES = ["anonymous", Role.ENTRANT, Role.JUDGE, Role.SECRETARIAT, Role.ORGANISER, "superuser"]
# Who may open the add and edit forms at all.
MANAGERS = {Role.ORGANISER, "superuser"}


def _actor(client, role):
    if role == "anonymous":
        return None
    if role == "superuser":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = UserFactory(role=role)
    client.force_login(user)
    return user


def _profile_data(user, **extra):
    data = {
        "email": user.email,
        "full_name": user.full_name,
        "agency": user.agency_id or "",
        "position": user.position,
        "phone": user.phone,
        "is_active": "on",
    }
    data.update(extra)
    return data


def _role_group(role):
    return Group.objects.get(name=Role(role).value)


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_create_user_only_by_managers(client, role):
    _actor(client, role)

    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "moi@example.vn",
            "full_name": "Trần Thị Mới",
            "groups": [_role_group(Role.JUDGE).pk],
            "is_superuser": "on",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    created = User.objects.filter(email="moi@example.vn").first()
    if role in MANAGERS:
        assert response.status_code == 302
        assert created is not None
        assert list(created.groups.values_list("name", flat=True)) == [Role.JUDGE.value]
        assert created.is_superuser is (role == "superuser")
        # No password is ever set here: the new person sets one through allauth's reset.
        assert created.has_usable_password() is False
    else:
        assert response.status_code in (302, 403)
        assert created is None


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_edit_user_only_by_managers(client, role):
    _actor(client, role)
    target = UserFactory(role=Role.ENTRANT, position="Chuyên viên")

    response = client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, position="Trưởng phòng", groups=[_role_group(Role.ENTRANT).pk]),
    )

    target.refresh_from_db()
    if role in MANAGERS:
        assert response.status_code == 302
        assert target.position == "Trưởng phòng"
    else:
        assert response.status_code in (302, 403)
        assert target.position == "Chuyên viên"


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_set_superuser_only_by_superuser(client, role):
    _actor(client, role)
    target = UserFactory(role=Role.SECRETARIAT)

    client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, is_superuser="on", groups=[_role_group(Role.SECRETARIAT).pk]),
    )

    target.refresh_from_db()
    assert target.is_superuser is (role == "superuser")
    assert target.is_staff is False


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_set_password_never_for_anyone(client, role):
    _actor(client, role)
    target = UserFactory(is_superuser=True, is_staff=True)

    client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, is_superuser="on", password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )

    target.refresh_from_db()
    assert target.check_password(PASSWORD) is True
    assert target.check_password(NEW_PASSWORD) is False


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_edit_form_shows_no_password_and_no_flag_to_organisers(client, role):
    _actor(client, role)
    target = UserFactory(role=Role.ENTRANT)

    response = client.get(reverse("wagtailusers_users:edit", args=[target.pk]))

    if role not in MANAGERS:
        assert response.status_code in (302, 403)
        return
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="password1"' not in html
    assert ('name="is_superuser"' in html) is (role == "superuser")


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_change_groups_only_role_groups(client, role):
    _actor(client, role)
    target = UserFactory(role=Role.ENTRANT)
    other = Group.objects.create(name="Quản trị kỹ thuật")
    target.groups.add(other)

    client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, groups=[_role_group(Role.JUDGE).pk]),
    )
    client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, groups=[_role_group(Role.JUDGE).pk, other.pk]),
    )

    names = set(target.groups.values_list("name", flat=True))
    if role == "superuser":
        assert names == {Role.JUDGE.value, other.name}
    elif role == Role.ORGANISER:
        # The role changed; the group outside the roles, which the organiser cannot see,
        # was neither granted nor removed by them.
        assert names == {Role.JUDGE.value, other.name}
    else:
        assert names == {Role.ENTRANT.value, other.name}


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_organiser_cannot_grant_group_outside_roles(client, role):
    _actor(client, role)
    target = UserFactory(role=Role.ENTRANT)
    other = Group.objects.create(name="Quản trị kỹ thuật")

    client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, groups=[_role_group(Role.ENTRANT).pk, other.pk]),
    )

    assert target.groups.filter(pk=other.pk).exists() is (role == "superuser")


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_superuser_account_untouchable_by_others(client, role):
    _actor(client, role)
    target = UserFactory(is_superuser=True, is_staff=True, position="Quản trị")

    response = client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        _profile_data(target, position="Đã bị sửa", is_active=""),
    )

    target.refresh_from_db()
    if role == "superuser":
        assert response.status_code == 302
        assert target.position == "Đã bị sửa"
    else:
        assert response.status_code in (302, 403)
        assert target.position == "Quản trị"
        assert target.is_active is True


@pytest.mark.parametrize("role", ROLES)
def test_user_admin_delete_only_by_superuser(client, role):
    # Organisers deactivate accounts; deleting one (and its entries' authorship) is technical.
    _actor(client, role)
    target = UserFactory(role=Role.ENTRANT)

    client.post(reverse("wagtailusers_users:delete", args=[target.pk]))

    assert User.objects.filter(pk=target.pk).exists() is (role != "superuser")
