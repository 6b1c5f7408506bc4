"""Jobs through real workers: rq on Redis (database 14 of 127.0.0.1:6379) and the database
worker; retries with backoff, and every failure recorded as a DBTaskResult in both modes."""

import django_tasks_rq.backend  # noqa: F401 - its task handler, reset by settings
import pytest
import redis
from django.core.management import call_command
from django.tasks import task_backends
from django_tasks_db.models import DBTaskResult

from config.tasks import backoff_seconds
from contest.tasks import send_decision_email
from judging.models import Certificate
from judging.services.certificates import certificates_issue

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/14"
QUEUES = ["default", "documents", "email"]


@pytest.fixture
def rq_mode(settings):
    connection = redis.Redis.from_url(REDIS_URL)
    connection.flushdb()
    settings.RQ_QUEUES = {q: {"URL": REDIS_URL} for q in QUEUES}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": QUEUES}}
    yield connection
    connection.flushdb()


@pytest.fixture
def db_mode(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": QUEUES}}


def _rq_work(connection):
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    # In this process, so the worker sees the test's database transaction.
    queues = [django_rq.get_queue(q, job_class=Job) for q in QUEUES]
    SimpleWorker(queues, connection=connection, job_class=Job).work(burst=True)


def test_rq_worker_renders_a_certificate_batch(rq_mode, contest, organiser, renderer, committed):
    _edition, snapshot, *_ = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    assert Certificate.objects.exclude(pdf_name="").count() == 0
    _rq_work(rq_mode)
    assert Certificate.objects.filter(pdf_name="").count() == 0
    assert Certificate.objects.count() == len(renderer.calls) > 0


def test_rq_failure_is_recorded_and_retried_with_backoff(rq_mode):
    import django_rq
    from rq.registry import ScheduledJobRegistry

    result = send_decision_email.enqueue(event_id=999_999)
    _rq_work(rq_mode)
    failed = DBTaskResult.objects.get(return_value={"rq_job_id": result.id})
    assert failed.status == "FAILED"
    assert failed.task_path == "contest.tasks.send_decision_email"
    assert failed.exception_class_path.endswith("EntryEvent.DoesNotExist")
    scheduled = ScheduledJobRegistry(queue=django_rq.get_queue("email")).get_job_ids()
    assert len(scheduled) == 1
    retry = task_backends["default"].get_result(scheduled[0])
    assert retry.kwargs == {"event_id": 999_999, "attempt": 2}


# The database worker closes its connections between tasks, as it should in production.
@pytest.mark.django_db(transaction=True)
def test_db_worker_failure_is_recorded_and_retried_with_backoff(db_mode):
    result = send_decision_email.enqueue(event_id=999_999)
    call_command("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", verbosity=0)
    failed = DBTaskResult.objects.get(id=result.id)
    assert failed.status == "FAILED"
    retry = DBTaskResult.objects.exclude(id=result.id).get()
    assert retry.status == "READY"
    assert retry.args_kwargs["kwargs"] == {"event_id": 999_999, "attempt": 2}
    delay = (retry.run_after - failed.finished_at).total_seconds()
    assert 29 < delay <= 30


def test_backoff_doubles_and_is_capped():
    assert [backoff_seconds(a, base_delay=30) for a in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff_seconds(20, base_delay=30) == 3600


def _die_while_running(connection, result_id):
    """What rq finds after a worker was killed mid-job: the job started, its heartbeat gone."""
    import django_rq
    from django_tasks_rq.backend import Job
    from rq.executions import Execution
    from rq.job import JobStatus

    queue = django_rq.get_queue("email", job_class=Job)
    job = queue.fetch_job(result_id)
    queue.remove(job)
    with connection.pipeline() as pipeline:
        Execution.create(job, ttl=1, pipeline=pipeline, worker_name="killed")
        job.set_status(JobStatus.STARTED, pipeline=pipeline)
        pipeline.execute()
    return queue


def test_rq_job_of_a_dead_worker_is_recorded_and_enqueued_again(rq_mode):
    import time

    from rq.registry import clean_registries

    result = send_decision_email.enqueue(event_id=999_999)
    queue = _die_while_running(rq_mode, result.id)
    time.sleep(1.1)  # the killed worker's heartbeat (1 s) lapses
    clean_registries(queue)  # what a live worker's maintenance runs
    failed = DBTaskResult.objects.get(return_value={"rq_job_id": result.id})
    assert failed.traceback == "The worker running this task stopped."
    [again] = queue.get_job_ids()
    assert task_backends["default"].get_result(again).kwargs == {"event_id": 999_999, "attempt": 2}


def test_rq_idle_worker_wakes_for_maintenance_at_its_interval(rq_mode):
    from rq import Worker as RqWorker

    from config.rq_worker import Worker

    # rq's own worker waits worker_ttl - 15 s before it looks for dead workers' jobs.
    assert RqWorker(["email"], connection=rq_mode).dequeue_timeout == 405
    assert Worker(["email"], connection=rq_mode, maintenance_interval=60).dequeue_timeout == 60
