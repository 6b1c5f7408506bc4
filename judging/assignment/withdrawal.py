"""A judge withdraws: release their unfinished reviews and hand them to the others."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from .solver import assign
from .types import ConflictLookup, EntrySpec, JudgeId, JudgeSpec, Pair, WithdrawalResult


def reassign_withdrawn_judge(
    *,
    entries: Sequence[EntrySpec],
    judges: Sequence[JudgeSpec],
    withdrawn: JudgeId,
    existing: Iterable[Pair],
    completed: Container[Pair],
    conflicts: ConflictLookup = frozenset(),
    per_entry: int = 3,
    seed: int = 0,
) -> WithdrawalResult:
    """Release ``withdrawn``'s pairs not in ``completed`` and cover the gaps they leave.

    Finished reviews stay: they were made in good faith and still count towards the
    entry's coverage and the judge's load. The withdrawn judge stays in the pool with a cap
    equal to their finished work, so they get nothing new. Every other pair is kept as is;
    only the released slots are assigned again, evenly, with the guarantees of ``assign``.
    """
    if not any(j.id == withdrawn for j in judges):
        raise ValueError(f"judge {withdrawn!r} is not in the pool")
    released: list[Pair] = []
    finished: list[Pair] = []
    kept: list[Pair] = []
    for pair in existing:
        if pair[0] != withdrawn:
            kept.append(pair)
        elif pair in completed:
            finished.append(pair)
            kept.append(pair)
        else:
            released.append(pair)
    pool = [replace(j, cap=len(finished)) if j.id == withdrawn else j for j in judges]
    result = assign(
        entries=entries,
        judges=pool,
        conflicts=conflicts,
        existing=kept,
        per_entry=per_entry,
        seed=seed,
    )
    return WithdrawalResult(
        released=tuple(released), kept_completed=tuple(finished), assignment=result
    )
