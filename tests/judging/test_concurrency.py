"""Races on one score sheet, on PostgreSQL: no lost update, and the audit trail agrees.

Each thread has its own connection, so these run against committed data
(`transaction=True`). SQLite serialises writers for the whole database and proves nothing
here, so the module runs only on PostgreSQL (DATABASE_URL=postgres://…).
"""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from contest.enums import Role
from judging.enums import AuditAction, SheetStatus
from judging.models import AuditEvent, Score, ScoreSheet
from judging.services.scoring import SheetConflict, score_reopen, score_save
from tests.factories import AssignmentFactory, UserFactory, score_assignment

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are only meaningful on PostgreSQL"
    ),
]

WAIT = 30  # seconds: a bound on synchronisation, never a measured duration


def _outcome(fn):
    """Run fn on this thread's own connection; name how it ended."""
    try:
        fn()
        return "ok"
    except SheetConflict:
        return "conflict"
    except ValidationError as error:
        return error.code
    finally:
        connection.close()


def _in_threads(*fns):
    """Start every fn at once (behind a barrier) and return their outcomes, in order."""
    barrier = threading.Barrier(len(fns))
    outcomes = [None] * len(fns)

    def run(i, fn):
        barrier.wait(timeout=WAIT)
        outcomes[i] = _outcome(fn)

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(fns)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


def _wait_for_lock_waiters(count):
    """Block until `count` other sessions of this database wait on a row lock."""
    deadline = time.monotonic() + WAIT
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0] >= count:
                return
            time.sleep(0.02)
    pytest.fail(f"no session waited on the sheet's lock within {WAIT} s")


def _points(assignment):
    """The sheet's stored points by criterion id, written as the judge typed them."""
    rows = Score.objects.filter(sheet__assignment=assignment).order_by("criterion__sort_order")
    return {str(s.criterion_id): format(s.points.normalize(), "f") for s in rows}


def _typed(event):
    return {k: v for k, v in event.after.items() if k != "total"}


def _scores(assignment, points):
    criteria = assignment.round.criteria.order_by("sort_order")
    return {c.pk: p for c, p in zip(criteria, points, strict=True)}


def _last_score_event(assignment):
    return (
        AuditEvent.objects.filter(
            entry=assignment.entry,
            judge=assignment.judge,
            action__in=[AuditAction.SCORE_SAVED, AuditAction.SCORE_SUBMITTED],
        )
        .order_by("pk")
        .last()
    )


@pytest.fixture
def draft():
    assignment = AssignmentFactory()
    sheet = score_assignment(assignment, ["10", "10", "10"], submit=False)
    return assignment, sheet


def test_two_saves_with_one_version_one_wins_the_other_conflicts(draft):
    """The first save holds the sheet's row lock; the second waits, then sees a new version."""
    assignment, sheet = draft
    holding, release = threading.Event(), threading.Event()

    def first():
        with transaction.atomic():
            score_save(
                assignment=assignment,
                judge=assignment.judge,
                scores=_scores(assignment, ["20", "20", "20"]),
                version=sheet.version,
            )
            holding.set()
            assert release.wait(timeout=WAIT)

    def second():
        assert holding.wait(timeout=WAIT)
        score_save(
            assignment=assignment,
            judge=assignment.judge,
            scores=_scores(assignment, ["30", "30", "30"]),
            version=sheet.version,
        )

    outcomes = [None, None]
    threads = [
        threading.Thread(target=lambda: outcomes.__setitem__(0, _outcome(first))),
        threading.Thread(target=lambda: outcomes.__setitem__(1, _outcome(second))),
    ]
    for thread in threads:
        thread.start()
    assert holding.wait(timeout=WAIT)
    _wait_for_lock_waiters(1)
    release.set()
    for thread in threads:
        thread.join(timeout=WAIT)

    assert outcomes == ["ok", "conflict"]
    stored = ScoreSheet.objects.get(pk=sheet.pk)
    assert (stored.version, stored.status, str(stored.total)) == (
        sheet.version + 1,
        SheetStatus.DRAFT,
        "60.00",
    )
    assert set(_points(assignment).values()) == {"20"}
    assert _typed(_last_score_event(assignment)) == _points(assignment)
    assert AuditEvent.objects.filter(action=AuditAction.SCORE_SAVED).count() == 2


@pytest.mark.parametrize("attempt", range(5))
def test_racing_submits_with_one_version_exactly_one_wins(draft, attempt):
    assignment, sheet = draft
    values = ["25", "26", "27", "28"]

    def submit(value):
        return lambda: score_save(
            assignment=assignment,
            judge=assignment.judge,
            scores=_scores(assignment, [value, value, value]),
            version=sheet.version,
            submit=True,
        )

    outcomes = _in_threads(*(submit(v) for v in values))

    # The winner locked the sheet; the others waited for its row lock and found it submitted.
    assert sorted(outcomes) == ["locked", "locked", "locked", "ok"]
    winner = values[outcomes.index("ok")]
    stored = ScoreSheet.objects.get(pk=sheet.pk)
    assert (stored.status, stored.version) == (SheetStatus.SUBMITTED, sheet.version + 1)
    assert set(_points(assignment).values()) == {winner}
    submitted = AuditEvent.objects.filter(action=AuditAction.SCORE_SUBMITTED)
    assert submitted.count() == 1
    assert submitted.get().after == {**_points(assignment), "total": str(stored.total)}


def test_save_waiting_behind_a_reopen_conflicts(draft):
    """A reopen holding the lock bumps the version: the judge's stale submit is refused."""
    assignment, _sheet = draft
    sheet = score_save(
        assignment=assignment,
        judge=assignment.judge,
        scores=_scores(assignment, ["30", "20", "20"]),
        submit=True,
    )
    secretary = UserFactory(role=Role.SECRETARIAT)
    holding, release = threading.Event(), threading.Event()

    def reopen():
        with transaction.atomic():
            score_reopen(sheet=sheet, actor=secretary, reason="Nhập nhầm.")
            holding.set()
            assert release.wait(timeout=WAIT)

    def resubmit():
        assert holding.wait(timeout=WAIT)
        score_save(
            assignment=assignment,
            judge=assignment.judge,
            scores=_scores(assignment, ["40", "30", "30"]),
            version=sheet.version,
            submit=True,
        )

    outcomes = [None, None]
    threads = [
        threading.Thread(target=lambda: outcomes.__setitem__(0, _outcome(reopen))),
        threading.Thread(target=lambda: outcomes.__setitem__(1, _outcome(resubmit))),
    ]
    for thread in threads:
        thread.start()
    assert holding.wait(timeout=WAIT)
    _wait_for_lock_waiters(1)
    release.set()
    for thread in threads:
        thread.join(timeout=WAIT)

    assert outcomes == ["ok", "conflict"]
    stored = ScoreSheet.objects.get(pk=sheet.pk)
    assert (stored.status, stored.version, str(stored.total)) == (
        SheetStatus.DRAFT,
        sheet.version + 1,
        "70.00",
    )
    assert _points(assignment) == _typed(_last_score_event(assignment))


@pytest.mark.parametrize("attempt", range(5))
def test_reopen_racing_a_stale_save_never_loses_the_reopen(draft, attempt):
    """Whichever runs first, the save fails (locked, or conflict after the reopen)."""
    assignment, _sheet = draft
    sheet = score_save(
        assignment=assignment,
        judge=assignment.judge,
        scores=_scores(assignment, ["30", "20", "20"]),
        submit=True,
    )
    secretary = UserFactory(role=Role.SECRETARIAT)

    outcomes = _in_threads(
        lambda: score_reopen(sheet=sheet, actor=secretary, reason="Kiểm tra lại."),
        lambda: score_save(
            assignment=assignment,
            judge=assignment.judge,
            scores=_scores(assignment, ["1", "1", "1"]),
            version=sheet.version,
        ),
    )

    assert outcomes[0] == "ok"
    assert outcomes[1] in ("locked", "conflict")
    stored = ScoreSheet.objects.get(pk=sheet.pk)
    assert (stored.status, stored.version) == (SheetStatus.DRAFT, sheet.version + 1)
    assert set(_points(assignment).values()) == {"30", "20"}
    reopened = AuditEvent.objects.get(action=AuditAction.SCORE_REOPENED)
    assert reopened.before == {"status": "submitted", "total": "70.00"}
    assert not AuditEvent.objects.filter(
        action=AuditAction.SCORE_SAVED, after__total="3.00"
    ).exists()


def test_two_reopens_at_once_reopen_once(draft):
    assignment, _sheet = draft
    sheet = score_save(
        assignment=assignment,
        judge=assignment.judge,
        scores=_scores(assignment, ["30", "20", "20"]),
        submit=True,
    )
    secretaries = UserFactory.create_batch(2, role=Role.SECRETARIAT)

    outcomes = _in_threads(
        *(
            lambda s=s: score_reopen(sheet=sheet, actor=s, reason="Kiểm tra lại.")
            for s in secretaries
        )
    )

    assert sorted(outcomes) == ["ok", "state"]
    stored = ScoreSheet.objects.get(pk=sheet.pk)
    assert (stored.status, stored.version) == (SheetStatus.DRAFT, sheet.version + 1)
    assert AuditEvent.objects.filter(action=AuditAction.SCORE_REOPENED).count() == 1


def test_first_saves_from_two_devices_create_one_sheet():
    """No sheet yet: two devices saving at once still end with one sheet and one version."""
    assignment = AssignmentFactory()
    values = ["11", "12"]
    outcomes = _in_threads(
        *(
            lambda v=v: score_save(
                assignment=assignment,
                judge=assignment.judge,
                scores=_scores(assignment, [v, v, v]),
                version=1,
            )
            for v in values
        )
    )
    assert sorted(outcomes) == ["conflict", "ok"]
    stored = ScoreSheet.objects.get(assignment=assignment)
    assert stored.version == 2
    assert set(_points(assignment).values()) == {values[outcomes.index("ok")]}
