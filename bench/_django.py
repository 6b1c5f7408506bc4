"""Set up Django for a benchmark on a throwaway database created for the run."""

import os
from contextlib import contextmanager

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/cuocthi_bench"


def setup(*, database_url: str | None = None, settings: str = "config.settings.test"):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings)
    os.environ["DATABASE_URL"] = database_url or os.environ.get(
        "DATABASE_URL", DEFAULT_DATABASE_URL
    )
    import django

    django.setup()


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
