"""The background work of an edition: its tasks by status, with retry, and its batches."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from contest.models import Edition
from judging import task_selectors as selectors
from judging.forms import ConfirmForm
from judging.services.tasks import task_retry
from judging.views.staff import _require


def edition_tasks(request, edition_id):
    _require(request, "judging.view_tasks")
    edition = get_object_or_404(Edition, pk=edition_id)
    status = request.GET.get("trang-thai", "")
    if status not in selectors.STATUS_LABELS:
        status = ""
    rows = selectors.edition_tasks(edition_id=edition.pk)
    counts = selectors.status_counts(rows)
    return render(
        request,
        "judging/tasks.html",
        {
            "edition": edition,
            "rows": [r for r in rows if not status or r.result.status == status],
            "statuses": [
                (value, label, counts.get(value, 0))
                for value, label in selectors.STATUS_LABELS.items()
            ],
            "status": status,
            "progress": selectors.batch_progress(edition_id=edition.pk),
            "can_retry": request.user.has_perm("judging.retry_tasks"),
            "limit": selectors.LIMIT,
        },
    )


def task_retry_view(request, task_id):
    """GET: the failed task, its error and what rerunning does; POST (ticked): rerun it."""
    _require(request, "judging.retry_tasks")
    row = selectors.task_for_retry(task_id=task_id)
    edition_id = selectors.task_edition_id(row) if row else None
    if row is None or edition_id is None:
        raise Http404
    confirm = ConfirmForm(
        request.POST if request.method == "POST" else None,
        label=_("I have checked what this task does and that it should run again."),
    )
    if request.method == "POST" and confirm.is_valid():
        try:
            task_retry(task_id=row.result.pk, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The task is queued again."))
        return redirect("judging:tasks", edition_id=edition_id)
    return render(
        request,
        "judging/task_retry.html",
        {"row": row, "edition_id": edition_id, "confirm": confirm},
    )
