"""Demo people for `manage.py seed_demo`: one or more accounts per role, all verified."""

import random
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from contest.accounts.roles import ensure_role_groups
from contest.enums import Role
from contest.models import Agency, User

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Hồng", "Đức", "Thanh", "Ngọc", "Hải"]
GIVEN_NAMES = [
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Linh",
    "Mai", "Nam", "Nhung", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn",
]  # fmt: skip
POSITIONS = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Công chức"]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: Role
    full_name: str


def _fixed_accounts(judges: int, entrants: int):
    yield "btc@demo.example", Role.ORGANISER, "Trần Thu Hà", "Sở Nội vụ", "Phó Giám đốc Sở"
    yield "thuky@demo.example", Role.SECRETARIAT, "Lê Minh Tâm", "Sở Nội vụ", "Chuyên viên"
    for n in range(1, judges + 1):
        yield f"giamkhao{n}@demo.example", Role.JUDGE, None, None, "Giám khảo"
    for n in range(1, entrants + 1):
        yield f"thisinh{n}@demo.example", Role.ENTRANT, None, None, None


@transaction.atomic
def seed_demo_people(*, password: str, seed: int = 2024, judges: int = 5, entrants: int = 10):
    """Create or refresh the demo accounts; running it again changes nothing but passwords."""
    ensure_role_groups()
    rng = random.Random(seed)
    agencies = list(Agency.objects.filter(is_active=True).order_by("pk"))
    groups = {role: Group.objects.get(name=role.value) for role in Role}
    accounts = []
    for email, role, name, agency_name, position in _fixed_accounts(judges, entrants):
        full_name = name or (
            f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
        )
        agency = (
            next((a for a in agencies if a.name == agency_name), None)
            if agency_name
            else (rng.choice(agencies) if agencies else None)
        )
        position = position or rng.choice(POSITIONS)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=password, full_name=full_name, agency=agency, position=position
            )
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.add(groups[role])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        accounts.append(DemoAccount(email=email, role=role, full_name=user.full_name))
    return accounts
