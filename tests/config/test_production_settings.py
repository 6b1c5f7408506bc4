import os
import subprocess
import sys
from pathlib import Path

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
