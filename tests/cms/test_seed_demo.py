import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from contest.enums import Role
from contest.models import Agency, User

pytestmark = pytest.mark.django_db


def test_seed_demo_prints_one_account_per_role(seed_output):
    for email in (
        "btc@demo.example",
        "thuky@demo.example",
        "giamkhao1@demo.example",
        "thisinh1@demo.example",
    ):
        assert email in seed_output
    assert "CuocThi@2024" in seed_output


def test_seed_demo_accounts_can_log_in_with_roles(seed_output):
    expected = {
        "btc@demo.example": Role.ORGANISER,
        "thuky@demo.example": Role.SECRETARIAT,
        "giamkhao1@demo.example": Role.JUDGE,
        "thisinh1@demo.example": Role.ENTRANT,
    }
    for email, role in expected.items():
        user = authenticate(email=email, password="CuocThi@2024")
        assert user is not None, email
        assert list(user.groups.values_list("name", flat=True)) == [role.value]


def test_seed_demo_is_idempotent_and_deterministic(seed_output):
    names = list(User.objects.order_by("email").values_list("email", "full_name"))
    agencies = Agency.objects.count()
    call_command("seed_demo", "--seed", "7", stdout=io.StringIO())
    assert list(User.objects.order_by("email").values_list("email", "full_name")) == names
    assert Agency.objects.count() == agencies == 52


def test_seed_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="never on a production site"):
        call_command("seed_demo", stdout=io.StringIO())
    assert User.objects.count() == 0
