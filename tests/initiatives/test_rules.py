"""Who may do what with initiatives, for every role."""

import pytest

from contest.enums import Role
from tests.factories import AgencyFactory, UserFactory
from tests.factories.initiatives import initiative, lead_officer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "manage", "view", "similar"),
    [
        (Role.ENTRANT, False, False, False),
        (Role.JUDGE, False, False, False),
        (Role.LEAD_AGENCY, False, False, False),
        (Role.SECRETARIAT, False, True, True),
        (Role.ORGANISER, True, True, True),
    ],
)
def test_rules_by_role(role, manage, view, similar):
    user = UserFactory(role=role)
    assert user.has_perm("initiatives.manage_initiatives") is manage
    assert user.has_perm("initiatives.view_initiatives") is view
    assert user.has_perm("initiatives.view_similar") is similar
    assert user.has_perm("initiatives.mark_similar") is similar


def test_rules_report_only_by_the_owning_agencys_officer_or_organisers():
    created = initiative()
    assert lead_officer(agency=created.owner_agency).has_perm(
        "initiatives.report_initiative", created
    )
    assert not lead_officer(agency=AgencyFactory(name="Sở Tài chính")).has_perm(
        "initiatives.report_initiative", created
    )
    # Working there is not enough: the role is granted by the organisers.
    assert not UserFactory(agency=created.owner_agency).has_perm(
        "initiatives.report_initiative", created
    )
    assert UserFactory(role=Role.ORGANISER).has_perm("initiatives.report_initiative", created)
    assert not UserFactory(role=Role.SECRETARIAT).has_perm("initiatives.report_initiative", created)


def test_rules_nobody_reports_on_a_dropped_initiative():
    created = initiative()
    created.status = "dropped"
    assert not UserFactory(role=Role.ORGANISER).has_perm("initiatives.report_initiative", created)
