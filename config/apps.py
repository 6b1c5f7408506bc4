import contextlib

from django.apps import AppConfig


class ConfigConfig(AppConfig):
    """Wiring shared by every app: task retries and failures, and operations commands."""

    name = "config"
    label = "config"

    def ready(self):
        from django.tasks.signals import task_finished

        from config.tasks import requeue_abandoned

        task_finished.connect(requeue_abandoned, dispatch_uid="config.requeue_abandoned")
        # django-tasks-rq sends the signals of the django-tasks backport, not Django's.
        with contextlib.suppress(ImportError):
            from django_tasks.signals import task_finished as rq_task_finished

            rq_task_finished.connect(requeue_abandoned, dispatch_uid="config.requeue_abandoned")
