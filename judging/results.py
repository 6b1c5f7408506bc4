"""A round's results for the staff pages, exports and advancement.

The database is read in a constant number of queries (judging.selectors.raw_scores, where
the database totals every sheet); every figure and the order then come from
judging.aggregation and judging.ranking, the one implementation of the rules (documented in
docs/judging.md), which the frozen snapshot (judging.snapshot) uses too. Criterion ids are
passed to them as strings (``str(pk)``).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from contest.collation import vietnamese_name_key
from judging.aggregation import (
    Criterion,
    JudgeEffects,
    Method,
    MissingMark,
    Status,
    aggregate_methods,
    round2,
)
from judging.models import Round
from judging.ranking import EntryFacts, Ranked, TieBreak, candidates_from, rank
from judging.selectors import raw_scores

# Why an entry is below the one above it, as the ranking table says it.
DECIDED_BY_LABELS = {
    TieBreak.ROUND: _("by round reached"),
    TieBreak.SCORE: _("by score"),
    TieBreak.PRIORITY: _("by priority criterion"),
    TieBreak.TOP_MARKS: _("by number of maximum marks"),
    TieBreak.SUBMITTED: _("by earlier submission"),
    TieBreak.CODE: _("by entry code"),
}


@dataclass
class ResultRow:
    """One entry of a round. ``total`` is the round method's score (None while any expected
    mark is missing); ``normalised`` the z-score method's; ``criterion_means`` are keyed by
    ``str(criterion.pk)``; ``judge_totals`` by judge pk, complete sheets only."""

    entry_id: int
    code: str
    title: str
    sector: str
    entrant_type: str
    submitted_at: object
    assigned: int
    scored: int
    judge_totals: dict[int, Decimal]
    criterion_means: dict[str, Decimal]
    raw_mean: Decimal | None
    total: Decimal | None
    normalised: Decimal | None
    spread: Decimal | None = None
    sd: Decimal | None = None
    missing: bool = False
    missing_marks: tuple[MissingMark, ...] = ()
    disputed: bool = False
    top_marks: int = 0
    rank: int | None = None
    decided_by: TieBreak | None = None

    @property
    def adjustment(self) -> Decimal | None:
        """How far the round's method moved the entry from its judges' raw mean."""
        if self.total is None or self.raw_mean is None:
            return None
        return self.total - self.raw_mean

    @property
    def decided_by_label(self) -> str:
        return DECIDED_BY_LABELS[self.decided_by] if self.decided_by else ""


@dataclass
class RoundResults:
    """Ranked rows in ranking order, then unranked (missing) rows in entry order."""

    round: Round
    method: str
    criteria: list
    rows: list[ResultRow]
    judges: dict[int, str] = field(default_factory=dict)
    totals_by_judge: dict[int, dict[int, Decimal]] = field(default_factory=dict)
    ranking: tuple[Ranked, ...] = ()
    # The judge-adjusted method's fitted offsets and factors (None for the other methods).
    judge_effects: JudgeEffects | None = None

    @property
    def falls_back_to_mean(self) -> bool:
        """The corrected mean, with no judge scoring enough entries to be corrected."""
        effects = self.judge_effects
        return effects is not None and len(effects.uncorrected) == len(effects.judges)

    @property
    def judge_effect_rows(self) -> list[tuple[str, object]]:
        """(judge name, fitted effect) by name, for the page that explains the correction."""
        if self.judge_effects is None:
            return []
        return sorted(
            (
                (self.judges.get(judge, str(judge)), effect)
                for judge, effect in self.judge_effects.judges.items()
            ),
            key=lambda pair: vietnamese_name_key(pair[0]),
        )


def aggregation_criteria(criteria) -> list[Criterion]:
    """The round's rubric as aggregation criteria (ids ``str(pk)``)."""
    return [Criterion(id=str(c.pk), max_score=c.max_points, weight=c.weight) for c in criteria]


def round_results(*, round_: Round) -> RoundResults:
    """The round's results by its own method."""
    method = Method(round_.method)
    return round_results_by_method(round_=round_, methods=[method])[method]


def round_results_by_method(*, round_: Round, methods) -> dict[Method, RoundResults]:
    """The round's results by each of ``methods``, from one read of the round and one pass
    of what the methods share (judging.aggregation.aggregate_methods): what comparing
    methods on the same scores costs is the ranking, not the reading."""
    raw = raw_scores(round_=round_)
    aggregated = aggregate_methods(
        table=raw.table,
        criteria=aggregation_criteria(raw.criteria),
        methods=[Method(m) for m in methods],
        max_range=round_.disagreement_range,
        normalise=True,
        min_entries=round_.min_judge_entries,
    )
    facts = {
        entry_id: EntryFacts(
            code=entry.code,
            submitted_at=entry.submitted_at,
            field=str(entry.sector_id) if entry.sector_id else None,
            entrant_type=entry.entrant_type,
        )
        for entry_id, entry in raw.entries.items()
    }
    # Everything in a row but the score, the rank and the rule that placed it is the same
    # whatever the method, so it is taken once, from any method's result.
    shared = _shared_rows(raw=raw, entries=next(iter(aggregated.values())).entries)
    totals_by_judge: dict[int, dict[int, Decimal]] = {}
    for head, _tail in shared.values():
        entry_id, judge_totals = head[0], head[8]
        for judge, total in judge_totals.items():
            totals_by_judge.setdefault(judge, {})[entry_id] = total
    priority = round_.priority_criterion_id
    return {
        method: _results(
            round_=round_,
            raw=raw,
            result=result,
            ranking=rank(
                candidates=candidates_from(
                    result=result,
                    facts=facts,
                    priority_criterion=str(priority) if priority is not None else None,
                )
            ),
            shared=shared,
            totals_by_judge=totals_by_judge,
        )
        for method, result in aggregated.items()
    }


def _shared_rows(*, raw, entries) -> dict[int, tuple]:
    """Each entry's ResultRow fields before ``total`` and after it, up to ``top_marks``."""
    shared = {}
    for scored in entries:
        entry = raw.entries[scored.entry]
        shared[scored.entry] = (
            (
                scored.entry,
                entry.code,
                entry.title,
                entry.sector_name,
                entry.entrant_type,
                entry.submitted_at,
                len(raw.assigned.get(scored.entry, ())),
                len(scored.judge_totals),
                dict(scored.judge_totals),
                dict(scored.criterion_means),
                scored.raw_mean,
            ),
            (
                scored.normalised,
                None if scored.spread is None else round2(scored.spread),
                scored.stdev,
                scored.status is not Status.COMPLETE,
                scored.missing,
                scored.disagreement,
                scored.top_marks,
            ),
        )
    return shared


def _results(*, round_: Round, raw, result, ranking, shared, totals_by_judge) -> RoundResults:
    """One method's rows: ranked in ranking order, then unranked in entry order. Rows of
    different methods share their (read-only) dicts of judge totals and criterion means."""
    rows = {
        scored.entry: ResultRow(*shared[scored.entry][0], scored.score, *shared[scored.entry][1])
        for scored in result.entries
    }
    ordered = []
    for item in ranking:
        row = rows.pop(item.candidate.entry)
        row.rank, row.decided_by = item.position, item.decided_by
        ordered.append(row)
    ordered += [rows[entry_id] for entry_id in raw.entries if entry_id in rows]
    return RoundResults(
        round=round_,
        method=result.method.value,
        criteria=raw.criteria,
        rows=ordered,
        judges=raw.judges,
        totals_by_judge=totals_by_judge,
        ranking=ranking,
        judge_effects=result.judge_effects,
    )
