"""Totals and ranking of a whole round, by every aggregation method, from the database.

    python -m bench.aggregate --entries 10000 --judges 5 --criteria 5

Runs in a throwaway test database (PostgreSQL at DATABASE_URL by default, default
postgres://postgres@127.0.0.1:5432/cuocthi_bench; ``--database-url sqlite:///var/bench.sqlite3``
works too). Seeds a round with bench._seed (every entry scored by ``--per-entry`` judges of a
jury of ``--judges``, default all of them up to five, so the trimmed mean really trims), then
times the two paths production takes, counting their queries:

- all methods (mean, trimmed_mean, median, zscore, adjusted) from one read of the round,
  judging.results.round_results_by_method, as the method comparison page asks for them:
  ``seconds``, ``queries``, ``cpu_seconds``;
- each method alone, judging.results.round_results with round.method set, as the ranking
  page, the exports and advancement ask: ``per_method`` and their sum ``seconds_separately``.

The same is done first on a baseline round of ``--small`` entries in the same process.
``queries_small`` must equal ``queries`` (the query count must not grow with entries);
``ratio = seconds / seconds_small`` is about entries / small when the work is linear, and
``cpu_ratio`` is the same for this process's CPU time, which other load on the machine
disturbs less. ``digest`` fingerprints the rankings (same seed, same digest), so an
optimisation can be checked not to have changed a single figure; both paths must give it.
"""

import argparse
import gc
import hashlib
import json
import time

from bench import _django

METHODS = ["mean", "trimmed_mean", "median", "zscore", "adjusted"]
# The digest covers these, so a run of this code compares with one from before the
# judge-adjusted method existed; ``digest_adjusted`` fingerprints that method alone.
LEGACY = METHODS[:4]


def _fingerprint(results) -> str:
    digest = hashlib.sha256()
    for row in results.rows:
        digest.update(
            repr(
                (
                    row.code,
                    row.rank,
                    row.total,
                    row.raw_mean,
                    row.normalised,
                    row.spread,
                    row.sd,
                    row.missing,
                    row.disputed,
                    row.top_marks,
                    row.decided_by,
                    sorted(row.judge_totals.values()),
                    sorted(row.criterion_means.values()),
                )
            ).encode()
        )
    return digest.hexdigest()


def _digests(fingerprints: dict[str, str]) -> tuple[str, str]:
    digest, digest_adjusted = hashlib.sha256(), hashlib.sha256()
    for method in METHODS:
        (digest if method in LEGACY else digest_adjusted).update(fingerprints[method].encode())
    return digest.hexdigest()[:16], digest_adjusted.hexdigest()[:16]


def measure(round_) -> dict:
    """Seconds and queries of both paths, for every method, on one round.

    Each result is fingerprinted and dropped before the next is timed: a request holds
    one round's results, and five more kept alive would make every garbage collection
    during the timed call walk them too.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from judging.aggregation import Method
    from judging.results import round_results, round_results_by_method

    separately, per_method, queries_separately = {}, {}, 0
    for method in METHODS:
        round_.method = method
        gc.collect()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            results = round_results(round_=round_)
            per_method[method] = time.perf_counter() - started
        queries_separately += len(captured.captured_queries)
        separately[method] = _fingerprint(results)
        del results
    gc.collect()
    with CaptureQueriesContext(connection) as captured:
        started, cpu_started = time.perf_counter(), time.process_time()
        together = round_results_by_method(round_=round_, methods=METHODS)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    assert set(together) == set(Method)
    fingerprints = {method.value: _fingerprint(results) for method, results in together.items()}
    ranked = sum(1 for row in together[Method.MEAN].rows if row.rank is not None)
    del together
    digests = _digests(fingerprints)
    if digests != _digests(separately):
        raise SystemExit("round_results_by_method and round_results disagree")
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "queries": len(captured.captured_queries),
        "per_method": per_method,
        "seconds_separately": sum(per_method.values()),
        "queries_separately": queries_separately,
        "ranked": ranked,
        "digest": digests[0],
        "digest_adjusted": digests[1],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--judges", type=int, default=5, help="jury size")
    parser.add_argument(
        "--per-entry", type=int, default=None, help="judges per entry; default min(judges, 5)"
    )
    parser.add_argument("--criteria", type=int, default=5)
    parser.add_argument("--small", type=int, default=1_000, help="baseline round's entries")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    per_entry = args.per_entry or min(args.judges, 5)
    _django.setup(database_url=args.database_url)
    from django.db import connection

    from bench import _seed

    with _seed.throwaway_database("aggregate"):
        seeded = {}
        for label, entries in (("S", args.small), ("L", args.entries)):
            started = time.perf_counter()
            seeded[label] = _seed.judged_round(
                entries=entries,
                judges=args.judges,
                per_entry=per_entry,
                criteria=args.criteria,
                label=label,
                seed=args.seed,
            )
            seeded[label + "_seconds"] = time.perf_counter() - started
        small = measure(seeded["S"].round)
        large = measure(seeded["L"].round)
        vendor = connection.vendor
    print(
        json.dumps(
            {
                "entries": args.entries,
                "judges": args.judges,
                "per_entry": per_entry,
                "criteria": args.criteria,
                "scores": seeded["L"].scores,
                "database": vendor,
                "seconds": round(large["seconds"], 3),
                "queries": large["queries"],
                "ranked": large["ranked"],
                "entries_small": args.small,
                "seconds_small": round(small["seconds"], 3),
                "queries_small": small["queries"],
                "ratio": round(large["seconds"] / small["seconds"], 2),
                # This process's CPU only (the database server's work excluded): steadier
                # than wall time on a shared machine.
                "cpu_seconds": round(large["cpu_seconds"], 3),
                "cpu_seconds_small": round(small["cpu_seconds"], 3),
                "cpu_ratio": round(large["cpu_seconds"] / small["cpu_seconds"], 2),
                "seconds_separately": round(large["seconds_separately"], 3),
                "per_method": {k: round(v, 3) for k, v in large["per_method"].items()},
                "queries_separately": large["queries_separately"],
                "queries_separately_small": small["queries_separately"],
                "seed_seconds": round(seeded["L_seconds"], 1),
                "digest": large["digest"],
                "digest_adjusted": large["digest_adjusted"],
            }
        )
    )


if __name__ == "__main__":
    main()
