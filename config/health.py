"""GET /healthz: is this server able to serve? Database, cache, file storage and task queue.

200 with {"status": "ok", ...} or 503 naming what failed (the error's class only: the page
is public, for load balancers and monitoring). Each check is one cheap round trip.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)
PROBE = "healthz-probe"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    cache.set(PROBE, "ok", 30)
    if cache.get(PROBE) != "ok":
        raise RuntimeError("cache lost a value")


def _storage():
    for alias in ("default", "private"):
        storages[alias].exists(PROBE)  # a HEAD on S3, a stat on disk


def _queue():
    backend = settings.TASKS["default"]["BACKEND"]
    if backend == "django_tasks_rq.RQBackend":
        import django_rq

        django_rq.get_connection("default").ping()
    elif backend == "django_tasks_db.DatabaseBackend":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()


CHECKS = {"database": _database, "cache": _cache, "storage": _storage, "queue": _queue}


@never_cache
@require_safe
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            logger.warning("health check %s failed", name, exc_info=True)
            results[name] = f"error: {type(error).__name__}"
        else:
            results[name] = "ok"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results},
        status=200 if healthy else 503,
    )
