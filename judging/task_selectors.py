"""Background tasks of an edition, and the progress of its batches, for the tasks page.

Tasks (``django_tasks_db``'s ``DBTaskResult`` rows) take ids, never editions, so an edition's
tasks are found through a fixed table of the project's tasks (``KNOWN``): for each, the
keyword argument that names its object and a query giving that object's edition. The page
collects, per kind, the ids of the edition's objects (one query each), then the tasks whose
argument is one of them (one query): a constant number of queries however many tasks.
A task not in the table (Wagtail's reference index, say) belongs to no edition and is not
listed; a task added to the project is listed once it is added to the table (a test checks
that every task the project defines is in it).
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Q
from django.tasks import TaskResultStatus
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from contest.models import Author, Entry, EntryEvent
from judging.enums import AuditAction, CertificateStatus
from judging.models import AuditEvent, Certificate, CertificateBatch, ResultSnapshot

# How many of an edition's tasks the page shows, newest first.
LIMIT = 200

# The worker's statuses in the organisers' words, in the order a task goes through them.
STATUS_LABELS = {
    TaskResultStatus.READY: _("Queued"),
    TaskResultStatus.RUNNING: _("Running"),
    TaskResultStatus.FAILED: _("Failed"),
    TaskResultStatus.SUCCESSFUL: _("Finished"),
}


@dataclass(frozen=True)
class Kind:
    label: object  # what the task does, for the organiser
    argument: str  # the keyword argument that names its object
    model: type  # that object's model
    edition_field: str  # the lookup from that object to its edition's id
    sends_email: bool
    subject: object  # the object, named for the organiser, with %(id)s

    def ids_of_edition(self, edition_id: int):
        return self.model.objects.filter(**{self.edition_field: edition_id}).values_list(
            "pk", flat=True
        )

    def edition_of(self, object_id) -> int | None:
        return (
            self.model.objects.filter(pk=object_id)
            .values_list(self.edition_field, flat=True)
            .first()
        )


KNOWN: dict[str, Kind] = {
    "judging.tasks.render_certificates": Kind(
        _("Render certificate PDFs"),
        "batch_id",
        CertificateBatch,
        "edition_id",
        False,
        _("certificate rendering #%(id)s"),
    ),
    "judging.tasks.send_result_emails": Kind(
        _("Email entrants their outcome"),
        "snapshot_id",
        ResultSnapshot,
        "edition_id",
        True,
        _("frozen result #%(id)s"),
    ),
    "judging.tasks.send_certificate_notices": Kind(
        _("Tell winners their certificates are ready"),
        "batch_id",
        CertificateBatch,
        "edition_id",
        True,
        _("certificate rendering #%(id)s"),
    ),
    "contest.tasks.send_receipt_email": Kind(
        _("Send the receipt of an entry"),
        "entry_id",
        Entry,
        "edition_id",
        True,
        _("entry #%(id)s"),
    ),
    "contest.tasks.send_decision_email": Kind(
        _("Email a screening decision"),
        "event_id",
        EntryEvent,
        "entry__edition_id",
        True,
        _("screening decision #%(id)s"),
    ),
    "contest.tasks.send_coauthor_invitation_email": Kind(
        _("Invite a co-author"),
        "author_id",
        Author,
        "entry__edition_id",
        True,
        _("co-author #%(id)s"),
    ),
}
# Tasks about an account, not an edition (a sign-in warning to its owner): no edition's
# task page lists them; the worker's own records keep them.
ACCOUNT_TASKS = frozenset({"contest.tasks.send_login_throttled_email"})


@dataclass(frozen=True, kw_only=True)
class TaskRow:
    result: DBTaskResult
    kind: Kind | None

    @property
    def label(self):
        return self.kind.label if self.kind else self.result.task_path

    @property
    def arguments(self) -> str:
        """The object the task works on, in words ("frozen result #3")."""
        kwargs = self.result.args_kwargs.get("kwargs", {})
        if self.kind is None or self.kind.argument not in kwargs:
            return ", ".join(f"{k} {v}" for k, v in sorted(kwargs.items()))
        return self.kind.subject % {"id": kwargs[self.kind.argument]}

    @property
    def error(self) -> str:
        return error_summary(self.result)

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.result.status, self.result.status)

    @property
    def is_failed(self) -> bool:
        return self.result.status == TaskResultStatus.FAILED


def error_summary(result: DBTaskResult) -> str:
    """The exception's own line ("ValueError: …") and where in our code it was raised.

    A traceback reads bottom-up; its last line says what went wrong and its last frame in
    the project's code says where: both fit on a line, the full text stays one click away.
    """
    lines = [line for line in (result.traceback or "").strip().splitlines() if line.strip()]
    if not lines:
        return result.exception_class_path.rsplit(".", 1)[-1]
    what = lines[-1].strip()
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\S+)', result.traceback)
    ours = [f for f in frames if "site-packages" not in f[0] and "/lib/python" not in f[0]]
    if ours:
        path, line, function = ours[-1]
        short = "/".join(path.split("/")[-2:])
        return f"{what} ({short}:{line}, {function})"
    return what


def _edition_filter(edition_id: int) -> Q:
    ids: dict[tuple[type, str], list[int]] = {}  # one query per model, not per task
    wanted = Q(pk__in=[])
    for path, kind in KNOWN.items():
        key = (kind.model, kind.edition_field)
        if key not in ids:
            ids[key] = list(kind.ids_of_edition(edition_id))
        if ids[key]:
            wanted |= Q(task_path=path, **{f"args_kwargs__kwargs__{kind.argument}__in": ids[key]})
    return wanted


def edition_tasks(*, edition_id: int, status: str = "") -> list[TaskRow]:
    """The edition's tasks, newest first (at most LIMIT), optionally of one status."""
    tasks = DBTaskResult.objects.filter(_edition_filter(edition_id))
    if status:
        tasks = tasks.filter(status=status)
    return [
        TaskRow(result=result, kind=KNOWN.get(result.task_path))
        for result in tasks.defer("return_value").order_by("-enqueued_at")[:LIMIT]
    ]


def status_counts(rows: list[TaskRow]) -> Counter:
    return Counter(row.result.status for row in rows)


def task_for_retry(*, task_id) -> TaskRow | None:
    result = DBTaskResult.objects.filter(pk=task_id).first()
    if result is None:
        return None
    return TaskRow(result=result, kind=KNOWN.get(result.task_path))


def task_edition_id(row: TaskRow) -> int | None:
    """The edition a task works for, or None (one query)."""
    if row.kind is None:
        return None
    return row.kind.edition_of(row.result.args_kwargs.get("kwargs", {}).get(row.kind.argument))


# Batch progress ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Progress:
    label: object
    done: int
    total: int
    failed: int = 0
    status: str = ""

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


def batch_progress(*, edition_id: int) -> list[Progress]:
    """Every batch of the edition with how far it got: renderings, outcome emails (per
    published or once-published version), and the "certificates ready" emails."""
    rows = [
        Progress(
            label=_("Certificate rendering #%(id)s") % {"id": batch.pk},
            done=batch.done,
            total=batch.total,
            failed=batch.failed,
            status=batch.get_status_display(),
        )
        for batch in CertificateBatch.objects.filter(edition_id=edition_id).order_by("-pk")
    ]
    rows += outcome_progress(edition_id=edition_id)
    ready = Certificate.objects.filter(
        edition_id=edition_id, status=CertificateStatus.VALID
    ).exclude(pdf_name="")
    rendered = ready.aggregate(
        entries=Count("entry", distinct=True),
        notified=Count("entry", filter=Q(notified_at__isnull=False), distinct=True),
    )
    if rendered["entries"]:
        rows.append(
            Progress(
                label=_("Certificate emails (one per winning entry)"),
                done=rendered["notified"],
                total=rendered["entries"],
            )
        )
    return rows


def outcome_progress(*, edition_id: int) -> list[Progress]:
    """How many entrants were emailed their outcome, per published or once-published version."""
    from judging.services.publication import entrant_outcomes

    told = _told_snapshots(edition_id=edition_id)
    announced = list(
        ResultSnapshot.objects.filter(edition_id=edition_id)
        .filter(Q(published_at__isnull=False) | Q(pk__in=list(told)))
        .order_by("-version")
    )
    if not announced:
        return []
    reachable = sum(1 for o in entrant_outcomes(snapshot=announced[0]) if o.recipients)
    return [
        Progress(
            label=_("Outcome emails, version %(version)s") % {"version": snapshot.version},
            done=told.get(snapshot.pk, 0),
            total=reachable,
        )
        for snapshot in announced
    ]


def _told_snapshots(*, edition_id: int) -> dict[int, int]:
    counts = (
        AuditEvent.objects.filter(action=AuditAction.RESULT_NOTIFIED, entry__edition_id=edition_id)
        .values_list("after__snapshot")
        .annotate(n=Count("pk"))
    )
    return {int(snapshot): n for snapshot, n in counts if snapshot is not None}
