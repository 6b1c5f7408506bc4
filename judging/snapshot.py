"""Frozen results: canonical inputs → outputs by a pure function → bytes → SHA-256.

`snapshot_outputs(inputs)` uses only the inputs, so anyone holding a snapshot's inputs can
recompute its outputs and hash (`manage.py recompute_snapshot`) and get the same bytes. The
rules are those of the live ranking (judging.results): judging.aggregation scores every
stage, judging.ranking orders and awards, so the frozen result is what the jury saw.
"""

import hashlib
import json
from datetime import datetime
from decimal import Decimal

from judging.aggregation import AggregationResult, Criterion, EntryScore, Method, Status, aggregate
from judging.aggregation.judge_effects import MIN_ENTRIES
from judging.ranking import (
    Award,
    EntryFacts,
    Override,
    Ranked,
    allocate_prizes,
    candidates_from,
    rank,
)

# 2: scores by judging.aggregation (population sd, missing sheets unranked), ties by
# judging.ranking (maximum marks), assigned judges in the inputs, prize warnings and
# vacancies in the outputs.
FORMAT = 2


def canonical_bytes(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256(payload: dict) -> str:
    return hashlib.sha256(canonical_bytes(payload)).hexdigest()


def snapshot_outputs(inputs: dict) -> dict:
    """Ranking, unranked entries and prizes from the inputs alone (all numbers as strings).

    Stages are rounds from the last to the first; each entry counts in the latest stage it
    reached. All stages are ranked at once, the round reached deciding first: the final's
    entries rank above the others, then the preliminary's, and so on. An entry with a
    missing mark in the stage it reached is unranked (listed with what is missing) and
    gets no prize. Raises ``ValueError`` for inputs of another format, and
    ``judging.ranking.OverrideError`` for an override that cannot be applied.
    """
    if inputs.get("format") != FORMAT:
        raise ValueError(
            f"snapshot format {inputs.get('format')!r} cannot be recomputed by this code "
            f"(format {FORMAT})"
        )
    stages = inputs["stages"]
    candidates, unranked = [], []
    reached: dict[str, tuple[str, EntryScore]] = {}  # code -> (round name, its score there)
    for index, stage in enumerate(stages):
        result, facts = _stage_aggregate(stage)
        fresh = {e.entry: e for e in result.entries if e.entry not in reached}
        priority = stage["priority_criterion"]
        candidates += [
            c
            for c in candidates_from(
                result=result,
                facts=facts,
                priority_criterion=str(priority) if priority is not None else None,
                stage=len(stages) - index,
            )
            if c.entry in fresh
        ]
        for code, entry in fresh.items():
            reached[code] = (stage["round"], entry)
            if entry.status is not Status.COMPLETE:
                unranked.append(_unranked_row(stage, facts[code], entry))
    ranking = rank(candidates=candidates)
    prizes = allocate_prizes(
        ranking=ranking,
        quotas=_quotas(inputs["prize_tiers"]),
        overrides=[
            Override(
                entry=o["code"], prize=o.get("prize") or None, reason=str(o.get("reason") or "")
            )
            for o in inputs.get("overrides", [])
        ],
    )
    awards = prizes.by_entry()
    return {
        "ranking": [
            _ranked_row(item, *reached[item.candidate.entry], awards.get(item.candidate.entry))
            for item in ranking
        ],
        "unranked": unranked,
        "prizes": {
            "vacant": [
                {"entrant_type": kind, "prize": prize, "count": count}
                for kind, prize, count in prizes.vacant
            ],
            "warnings": list(prizes.warnings),
        },
    }


def _stage_aggregate(stage: dict) -> tuple[AggregationResult, dict[str, EntryFacts]]:
    """One round's scores by judging.aggregation, entries named by code."""
    scores: dict[str, dict[str, dict[str, str]]] = {e["code"]: {} for e in stage["entries"]}
    for score in stage["scores"]:
        scores[score["entry"]].setdefault(score["judge"], {})[str(score["criterion"])] = score[
            "points"
        ]
    result = aggregate(
        scores=scores,
        criteria=[
            Criterion(
                id=str(c["id"]), max_score=Decimal(c["max_points"]), weight=Decimal(c["weight"])
            )
            for c in stage["criteria"]
        ],
        method=Method(stage["method"]),
        assigned={e["code"]: e["judges"] for e in stage["entries"]},
        # Snapshots frozen before the minimum was a round setting used the constant.
        min_entries=stage.get("min_judge_entries", MIN_ENTRIES),
    )
    facts = {
        e["code"]: EntryFacts(
            code=e["code"],
            submitted_at=datetime.fromisoformat(e["submitted_at"]) if e["submitted_at"] else None,
            entrant_type=e["entrant_type"],
        )
        for e in stage["entries"]
    }
    return result, facts


def _quotas(tiers: list[dict]) -> dict[str, tuple[tuple[str, int], ...]]:
    """The edition's prize tiers as judging.ranking quotas: names in rank order per type."""
    quotas: dict[str, list[tuple[int, str, int]]] = {}
    for tier in tiers:
        quotas.setdefault(tier["entrant_type"], []).append(
            (tier["rank"], tier["name"], tier["quota"])
        )
    return {
        kind: tuple((name, quota) for _, name, quota in sorted(rows))
        for kind, rows in sorted(quotas.items())
    }


def _ranked_row(item: Ranked, round_name: str, entry: EntryScore, award: Award | None) -> dict:
    c = item.candidate
    return {
        "rank": item.position,
        "code": c.code,
        "entrant_type": c.entrant_type,
        "round": round_name,
        "submitted_at": c.submitted_at.isoformat() if c.submitted_at else None,
        "judges": len(entry.judge_totals),
        "total": str(c.score),
        "priority": None if c.priority_score is None else str(c.priority_score),
        "top_marks": c.top_marks,
        "decided_by": item.decided_by.value if item.decided_by else None,
        "prize": award.prize if award else "",
        "prize_overridden": bool(award and award.overridden),
    }


def _unranked_row(stage: dict, facts: EntryFacts, entry: EntryScore) -> dict:
    return {
        "code": facts.code,
        "entrant_type": facts.entrant_type,
        "round": stage["round"],
        "judges": len(entry.judge_totals),
        "missing": [{"judge": m.judge, "criterion": m.criterion} for m in entry.missing],
    }
