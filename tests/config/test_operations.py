"""Operations: health endpoint, request ids in JSON logs, client addresses behind proxies."""

import json
import logging
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.urls import reverse

from config.logging import JsonFormatter, RequestIdFilter, request_id_var
from config.sentry import init_sentry

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_healthz_reports_every_check_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "queue": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_naming_the_broken_part(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["checks"]["cache"].startswith("error: ")
    assert response.json()["checks"]["database"] == "ok"


def test_request_id_is_returned_and_a_sane_incoming_one_kept(client):
    response = client.get("/healthz", headers={"X-Request-ID": "proxy-abc-12345"})
    assert response["X-Request-ID"] == "proxy-abc-12345"
    generated = client.get("/healthz", headers={"X-Request-ID": "bad id\n"})["X-Request-ID"]
    assert len(generated) == 32
    assert generated != "bad id\n"


def test_json_log_line_has_time_level_and_request_id():
    token = request_id_var.set("req-0001-abcd")
    try:
        record = logging.makeLogRecord(
            {"name": "contest", "levelname": "ERROR", "levelno": 40, "msg": "x %s", "args": (1,)}
        )
        record.entry_id = 7
        RequestIdFilter().filter(record)
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line["level"] == "ERROR"
    assert line["message"] == "x 1"
    assert line["request_id"] == "req-0001-abcd"
    assert line["entry_id"] == 7
    assert line["time"].endswith("+00:00")


def test_weasyprint_progress_is_quiet_in_production_logging():
    from config.logging import logging_config

    assert logging_config()["loggers"]["weasyprint"] == {"level": "WARNING"}


def _check(client, ip):
    return client.get(
        reverse("cms:certificate_check", args=["0" * 32]), headers={"X-Forwarded-For": ip}
    )


def test_certificate_check_rate_limit_is_per_client_behind_a_proxy(client, settings, monkeypatch):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    cache.clear()
    from cms import verification
    from cms.verification import RATE_LIMIT

    # One fixed window: on a slow machine the requests could straddle two.
    monkeypatch.setattr(verification, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))

    for _ in range(RATE_LIMIT):
        assert _check(client, "203.0.113.7").status_code == 404
    assert _check(client, "203.0.113.7").status_code == 429
    assert _check(client, "203.0.113.8").status_code == 404


def test_sentry_is_not_imported_without_a_dsn():
    assert init_sentry(lambda name, default=None: default) is False


def test_gunicorn_control_socket_is_per_instance(monkeypatch, tmp_path):
    monkeypatch.setenv("VAR_DIR", str(tmp_path))
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8101")
    first = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8102")
    second = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    assert first["control_socket"] == str(tmp_path / "gunicorn-8101.ctl")
    assert second["control_socket"] == str(tmp_path / "gunicorn-8102.ctl")
