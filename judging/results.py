"""A round's results, computed from the raw scores in three queries: totals by every method,
flags, and the deterministic ranking."""

from dataclasses import dataclass, field
from decimal import Decimal

from judging import aggregate
from judging.models import Round
from judging.selectors import raw_scores


@dataclass
class ResultRow:
    entry_id: int
    code: str
    title: str
    sector: str
    entrant_type: str
    submitted_at: object
    assigned: int
    scored: int
    judge_totals: dict[int, Decimal]
    criterion_means: dict[int, Decimal]
    raw_mean: Decimal | None
    total: Decimal | None
    normalised: Decimal | None
    spread: Decimal = Decimal(0)
    sd: Decimal = Decimal(0)
    missing: bool = False
    disputed: bool = False
    top_scores: int = 0
    rank: int | None = None


@dataclass
class RoundResults:
    round: Round
    method: str
    criteria: list
    rows: list[ResultRow]
    judges: dict[int, str] = field(default_factory=dict)
    totals_by_judge: dict[int, dict[int, Decimal]] = field(default_factory=dict)


def rank_key(row: ResultRow, *, priority_criterion_id: int | None):
    """Total, then the round's priority criterion, then top scores, then earlier submission.

    The entry code is the last key, so no two entries ever compare equal.
    """
    priority = row.criterion_means.get(priority_criterion_id, Decimal(0))
    return (
        -(row.total if row.total is not None else Decimal("-1")),
        -priority,
        -row.top_scores,
        row.submitted_at.timestamp() if row.submitted_at else float("inf"),
        row.code,
    )


def round_results(*, round_: Round) -> RoundResults:
    raw = raw_scores(round_=round_)
    weights = {c.pk: c.weight for c in raw.criteria}
    # Read once: Model.pk is a property, and this loop runs for every entry of the round.
    criterion_ids = list(weights)
    method = round_.method
    totals_by_judge: dict[int, dict[int, Decimal]] = {}
    rows = []
    for entry_id, entry in raw.entries.items():
        by_judge = raw.scores.get(entry_id, {})
        judge_totals = {
            judge: aggregate.weighted_total(scores=scores, weights=weights)
            for judge, scores in by_judge.items()
        }
        for judge, total in judge_totals.items():
            totals_by_judge.setdefault(judge, {})[entry_id] = total
        totals = list(judge_totals.values())
        assigned = len(raw.assigned.get(entry_id, ()))
        sheets = list(by_judge.values())
        criterion_means = {}
        for criterion_id in criterion_ids:
            points = [s[criterion_id] for s in sheets if criterion_id in s]
            if points:
                criterion_means[criterion_id] = aggregate.mean(totals=points)
        spread, sd = aggregate.disagreement(totals=totals)
        rows.append(
            ResultRow(
                entry_id=entry_id,
                code=entry.code,
                title=entry.title,
                sector=entry.sector.name if entry.sector_id else "",
                entrant_type=entry.entrant_type,
                submitted_at=entry.submitted_at,
                assigned=assigned,
                scored=len(totals),
                judge_totals=judge_totals,
                criterion_means=criterion_means,
                raw_mean=aggregate.mean(totals=totals) if totals else None,
                total=(
                    aggregate.METHODS[method](totals=totals)
                    if totals and method in aggregate.METHODS
                    else None
                ),
                normalised=None,
                spread=spread,
                sd=sd,
                missing=len(totals) < max(assigned, 1),
                disputed=spread > round_.disagreement_range,
            )
        )
    normalised = aggregate.zscore_normalise(totals_by_judge=totals_by_judge)
    best_by_judge = {j: max(t.values()) for j, t in totals_by_judge.items() if t}
    for row in rows:
        values = [normalised[j][row.entry_id] for j in row.judge_totals]
        row.normalised = aggregate.mean(totals=values) if values else None
        if method == "zscore":
            row.total = row.normalised
        row.top_scores = sum(1 for j, t in row.judge_totals.items() if t == best_by_judge[j])
    rows.sort(key=lambda r: rank_key(r, priority_criterion_id=round_.priority_criterion_id))
    for position, row in enumerate(rows, start=1):
        row.rank = position if row.total is not None else None
    return RoundResults(
        round=round_,
        method=method,
        criteria=raw.criteria,
        rows=rows,
        judges=raw.judges,
        totals_by_judge=totals_by_judge,
    )
