"""Set up Django for a benchmark on a throwaway database created for the run.

Benchmarks measure what production runs: config.settings.production (through
bench.cluster_settings, which only swaps the mail server and static files for loopback),
with the environment a deployment gives it: Redis cache and cached sessions, PostgreSQL with
persistent connections, DEBUG off, the real password hasher. Only addresses, secrets and a
temporary media directory are filled in here, where the environment does not set them.
"""

import os
import tempfile
from contextlib import contextmanager

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/cuocthi_bench"
PRODUCTION_SETTINGS = "bench.cluster_settings"


def production_environment(*, media_root: str) -> dict[str, str]:
    """What a deployment sets, for loopback: plain HTTP, local disk, Redis database 11."""
    return {
        "DJANGO_SECRET_KEY": "bench-only-" + "k" * 48,
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "SITE_URL": "http://127.0.0.1",
        "REDIS_URL": "redis://127.0.0.1:6379/11",
        "EMAIL_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "Bench <no-reply@bench.example>",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "MEDIA_ROOT": os.path.join(media_root, "media"),
        "PRIVATE_MEDIA_ROOT": os.path.join(media_root, "private"),
        # Fuzzed files make pypdf warn thousands of times; the figures stay readable.
        "LOG_LEVEL": "ERROR",
    }


def setup(*, database_url: str | None = None, settings: str = PRODUCTION_SETTINGS):
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    os.environ["DATABASE_URL"] = database_url or os.environ.get(
        "DATABASE_URL", DEFAULT_DATABASE_URL
    )
    if settings == PRODUCTION_SETTINGS:
        media_root = tempfile.mkdtemp(prefix="cuocthi-bench-")
        for name, value in production_environment(media_root=media_root).items():
            os.environ.setdefault(name, value)
    import django

    django.setup()
    if settings == PRODUCTION_SETTINGS:
        # Production's process starts through config.wsgi, which also freezes what is loaded.
        import config.wsgi  # noqa: F401


@contextmanager
def throwaway_database():
    """A fresh, migrated test database (test_<name>), dropped afterwards."""
    from django.db import connection

    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        yield name
    finally:
        if connection.vendor == "postgresql":
            # Worker threads may still hold connections; PostgreSQL refuses to drop then.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [connection.settings_dict["NAME"]],
                )
        connection.creation.destroy_test_db(name, verbosity=0)
