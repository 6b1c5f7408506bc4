"""Who may do what, as django-rules predicates (tested for every role in every state)."""

import rules
from django.utils import timezone

from contest.enums import AuthorConsent, EntryStatus, Role

is_entrant = rules.is_group_member(Role.ENTRANT.value)
is_secretariat = rules.is_group_member(Role.SECRETARIAT.value)
is_judge = rules.is_group_member(Role.JUDGE.value)
is_organiser = rules.is_group_member(Role.ORGANISER.value) | rules.is_superuser
is_staff_role = is_secretariat | is_organiser


@rules.predicate
def is_entry_owner(user, entry):
    return entry is not None and entry.owner_id == user.pk


@rules.predicate
def is_entry_coauthor(user, entry):
    """Named on the entry and said yes: being named alone gives no access (issue 14)."""
    if entry is None or not user.is_authenticated:
        return False
    # Prefetched authors avoid a query per entry in lists.
    return any(
        a.consent == AuthorConsent.ACCEPTED and a.is_person(user) for a in entry.authors.all()
    )


@rules.predicate
def is_invited_person(user, author):
    """The invitation (an Author row) names this user, by account or email."""
    return author is not None and author.is_person(user)


@rules.predicate
def invitation_is_open(user, author):
    return (
        author is not None
        and author.consent == AuthorConsent.INVITED
        and author.invited_at is not None
        and author.entry.status in (EntryStatus.DRAFT, EntryStatus.RETURNED)
    )


@rules.predicate
def entry_is_leavable_now(user, entry):
    # Once submitted, the entry is screened and judged with the names it was submitted with.
    return entry is not None and entry.status in (EntryStatus.DRAFT, EntryStatus.RETURNED)


@rules.predicate
def entry_is_editable_now(user, entry):
    from contest.services.entries import can_edit

    return entry is not None and can_edit(entry)


@rules.predicate
def entry_is_submittable_now(user, entry):
    if entry is None:
        return False
    if entry.status == EntryStatus.DRAFT:
        return entry.edition.accepts_submission()
    return entry.status == EntryStatus.RETURNED and entry_is_editable_now(user, entry)


@rules.predicate
def entry_is_withdrawable_now(user, entry):
    return (
        entry is not None
        and entry.status not in (EntryStatus.WITHDRAWN, EntryStatus.INELIGIBLE)
        and timezone.now() < entry.edition.judging_starts_at
    )


@rules.predicate
def entry_was_submitted(user, entry):
    """Submitted at least once (it has a number): staff see its files from then on."""
    return entry is not None and entry.number is not None


@rules.predicate
def entry_is_screenable(user, entry):
    return entry is not None and entry.status in (
        EntryStatus.SUBMITTED,
        EntryStatus.ELIGIBLE,
        EntryStatus.INELIGIBLE,
        EntryStatus.RETURNED,
    )


# Judges, the secretariat and organisers run the contest; they may not also compete in it.
is_contest_official = is_judge | is_staff_role
rules.add_perm("contest.manage_agencies", is_organiser)
rules.add_perm("contest.grant_roles", is_organiser)
rules.add_perm("contest.view_entry_as_author", is_entry_owner | is_entry_coauthor)
rules.add_perm("contest.edit_entry", is_entry_owner & entry_is_editable_now)
rules.add_perm("contest.submit_entry", is_entry_owner & entry_is_submittable_now)
rules.add_perm("contest.withdraw_entry", is_entry_owner & entry_is_withdrawable_now)
rules.add_perm("contest.leave_entry", is_entry_coauthor & ~is_entry_owner & entry_is_leavable_now)
rules.add_perm("contest.view_invitation", is_invited_person)
rules.add_perm("contest.answer_invitation", is_invited_person & invitation_is_open)
rules.add_perm("contest.screen_entries", is_staff_role)
rules.add_perm("contest.screen_entry", is_staff_role & entry_is_screenable)
rules.add_perm(
    "contest.view_entry_attachments",
    is_entry_owner | is_entry_coauthor | (is_staff_role & entry_was_submitted),
)
