"""Every role in every state, against what the issue promises."""

import datetime

import pytest
from django.utils import timezone

from contest.enums import AuthorConsent, EntryStatus, Role
from contest.models import Author
from tests.factories import EntryFactory, UserFactory

pytestmark = pytest.mark.django_db

STATES = [s.value for s in EntryStatus]
PERMS = [
    "view_entry_as_author",
    "edit_entry",
    "submit_entry",
    "withdraw_entry",
    "screen_entry",
    "leave_entry",
]

# (role, state) -> set of permissions held, before the deadline.
OWNER = {
    "draft": {"view_entry_as_author", "edit_entry", "submit_entry", "withdraw_entry"},
    "submitted": {"view_entry_as_author", "edit_entry", "withdraw_entry"},
    "returned": {"view_entry_as_author", "edit_entry", "submit_entry", "withdraw_entry"},
    "eligible": {"view_entry_as_author", "withdraw_entry"},
    "ineligible": {"view_entry_as_author"},
    "withdrawn": {"view_entry_as_author"},
}
# An accepted co-author sees the entry, and may leave it while it is still being written.
COAUTHOR = {
    state: {"view_entry_as_author"} | ({"leave_entry"} if state in ("draft", "returned") else set())
    for state in STATES
}
STAFF = {
    state: {"screen_entry"} if state not in ("draft", "withdrawn") else set() for state in STATES
}
NOTHING = {state: set() for state in STATES}
EXPECTED = {
    "owner": OWNER,
    "coauthor": COAUTHOR,
    # Named but not (yet) consenting: nothing of the entry's own.
    "invited_coauthor": NOTHING,
    "declined_coauthor": NOTHING,
    "other_entrant": NOTHING,
    "judge": NOTHING,
    "secretariat": STAFF,
    "organiser": STAFF,
}


def _entry_in(state):
    numbered = {"number": 1, "code": "T-0001"} if state != EntryStatus.DRAFT else {}
    returned = (
        {"returned_until": timezone.localdate() + datetime.timedelta(days=2)}
        if state == EntryStatus.RETURNED
        else {}
    )
    return EntryFactory(status=state, **numbered, **returned)


def _user(role, entry):
    if role == "owner":
        return entry.owner
    if role in ("coauthor", "invited_coauthor", "declined_coauthor"):
        user = UserFactory(role=Role.ENTRANT)
        Author.objects.create(
            entry=entry,
            full_name=user.full_name,
            unit="Sở Y tế",
            email=user.email,
            share=10,
            position_in_list=1,
            consent={
                "coauthor": AuthorConsent.ACCEPTED,
                "invited_coauthor": AuthorConsent.INVITED,
                "declined_coauthor": AuthorConsent.DECLINED,
            }[role],
        )
        return user
    return UserFactory(
        role={
            "other_entrant": Role.ENTRANT,
            "judge": Role.JUDGE,
            "secretariat": Role.SECRETARIAT,
            "organiser": Role.ORGANISER,
        }[role]
    )


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", list(EXPECTED))
def test_entry_permissions_for_role_in_state(role, state):
    entry = _entry_in(state)
    user = _user(role, entry)
    held = {perm for perm in PERMS if user.has_perm(f"contest.{perm}", entry)}
    assert held == EXPECTED[role][state]


@pytest.mark.parametrize("state", ["draft", "submitted"])
def test_entry_owner_cannot_edit_after_deadline_and_grace(state):
    entry = _entry_in(state)
    entry.edition.submission_opens_at = timezone.now() - datetime.timedelta(days=30)
    entry.edition.submission_closes_at = timezone.now() - datetime.timedelta(seconds=61)
    entry.edition.save()
    assert not entry.owner.has_perm("contest.edit_entry", entry)
    assert not entry.owner.has_perm("contest.submit_entry", entry)


def test_entry_returned_past_its_date_is_locked():
    entry = _entry_in("returned")
    entry.returned_until = timezone.localdate() - datetime.timedelta(days=1)
    entry.save()
    assert not entry.owner.has_perm("contest.edit_entry", entry)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("entrant", False), ("judge", False), ("secretariat", True), ("organiser", True)],
)
def test_screening_list_permission_per_role(role, allowed):
    user = UserFactory(
        role=Role[
            {
                "entrant": "ENTRANT",
                "judge": "JUDGE",
                "secretariat": "SECRETARIAT",
                "organiser": "ORGANISER",
            }[role]
        ]
    )
    assert user.has_perm("contest.screen_entries") is allowed
