"""Running a failed background task again, with the same arguments, on the record."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from judging.enums import AuditAction
from judging.services.audit import audit
from judging.task_selectors import KNOWN


@transaction.atomic
def task_retry(*, task_id, actor):
    """Enqueue the task of a failed ``DBTaskResult`` again; returns the new task result.

    Only the project's own tasks (``judging.task_selectors.KNOWN``) are retried: each is
    safe to rerun (emails already sent are skipped, stored PDFs kept). A task already
    queued again, and not finished, is not queued a third time.
    """
    failed = DBTaskResult.objects.select_for_update().filter(pk=task_id).first()
    if failed is None or failed.task_path not in KNOWN:
        raise ValidationError(
            _("This task is not one of the contest's: it cannot be run again from here."),
            code="unknown",
        )
    if failed.status != TaskResultStatus.FAILED:
        raise ValidationError(_("Only a task that failed can be run again."), code="not_failed")
    pending = DBTaskResult.objects.filter(
        task_path=failed.task_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    ).only("args_kwargs")
    if any(other.args_kwargs == failed.args_kwargs for other in pending):
        raise ValidationError(_("This task is queued again already."), code="pending")
    task = import_string(failed.task_path).using(
        queue_name=failed.queue_name, priority=failed.priority
    )
    arguments = failed.args_kwargs
    again = task.enqueue(*arguments.get("args", []), **arguments.get("kwargs", {}))
    audit(
        action=AuditAction.TASK_RETRIED,
        actor=actor,
        before={
            "task": str(failed.pk),
            "path": failed.task_path,
            "error": failed.exception_class_path,
        },
        after={"task": str(again.id), "kwargs": arguments.get("kwargs", {})},
    )
    return again
