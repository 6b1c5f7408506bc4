"""The deadline rush on the cluster of `make cluster`: entrants, judges and readers at once.

    python -m bench.load [--entrants 300] [--judges 50] [--readers 200] [--concurrency 48]

Starts the cluster of bench.cluster (two gunicorn servers with production settings and the
production gunicorn config, two rq workers, PostgreSQL, Redis, moto), then, spread over both
servers by a pool of ``--concurrency`` clients:

* each entrant autosaves its draft three times, uploads its write-up (a PDF) and submits;
* each judge opens and submits a score sheet for each of its assigned entries;
* each reader opens the public results page.

Prints one JSON line per request type (p50, p95, p99 in ms, errors) with, as the baseline,
the same request type issued alone on an idle cluster in the same run (ratio = loaded p95 /
idle p50); then one line checking in the database that no entry, file or score was lost or
duplicated. Exits non-zero if anything was lost or any request failed.

Why not locust: the journeys need the cluster's own set-up (sessions in its session store,
its ports) and a check of the database afterwards in the same run; a thread pool of plain
HTTP clients (bench.cluster.Client) does this in one process without gevent's monkey-patching.
"""

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.cluster import PY, ROOT, Client, Cluster

WARM_BASELINE = 3  # entrants and judges whose journeys, one at a time, are the baseline


class LoadCluster(Cluster):
    def env(self, var_dir):
        env = super().env(var_dir)
        # Measure what production runs: gunicorn's own worker count (2 x cores + 1).
        env.pop("GUNICORN_WORKERS")
        return env


class Timings:
    def __init__(self):
        self.times = defaultdict(list)
        self.errors = defaultdict(list)

    def call(self, kind, client, method, path, body=None, headers=None, ok=(200, 302)):
        started = time.perf_counter()
        try:
            status, data, _ = client.request(method, path, body, headers)
        except OSError as error:
            self.errors[kind].append(f"{type(error).__name__}: {error}")
            return None, b""
        self.times[kind].append(time.perf_counter() - started)
        if status not in ok:
            self.errors[kind].append(status)
        return status, data


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _version(page: bytes) -> str:
    found = re.search(rb'name="version" value="(\d+)"', page)
    return found.group(1).decode() if found else "0"


def entrant_journey(timings, port, pdf, entrant):
    client = Client(port, {"sessionid": entrant["session"]})
    _status, page = timings.call("entry_edit_page", client, "GET", entrant["edit"])
    version = int(_version(page))
    headers = {"Content-Type": "application/json", **client.csrf_headers()}
    for n in range(3):
        body = json.dumps(
            {"version": version, "fields": {"summary": f"Bản nháp lần {n + 1}: " + "ý " * 200}}
        )
        status, data = timings.call("autosave", client, "POST", entrant["autosave"], body, headers)
        if status == 200:
            version = json.loads(data)["version"]
    upload = client.multipart_writeup("bai-viet.pdf", pdf)
    timings.call("upload_writeup", client, "POST", entrant["upload"], *upload)
    timings.call("submit", client, "POST", entrant["submit"], b"", client.csrf_headers(), ok=(302,))


def judge_journey(timings, port, data, judge):
    from urllib.parse import urlencode

    client = Client(port, {"sessionid": judge["session"]})
    for assignment in judge["assignments"]:
        url = data["score_url"].format(assignment)
        _status, page = timings.call("score_page", client, "GET", url)
        form = {f"criterion_{pk}": points for pk, points in data["criteria"]}
        form |= {"version": _version(page), "comment": "Đạt yêu cầu.", "submit": ""}
        headers = {"Content-Type": "application/x-www-form-urlencoded", **client.csrf_headers()}
        timings.call("score_submit", client, "POST", url, urlencode(form), headers, ok=(302,))


def reader_journey(timings, port, data):
    timings.call("results_page", Client(port), "GET", data["results_url"])


def _journeys(data, pdf, ports, readers, rng):
    jobs = [(entrant_journey, pdf, e) for e in data["entrants"]]
    jobs += [(judge_journey, data, j) for j in data["judges"]]
    jobs += [(reader_journey, data) for _ in range(readers)]
    rng.shuffle(jobs)
    return [(job[0], ports[n % len(ports)], *job[1:]) for n, job in enumerate(jobs)]


def _check(cluster, data):
    entries = [e["entry_id"] for e in data["entrants"]]
    assignments = [a for judge in data["judges"] for a in judge["assignments"]]
    judges_total = len(assignments)
    submitted, codes = cluster.one(
        "SELECT count(*), count(DISTINCT code) FROM contest_entry "
        "WHERE id = ANY(%s) AND status = 'submitted' AND code <> ''",
        entries,
    )
    files, entries_with_files = cluster.one(
        "SELECT count(*), count(DISTINCT entry_id) FROM contest_attachment "
        "WHERE entry_id = ANY(%s)",
        entries,
    )
    sheets, distinct = cluster.one(
        "SELECT count(*), count(DISTINCT s.assignment_id) FROM judging_scoresheet s "
        "JOIN judging_assignment a ON a.id = s.assignment_id "
        "WHERE a.id = ANY(%s) AND s.status = 'submitted'",
        assignments,
    )
    n = len(entries)
    return {
        "figure": "load_nothing_lost",
        "entries": n,
        "submitted": submitted,
        "distinct_codes": codes,
        "files": files,
        "entries_with_files": entries_with_files,
        "sheets_expected": judges_total,
        "sheets_submitted": sheets,
        "distinct_sheets": distinct,
        "held": submitted == codes == n
        and files == entries_with_files == n
        and sheets == distinct == judges_total,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entrants", type=int, default=300)
    parser.add_argument("--judges", type=int, default=50)
    parser.add_argument("--per-judge", type=int, default=6)
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=48)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="cuocthi-load-"))
    cluster = LoadCluster(work, winners=1)
    held = False
    try:
        cluster.up()
        made = subprocess.run(
            [
                PY,
                "-m",
                "bench.load_data",
                "setup",
                "--entrants",
                str(args.entrants + WARM_BASELINE),
                "--judges",
                str(args.judges + WARM_BASELINE),
                "--per-judge",
                str(args.per_judge),
            ],
            cwd=ROOT,
            env=cluster.env(work / "setup"),
            capture_output=True,
            text=True,
        )
        if made.returncode:
            raise RuntimeError(f"bench.load_data failed: {made.stderr[-3000:]}")
        data = json.loads(made.stdout.strip().splitlines()[-1])
        ports = list(cluster.ports.values())
        # Every gunicorn worker compiles templates and opens connections on its first
        # requests: warm them all, then take the baseline alone on the warm, idle cluster.
        warm = Timings()
        with ThreadPoolExecutor(16) as pool:
            for port in ports:
                for _ in range(40):
                    pool.submit(reader_journey, warm, port, data)
                    pool.submit(warm.call, "warm", Client(port), "GET", "/")
        idle = Timings()
        for _ in range(WARM_BASELINE):
            entrant_journey(idle, ports[0], cluster.pdf, data["entrants"].pop())
            judge_journey(idle, ports[1], data, data["judges"].pop())
        for _ in range(10):
            reader_journey(idle, ports[0], data)
        loaded = Timings()
        jobs = _journeys(data, cluster.pdf, ports, args.readers, random.Random(20261203))
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            for future in [pool.submit(job[0], loaded, *job[1:]) for job in jobs]:
                future.result()
        wall = time.perf_counter() - started
        for kind, values in sorted(loaded.times.items()):
            base = statistics.median(idle.times[kind])
            p95 = _percentile(values, 0.95)
            print(
                json.dumps(
                    {
                        "figure": f"load_{kind}",
                        "requests": len(values),
                        "errors": len(loaded.errors[kind]),
                        "error_sample": loaded.errors[kind][:3],
                        "p50_ms": round(1000 * statistics.median(values), 1),
                        "p95_ms": round(1000 * p95, 1),
                        "p99_ms": round(1000 * _percentile(values, 0.99), 1),
                        "baseline_idle_p50_ms": round(1000 * base, 1),
                        "ratio": round(p95 / base, 2),
                    }
                )
            )
        check = _check(cluster, data)
        check |= {
            "wall_s": round(wall, 1),
            "requests": sum(len(v) for v in loaded.times.values()),
            "concurrency": args.concurrency,
            "servers": 2,
        }
        errors = sum(len(v) for v in loaded.errors.values())
        held = check["held"] and errors == 0
        print(json.dumps(check | {"errors": errors, "held": held}))
    finally:
        cluster.down()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
