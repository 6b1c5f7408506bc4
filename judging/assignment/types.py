"""Inputs and outputs of judge assignment: plain frozen data, no Django."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

type EntryId = Hashable
type JudgeId = Hashable
type Pair = tuple[JudgeId, EntryId]


class ConflictLookup(Protocol):
    """Anything that answers ``(judge_id, entry_id) in conflicts``.

    A ``set`` of pairs is the usual argument. The assigner only ever asks about pairs it
    is considering, so a large contest can pass a rule-based object instead (for example
    "same agency as the author") and never store millions of pairs.
    """

    def __contains__(self, pair: object, /) -> bool: ...


@dataclass(frozen=True, slots=True)
class EntrySpec:
    """An entry to be reviewed; ``field`` is its lĩnh vực code, if the contest uses fields."""

    id: EntryId
    field: str | None = None


@dataclass(frozen=True, slots=True)
class JudgeSpec:
    """A judge; ``cap`` bounds their total load (existing + new), ``None`` means no limit.

    ``fields`` is the judge's panel: the lĩnh vực codes they are preferred for.
    """

    id: JudgeId
    cap: int | None = None
    fields: frozenset[str] = frozenset()


class Shortfall(StrEnum):
    """Why an entry could not get all the judges it needs, most basic cause first."""

    TOO_FEW_JUDGES = "too_few_judges"
    CONFLICTS = "conflicts"
    CAPACITY = "capacity"
    COMPETITION = "competition"


@dataclass(frozen=True, slots=True)
class UncoveredEntry:
    """An entry left with fewer than ``needed`` judges.

    ``eligible`` counts the judges that could take the entry under the stated ``reason``:
    the pool size, the non-conflicted judges, or the non-conflicted judges with capacity.
    ``detail`` is an English sentence; translate from ``reason`` and the numbers in the UI.
    """

    entry: EntryId
    assigned: int
    needed: int
    reason: Shortfall
    eligible: int
    detail: str


@dataclass(frozen=True, slots=True)
class AssignmentResult:
    """The outcome of an assignment run.

    ``new`` are the pairs to create; ``kept`` are the existing pairs, unchanged. ``load``
    is each judge's total (kept + new). ``field_matched`` counts new pairs whose judge's
    panel includes the entry's field.
    """

    new: tuple[Pair, ...]
    kept: tuple[Pair, ...]
    uncovered: tuple[UncoveredEntry, ...]
    load: Mapping[JudgeId, int] = field(default_factory=dict)
    field_matched: int = 0

    @property
    def pairs(self) -> tuple[Pair, ...]:
        return self.kept + self.new

    @property
    def load_spread(self) -> int:
        return max(self.load.values()) - min(self.load.values()) if self.load else 0


@dataclass(frozen=True, slots=True)
class WithdrawalResult:
    """A withdrawn judge's open work, released and handed to others.

    ``released`` are the withdrawn judge's unfinished pairs, to delete; ``kept_completed``
    their finished ones, which still count. ``assignment.new`` are the replacement pairs.
    """

    released: tuple[Pair, ...]
    kept_completed: tuple[Pair, ...]
    assignment: AssignmentResult
