"""Ranking, advancement and prize allocation: deterministic, explainable, overridable.

Pure functions over plain data, no Django. Every order is total: two entries never share a
position, and each position records which rule separated it from the one above, so a
jury chair can say exactly why entry A is ahead of entry B.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from judging.aggregation import AggregationResult, Status

type EntryId = Hashable

INDIVIDUAL = "individual"
GROUP = "group"


class TieBreak(StrEnum):
    """The rules, in order: each applies only when all the earlier ones tie."""

    ROUND = "round"  # later round reached first (only a ranking across rounds uses it)
    SCORE = "score"  # published score, higher first
    PRIORITY = "priority"  # the round's priority criterion (criterion mean), higher first
    TOP_MARKS = "top_marks"  # number of criterion marks at that criterion's maximum, more first
    SUBMITTED = "submitted"  # earlier submission first
    CODE = "code"  # entry code (mã bài), as text: always decides, since codes are unique


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry that can be ranked: a complete score and the facts the tie-break needs.

    ``stage`` is how far the entry got when rounds are ranked together (higher = later
    round); a ranking of one round leaves it 0 for everyone.
    """

    entry: EntryId
    code: str
    score: Decimal
    submitted_at: datetime | None
    priority_score: Decimal | None = None
    top_marks: int = 0
    field: str | None = None
    entrant_type: str = INDIVIDUAL
    stage: int = 0


@dataclass(frozen=True, slots=True)
class Ranked:
    """A position (1 = best); ``decided_by`` is the rule that put it below the previous one."""

    position: int
    candidate: Candidate
    decided_by: TieBreak | None


@dataclass(frozen=True, slots=True)
class EntryFacts:
    """What aggregation does not know about an entry but ranking needs."""

    code: str
    submitted_at: datetime | None
    field: str | None = None
    entrant_type: str = INDIVIDUAL


def candidates_from(
    *,
    result: AggregationResult,
    facts: Mapping[EntryId, EntryFacts],
    priority_criterion: str | None = None,
    stage: int = 0,
) -> tuple[Candidate, ...]:
    """Rankable candidates from an aggregation: entries with missing marks are left out."""
    out = []
    for scored in result.entries:
        if scored.status is not Status.COMPLETE or scored.score is None:
            continue
        info = facts[scored.entry]
        # Positional, in Candidate's field order: this runs once per entry and method.
        out.append(
            Candidate(
                scored.entry,
                info.code,
                scored.score,
                info.submitted_at,
                scored.criterion_means.get(priority_criterion) if priority_criterion else None,
                scored.top_marks,
                info.field,
                info.entrant_type,
                stage,
            )
        )
    return tuple(out)


def _key(c: Candidate) -> tuple[object, ...]:
    # One flat key, ascending = better first; _RULE_OF_KEY names the TieBreak each element
    # belongs to. A missing priority score or submission time sorts after any present one
    # (its flag differs first, so None is never compared with a value).
    priority, submitted = c.priority_score, c.submitted_at
    return (
        -c.stage,
        -c.score,
        priority is None,
        0 if priority is None else -priority,
        -c.top_marks,
        submitted is None,
        0 if submitted is None else submitted,
        c.code,
    )


_RULE_OF_KEY = (
    TieBreak.ROUND,
    TieBreak.SCORE,
    TieBreak.PRIORITY,
    TieBreak.PRIORITY,
    TieBreak.TOP_MARKS,
    TieBreak.SUBMITTED,
    TieBreak.SUBMITTED,
    TieBreak.CODE,
)


def rank(*, candidates: Iterable[Candidate]) -> tuple[Ranked, ...]:
    """Order candidates by round reached and score, then the tie-break rules in turn."""
    pool = list(candidates)
    if len({c.code for c in pool}) != len(pool):
        raise ValueError("entry codes must be unique: the code is the final tie-break")
    keys = list(map(_key, pool))
    order = sorted(range(len(pool)), key=keys.__getitem__)
    ranked = []
    above = None
    for position, index in enumerate(order, start=1):
        here = keys[index]
        decided_by = None
        if above is not None:
            # Codes are unique, so some element differs before the end of the key.
            element = 0
            while above[element] == here[element]:
                element += 1
            decided_by = _RULE_OF_KEY[element]
        ranked.append(Ranked(position, pool[index], decided_by))
        above = here
    return tuple(ranked)


def select_advancing(
    *,
    ranking: Sequence[Ranked],
    top: int | None = None,
    threshold: Decimal | None = None,
    per_field: bool = False,
) -> tuple[Ranked, ...]:
    """Who goes on to the next round, in ranking order.

    ``threshold`` keeps scores at or above it ("đạt từ 75 điểm trở lên"); ``top`` keeps the
    first N of what remains. With ``per_field`` both apply within each field separately
    (entries without a field form their own group).
    """
    if top is None and threshold is None:
        raise ValueError("give top, threshold, or both")
    if top is not None and top < 0:
        raise ValueError("top must not be negative")
    taken: dict[str | None, int] = {}
    chosen = []
    for item in ranking:
        if threshold is not None and item.candidate.score < threshold:
            continue
        group = item.candidate.field if per_field else None
        if top is not None and taken.get(group, 0) >= top:
            continue
        taken[group] = taken.get(group, 0) + 1
        chosen.append(item)
    return tuple(chosen)


type Quotas = Mapping[str, Sequence[tuple[str, int]]]
"""Per entrant type, its prizes best first: (prize name, how many)."""

# Hanoi's administrative-reform ideas contest, 2024 edition: the default prize tiers
# (judging.services.results.prize_tiers_create_default stores them for an edition).
HANOI_2024_QUOTAS: Quotas = {
    INDIVIDUAL: (("Giải Nhất", 1), ("Giải Nhì", 2), ("Giải Ba", 3), ("Giải Khuyến khích", 5)),
    GROUP: (("Giải Nhất", 1), ("Giải Nhì", 1), ("Giải Ba", 1)),
}


class OverrideProblem(StrEnum):
    NO_REASON = "no_reason"
    NOT_RANKED = "not_ranked"
    TWICE = "twice"


class OverrideError(ValueError):
    """An override that cannot be applied; ``problem`` says why, for a translated message."""

    def __init__(self, entry: EntryId, problem: OverrideProblem) -> None:
        self.entry, self.problem = entry, problem
        text = {
            OverrideProblem.NO_REASON: "needs a reason",
            OverrideProblem.NOT_RANKED: "names an entry which is not ranked",
            OverrideProblem.TWICE: "is given twice",
        }[problem]
        super().__init__(f"override for entry {entry!r} {text}")


@dataclass(frozen=True, slots=True)
class Override:
    """A jury decision that departs from the ranking; ``prize`` None withholds any prize."""

    entry: EntryId
    prize: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Award:
    entry: EntryId
    entrant_type: str
    prize: str
    position: int  # overall ranking position
    overridden: bool
    reason: str | None


@dataclass(frozen=True, slots=True)
class PrizeAllocation:
    """Awards per entrant type in prize order, then ranking; ``vacant`` counts prizes left
    unawarded as (entrant type, prize, count)."""

    awards: tuple[Award, ...]
    vacant: tuple[tuple[str, str, int], ...]
    warnings: tuple[str, ...]

    def by_entry(self) -> dict[EntryId, Award]:
        return {a.entry: a for a in self.awards}


def allocate_prizes(
    *,
    ranking: Sequence[Ranked],
    quotas: Quotas = HANOI_2024_QUOTAS,
    overrides: Sequence[Override] = (),
    minimum_score: Decimal | None = None,
) -> PrizeAllocation:
    """Give each entrant type's prizes down its own ranking, best prize first.

    ``quotas`` name each type's prizes best first (an edition's prize tiers; names may
    repeat across types, as "Giải Nhất" does, never within one). Overrides are applied
    first: an entry pinned to a prize takes one place of that prize's quota of its own
    type, an entry pinned to None gets nothing; the remaining places go in ranking order to
    entries not pinned. Entries below ``minimum_score`` get no prize automatically, so a
    prize can stay vacant. Warnings list entrant types without quotas, overrides that
    exceed a quota or name a prize the type does not have, and overrides that put an entry
    above a better-ranked one of the same type. Raises ``OverrideError`` for an override
    without a reason, of an unranked entry, or given twice.
    """
    by_entry = {item.candidate.entry: item for item in ranking}
    pinned: dict[EntryId, Override] = {}
    for override in overrides:
        if override.entry not in by_entry:
            raise OverrideError(override.entry, OverrideProblem.NOT_RANKED)
        if not override.reason.strip():
            raise OverrideError(override.entry, OverrideProblem.NO_REASON)
        if override.entry in pinned:
            raise OverrideError(override.entry, OverrideProblem.TWICE)
        pinned[override.entry] = override
    for entrant_type, tiers in quotas.items():
        names = [prize for prize, _ in tiers]
        if len(set(names)) != len(names):
            raise ValueError(f"entrant type {entrant_type!r} names a prize twice")
    warnings = [
        f"entrant type {t!r} has no prize quota"
        for t in dict.fromkeys(item.candidate.entrant_type for item in ranking)
        if t not in quotas
    ]
    awards: list[Award] = []
    vacant: list[tuple[str, str, int]] = []
    for entrant_type, tiers in quotas.items():
        field = [item for item in ranking if item.candidate.entrant_type == entrant_type]
        pins = [pinned[i.candidate.entry] for i in field if i.candidate.entry in pinned]
        queue = [
            item
            for item in field
            if item.candidate.entry not in pinned
            and (minimum_score is None or item.candidate.score >= minimum_score)
        ]
        mine: list[Award] = []
        for prize, count in tiers:
            pinned_here = [p for p in pins if p.prize == prize]
            if len(pinned_here) > count:
                warnings.append(
                    f"{entrant_type}: {len(pinned_here)} overrides to {prize} exceed its quota "
                    f"of {count}"
                )
            mine += [_award(by_entry[p.entry], prize, p.reason) for p in pinned_here]
            left = max(0, count - len(pinned_here))
            mine += [_award(item, prize, None) for item in queue[:left]]
            queue = queue[left:]
            given = sum(1 for a in mine if a.prize == prize)
            if given < count:
                vacant.append((entrant_type, prize, count - given))
        offered = [prize for prize, _ in tiers]
        for p in pins:
            if p.prize is not None and p.prize not in offered:
                warnings.append(f"{entrant_type}: override gives {p.prize}, which has no quota")
                mine.append(_award(by_entry[p.entry], p.prize, p.reason))
        warnings += _inversions(mine, entrant_type, offered)
        awards += mine
    return PrizeAllocation(awards=tuple(awards), vacant=tuple(vacant), warnings=tuple(warnings))


def _award(item: Ranked, prize: str, reason: str | None) -> Award:
    return Award(
        entry=item.candidate.entry,
        entrant_type=item.candidate.entrant_type,
        prize=prize,
        position=item.position,
        overridden=reason is not None,
        reason=reason,
    )


def _inversions(mine: Sequence[Award], entrant_type: str, offered: Sequence[str]) -> list[str]:
    # Prizes outside the type's tiers are already warned about and have no order.
    order = {prize: i for i, prize in enumerate(offered)}
    ordered = [a for a in mine if a.prize in order]
    out = []
    for better in ordered:
        for worse in ordered:
            if better.position < worse.position and order[better.prize] > order[worse.prize]:
                out.append(
                    f"{entrant_type}: entry {worse.entry!r} (position {worse.position}) gets "
                    f"{worse.prize}, above entry {better.entry!r} (position {better.position}) "
                    f"with {better.prize}"
                )
    return out
