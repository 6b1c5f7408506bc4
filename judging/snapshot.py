"""Frozen results: canonical inputs → outputs by a pure function → bytes → SHA-256.

`snapshot_outputs(inputs)` uses only the inputs, so anyone holding a snapshot's inputs can
recompute its outputs and hash (`manage.py recompute_snapshot`) and get the same bytes.
"""

import hashlib
import json
from decimal import Decimal

from judging import aggregate

FORMAT = 1


def canonical_bytes(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256(payload: dict) -> str:
    return hashlib.sha256(canonical_bytes(payload)).hexdigest()


def snapshot_outputs(inputs: dict) -> dict:
    """Ranking and prizes from the inputs alone (all numbers as strings).

    Stages are rounds from the last to the first: the final's entries rank first by their
    final totals, then the other entries by their preliminary totals, and so on.
    """
    ranking, seen = [], set()
    for stage in inputs["stages"]:
        for row in _stage_ranking(stage):
            if row["code"] not in seen:
                seen.add(row["code"])
                ranking.append({**row, "round": stage["round"]})
    prizes = allocate_prizes(
        ranking=[(r["code"], r["entrant_type"]) for r in ranking],
        tiers=inputs["prize_tiers"],
        overrides=inputs.get("overrides", []),
    )
    return {
        "ranking": [
            {
                **r,
                "rank": n,
                "total": str(r["total"]),
                "priority": str(r["priority"]),
                "prize": prizes.get(r["code"], ""),
            }
            for n, r in enumerate(ranking, start=1)
        ],
    }


def _stage_ranking(inputs: dict) -> list[dict]:
    weights = {c["id"]: Decimal(c["weight"]) for c in inputs["criteria"]}
    priority = inputs["priority_criterion"]
    method = inputs["method"]
    by_entry: dict[str, dict[str, dict[int, Decimal]]] = {}
    for score in inputs["scores"]:
        by_entry.setdefault(score["entry"], {}).setdefault(score["judge"], {})[
            score["criterion"]
        ] = Decimal(score["points"])
    totals_by_judge: dict[str, dict[str, Decimal]] = {}
    for entry, judges in by_entry.items():
        for judge, scores in judges.items():
            totals_by_judge.setdefault(judge, {})[entry] = aggregate.weighted_total(
                scores=scores, weights=weights
            )
    normalised = aggregate.zscore_normalise(totals_by_judge=totals_by_judge)
    best = {j: max(t.values()) for j, t in totals_by_judge.items()}
    rows = []
    for entry in inputs["entries"]:
        code = entry["code"]
        judge_totals = {j: t[code] for j, t in totals_by_judge.items() if code in t}
        totals = list(judge_totals.values())
        if not totals:
            continue
        if method == "zscore":
            total = aggregate.mean(totals=[normalised[j][code] for j in judge_totals])
        else:
            total = aggregate.METHODS[method](totals=totals)
        priority_scores = [
            s[priority] for s in by_entry[code].values() if priority is not None and priority in s
        ]
        rows.append(
            {
                "code": code,
                "entrant_type": entry["entrant_type"],
                "submitted_at": entry["submitted_at"],
                "judges": len(totals),
                "total": total,
                "priority": aggregate.mean(totals=priority_scores)
                if priority_scores
                else Decimal(0),
                "top_scores": sum(1 for j, t in judge_totals.items() if t == best[j]),
            }
        )
    rows.sort(
        key=lambda r: (-r["total"], -r["priority"], -r["top_scores"], r["submitted_at"], r["code"])
    )
    return rows


def allocate_prizes(*, ranking, tiers, overrides) -> dict[str, str]:
    """Fill each entrant type's tiers, best rank first, within quotas; overrides win."""
    forced = {o["code"]: o["prize"] for o in overrides}
    prizes = dict(forced)
    kinds = dict(ranking)
    for entrant_type in sorted({t["entrant_type"] for t in tiers}):
        slots = [
            t["name"]
            for t in sorted(
                (t for t in tiers if t["entrant_type"] == entrant_type), key=lambda t: t["rank"]
            )
            for _ in range(t["quota"])
        ]
        # Tiers of different entrant types share names ("Giải Nhất"): an override uses up
        # a slot of its own entry's type only.
        for code, name in forced.items():
            if kinds.get(code) == entrant_type and name in slots:
                slots.remove(name)
        for code, kind in ranking:
            if kind != entrant_type or code in prizes or not slots:
                continue
            prizes[code] = slots.pop(0)
    return prizes
