"""The only place the reports read results: the frozen snapshot's JSON and the live results.

Both are owned, and reshaped from time to time, by other modules (judging.snapshot,
judging.services.results, judging.results). Reading them here, defensively, into the small
frozen dataclasses below means a change there breaks at most these two functions: a
missing key gives an empty value, never a crash halfway through a document.
"""

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from judging.models import ResultSnapshot, Round
from judging.results import round_results

# --- the frozen result -------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FrozenRow:
    code: str
    entrant_type: str
    rank: int | None
    total: Decimal | None
    prize: str  # empty when the entry won nothing
    # The round whose score ``total`` is: the last round the entry reached, so a list can
    # hold final-round and preliminary-round scores side by side, and must say which.
    round_name: str = ""


@dataclass(frozen=True, kw_only=True)
class FrozenTier:
    entrant_type: str
    rank: int
    name: str


@dataclass(frozen=True, kw_only=True)
class FrozenVacancy:
    entrant_type: str
    prize: str
    count: int


@dataclass(frozen=True, kw_only=True)
class FrozenResult:
    rows: tuple[FrozenRow, ...]  # ranking order, best first
    tiers: tuple[FrozenTier, ...]
    vacant: tuple[FrozenVacancy, ...] = ()

    @property
    def winners(self) -> tuple[FrozenRow, ...]:
        return tuple(row for row in self.rows if row.prize)


def latest_snapshot(*, edition_id: int) -> ResultSnapshot | None:
    """The edition's most recent frozen result, published or not (one query)."""
    return ResultSnapshot.objects.filter(edition_id=edition_id).order_by("-version").first()


def frozen_result(snapshot: ResultSnapshot) -> FrozenResult:
    """Ranking, prize tiers and vacant prizes of a snapshot, read defensively."""
    try:
        payload = json.loads(snapshot.payload)
    except (TypeError, ValueError):
        payload = {}
    payload = _mapping(payload)
    outputs = _mapping(payload.get("outputs"))
    inputs = _mapping(payload.get("inputs"))
    rows = tuple(
        FrozenRow(
            code=str(row.get("code") or ""),
            entrant_type=str(row.get("entrant_type") or ""),
            rank=_int(row.get("rank")),
            total=_decimal(row.get("total")),
            prize=str(row.get("prize") or ""),
            round_name=str(row.get("round") or ""),
        )
        for row in map(_mapping, _list(outputs.get("ranking")))
        if row.get("code")
    )
    tiers = tuple(
        FrozenTier(
            entrant_type=str(tier.get("entrant_type") or ""),
            rank=_int(tier.get("rank")) or 0,
            name=str(tier.get("name") or ""),
        )
        for tier in map(_mapping, _list(inputs.get("prize_tiers")))
        if tier.get("name")
    )
    vacant = tuple(
        FrozenVacancy(
            entrant_type=str(item.get("entrant_type") or ""),
            prize=str(item.get("prize") or ""),
            count=_int(item.get("count")) or 0,
        )
        for item in map(_mapping, _list(_mapping(outputs.get("prizes")).get("vacant")))
        if item.get("prize")
    )
    return FrozenResult(rows=rows, tiers=tiers, vacant=vacant)


# --- the live results of a round ----------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class LiveCriterion:
    id: int
    name: str
    max_points: Decimal
    weight: Decimal
    guidance: str = ""


@dataclass(frozen=True, kw_only=True)
class LiveRow:
    code: str
    title: str
    sector: str
    judge_totals: dict[int, Decimal]  # judge pk -> total of a complete sheet
    criterion_means: dict[int, Decimal]  # criterion pk -> mean mark
    total: Decimal | None
    rank: int | None
    scored: int
    assigned: int
    missing: bool


@dataclass(frozen=True, kw_only=True)
class LiveRound:
    method: str
    criteria: tuple[LiveCriterion, ...]
    rows: tuple[LiveRow, ...]  # ranked first, in ranking order, then unranked
    judges: dict[int, str]  # judge pk -> name (or email when the name is empty)


def live_round(round_: Round) -> LiveRound:
    """``judging.results.round_results`` reduced to what the score summary prints."""
    results = round_results(round_=round_)
    criteria = tuple(
        LiveCriterion(
            id=c.pk,
            name=c.name,
            max_points=c.max_points,
            weight=c.weight,
            guidance=getattr(c, "guidance", "") or "",
        )
        for c in getattr(results, "criteria", ()) or ()
    )
    rows = []
    for row in getattr(results, "rows", ()) or ():
        means = dict(getattr(row, "criterion_means", {}) or {})
        judge_totals = dict(getattr(row, "judge_totals", {}) or {})
        rows.append(
            LiveRow(
                code=str(getattr(row, "code", "") or ""),
                title=str(getattr(row, "title", "") or ""),
                sector=str(getattr(row, "sector", "") or ""),
                judge_totals={_int(k): v for k, v in judge_totals.items() if _int(k) is not None},
                # Keyed by str(pk) today; int keys are accepted should that change.
                criterion_means={
                    c.id: means[key]
                    for c in criteria
                    for key in (str(c.id), c.id)
                    if key in means and means[key] is not None
                },
                total=getattr(row, "total", None),
                rank=getattr(row, "rank", None),
                scored=getattr(row, "scored", len(judge_totals)) or 0,
                assigned=getattr(row, "assigned", 0) or 0,
                missing=bool(getattr(row, "missing", False)),
            )
        )
    judges = {
        _int(k): str(v or "")
        for k, v in (getattr(results, "judges", {}) or {}).items()
        if _int(k) is not None
    }
    return LiveRound(
        method=str(getattr(results, "method", "") or round_.method),
        criteria=criteria,
        rows=tuple(rows),
        judges=judges,
    )


# --- helpers ------------------------------------------------------------------------------


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _int(value) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _decimal(value) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
