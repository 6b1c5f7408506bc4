import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REALISTIC_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "V9q#2mZ!x7@pL0s^eR4tY8uI1oP6aS3dF5gH",
    "ALLOWED_HOSTS": "cuocthi.hanoi.gov.vn",
    "DATABASE_URL": "postgres://cuocthi@127.0.0.1:5432/cuocthi",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
    "EMAIL_HOST": "smtp.hanoi.gov.vn",
    "DEFAULT_FROM_EMAIL": "Ban To chuc <no-reply@cuocthi.hanoi.gov.vn>",
    "SITE_URL": "https://cuocthi.hanoi.gov.vn",
}


# Variables a test run may set that a production server never has.
TEST_ONLY_ENV = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}


def _manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in REALISTIC_ENV.keys() | TEST_ONLY_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in REALISTIC_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable." in result.stderr


def test_production_check_deploy_reports_no_issues():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=REALISTIC_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("tasks_backend", ["db", "rq"])
def test_production_check_deploy_and_migrate_clean_in_both_task_modes(tasks_backend, tmp_path):
    env = {
        **REALISTIC_ENV,
        "TASKS_BACKEND": tasks_backend,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    result = _manage("migrate", "--plan", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Planned operations:\n")


def test_production_rq_mode_has_the_worker_command():
    env = {**REALISTIC_ENV, "TASKS_BACKEND": "rq"}
    result = _manage("help", "rqworker", env=env)
    assert result.returncode == 0, result.stderr
    assert "--with-scheduler" in result.stdout


def test_production_refuses_an_unknown_storage():
    result = _manage("check", env={**REALISTIC_ENV, "STORAGE": "nfs"})
    assert result.returncode != 0
    assert "STORAGE must be local or s3." in result.stderr
