"""Judging pages as their users load them: ranking, progress, a judge's queue and score form.

    python -m bench.pages --entries 1000

Runs in a throwaway test database (PostgreSQL at DATABASE_URL by default, default
postgres://postgres@127.0.0.1:5432/cuocthi_bench; ``--database-url sqlite:///...`` works
too) with production settings (bench._django). Seeds a round with bench._seed: every entry
scored by ``--per-entry`` judges of a jury of ``--judges``. Each page is requested through
Django's test Client, logged in as the role that uses it (an organiser in "Ban Tổ chức"
for the ranking, a secretary for progress, a judge for the queue and score form): one
warm-up request, then ``--repeat`` timed ones, then one more to count the queries.

Prints one JSON line per page: page, median_ms (of the timed requests), queries, status.
The target is under ~700 ms each at 1,000 entries.
"""

import argparse
import json
import os
import statistics
import time

from bench import _django

TARGET_MS = 700


def _user(email, role):
    from django.contrib.auth.models import Group

    from contest.models import User

    user = User.objects.create(email=email, full_name=email.split("@")[0])
    if role is not None:
        user.groups.add(Group.objects.get(name=role.value))
    return user


def _measure(client, url: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm-up: template loading, caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            break
    with CaptureQueriesContext(connection) as captured:
        counted = client.get(url)
    return {
        "median_ms": round(statistics.median(timings), 1),
        "min_ms": round(min(timings), 1),
        "queries": len(captured.captured_queries),
        "status": max(response.status_code, counted.status_code),
        "kb": round(len(counted.content) / 1024, 1),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000)
    parser.add_argument("--judges", type=int, default=10, help="jury size")
    parser.add_argument("--per-entry", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    _django.setup(database_url=args.database_url)
    from django.test import Client
    from django.urls import reverse

    from bench import _seed
    from contest.accounts.roles import ensure_role_groups
    from contest.enums import Role
    from judging.models import Assignment

    with _seed.throwaway_database("pages"):
        ensure_role_groups()
        data = _seed.judged_round(
            entries=args.entries,
            judges=args.judges,
            per_entry=args.per_entry,
            label="P",
            seed=args.seed,
            attachments=True,
        )
        round_ = data.round
        judge = data.judges[0]
        assignment = (
            Assignment.objects.filter(round=round_, judge=judge).order_by("entry__number").first()
        )
        people = {
            Role.ORGANISER: _user("bench-organiser@example.vn", Role.ORGANISER),
            Role.SECRETARIAT: _user("bench-secretary@example.vn", Role.SECRETARIAT),
            Role.JUDGE: judge,
        }
        pages = [
            ("ranking", Role.ORGANISER, reverse("judging:ranking", args=[round_.pk])),
            ("progress", Role.SECRETARIAT, reverse("judging:progress", args=[round_.pk])),
            ("queue", Role.JUDGE, reverse("judging:queue", args=[round_.pk])),
            ("score", Role.JUDGE, reverse("judging:score", args=[assignment.pk])),
        ]
        lines = []
        for page, role, url in pages:
            client = Client()
            client.force_login(people[role])
            lines.append(
                {
                    "page": page,
                    "role": role.value,
                    "entries": args.entries,
                    **_measure(client, url, args.repeat),
                }
            )
    for line in lines:
        line["under_target"] = line["median_ms"] < TARGET_MS
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
