import pytest
from tests.factories import *
pytestmark = pytest.mark.django_db
def test_x():
    a = AssignmentFactory()
    print(a.judge.groups.all(), a.entry.code, a.entry.status, a.round.criteria.all(), a.judge.agency, a.entry.agency)
    s = score_assignment(a, [30, 20, 25])
    print(s.total, s.status, s.version)
