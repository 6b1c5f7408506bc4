"""Validate the caller's data and turn ids into dense indices, shared by every assigner."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .network import NO_FIELD, UNLIMITED, Network
from .types import ConflictLookup, EntrySpec, JudgeSpec, Pair


@dataclass(frozen=True, slots=True)
class Prepared:
    """Index form of one problem. Lists are copied into each ``Network``; never mutate them."""

    entry_ids: list[object]
    judge_ids: list[object]
    entry_field: list[int]
    panels: list[tuple[int, ...]]
    field_count: int
    caps: list[int]
    kept_judges: dict[int, list[int]]  # only entries with kept pairs
    start_load: list[int]
    kept: tuple[Pair, ...]
    conflicts: ConflictLookup
    per_entry: int

    def network(self) -> Network:
        assigned: list[list[int]] = [[] for _ in self.entry_ids]
        for entry, judges in self.kept_judges.items():
            assigned[entry] = list(judges)
        return Network(
            entry_ids=self.entry_ids,
            judge_ids=self.judge_ids,
            conflicts=self.conflicts,
            caps=self.caps,
            assigned=assigned,
            load=list(self.start_load),
            per_entry=self.per_entry,
        )


def prepare(
    *,
    entries: Sequence[EntrySpec],
    judges: Sequence[JudgeSpec],
    conflicts: ConflictLookup,
    existing: Iterable[Pair],
    per_entry: int,
) -> Prepared:
    """Check the inputs; raise ``ValueError`` on anything the caller must fix first.

    A kept pair that is also a declared conflict is an error rather than silently dropped:
    conflicts are absolute, and only the organisers can decide what happens to a review
    that was made before the conflict came to light.
    """
    if per_entry < 1:
        raise ValueError(f"per_entry must be at least 1, got {per_entry}")
    entry_index = _index((e.id for e in entries), "entry")
    judge_index = _index((j.id for j in judges), "judge")
    for judge in judges:
        if judge.cap is not None and judge.cap < 0:
            raise ValueError(f"judge {judge.id!r} has a negative cap")
    fields = sorted({e.field for e in entries if e.field is not None})
    field_index = {f: i for i, f in enumerate(fields)}
    kept_judges: dict[int, list[int]] = {}
    start_load = [0] * len(judges)
    kept = []
    for judge_id, entry_id in existing:
        j = judge_index.get(judge_id)
        e = entry_index.get(entry_id)
        if j is None or e is None:
            raise ValueError(f"existing pair {(judge_id, entry_id)!r} names an unknown id")
        if j in kept_judges.setdefault(e, []):
            raise ValueError(f"existing pair {(judge_id, entry_id)!r} is listed twice")
        if (judge_id, entry_id) in conflicts:
            raise ValueError(
                f"existing pair {(judge_id, entry_id)!r} is a declared conflict; withdraw it first"
            )
        kept_judges[e].append(j)
        start_load[j] += 1
        kept.append((judge_id, entry_id))
    return Prepared(
        entry_ids=[e.id for e in entries],
        judge_ids=[j.id for j in judges],
        entry_field=[NO_FIELD if e.field is None else field_index[e.field] for e in entries],
        panels=[
            tuple(sorted(field_index[f] for f in j.fields if f in field_index)) for j in judges
        ],
        field_count=len(fields),
        caps=[UNLIMITED if j.cap is None else j.cap for j in judges],
        kept_judges=kept_judges,
        start_load=start_load,
        kept=tuple(kept),
        conflicts=conflicts,
        per_entry=per_entry,
    )


def _index(ids: Iterable[object], kind: str) -> dict[object, int]:
    index: dict[object, int] = {}
    for i, key in enumerate(ids):
        if key in index:
            raise ValueError(f"{kind} id {key!r} appears twice")
        index[key] = i
    return index
