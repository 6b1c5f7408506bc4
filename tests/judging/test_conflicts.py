"""Conflicts of interest: the automatic rules, declared conflicts, and what assignment does."""

import pytest
from django.core.exceptions import ValidationError

from contest.enums import Role
from contest.models import Author
from judging.assignment import Shortfall, UncoveredEntry
from judging.enums import AuditAction, ConflictSource, SheetStatus
from judging.models import Assignment, AuditEvent, Conflict
from judging.results import round_results
from judging.selectors import conflict_set
from judging.services.assignment import round_auto_assign
from judging.services.conflicts import (
    EntryIdentity,
    JudgeIdentity,
    automatic_conflict_reason,
    conflict_declare,
)
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    ConflictFactory,
    EligibleEntryFactory,
    JudgeFactory,
    JuryMemberFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)

# --- the rules on plain data ---------------------------------------------------------------


def _judge(**kwargs):
    return JudgeIdentity(
        **{"user_id": 1, "email": "gk@so.vn", "agency_id": 10, "agency_name": "Sở Nội vụ"} | kwargs
    )


def _entry(**kwargs):
    defaults = {
        "entry_id": 7,
        "agency_id": 20,
        "agency_name": "UBND phường Hàng Bạc",
        "author_emails": frozenset({"tacgia@phuong.vn"}),
        "author_user_ids": frozenset({2}),
        "author_units": frozenset({"UBND phường Hàng Bạc"}),
    }
    return EntryIdentity(**defaults | kwargs)


def test_conflict_rule_unrelated_judge_has_none():
    assert automatic_conflict_reason(_judge(), _entry()) is None


def test_conflict_rule_judge_is_author_by_account():
    assert automatic_conflict_reason(_judge(user_id=2), _entry()) == "author"


def test_conflict_rule_judge_is_author_by_email_any_case():
    judge = _judge(email="TacGia@Phuong.vn")
    assert automatic_conflict_reason(judge, _entry()) == "author"


def test_conflict_rule_same_agency():
    assert automatic_conflict_reason(_judge(agency_id=20), _entry()) == "same_agency"


@pytest.mark.parametrize(
    "unit", ["Sở Nội vụ", "SỞ NỘI VỤ", "so noi vu", "  Sở   nội vụ ", "Sở Nội vụ".upper()]
)
def test_conflict_rule_agency_name_equals_author_unit_folded(unit):
    entry = _entry(author_units=frozenset({"UBND phường Hàng Bạc", unit}))
    assert automatic_conflict_reason(_judge(), entry) == "author_unit"


def test_conflict_rule_agency_name_equals_entry_agency_at_submission():
    entry = _entry(agency_name="sở nội vụ", author_units=frozenset())
    assert automatic_conflict_reason(_judge(), entry) == "author_unit"


def test_conflict_rule_judge_without_agency_is_not_matched_by_empty_names():
    entry = _entry(agency_name="", author_units=frozenset())
    judge = _judge(agency_id=None, agency_name="")
    assert automatic_conflict_reason(judge, entry) is None


def test_conflict_rule_similar_but_different_unit_is_no_conflict():
    entry = _entry(author_units=frozenset({"Sở Nội vụ Hà Nam"}))
    assert automatic_conflict_reason(_judge(), entry) is None


# --- the rules from the database ---------------------------------------------------------


@pytest.fixture
def round_():
    return RoundFactory(judges_per_entry=3)


def _co_author(entry, *, email, unit, user=None):
    return Author.objects.create(
        entry=entry,
        user=user,
        position_in_list=1,
        full_name="Đồng Tác Giả",
        unit=unit,
        email=email,
        share=10,
    )


def _jury(round_, **kwargs):
    return JuryMemberFactory(edition=round_.edition, user=JudgeFactory(**kwargs)).user


@pytest.mark.django_db
def test_conflict_set_applies_every_rule(round_):
    entry = EligibleEntryFactory(edition=round_.edition)
    other = EligibleEntryFactory(edition=round_.edition)
    author = _jury(round_)
    _co_author(entry, email="x@y.vn", unit="Khác", user=author)
    by_email = _jury(round_)
    _co_author(entry, email=by_email.email.upper(), unit="Khác")
    same_agency = _jury(round_, agency=entry.agency)
    unit = _jury(round_, agency=AgencyFactory(name="Trung tâm Phục vụ hành chính công"))
    _co_author(entry, email="z@y.vn", unit="TRUNG TAM PHUC VU HANH CHINH CONG")
    declared = _jury(round_)
    ConflictFactory(judge=declared, entry=entry, source=ConflictSource.DECLARED)
    free = _jury(round_)

    conflicts = conflict_set(round_)

    everyone = [author, by_email, same_agency, unit, declared, free]
    assert [j for j in everyone if (j.pk, entry.pk) in conflicts] == everyone[:5]
    assert [j for j in everyone if (j.pk, other.pk) in conflicts] == []
    assert conflicts.count_for_entry(entry.pk) == 5
    assert conflicts.count_for_entry(other.pk) == 0


@pytest.mark.django_db
def test_auto_assign_never_assigns_a_conflicted_pair(round_):
    secretary = UserFactory(role=Role.SECRETARIAT)
    entries = EligibleEntryFactory.create_batch(6, edition=round_.edition)
    judges = [_jury(round_) for _ in range(5)]
    # Two judges conflict with each of the first three entries, in every way there is.
    _co_author(entries[0], email=judges[0].email, unit="Khác")
    ConflictFactory(judge=judges[1], entry=entries[0])
    judges[2].agency = entries[1].agency
    judges[2].save()
    _co_author(entries[1], email="u@v.vn", unit=judges[3].agency.name.lower(), user=None)
    _co_author(entries[2], email="w@v.vn", unit="Khác", user=judges[4])
    ConflictFactory(judge=judges[0], entry=entries[2])

    report = round_auto_assign(round_=round_, actor=secretary, seed=3)

    forbidden = {
        (judges[0].pk, entries[0].pk),
        (judges[1].pk, entries[0].pk),
        (judges[2].pk, entries[1].pk),
        (judges[3].pk, entries[1].pk),
        (judges[4].pk, entries[2].pk),
        (judges[0].pk, entries[2].pk),
    }
    pairs = set(Assignment.objects.values_list("judge_id", "entry_id"))
    assert pairs & forbidden == set()
    assert report.uncovered == ()
    assert report.created == 18
    assert sorted(Assignment.objects.filter(entry=e).count() for e in entries) == [3, 3, 3, 3, 3, 3]


@pytest.mark.django_db
def test_auto_assign_reports_entry_everyone_conflicts_with(round_):
    secretary = UserFactory(role=Role.SECRETARIAT)
    blocked, fine = EligibleEntryFactory.create_batch(2, edition=round_.edition)
    judges = [_jury(round_) for _ in range(4)]
    for judge in judges:
        ConflictFactory(judge=judge, entry=blocked)

    report = round_auto_assign(round_=round_, actor=secretary)

    assert report.uncovered == (
        UncoveredEntry(
            entry=blocked.pk,
            assigned=0,
            needed=3,
            reason=Shortfall.CONFLICTS,
            eligible=0,
            detail="only 0 non-conflicted judges, 3 needed",
        ),
    )
    assert report.uncovered[0].reason == "conflicts"
    assert not Assignment.objects.filter(entry=blocked).exists()
    assert Assignment.objects.filter(entry=fine).count() == 3
    event = AuditEvent.objects.get(action=AuditAction.ASSIGNED)
    assert event.after["uncovered"] == [blocked.pk]


@pytest.mark.django_db
def test_auto_assign_reports_too_few_judges(round_):
    entries = EligibleEntryFactory.create_batch(2, edition=round_.edition)
    for _ in range(2):
        _jury(round_)

    report = round_auto_assign(round_=round_, actor=UserFactory(role=Role.SECRETARIAT))

    assert [(u.entry, u.assigned, u.needed, u.reason, u.eligible) for u in report.uncovered] == [
        (entries[0].pk, 2, 3, "too_few_judges", 2),
        (entries[1].pk, 2, 3, "too_few_judges", 2),
    ]
    assert report.created == 4


# --- declared conflicts ------------------------------------------------------------------


@pytest.mark.django_db
def test_conflict_declare_deactivates_unfinished_assignment_and_audits():
    assignment = AssignmentFactory()
    conflict = conflict_declare(
        judge=assignment.judge,
        entry=assignment.entry,
        reason="  Tác giả là em ruột tôi. ",
        actor=assignment.judge,
    )
    assert (conflict.source, conflict.reason, conflict.created_by) == (
        ConflictSource.DECLARED,
        "Tác giả là em ruột tôi.",
        assignment.judge,
    )
    assignment.refresh_from_db()
    assert assignment.active is False
    event = AuditEvent.objects.get()
    assert event.action == AuditAction.CONFLICT
    assert (event.actor, event.judge, event.entry) == (
        assignment.judge,
        assignment.judge,
        assignment.entry,
    )
    assert event.after == {"source": "declared", "reason": "Tác giả là em ruột tôi."}
    assert event.reason == "Tác giả là em ruột tôi."


@pytest.mark.django_db
def test_conflict_declare_deactivates_draft_and_voids_submitted_score():
    draft = AssignmentFactory()
    score_assignment(draft, ["10", "10", ""], submit=False)
    submitted = AssignmentFactory(round=draft.round, judge=draft.judge)
    score_assignment(submitted, ["10", "10", "10"])
    secretary = UserFactory(role=Role.SECRETARIAT)
    for a in (draft, submitted):
        conflict_declare(
            judge=a.judge,
            entry=a.entry,
            reason="Cùng đơn vị.",
            actor=secretary,
            source=ConflictSource.SECRETARIAT,
        )
    draft.refresh_from_db()
    submitted.refresh_from_db()
    assert (draft.active, submitted.active) == (False, False)
    assert submitted.sheet.status == SheetStatus.SUBMITTED  # kept for the audit trail
    events = AuditEvent.objects.filter(action=AuditAction.CONFLICT).order_by("pk")
    assert [e.after.get("scores_voided") for e in events] == [None, 1]
    (row,) = [r for r in round_results(round_=draft.round).rows if r.entry_id == submitted.entry_id]
    assert (row.assigned, row.scored, row.total) == (0, 0, None)


@pytest.mark.django_db
def test_conflict_declare_twice_records_one_conflict_and_one_event():
    assignment = AssignmentFactory()
    for reason in ("Lý do thứ nhất.", "Lý do thứ hai."):
        conflict_declare(
            judge=assignment.judge, entry=assignment.entry, reason=reason, actor=assignment.judge
        )
    assert list(Conflict.objects.values_list("reason", flat=True)) == ["Lý do thứ nhất."]
    assert AuditEvent.objects.filter(action=AuditAction.CONFLICT).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("reason", ["", "   ", None])
def test_conflict_declare_without_reason_is_refused(reason):
    assignment = AssignmentFactory()
    with pytest.raises(ValidationError) as caught:
        conflict_declare(
            judge=assignment.judge, entry=assignment.entry, reason=reason, actor=assignment.judge
        )
    assert list(caught.value.message_dict) == ["reason"]
    assignment.refresh_from_db()
    assert assignment.active is True
    assert not Conflict.objects.exists()
    assert not AuditEvent.objects.exists()


@pytest.mark.django_db
def test_auto_assign_after_declared_conflict_gives_entry_another_judge(round_):
    secretary = UserFactory(role=Role.SECRETARIAT)
    entry = EligibleEntryFactory(edition=round_.edition)
    judges = [_jury(round_) for _ in range(4)]
    round_auto_assign(round_=round_, actor=secretary)
    leaving = Assignment.objects.filter(entry=entry).order_by("judge_id").first()
    conflict_declare(judge=leaving.judge, entry=entry, reason="Người quen.", actor=leaving.judge)

    report = round_auto_assign(round_=round_, actor=secretary)

    active = set(Assignment.objects.filter(active=True).values_list("judge_id", flat=True))
    assert report.created == 1
    assert report.kept == 2
    assert leaving.judge_id not in active
    assert active == {j.pk for j in judges} - {leaving.judge_id}
