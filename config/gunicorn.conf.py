"""gunicorn settings: `gunicorn -c config/gunicorn.conf.py config.wsgi`, tuned by environment.

GUNICORN_BIND     where to listen (127.0.0.1:8000; the TLS proxy talks to it)
GUNICORN_WORKERS  processes (2 x cores + 1); GUNICORN_THREADS threads each (4): downloads of
                  private files stream through Django, a slow client holds only a thread
GUNICORN_TIMEOUT  seconds before a stuck worker is restarted (60)
VAR_DIR           the instance's directory: its control socket lives there, named after the
                  port, so two instances on one host never clash on ~/.gunicorn/gunicorn.ctl
"""

import multiprocessing
import os
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then: WeasyPrint and Pillow leave memory fragmented.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

_var = Path(os.environ.get("VAR_DIR", Path(__file__).resolve().parent.parent / "var"))
_var.mkdir(parents=True, exist_ok=True)
_port = bind.rsplit(":", 1)[-1] if ":" in bind else "unix"
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", str(_var / f"gunicorn-{_port}.ctl"))

# The app logs JSON itself (config.logging); gunicorn's access log is off, its errors go to
# stderr beside them.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
