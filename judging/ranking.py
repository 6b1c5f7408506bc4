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

    SCORE = "score"  # published score, higher first
    PRIORITY = "priority"  # the edition's priority criterion (criterion mean), higher first
    TOP_MARKS = "top_marks"  # number of criterion marks at that criterion's maximum, more first
    SUBMITTED = "submitted"  # earlier submission first
    CODE = "code"  # entry code (mã bài), as text: always decides, since codes are unique


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry that can be ranked: a complete score and the facts the tie-break needs."""

    entry: EntryId
    code: str
    score: Decimal
    submitted_at: datetime
    priority_score: Decimal | None = None
    top_marks: int = 0
    field: str | None = None
    entrant_type: str = INDIVIDUAL


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
    submitted_at: datetime
    field: str | None = None
    entrant_type: str = INDIVIDUAL


def candidates_from(
    *,
    result: AggregationResult,
    facts: Mapping[EntryId, EntryFacts],
    priority_criterion: str | None = None,
) -> tuple[Candidate, ...]:
    """Rankable candidates from an aggregation: entries with missing marks are left out."""
    out = []
    for scored in result.entries:
        if scored.status is not Status.COMPLETE or scored.score is None:
            continue
        info = facts[scored.entry]
        out.append(
            Candidate(
                entry=scored.entry,
                code=info.code,
                score=scored.score,
                submitted_at=info.submitted_at,
                priority_score=(
                    scored.criterion_means.get(priority_criterion) if priority_criterion else None
                ),
                top_marks=scored.top_marks,
                field=info.field,
                entrant_type=info.entrant_type,
            )
        )
    return tuple(out)


def _keys(c: Candidate) -> tuple[tuple[object, ...], ...]:
    # One key per TieBreak, each ascending = better first. A missing priority score sorts
    # after any present one.
    return (
        (-c.score,),
        (c.priority_score is None, -(c.priority_score or 0)),
        (-c.top_marks,),
        (c.submitted_at,),
        (c.code,),
    )


def rank(*, candidates: Iterable[Candidate]) -> tuple[Ranked, ...]:
    """Order candidates by score, then the tie-break rules of ``TieBreak`` in turn."""
    pool = list(candidates)
    codes = [c.code for c in pool]
    if len(set(codes)) != len(codes):
        raise ValueError("entry codes must be unique: the code is the final tie-break")
    pool.sort(key=_keys)
    ranked = []
    for position, candidate in enumerate(pool, start=1):
        decided_by = None
        if position > 1:
            above, here = _keys(pool[position - 2]), _keys(candidate)
            rule = next(i for i, (a, b) in enumerate(zip(above, here, strict=True)) if a != b)
            decided_by = list(TieBreak)[rule]
        ranked.append(Ranked(position=position, candidate=candidate, decided_by=decided_by))
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


class Prize(StrEnum):
    FIRST = "first"  # Giải Nhất
    SECOND = "second"  # Giải Nhì
    THIRD = "third"  # Giải Ba
    ENCOURAGEMENT = "encouragement"  # Giải Khuyến khích


type Quotas = Mapping[str, Sequence[tuple[Prize, int]]]

# Hanoi's administrative-reform ideas contest, 2024 edition.
HANOI_2024_QUOTAS: Quotas = {
    INDIVIDUAL: ((Prize.FIRST, 1), (Prize.SECOND, 2), (Prize.THIRD, 3), (Prize.ENCOURAGEMENT, 5)),
    GROUP: ((Prize.FIRST, 1), (Prize.SECOND, 1), (Prize.THIRD, 1)),
}


@dataclass(frozen=True, slots=True)
class Override:
    """A jury decision that departs from the ranking; ``prize`` None withholds any prize."""

    entry: EntryId
    prize: Prize | None
    reason: str


@dataclass(frozen=True, slots=True)
class Award:
    entry: EntryId
    entrant_type: str
    prize: Prize
    position: int  # overall ranking position
    overridden: bool
    reason: str | None


@dataclass(frozen=True, slots=True)
class PrizeAllocation:
    """Awards in prize order then ranking; ``vacant`` counts prizes left unawarded."""

    awards: tuple[Award, ...]
    vacant: tuple[tuple[str, Prize, int], ...]
    warnings: tuple[str, ...]


def allocate_prizes(
    *,
    ranking: Sequence[Ranked],
    quotas: Quotas = HANOI_2024_QUOTAS,
    overrides: Sequence[Override] = (),
    minimum_score: Decimal | None = None,
) -> PrizeAllocation:
    """Give each entrant type's prizes down its own ranking, best prize first.

    Overrides are applied first: an entry pinned to a prize takes one place of that
    prize's quota, an entry pinned to None gets nothing; the remaining places go in
    ranking order to entries not pinned. Entries below ``minimum_score`` get no prize
    automatically, so a prize can stay vacant. Warnings list overrides that exceed a quota
    or put an entry above a better-ranked one of the same type.
    """
    by_entry = {item.candidate.entry: item for item in ranking}
    pinned: dict[EntryId, Override] = {}
    for override in overrides:
        if override.entry not in by_entry:
            raise ValueError(f"override names entry {override.entry!r}, which is not ranked")
        if not override.reason.strip():
            raise ValueError(f"override for entry {override.entry!r} needs a reason")
        if override.entry in pinned:
            raise ValueError(f"entry {override.entry!r} is overridden twice")
        pinned[override.entry] = override
    warnings = [
        f"entrant type {t!r} has no prize quota"
        for t in dict.fromkeys(item.candidate.entrant_type for item in ranking)
        if t not in quotas
    ]
    awards: list[Award] = []
    vacant: list[tuple[str, Prize, int]] = []
    for entrant_type, tiers in quotas.items():
        field = [item for item in ranking if item.candidate.entrant_type == entrant_type]
        pins = [pinned[i.candidate.entry] for i in field if i.candidate.entry in pinned]
        queue = [
            item
            for item in field
            if item.candidate.entry not in pinned
            and (minimum_score is None or item.candidate.score >= minimum_score)
        ]
        for prize, count in tiers:
            pinned_here = [p for p in pins if p.prize is prize]
            if len(pinned_here) > count:
                warnings.append(
                    f"{entrant_type}: {len(pinned_here)} overrides to {prize} exceed its quota "
                    f"of {count}"
                )
            for p in pinned_here:
                item = by_entry[p.entry]
                awards.append(_award(item, prize, p.reason))
            left = max(0, count - len(pinned_here))
            for item in queue[:left]:
                awards.append(_award(item, prize, None))
            queue = queue[left:]
            given = sum(1 for a in awards if a.entrant_type == entrant_type and a.prize is prize)
            if given < count:
                vacant.append((entrant_type, prize, count - given))
        offered = {prize for prize, _ in tiers}
        for p in pins:
            if p.prize is not None and p.prize not in offered:
                warnings.append(f"{entrant_type}: override gives {p.prize}, which has no quota")
                awards.append(_award(by_entry[p.entry], p.prize, p.reason))
        warnings += _inversions(awards, entrant_type)
    return PrizeAllocation(awards=tuple(awards), vacant=tuple(vacant), warnings=tuple(warnings))


def _award(item: Ranked, prize: Prize, reason: str | None) -> Award:
    return Award(
        entry=item.candidate.entry,
        entrant_type=item.candidate.entrant_type,
        prize=prize,
        position=item.position,
        overridden=reason is not None,
        reason=reason,
    )


def _inversions(awards: Sequence[Award], entrant_type: str) -> list[str]:
    order = {prize: i for i, prize in enumerate(Prize)}
    mine = [a for a in awards if a.entrant_type == entrant_type]
    out = []
    for better in mine:
        for worse in mine:
            if better.position < worse.position and order[better.prize] > order[worse.prize]:
                out.append(
                    f"{entrant_type}: entry {worse.entry!r} (position {worse.position}) gets "
                    f"{worse.prize}, above entry {better.entry!r} (position {better.position}) "
                    f"with {better.prize}"
                )
    return out
