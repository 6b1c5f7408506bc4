"""Benchmark the exact assigner against the greedy baseline on synthetic data.

    python -m bench.assign --entries 10000 --judges 300 --per-entry 3 --conflict-rate 0.05

Prints one JSON line. ``seconds`` is wall time of the call alone (data generation
excluded); ``peak_mb`` is the peak of Python allocations made during the call, measured
by tracemalloc in a second, identical run so that tracing does not slow the timed one.
``rss_mb`` is the whole process's peak resident size, synthetic data included.

Conflicts are Bernoulli(rate) per (judge, entry) pair; ``--case adversarial`` adds a tenth
of the judges conflicted with the same nine tenths of the entries. Up to a few million pairs
they are a plain ``set`` of tuples, what the Django layer passes; above that, one bitmask integer
per entry (a set of 15 million tuples alone would take about 2 GB), which answers the same
``in`` question. ``conflict_store`` in the output says which was used.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from random import Random

from judging.assignment import AssignmentResult, EntrySpec, JudgeSpec, assign, assign_greedy

SET_STORE_LIMIT = 3_000_000  # expected conflicted pairs above which the bitmask is used
RATE_BITS = 24  # precision of the per-pair conflict probability
ADVERSARIAL_JUDGES = 0.10  # share of the jury conflicted with ...
ADVERSARIAL_ENTRIES = 0.90  # ... the same share of the entries


class BitmaskConflicts:
    """Conflicts of entry ``e`` as a bit row of ``bytes`` (bit ``j`` = judge ``j``)."""

    def __init__(self, masks: Sequence[int], judges: int) -> None:
        width = (judges + 7) // 8
        self.rows = [mask.to_bytes(width, "little") for mask in masks]

    def __contains__(self, pair: object) -> bool:
        judge, entry = pair  # type: ignore[misc]
        return bool(self.rows[entry][judge >> 3] >> (judge & 7) & 1)


def bernoulli_mask(rng: Random, width: int, rate: float) -> int:
    """``width`` independent bits, each set with probability ``rate`` (to 2**-24).

    Compares a uniform number with ``rate`` digit by digit for all bits at once: at the
    first digit where they differ, the bit is set if the rate's digit is 1.
    """
    digits = round(rate * (1 << RATE_BITS))
    mask = 0
    for position in range(RATE_BITS):  # least significant digit first
        bits = rng.getrandbits(width)
        mask = (bits | mask) if digits >> position & 1 else (bits & mask)
    return mask


def make_conflicts(
    *, rng: Random, entries: int, judges: int, rate: float, store: str, case: str = "random"
) -> tuple[object, str]:
    if store == "auto":
        store = "set" if entries * judges * rate <= SET_STORE_LIMIT else "bitmask"
    masks = [bernoulli_mask(rng, judges, rate) for _ in range(entries)]
    if case == "adversarial":
        # The case docs/judging.md admits: a tenth of the jury (say, one agency's judges)
        # conflicted with the same nine tenths of the entries, over the random conflicts.
        block = sum(1 << j for j in rng.sample(range(judges), round(ADVERSARIAL_JUDGES * judges)))
        for entry in rng.sample(range(entries), round(ADVERSARIAL_ENTRIES * entries)):
            masks[entry] |= block
    if store == "bitmask":
        return BitmaskConflicts(masks, judges), store
    pairs = set()
    for entry, mask in enumerate(masks):
        while mask:
            lowest = mask & -mask
            pairs.add((lowest.bit_length() - 1, entry))
            mask ^= lowest
    return pairs, store


def make_problem(args: argparse.Namespace) -> dict[str, object]:
    rng = Random(args.seed)
    fields = [f"field-{i}" for i in range(args.fields)]
    entries = [
        EntrySpec(id=i, field=fields[rng.randrange(len(fields))] if fields else None)
        for i in range(args.entries)
    ]
    judges = [
        JudgeSpec(
            id=j,
            cap=args.cap,
            fields=frozenset({fields[j % len(fields)]}) if fields else frozenset(),
        )
        for j in range(args.judges)
    ]
    conflicts, store = make_conflicts(
        rng=rng,
        entries=args.entries,
        judges=args.judges,
        rate=args.conflict_rate,
        store=args.conflict_store,
        case=args.case,
    )
    return {
        "entries": entries,
        "judges": judges,
        "conflicts": conflicts,
        "per_entry": args.per_entry,
        "seed": args.seed,
        "store": store,
    }


def measure(
    run: Callable[..., AssignmentResult], problem: dict[str, object], memory: bool
) -> tuple[AssignmentResult, float, float | None]:
    kwargs = {k: v for k, v in problem.items() if k != "store"}
    gc.collect()
    start = time.perf_counter()
    result = run(**kwargs)
    seconds = time.perf_counter() - start
    peak = None
    if memory:
        gc.collect()
        tracemalloc.start()
        run(**kwargs)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return result, seconds, peak


def check(result: AssignmentResult, problem: dict[str, object]) -> dict[str, object]:
    conflicts = problem["conflicts"]
    judges: list[JudgeSpec] = problem["judges"]  # type: ignore[assignment]
    entries: list[EntrySpec] = problem["entries"]  # type: ignore[assignment]
    per_entry: int = problem["per_entry"]  # type: ignore[assignment]
    fields = {j.id: j.fields for j in judges}
    entry_field = {e.id: e.field for e in entries}
    pairs = result.pairs
    loads = list(result.load.values())
    return {
        "coverage": round(len(pairs) / (per_entry * len(entries)), 6),
        "conflicts_violated": sum(1 for pair in pairs if pair in conflicts),  # type: ignore[operator]
        "caps_violated": sum(1 for j in judges if j.cap is not None and result.load[j.id] > j.cap),
        "duplicates": len(pairs) - len(set(pairs)),
        "load_spread": max(loads) - min(loads),
        "load_min": min(loads),
        "load_max": max(loads),
        "uncovered": len(result.uncovered),
        "field_match": round(
            sum(1 for j, e in pairs if entry_field[e] in fields[j]) / max(1, len(pairs)), 4
        ),
    }


def main(argv: Sequence[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--judges", type=int, default=300)
    parser.add_argument("--per-entry", type=int, default=3)
    parser.add_argument("--conflict-rate", type=float, default=0.05)
    parser.add_argument("--fields", type=int, default=0, help="lĩnh vực count; 0 = no panels")
    parser.add_argument("--cap", type=int, default=None, help="cap per judge; default none")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--conflict-store", choices=["auto", "set", "bitmask"], default="auto")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    parser.add_argument(
        "--case",
        choices=["random", "adversarial"],
        default="random",
        help="adversarial: 10%% of judges conflicted with the same 90%% of entries, too",
    )
    args = parser.parse_args(argv)

    problem = make_problem(args)
    out: dict[str, object] = {
        "entries": args.entries,
        "judges": args.judges,
        "per_entry": args.per_entry,
        "conflict_rate": args.conflict_rate,
        "fields": args.fields,
        "cap": args.cap,
        "seed": args.seed,
        "conflict_store": problem["store"],
        "case": args.case,
    }
    for prefix, run in (("", assign), ("greedy_", assign_greedy)):
        result, seconds, peak = measure(run, problem, memory=not args.no_memory)
        out[prefix + "seconds"] = round(seconds, 4)
        out[prefix + "peak_mb"] = None if peak is None else round(peak, 1)
        for key, value in check(result, problem).items():
            out[prefix + key] = value
    out["ratio"] = round(out["greedy_seconds"] / out["seconds"], 3)  # type: ignore[operator]
    out["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["python"] = sys.version.split()[0]
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
