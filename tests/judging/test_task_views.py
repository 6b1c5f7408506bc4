"""The background work page: an edition's tasks and batches, errors, and a failed task rerun.

The test settings run tasks at once (no DBTaskResult rows), so rows are created here as the
``django_tasks_db`` worker leaves them, and retries run against that backend.
"""

import inspect

import pytest
from django.contrib.messages import get_messages
from django.tasks import Task, TaskResultStatus
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

import contest.tasks
import judging.tasks
from contest.enums import EntryEventKind, Role
from contest.models import EntryEvent
from judging.enums import AuditAction, BatchStatus
from judging.models import AuditEvent, CertificateBatch
from judging.task_selectors import ACCOUNT_TASKS, KNOWN, error_summary
from tests.factories import (
    EditionFactory,
    EligibleEntryFactory,
    JudgeFactory,
    UserFactory,
    result_snapshot,
)
from tests.i18n import vi

pytestmark = pytest.mark.django_db

DB_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "documents", "email"],
    }
}
TICKED = {"step": "confirm", "confirm": "on"}
TRACEBACK = """Traceback (most recent call last):
  File "/srv/.venv/lib/python3.12/site-packages/django_tasks_db/backend.py", line 80, in run
    return self.func(*args, **kwargs)
  File "/srv/app/judging/tasks.py", line 17, in send_result_emails
    entrants_notify(snapshot_id=snapshot_id)
  File "/srv/app/judging/services/publication.py", line 112, in entrants_notify
    connection.send_messages([_outcome_message(snapshot=snapshot, outcome=outcome)])
  File "/usr/lib/python3.12/smtplib.py", line 405, in getreply
    raise SMTPServerDisconnected("Connection unexpectedly closed")
smtplib.SMTPServerDisconnected: Connection unexpectedly closed
"""


def _task(path, status=TaskResultStatus.FAILED, **kwargs):
    failed = status == TaskResultStatus.FAILED
    return DBTaskResult.objects.create(
        task_path=path,
        args_kwargs={"args": [], "kwargs": kwargs},
        status=status,
        queue_name="email",
        backend_name="default",
        run_after=get_date_max(),
        started_at=timezone.now() if status != TaskResultStatus.READY else None,
        finished_at=timezone.now() if failed or status == TaskResultStatus.SUCCESSFUL else None,
        exception_class_path="smtplib.SMTPServerDisconnected" if failed else "",
        traceback=TRACEBACK if failed else "",
    )


@pytest.fixture
def organiser():
    return UserFactory(role=Role.ORGANISER)


@pytest.fixture
def edition_work(organiser):
    """An edition with a published result, a certificate batch, an entry and its event."""
    edition = EditionFactory()
    entry = EligibleEntryFactory(edition=edition)
    snapshot = result_snapshot(edition=edition, winners=[(entry, "Giải Nhất")], actor=organiser)
    batch = CertificateBatch.objects.create(
        edition=edition,
        snapshot=snapshot,
        total=4,
        done=3,
        failed=1,
        status=BatchStatus.FAILED,
        created_by=organiser,
    )
    event = EntryEvent.objects.create(entry=entry, kind=EntryEventKind.MARKED_ELIGIBLE)
    return edition, entry, snapshot, batch, event


@pytest.mark.parametrize(
    ("role", "page", "retry"),
    [
        ("anonymous", 404, 404),
        ("entrant", 403, 403),
        ("judge", 403, 403),
        ("secretariat", 200, 403),
        ("organiser", 200, 200),
    ],
)
def test_tasks_pages_status_by_role(client, edition_work, role, page, retry):
    edition, _entry, snapshot, *_ = edition_work
    failed = _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk)
    user = {
        "anonymous": None,
        "entrant": lambda: UserFactory(role=Role.ENTRANT),
        "judge": JudgeFactory,
        "secretariat": lambda: UserFactory(role=Role.SECRETARIAT),
        "organiser": lambda: UserFactory(role=Role.ORGANISER),
    }[role]
    if user:
        client.force_login(user())
    assert client.get(reverse("judging:tasks", args=[edition.pk])).status_code == page
    assert client.get(reverse("judging:task_retry", args=[failed.pk])).status_code == retry


def test_tasks_page_lists_only_the_editions_tasks_by_status(client, edition_work, organiser):
    edition, entry, snapshot, batch, event = edition_work
    other = EligibleEntryFactory(edition=EditionFactory())
    mine = [
        _task("judging.tasks.render_certificates", TaskResultStatus.SUCCESSFUL, batch_id=batch.pk),
        _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk),
        _task("judging.tasks.send_certificate_notices", TaskResultStatus.READY, batch_id=batch.pk),
        _task("contest.tasks.send_receipt_email", TaskResultStatus.RUNNING, entry_id=entry.pk),
        _task("contest.tasks.send_decision_email", TaskResultStatus.SUCCESSFUL, event_id=event.pk),
    ]
    _task("contest.tasks.send_receipt_email", entry_id=other.pk)
    _task("wagtail.tasks.update_reference_index_task", TaskResultStatus.SUCCESSFUL)
    client.force_login(organiser)
    url = reverse("judging:tasks", args=[edition.pk])

    response = client.get(url)
    failed_only = client.get(url, {"trang-thai": "FAILED"})

    assert {row.result.pk for row in response.context["rows"]} == {t.pk for t in mine}
    assert [(value, count) for value, _label, count in response.context["statuses"]] == [
        ("READY", 1),
        ("RUNNING", 1),
        ("FAILED", 1),
        ("SUCCESSFUL", 2),
    ]
    assert [row.result.pk for row in failed_only.context["rows"]] == [mine[1].pk]
    html = failed_only.content.decode()
    assert vi("Email entrants their outcome") in html
    assert vi("frozen result #%(id)s") % {"id": snapshot.pk} in html
    assert reverse("judging:task_retry", args=[mine[1].pk]) in html


def test_task_error_summary_names_the_error_and_our_line():
    failed = DBTaskResult(traceback=TRACEBACK, exception_class_path="smtplib.X")

    assert error_summary(failed) == (
        "smtplib.SMTPServerDisconnected: Connection unexpectedly closed "
        "(services/publication.py:112, entrants_notify)"
    )


def test_tasks_page_shows_progress_of_every_batch(client, edition_work, organiser):
    edition, entry, snapshot, *_ = edition_work
    AuditEvent.objects.create(
        action=AuditAction.RESULT_NOTIFIED, entry=entry, after={"snapshot": snapshot.pk}
    )
    client.force_login(organiser)

    response = client.get(reverse("judging:tasks", args=[edition.pk]))

    html = response.content.decode()
    rows = [(str(p.label), p.done, p.total, p.failed) for p in response.context["progress"]]
    assert rows == [
        (vi("Certificate rendering #%(id)s") % {"id": edition_work[3].pk}, 3, 4, 1),
        (vi("Outcome emails, version %(version)s") % {"version": snapshot.version}, 1, 1, 0),
    ]
    assert '<progress max="4" value="3">' in html
    assert '<progress max="1" value="1">' in html


@override_settings(TASKS=DB_TASKS)
def test_task_retry_enqueues_same_task_and_is_audited(client, edition_work, organiser):
    _edition, _entry, snapshot, *_ = edition_work
    failed = _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk)
    client.force_login(organiser)

    response = client.post(reverse("judging:task_retry", args=[failed.pk]), TICKED)

    assert response.status_code == 302
    again = DBTaskResult.objects.exclude(pk=failed.pk).get()
    assert (again.task_path, again.args_kwargs, again.status, again.queue_name) == (
        "judging.tasks.send_result_emails",
        {"args": [], "kwargs": {"snapshot_id": snapshot.pk}},
        TaskResultStatus.READY,
        "email",
    )
    event = AuditEvent.objects.get(action=AuditAction.TASK_RETRIED)
    assert (event.actor, event.before["task"], event.after["task"]) == (
        organiser,
        str(failed.pk),
        str(again.pk),
    )
    failed.refresh_from_db()
    assert failed.status == TaskResultStatus.FAILED


@override_settings(TASKS=DB_TASKS)
def test_task_retry_without_tick_or_twice_enqueues_nothing_more(client, edition_work, organiser):
    _edition, _entry, snapshot, *_ = edition_work
    failed = _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk)
    client.force_login(organiser)
    url = reverse("judging:task_retry", args=[failed.pk])

    unticked = client.post(url, {"step": "confirm"})
    client.post(url, TICKED)
    twice = client.post(url, TICKED)

    assert unticked.status_code == 200
    assert DBTaskResult.objects.count() == 2
    assert [str(m) for m in get_messages(twice.wsgi_request)][-1] == vi(
        "This task is queued again already."
    )
    assert AuditEvent.objects.filter(action=AuditAction.TASK_RETRIED).count() == 1


@override_settings(TASKS=DB_TASKS)
def test_task_retry_of_a_finished_task_is_refused(client, edition_work, organiser):
    _edition, entry, *_ = edition_work
    done = _task("contest.tasks.send_receipt_email", TaskResultStatus.SUCCESSFUL, entry_id=entry.pk)
    client.force_login(organiser)

    response = client.post(reverse("judging:task_retry", args=[done.pk]), TICKED)

    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        vi("Only a task that failed can be run again.")
    ]
    assert DBTaskResult.objects.count() == 1


def test_task_retry_of_a_task_of_no_edition_is_not_found(client, organiser):
    other = _task("wagtail.tasks.update_reference_index_task")
    client.force_login(organiser)

    assert client.get(reverse("judging:task_retry", args=[other.pk])).status_code == 404


def test_every_project_task_is_mapped_to_an_edition():
    defined = {
        f"{module.__name__}.{name}"
        for module in (judging.tasks, contest.tasks)
        for name, value in inspect.getmembers(module)
        if isinstance(value, Task)
    }
    assert defined == set(KNOWN) | ACCOUNT_TASKS


@pytest.mark.parametrize("size", [2, 8])
def test_tasks_page_query_count_is_constant(
    client, edition_work, organiser, django_assert_num_queries, size
):
    edition, entry, snapshot, batch, _event = edition_work
    for _ in range(size):
        _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk)
        _task("contest.tasks.send_receipt_email", TaskResultStatus.SUCCESSFUL, entry_id=entry.pk)
        _task("judging.tasks.render_certificates", TaskResultStatus.RUNNING, batch_id=batch.pk)
    client.force_login(organiser)
    url = reverse("judging:tasks", args=[edition.pk])
    client.get(url)

    # session, user, groups, edition; ids of batches, snapshots, entries, events, co-author
    # invitations; the tasks;
    # batches, notified counts, snapshots, outcomes (entries, authors), certificates;
    # the header's site and site settings, and the back office's permissions (2)
    with django_assert_num_queries(18):
        response = client.get(url)

    assert len(response.context["rows"]) == 3 * size


def test_tasks_pages_have_no_inline_scripts_or_styles(client, edition_work, organiser):
    edition, _entry, snapshot, *_ = edition_work
    failed = _task("judging.tasks.send_result_emails", snapshot_id=snapshot.pk)
    client.force_login(organiser)

    bodies = [
        client.get(reverse("judging:tasks", args=[edition.pk])).content.decode(),
        client.get(reverse("judging:task_retry", args=[failed.pk])).content.decode(),
    ]

    for body in bodies:
        assert ("<style" in body, " style=" in body) == (False, False)
        assert [c for c in body.split("<script")[1:] if not c.lstrip().startswith("src=")] == []
        assert "SMTPServerDisconnected: Connection unexpectedly closed" in body
