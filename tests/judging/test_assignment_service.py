"""Assignment through the database: k judges per entry, even loads, withdrawals."""

from collections import Counter
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from contest.enums import EntryStatus, Role
from judging.enums import AuditAction, SheetStatus
from judging.models import Assignment, AuditEvent, JuryMember
from judging.results import round_results
from judging.services.assignment import assignment_add, judge_withdraw, round_auto_assign
from tests.factories import (
    ConflictFactory,
    EligibleEntryFactory,
    EntryFactory,
    JuryMemberFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary():
    return UserFactory(role=Role.SECRETARIAT)


def _setup(entries=7, judges=5, per_entry=3):
    round_ = RoundFactory(judges_per_entry=per_entry)
    entry_list = EligibleEntryFactory.create_batch(entries, edition=round_.edition)
    jury = [JuryMemberFactory(edition=round_.edition).user for _ in range(judges)]
    return round_, entry_list, jury


def _active(round_):
    return Assignment.objects.filter(round=round_, active=True)


def _loads(round_):
    return Counter(_active(round_).values_list("judge_id", flat=True))


def test_auto_assign_gives_every_entry_k_distinct_judges(secretary):
    round_, entries, _jury = _setup(entries=7, judges=5)
    report = round_auto_assign(round_=round_, actor=secretary)
    per_entry = Counter(_active(round_).values_list("entry_id", flat=True))
    assert per_entry == {e.pk: 3 for e in entries}
    assert _active(round_).values("entry_id", "judge_id").distinct().count() == 21
    assert (report.created, report.kept, report.uncovered) == (21, 0, ())


def test_auto_assign_spreads_load_evenly(secretary):
    round_, _entries, jury = _setup(entries=7, judges=5)
    report = round_auto_assign(round_=round_, actor=secretary)
    loads = _loads(round_)
    assert set(loads) == {j.pk for j in jury}
    assert sorted(loads.values()) == [4, 4, 4, 4, 5]
    assert report.load_spread == 1


def test_auto_assign_skips_ineligible_and_withdrawn_judges(secretary):
    round_, entries, jury = _setup(entries=3, judges=4)
    draft = EntryFactory(edition=round_.edition)
    rejected = EligibleEntryFactory(edition=round_.edition, status=EntryStatus.INELIGIBLE)
    JuryMember.objects.filter(user=jury[0]).update(withdrawn_at=timezone.now())
    round_auto_assign(round_=round_, actor=secretary)
    assert set(_active(round_).values_list("entry_id", flat=True)) == {e.pk for e in entries}
    assert not Assignment.objects.filter(entry__in=[draft, rejected]).exists()
    assert set(_loads(round_)) == {j.pk for j in jury[1:]}


def test_auto_assign_respects_caps(secretary):
    round_, _entries, jury = _setup(entries=6, judges=4)
    JuryMember.objects.filter(user=jury[0]).update(max_entries=1)
    round_auto_assign(round_=round_, actor=secretary)
    loads = _loads(round_)
    assert loads[jury[0].pk] == 1
    assert sorted(loads[j.pk] for j in jury[1:]) == [5, 6, 6]


def test_auto_assign_keeps_existing_assignments(secretary):
    round_, entries, jury = _setup(entries=4, judges=4)
    manual = assignment_add(round_=round_, judge=jury[0], entry=entries[0], actor=secretary)
    first = round_auto_assign(round_=round_, actor=secretary)
    assert (first.created, first.kept) == (11, 1)
    assert Assignment.objects.get(pk=manual.pk).active is True
    before = set(_active(round_).values_list("pk", flat=True))
    again = round_auto_assign(round_=round_, actor=secretary)
    assert (again.created, again.kept, again.uncovered) == (0, 12, ())
    assert set(_active(round_).values_list("pk", flat=True)) == before


def test_auto_assign_adds_judges_to_new_entries_only(secretary):
    round_, _entries, _jury = _setup(entries=3, judges=4)
    round_auto_assign(round_=round_, actor=secretary)
    before = set(_active(round_).values_list("judge_id", "entry_id"))
    late = EligibleEntryFactory(edition=round_.edition)
    report = round_auto_assign(round_=round_, actor=secretary)
    after = set(_active(round_).values_list("judge_id", "entry_id"))
    assert report.created == 3
    assert after - before == {(j, late.pk) for j, e in after - before}
    assert before <= after
    assert max(_loads(round_).values()) - min(_loads(round_).values()) == 0


def test_auto_assign_is_audited_with_pairs(secretary):
    round_, _entries, _jury = _setup(entries=2, judges=3)
    round_auto_assign(round_=round_, actor=secretary)
    event = AuditEvent.objects.get(action=AuditAction.ASSIGNED)
    assert event.actor == secretary
    assert event.round == round_
    assert event.after["created"] == 6
    assert event.after["pairs"] == sorted(
        [j, e] for j, e in Assignment.objects.values_list("judge_id", "entry_id")
    )


def test_assignment_add_refuses_conflicted_judge(secretary):
    round_, entries, jury = _setup(entries=1, judges=1)
    ConflictFactory(judge=jury[0], entry=entries[0])
    with pytest.raises(ValidationError) as caught:
        assignment_add(round_=round_, judge=jury[0], entry=entries[0], actor=secretary)
    assert caught.value.code == "conflict"
    assert not Assignment.objects.exists()


def test_assignment_add_refuses_someone_off_the_jury(secretary):
    round_, entries, _jury = _setup(entries=1, judges=0)
    with pytest.raises(ValidationError) as caught:
        assignment_add(round_=round_, judge=UserFactory(), entry=entries[0], actor=secretary)
    assert caught.value.code == "not_jury"


def test_assignment_add_reactivates_an_old_assignment(secretary):
    round_, entries, jury = _setup(entries=1, judges=1)
    old = Assignment.objects.create(round=round_, entry=entries[0], judge=jury[0], active=False)
    again = assignment_add(round_=round_, judge=jury[0], entry=entries[0], actor=secretary)
    assert again.pk == old.pk
    assert again.active is True


# --- withdrawal --------------------------------------------------------------------------


@pytest.fixture
def withdrawal_round(secretary):
    """Six entries, four judges, three per entry; the leaving judge finished two reviews."""
    round_, entries, jury = _setup(entries=6, judges=4)
    round_auto_assign(round_=round_, actor=secretary, seed=1)
    leaving = jury[0]
    theirs = list(_active(round_).filter(judge=leaving).order_by("entry__number"))
    assert len(theirs) >= 3
    done = theirs[:2]
    for assignment in done:
        score_assignment(assignment, ["30", "20", "20"])
    score_assignment(theirs[2], ["10", "", ""], submit=False)
    return round_, entries, jury, leaving, done, theirs[2:]


def test_judge_withdraw_keeps_completed_scores(withdrawal_round, secretary):
    round_, _entries, _jury, leaving, done, _open = withdrawal_round
    result = judge_withdraw(round_=round_, judge=leaving, actor=secretary, reason="Ốm dài ngày.")
    assert set(result.kept_completed) == {(leaving.pk, a.entry_id) for a in done}
    kept = _active(round_).filter(judge=leaving)
    assert set(kept.values_list("entry_id", flat=True)) == {a.entry_id for a in done}
    assert set(kept.values_list("sheet__status", flat=True)) == {SheetStatus.SUBMITTED}
    rows = {r.entry_id: r for r in round_results(round_=round_).rows}
    for assignment in done:
        assert rows[assignment.entry_id].judge_totals[leaving.pk] == Decimal("70")


def test_judge_withdraw_hands_open_work_to_others(withdrawal_round, secretary):
    round_, entries, jury, leaving, _done, open_work = withdrawal_round
    result = judge_withdraw(round_=round_, judge=leaving, actor=secretary, reason="Ốm dài ngày.")
    assert set(result.released) == {(leaving.pk, a.entry_id) for a in open_work}
    assert not _active(round_).filter(judge=leaving, entry__in=[a.entry for a in open_work])
    per_entry = Counter(_active(round_).values_list("entry_id", flat=True))
    assert per_entry == {e.pk: 3 for e in entries}
    for assignment in open_work:
        judges = set(
            _active(round_).filter(entry=assignment.entry).values_list("judge_id", flat=True)
        )
        assert leaving.pk not in judges
        assert judges <= {j.pk for j in jury[1:]}
    assert JuryMember.objects.get(user=leaving).withdrawn_at is not None


def test_judge_withdraw_is_audited(withdrawal_round, secretary):
    round_, _entries, _jury, leaving, done, open_work = withdrawal_round
    judge_withdraw(round_=round_, judge=leaving, actor=secretary, reason="Ốm dài ngày.")
    event = AuditEvent.objects.get(action=AuditAction.JUDGE_WITHDRAWN)
    assert (event.actor, event.judge, event.round, event.reason) == (
        secretary,
        leaving,
        round_,
        "Ốm dài ngày.",
    )
    assert event.after == {
        "released": len(open_work),
        "kept_completed": len(done),
        "reassigned": len(open_work),
    }


def test_auto_assign_after_withdrawal_keeps_finished_reviews(withdrawal_round, secretary):
    round_, _entries, _jury, leaving, _done, _open = withdrawal_round
    judge_withdraw(round_=round_, judge=leaving, actor=secretary, reason="Ốm dài ngày.")
    before = set(_active(round_).values_list("judge_id", "entry_id"))
    report = round_auto_assign(round_=round_, actor=secretary)
    assert (report.created, report.uncovered) == (0, ())
    assert set(_active(round_).values_list("judge_id", "entry_id")) == before


def test_auto_assign_ignores_assignments_of_entries_no_longer_in_round(secretary):
    round_, entries, _jury = _setup(entries=3, judges=3)
    round_auto_assign(round_=round_, actor=secretary)
    entries[0].status = EntryStatus.INELIGIBLE
    entries[0].save(update_fields=["status"])
    report = round_auto_assign(round_=round_, actor=secretary)
    assert (report.created, report.kept, report.uncovered) == (0, 6, ())


def test_judge_withdraw_after_another_withdrawal_keeps_both_finished_reviews(secretary):
    round_, entries, jury = _setup(entries=4, judges=5)
    round_auto_assign(round_=round_, actor=secretary)
    finished = []
    for judge in jury[:2]:
        assignment = _active(round_).filter(judge=judge).order_by("entry__number").first()
        score_assignment(assignment, ["30", "20", "20"])
        finished.append((judge.pk, assignment.entry_id))
    for judge in jury[:2]:
        judge_withdraw(round_=round_, judge=judge, actor=secretary, reason="Bận công tác.")
    pairs = set(_active(round_).values_list("judge_id", "entry_id"))
    assert {p for p in pairs if p[0] in (jury[0].pk, jury[1].pk)} == set(finished)
    assert Counter(e for _, e in pairs) == {e.pk: 3 for e in entries}


def test_auto_assign_after_conflict_on_finished_review_voids_score_and_replaces_judge(
    secretary,
):
    round_, (entry,), _jury = _setup(entries=1, judges=4)
    round_auto_assign(round_=round_, actor=secretary)
    assignment = _active(round_).order_by("judge_id").first()
    score_assignment(assignment, ["30", "20", "20"])
    # Recorded straight in the table, as an import or the admin would: no service released it.
    ConflictFactory(judge=assignment.judge, entry=entry)

    report = round_auto_assign(round_=round_, actor=secretary)

    assignment.refresh_from_db()
    assert assignment.active is False
    assert assignment.sheet.status == SheetStatus.SUBMITTED  # kept for the audit trail
    judges = set(_active(round_).values_list("judge_id", flat=True))
    assert len(judges) == 3
    assert assignment.judge_id not in judges
    assert (report.created, report.kept) == (1, 2)
    (row,) = round_results(round_=round_).rows
    assert (row.assigned, row.scored) == (3, 0)
    event = AuditEvent.objects.filter(action=AuditAction.ASSIGNED).latest("pk")
    assert event.after["released_conflicts"] == [[assignment.judge_id, entry.pk]]
    assert event.after["scores_voided"] == 1


def test_auto_assign_after_judge_moves_to_authors_agency_releases_the_pair(secretary):
    round_, (entry,), _jury = _setup(entries=1, judges=4)
    round_auto_assign(round_=round_, actor=secretary)
    moved = _active(round_).order_by("judge_id").first()
    moved.judge.agency = entry.agency
    moved.judge.save(update_fields=["agency"])

    round_auto_assign(round_=round_, actor=secretary)

    judges = set(_active(round_).values_list("judge_id", flat=True))
    assert moved.judge_id not in judges
    assert len(judges) == 3
    event = AuditEvent.objects.filter(action=AuditAction.ASSIGNED).latest("pk")
    assert event.after["released_conflicts"] == [[moved.judge_id, entry.pk]]
    assert event.after["scores_voided"] == 0


def test_judge_withdraw_after_conflict_on_finished_review_does_not_fail(secretary):
    round_, (entry,), _jury = _setup(entries=1, judges=5)
    round_auto_assign(round_=round_, actor=secretary)
    conflicted, leaving = _active(round_).order_by("judge_id")[:2]
    score_assignment(conflicted, ["30", "20", "20"])
    ConflictFactory(judge=conflicted.judge, entry=entry)

    judge_withdraw(round_=round_, judge=leaving.judge, actor=secretary, reason="Bận công tác.")

    judges = set(_active(round_).values_list("judge_id", flat=True))
    assert len(judges) == 3
    assert not judges & {conflicted.judge_id, leaving.judge_id}
    assignment = _active(round_).first()
    score_assignment(assignment, ["30", "20", "20"])
    ConflictFactory(judge=assignment.judge, entry=assignment.entry)
    round_auto_assign(round_=round_, actor=secretary)
