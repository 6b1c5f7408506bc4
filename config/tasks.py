"""Retries with backoff for background tasks, and every failure kept where staff can see it.

Django's tasks framework has no retries. A task decorated here takes an ``attempt`` argument:
when it raises, the same task is enqueued again to run after an exponential backoff
(30 s, 60 s, 120 s … by default) until ``attempts`` are spent, and the exception is raised all
the same, so each failed attempt is recorded as failed. Usage, under ``@task``:

    @task(queue_name="email", takes_context=True)
    @retrying(attempts=4)
    def send_something(*, entry_id): ...

Where failures are recorded: the database backend keeps each attempt as a DBTaskResult row.
The rq backend keeps them in Redis only, so they are copied into DBTaskResult too: one list
of failed tasks in both modes. A job whose rq worker died (killed, out of memory) is enqueued
again by ``requeue_abandoned`` — the tasks here are idempotent and resume where they stopped.
"""

import functools
import logging
import traceback
from datetime import timedelta

from django.tasks import task_backends
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_DELAY_SECONDS = 3600
# A task whose worker keeps dying (a PDF that exhausts memory) stops being requeued.
ABANDONED_ATTEMPTS = 5


def backoff_seconds(attempt: int, *, base_delay: int) -> int:
    """The wait before attempt ``attempt + 1``: base_delay doubled after every failure."""
    return min(base_delay * 2 ** (attempt - 1), MAX_DELAY_SECONDS)


def _is_rq(alias: str) -> bool:
    return type(task_backends[alias]).__name__ == "RQBackend"


def _schedule_retry(context, *, attempt, delay, kwargs, args):
    task = context.task_result.task
    backend = task_backends[context.task_result.backend]
    if not backend.supports_defer:  # the immediate backend of the test settings
        logger.warning("%s failed (attempt %s); no retry on this backend", task.name, attempt)
        return
    retry = task.using(run_after=timezone.now() + timedelta(seconds=delay))
    retry.enqueue(*args, attempt=attempt + 1, **kwargs)
    logger.warning("%s failed (attempt %s); retry in %s s", task.name, attempt, delay)


def record_failure(task_result, *, error: BaseException | None, text: str = "") -> None:
    """Copy a failure of an rq job into DBTaskResult, the list the staff pages read."""
    from django_tasks.utils import get_module_path
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    try:
        DBTaskResult.objects.create(
            status="FAILED",
            # rq's job ids are not UUIDs: the row gets its own, and names the job.
            return_value={"rq_job_id": task_result.id},
            started_at=task_result.started_at or now,
            finished_at=now,
            args_kwargs={"args": list(task_result.args), "kwargs": task_result.kwargs},
            priority=task_result.task.priority,
            task_path=task_result.task.module_path,
            worker_ids=list(task_result.worker_ids),
            queue_name=task_result.task.queue_name,
            backend_name=task_result.backend,
            run_after=task_result.task.run_after or get_date_max(),
            exception_class_path=get_module_path(type(error)) if error else "",
            traceback=text or ("".join(traceback.format_exception(error)) if error else ""),
        )
    except Exception:  # the database may be what failed: Redis still has the job
        logger.exception("Could not record the failure of task %s", task_result.id)


def retrying(*, attempts: int = 4, base_delay: int = 30):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(context, *args, attempt: int = 1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as error:
                if _is_rq(context.task_result.backend):
                    record_failure(context.task_result, error=error)
                if attempt < attempts:
                    delay = backoff_seconds(attempt, base_delay=base_delay)
                    _schedule_retry(context, attempt=attempt, delay=delay, kwargs=kwargs, args=args)
                else:
                    logger.error("%s failed for good after %s attempts", func.__name__, attempt)
                raise

        # The tasks framework reads the signature: it must show the context argument.
        del wrapper.__wrapped__
        return wrapper

    return decorate


def requeue_abandoned(sender, task_result, **kwargs):
    """task_finished receiver: an rq job whose worker died is recorded and enqueued again."""
    if task_result.status != "FAILED" or not _is_rq(task_result.backend):
        return
    if not task_result.task.takes_context:  # not a @retrying task: no attempt argument
        return
    import django_rq
    from rq.job import Job

    job = Job.fetch(
        task_result.id, connection=django_rq.get_connection(task_result.task.queue_name)
    )
    if job.meta.get("_django_tasks_rq_exceptions", [])[-1:] != ["rq.exceptions.AbandonedJobError"]:
        return
    record_failure(task_result, error=None, text="The worker running this task stopped.")
    attempt = task_result.kwargs.get("attempt", 1)
    if attempt >= ABANDONED_ATTEMPTS:
        return
    kwargs = {k: v for k, v in task_result.kwargs.items() if k != "attempt"}
    task_result.task.using(run_after=None).enqueue(*task_result.args, attempt=attempt + 1, **kwargs)
    logger.warning("%s: its worker stopped; enqueued again", task_result.task.name)
