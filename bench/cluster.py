"""`make cluster`: two app servers and two workers on loopback, sharing PostgreSQL, Redis and
an S3-compatible object store (moto), and what must hold between them.

    python -m bench.cluster [--winners 40] [--keep]

Starts, each with its own VAR_DIR (its own local disk): gunicorn A and B (config/gunicorn.conf.py,
production settings), rq workers 1 and 2; and moto_server, a new PostgreSQL database on
127.0.0.1:5432 and Redis databases 12 (queues) and 13 (cache, sessions) on 127.0.0.1:6379.
Then checks:

* session_shared: signed in on A, the same cookie is signed in on B;
* upload_a_download_b: a file uploaded on A downloads on B, byte for byte;
* kill_worker_resumes: a worker killed (SIGKILL, its whole process group) in the middle of a
  certificate batch; the other worker picks the batch up again and it finishes with every
  certificate stored once;
* certificate_on_both: a certificate the workers rendered downloads on A and on B, matching
  the SHA-256 recorded when it was stored.

Prints one JSON line and exits non-zero if anything did not hold. Everything it started is
stopped and the database dropped, whatever happens (--keep leaves the logs' directory).
"""

import argparse
import contextlib
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PG = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379"


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``, read from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        children = [p for p, parent in parents.items() if parent == current]
        found += children
        frontier += children
    return found


class Client:
    """Just enough of a browser: cookies by hand (the production cookies are Secure)."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        for raw in response.headers.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(raw).items():
                self.cookies[key] = morsel.value
        conn.close()
        return response.status, data, response

    def csrf_headers(self):
        return {"X-CSRFToken": self.cookies.get("csrftoken", "")}

    def login(self, path, email, password):
        _status, page, _ = self.request("GET", path)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        status, _body, _ = self.request(
            "POST",
            path,
            urlencode({"login": email, "password": password, "csrfmiddlewaretoken": token}),
            {"Content-Type": "application/x-www-form-urlencoded", "Referer": path},
        )
        return status

    def multipart_writeup(self, name, content):
        """The body and headers of the upload form posting ``content`` as the write-up."""
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="role"\r\n\r\nwriteup\r\n'
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="file"; filename="{name}"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        return body, {**headers, **self.csrf_headers()}

    def upload(self, path, name, content):
        return self.request("POST", path, *self.multipart_writeup(name, content))[0]


class Cluster:
    def __init__(self, work: Path, winners: int):
        self.work = work
        self.winners = winners
        self.processes: dict[str, subprocess.Popen] = {}
        self.database = f"cuocthi_cluster_{os.getpid()}"
        self.bucket = f"cuocthi-cluster-{os.getpid()}"

    # Services ---------------------------------------------------------------------------

    def start(self, name, command, env):
        log = open(self.work / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # killing its group kills rq's work-horse too
        )

    def kill(self, name, sig=signal.SIGKILL):
        process = self.processes[name]
        if process.poll() is None:
            # rq's work-horse puts itself in a process group of its own: kill it by pid.
            for child in descendants(process.pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, sig)
            os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def env(self, var_dir):
        from tests.s3 import s3_env

        var_dir.mkdir(parents=True, exist_ok=True)
        return {
            **os.environ,
            **s3_env(self.s3_url, self.bucket),
            "DJANGO_SETTINGS_MODULE": "bench.cluster_settings",
            "DJANGO_SECRET_KEY": "cluster-only-" + "k" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": "http://127.0.0.1",
            "DATABASE_URL": f"{PG}/{self.database}",
            "REDIS_URL": f"{REDIS}/13",
            "REDIS_QUEUE_URL": f"{REDIS}/12",
            "TASKS_BACKEND": "rq",
            "EMAIL_HOST": "127.0.0.1",
            "DEFAULT_FROM_EMAIL": "Cluster <no-reply@cluster.example>",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "VAR_DIR": str(var_dir),
            "LOG_LEVEL": "WARNING",
            "GUNICORN_WORKERS": "1",
            "RQ_JOB_MONITORING_INTERVAL": "5",
            "RQ_MAINTENANCE_INTERVAL": "5",
        }

    def up(self):
        import psycopg
        import redis

        from tests.s3 import free_port, s3_client, start_moto

        port = free_port()
        self.moto = start_moto(port, log=open(self.work / "moto.log", "wb"))  # noqa: SIM115
        self.s3_url = f"http://127.0.0.1:{port}"
        self.s3 = s3_client(self.s3_url)
        self.s3.create_bucket(Bucket=self.bucket)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}"')
            conn.execute(f'CREATE DATABASE "{self.database}"')
        self.redis = redis.Redis.from_url(f"{REDIS}/12")
        self.redis.flushdb()
        redis.Redis.from_url(f"{REDIS}/13").flushdb()
        self.db = psycopg.connect(f"{PG}/{self.database}", autocommit=True)

        env = self.env(self.work / "setup")
        manage = [PY, "manage.py"]
        subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
        pdf = self.work / "upload.pdf"
        out = subprocess.run(
            [
                PY,
                "-m",
                "bench.cluster_data",
                "setup",
                "--winners",
                str(self.winners),
                "--pdf",
                str(pdf),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        self.data = json.loads(out.strip().splitlines()[-1])
        self.pdf = pdf.read_bytes()

        self.ports = {"a": free_port(), "b": free_port()}
        for name, port in self.ports.items():
            env = {**self.env(self.work / name), "GUNICORN_BIND": f"127.0.0.1:{port}"}
            self.start(
                name, [PY, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"], env
            )
        for name in ("worker1", "worker2"):
            self.start(
                name,
                [
                    *manage,
                    "rqworker",
                    "--with-scheduler",
                    "--name",
                    f"cluster-{name}",
                    "--worker-class",
                    "config.rq_worker.Worker",
                    "--job-class",
                    "django_tasks_rq.backend.Job",
                    "email",
                    "documents",
                    "default",
                ],
                self.env(self.work / name),
            )
        for port in self.ports.values():
            self.wait_healthy(port)

    def wait_healthy(self, port, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if Client(port).request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"the app server on port {port} did not become healthy")

    def down(self):
        for name in list(self.processes):
            try:
                self.kill(name, signal.SIGTERM)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                self.kill(name)
        if getattr(self, "moto", None):
            self.moto.terminate()
            self.moto.wait(timeout=10)
        if getattr(self, "db", None):
            self.db.close()
        import psycopg
        import redis

        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        for number in (12, 13):
            redis.Redis.from_url(f"{REDIS}/{number}").flushdb()

    # Checks -----------------------------------------------------------------------------

    def one(self, sql, *params):
        return self.db.execute(sql, params).fetchone()

    def check_session(self):
        a = Client(self.ports["a"])
        status = a.login(self.data["login_url"], **self.data["entrant"])
        b = Client(self.ports["b"], a.cookies)
        page = b.request("GET", self.data["private_url"])[0]
        return {"held": status == 302 and page == 200, "login": status, "b": page}, a

    def check_upload(self, a):
        status = a.upload(self.data["upload_url"], "bai-viet.pdf", self.pdf)
        (attachment,) = self.one(
            "SELECT id FROM contest_attachment WHERE entry_id = %s", self.data["entry_id"]
        )
        url = f"/tep/{attachment}/"
        got_a = a.request("GET", url)
        got_b = Client(self.ports["b"], a.cookies).request("GET", url)
        held = status == 302 and got_a[0] == got_b[0] == 200 and got_a[1] == got_b[1] != b""
        return {
            "held": held,
            "upload": status,
            "a": got_a[0],
            "b": got_b[0],
            "bytes": len(got_b[1]),
        }

    def batch(self):
        return self.one(
            "SELECT status, done, total FROM judging_certificatebatch ORDER BY id DESC LIMIT 1"
        )

    def check_kill_resume(self):
        from rq import Worker

        env = self.env(self.work / "setup")
        subprocess.run(
            [
                PY,
                "-m",
                "bench.cluster_data",
                "issue",
                str(self.data["snapshot_id"]),
                str(self.data["organiser"]["id"]),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        killed, done_at_kill = None, None
        deadline = time.monotonic() + 120
        while killed is None and time.monotonic() < deadline:
            batch = self.batch()
            if batch and batch[0] == "running" and 0 < batch[1] < batch[2]:
                for worker in Worker.all(connection=self.redis):
                    if worker.get_current_job_id() and worker.name.startswith("cluster-"):
                        killed = worker.name.removeprefix("cluster-")
                        done_at_kill = batch[1]
                        self.kill(killed)
                        break
            elif batch and batch[0] in ("finished", "failed"):
                break
            time.sleep(0.1)
        kill_time = time.monotonic()
        deadline = kill_time + 240
        while time.monotonic() < deadline:
            batch = self.batch()
            if batch and batch[0] in ("finished", "failed"):
                break
            time.sleep(1)
        status, done, total = self.batch()
        stored, distinct = self.one(
            "SELECT count(*), count(DISTINCT pdf_name) FROM judging_certificate "
            "WHERE edition_id = %s AND pdf_name <> ''",
            self.data["edition_id"],
        )
        held = (
            killed is not None
            and status == "finished"
            and done == total == self.winners
            and stored == distinct == self.winners
        )
        return {
            "held": held,
            "killed": killed,
            "done_at_kill": done_at_kill,
            "status": status,
            "done": done,
            "total": total,
            "stored": stored,
            "resumed_after_s": round(time.monotonic() - kill_time, 1),
        }

    def check_certificate(self):
        pk, sha = self.one(
            "SELECT id, pdf_sha256 FROM judging_certificate WHERE edition_id = %s "
            "AND pdf_name <> '' ORDER BY number LIMIT 1",
            self.data["edition_id"],
        )
        a = Client(self.ports["a"])
        login = a.login(
            self.data["login_url"],
            self.data["organiser"]["email"],
            self.data["organiser"]["password"],
        )
        url = self.data["certificate_url"].format(pk)
        got = {n: Client(p, a.cookies).request("GET", url) for n, p in self.ports.items()}
        digests = {n: hashlib.sha256(r[1]).hexdigest() for n, r in got.items()}
        held = (
            login == 302
            and all(r[0] == 200 for r in got.values())
            and set(digests.values()) == {sha}
        )
        return {"held": held, **{n: r[0] for n, r in got.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--winners", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the logs' directory")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="cuocthi-cluster-"))
    cluster = Cluster(work, args.winners)
    result = {"servers": 2, "workers": 2, "winners": args.winners}
    started = time.monotonic()
    try:
        cluster.up()
        result["startup_s"] = round(time.monotonic() - started, 1)
        result["session_shared"], entrant = cluster.check_session()
        result["upload_a_download_b"] = cluster.check_upload(entrant)
        result["kill_worker_resumes"] = cluster.check_kill_resume()
        result["certificate_on_both"] = cluster.check_certificate()
    except Exception as error:  # still print the line, and say what broke
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        cluster.down()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    checks = [v for v in result.values() if isinstance(v, dict)]
    result["held"] = "error" not in result and len(checks) == 4 and all(c["held"] for c in checks)
    result["seconds"] = round(time.monotonic() - started, 1)
    if args.keep:
        result["logs"] = str(work)
    print(json.dumps(result))
    return 0 if result["held"] else 1


if __name__ == "__main__":
    sys.exit(main())
