"""How well each aggregation method recovers the true order from a biased jury.

    python -m bench.fairness --entries 200 --judges 15 --per-entry 3 --runs 20

Simulates juries (seeds 1..runs, fixed): every entry has a true merit q ~ N(65, 10) on a
100-point scale; each judge has a leniency offset ~ N(0, --leniency) and a scale factor
~ N(1, --scale) (kept >= 0.3), and gives entry e the total
``65 + offset + scale * (q - 65) + N(0, --noise)``, clipped to 0..100 and rounded to half
points, as the score form allows. Each entry gets ``--per-entry`` distinct judges, the least
loaded first (ties at random), as the assigner balances loads; ``--missing`` drops that
share of sheets (the entry is then unranked, as in production).

Every method's totals go through judging.aggregation and judging.ranking, exactly as a
round's; the ceiling is the same jury without leniency and scale (noise only) by the mean.
For each method, one JSON line: ``recall`` (share of the true top ``--top`` found in the
ranked top ``--top``, mean over runs, with min and max) and ``tau`` (Kendall's tau between
the ranking and the true order over ranked entries), and ``ratio`` = recall / the ceiling's
recall, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from random import Random

from judging.aggregation import Criterion, Method, aggregate
from judging.ranking import EntryFacts, candidates_from, rank

CENTRE = 65.0
MERIT_SD = 10.0
RUBRIC = [Criterion(id="total", max_score=Decimal(100))]
METHODS = [Method.MEAN, Method.TRIMMED_MEAN, Method.MEDIAN, Method.ZSCORE, Method.ADJUSTED]
CEILING = "ceiling"


def simulate(args: argparse.Namespace, seed: int):
    """(true merits, biased scores, unbiased scores) of one simulated round."""
    rng = Random(seed)
    merit = {f"E{e:04d}": rng.gauss(CENTRE, MERIT_SD) for e in range(args.entries)}
    judges = [f"J{j:02d}" for j in range(args.judges)]
    offset = {j: rng.gauss(0, args.leniency) for j in judges}
    scale = {j: max(0.3, rng.gauss(1, args.scale)) for j in judges}
    load = dict.fromkeys(judges, 0)
    biased: dict[str, dict[str, dict[str, str]]] = {}
    fair: dict[str, dict[str, dict[str, str]]] = {}
    for entry, q in merit.items():
        chosen = sorted(judges, key=lambda j: (load[j], rng.random()))[: args.per_entry]
        biased[entry], fair[entry] = {}, {}
        for judge in chosen:
            load[judge] += 1
            noise = rng.gauss(0, args.noise)
            lost = rng.random() < args.missing
            if lost:
                continue
            raw = CENTRE + offset[judge] + scale[judge] * (q - CENTRE) + noise
            biased[entry][judge] = {"total": _mark(raw)}
            fair[entry][judge] = {"total": _mark(q + noise)}
    return merit, biased, fair


def _mark(value: float) -> str:
    return str(Decimal(round(min(100.0, max(0.0, value)) * 2)) / 2)


def ranked_order(scores, method: Method, assigned) -> list[str]:
    result = aggregate(scores=scores, criteria=RUBRIC, method=method, assigned=assigned)
    facts = {e: EntryFacts(code=e, submitted_at=None) for e in scores}
    return [r.candidate.entry for r in rank(candidates=candidates_from(result=result, facts=facts))]


def kendall_tau(order: list[str], merit: dict[str, float]) -> float:
    """Tau-a between a ranking (best first) and the true merits, over the ranked entries."""
    values = [merit[e] for e in order]
    n = len(values)
    concordant = discordant = 0
    for i in range(n):
        vi = values[i]
        for j in range(i + 1, n):
            if vi > values[j]:
                concordant += 1
            elif vi < values[j]:
                discordant += 1
    pairs = n * (n - 1) // 2
    return (concordant - discordant) / pairs if pairs else 0.0


def figures(args: argparse.Namespace) -> dict[str, dict[str, list[float]]]:
    out: dict[str, dict[str, list[float]]] = {}
    for seed in range(1, args.runs + 1):
        merit, biased, fair = simulate(args, seed)
        best = set(sorted(merit, key=merit.get, reverse=True)[: args.top])
        assigned = {e: list(biased[e]) for e in biased}  # missing sheets are not expected
        runs = [(m.value, biased, m) for m in METHODS] + [(CEILING, fair, Method.MEAN)]
        for label, scores, method in runs:
            order = ranked_order(scores, method, assigned)
            got = out.setdefault(label, {"recall": [], "tau": []})
            got["recall"].append(len(best & set(order[: args.top])) / args.top)
            got["tau"].append(kendall_tau(order, merit))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--judges", type=int, default=15)
    parser.add_argument("--per-entry", type=int, default=3)
    parser.add_argument("--leniency", type=float, default=6.0, help="sd of judges' offsets")
    parser.add_argument("--scale", type=float, default=0.25, help="sd of judges' scales")
    parser.add_argument("--noise", type=float, default=5.0, help="sd of each total's noise")
    parser.add_argument("--missing", type=float, default=0.0, help="share of sheets lost")
    parser.add_argument("--top", type=int, default=11, help="prizes: 1 + 2 + 3 + 5")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    results = figures(args)
    ceiling = results[CEILING]
    ceiling_recall = sum(ceiling["recall"]) / args.runs
    for label, got in results.items():
        recall = sum(got["recall"]) / args.runs
        tau = sum(got["tau"]) / args.runs
        print(
            json.dumps(
                {
                    "bench": "fairness",
                    "method": label,
                    "entries": args.entries,
                    "judges": args.judges,
                    "per_entry": args.per_entry,
                    "runs": args.runs,
                    "top": args.top,
                    "recall": round(recall, 3),
                    "recall_min": round(min(got["recall"]), 3),
                    "recall_max": round(max(got["recall"]), 3),
                    "tau": round(tau, 3),
                    "ceiling_recall": round(ceiling_recall, 3),
                    "ceiling_tau": round(sum(ceiling["tau"]) / args.runs, 3),
                    "ratio": round(recall / ceiling_recall, 3) if ceiling_recall else None,
                }
            )
        )


if __name__ == "__main__":
    main()
