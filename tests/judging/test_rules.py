"""Judging permissions for every role, against what each role may do."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from contest.enums import Role
from tests.factories import AssignmentFactory, JudgeFactory, UserFactory

pytestmark = pytest.mark.django_db

GLOBAL_PERMS = [
    "view_progress",
    "manage_assignments",
    "reopen_scores",
    "view_ranking",
    "confirm_results",
    "view_audit",
]
STAFF = {"view_progress", "manage_assignments", "reopen_scores", "view_ranking"}
EXPECTED = {
    "anonymous": set(),
    "entrant": set(),
    "judge_assigned": set(),
    "judge_unassigned": set(),
    "secretariat": STAFF,
    "organiser": STAFF | {"confirm_results", "view_audit"},
    "superuser": STAFF | {"confirm_results", "view_audit"},
}


@pytest.fixture
def assignment():
    return AssignmentFactory()


def _user(role, assignment):
    return {
        "anonymous": lambda: AnonymousUser(),
        "entrant": lambda: UserFactory(role=Role.ENTRANT),
        "judge_assigned": lambda: assignment.judge,
        "judge_unassigned": lambda: JudgeFactory(),
        "secretariat": lambda: UserFactory(role=Role.SECRETARIAT),
        "organiser": lambda: UserFactory(role=Role.ORGANISER),
        "superuser": lambda: UserFactory(is_superuser=True),
    }[role]()


@pytest.mark.parametrize("role", list(EXPECTED))
def test_judging_global_permissions_by_role(assignment, role):
    user = _user(role, assignment)
    held = {perm for perm in GLOBAL_PERMS if user.has_perm(f"judging.{perm}")}
    assert held == EXPECTED[role]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("entrant", False),
        ("judge_assigned", True),
        ("judge_unassigned", False),
        ("secretariat", False),
        ("organiser", False),
        # Django grants a superuser every permission; the score view still looks the
        # assignment up by judge, so they get 404 there (tested in test_views).
        ("superuser", True),
    ],
)
def test_score_assignment_only_by_its_judge(assignment, role, allowed):
    assert _user(role, assignment).has_perm("judging.score_assignment", assignment) is allowed


def test_score_assignment_refused_once_inactive(assignment):
    assignment.active = False
    assignment.save()
    assert assignment.judge.has_perm("judging.score_assignment", assignment) is False


def test_score_assignment_refused_when_judge_role_removed(assignment):
    assignment.judge.groups.remove(Group.objects.get(name=Role.JUDGE.value))
    judge = type(assignment.judge).objects.get(pk=assignment.judge_id)
    assert judge.has_perm("judging.score_assignment", assignment) is False


def test_score_assignment_without_an_assignment_is_refused(assignment):
    assert assignment.judge.has_perm("judging.score_assignment", None) is False


def test_judge_who_is_also_secretariat_keeps_staff_rights_but_not_others_sheets(assignment):
    judge = assignment.judge
    judge.groups.add(Group.objects.get_or_create(name=Role.SECRETARIAT.value)[0])
    judge = type(judge).objects.get(pk=judge.pk)
    other = AssignmentFactory(round=assignment.round)
    assert judge.has_perm("judging.view_ranking") is True
    assert judge.has_perm("judging.score_assignment", assignment) is True
    assert judge.has_perm("judging.score_assignment", other) is False
