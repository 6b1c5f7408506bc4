"""The rq worker of `make worker`: rq's, with how soon a dead worker's job is noticed tunable.

rq notices a job whose worker died when the job's heartbeat lapses (RQ_JOB_MONITORING_INTERVAL
+ 60 s) and a live worker next cleans its registries (RQ_MAINTENANCE_INTERVAL, rq's default
10 minutes; 60 s here). config.tasks.requeue_abandoned then enqueues the job again.

An idle rq worker runs its maintenance only between two waits on the queue, and rq makes each
wait worker_ttl - 15 s (405 s): the one worker left after the other died would sit on the dead
worker's job for minutes. Here an idle worker wakes at every maintenance interval.

    manage.py rqworker --with-scheduler --worker-class config.rq_worker.Worker \
        --job-class django_tasks_rq.backend.Job \
        email documents default
"""

import os

from django_tasks_rq.backend import Job
from rq.worker import Worker as RqWorker


class Worker(RqWorker):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "maintenance_interval", int(os.environ.get("RQ_MAINTENANCE_INTERVAL", "60"))
        )
        kwargs.setdefault(
            "job_monitoring_interval", int(os.environ.get("RQ_JOB_MONITORING_INTERVAL", "30"))
        )
        # django-tasks-rq's jobs call Task objects; rq's own Job class cannot.
        if not kwargs.get("job_class"):
            kwargs["job_class"] = Job
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        return max(1, min(super().dequeue_timeout, int(self.maintenance_interval)))
