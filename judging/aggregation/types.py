"""Inputs and outputs of score aggregation: plain frozen data, no Django."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .judge_effects import JudgeEffects

type EntryId = Hashable
type JudgeId = Hashable
type CriterionId = str


@dataclass(frozen=True, slots=True)
class Criterion:
    """A rubric line: marks from 0 to ``max_score``, counted ``weight`` times in the total.

    A weight of 0 keeps a criterion on the sheet (and in the tie-breaks) without counting
    it in the total.
    """

    id: CriterionId
    max_score: Decimal
    weight: Decimal = Decimal(1)

    def __post_init__(self) -> None:
        if self.max_score <= 0 or self.weight < 0:
            raise ValueError(
                f"criterion {self.id!r} needs a positive maximum and a weight of 0 or more"
            )


class Method(StrEnum):
    MEAN = "mean"
    TRIMMED_MEAN = "trimmed_mean"
    MEDIAN = "median"
    ZSCORE = "zscore"
    # Each judge's leniency and scale fitted from the round's scores, then the mean of the
    # corrected totals (judging.aggregation.judge_effects). The recommended method.
    ADJUSTED = "adjusted"


class Status(StrEnum):
    COMPLETE = "complete"
    MISSING = "missing"  # some expected mark is absent: no score is published


@dataclass(frozen=True, slots=True)
class MissingMark:
    """An expected mark that is absent; ``criterion`` None means the judge's whole sheet."""

    judge: JudgeId
    criterion: CriterionId | None


@dataclass(frozen=True, slots=True)
class EntryScore:
    """One entry's result.

    ``judge_totals`` are the weighted totals of the judges' complete sheets, exact;
    ``counted`` are the judges whose totals made the score (trimming may drop two).
    ``criterion_means`` and ``stdev`` are rounded half up to 2 decimals, ``spread`` (the
    highest judge total minus the lowest) is exact. ``top_marks`` counts criterion marks
    equal to that criterion's maximum, over all complete sheets: a tie-break.
    ``normalised`` is the z-score method's score, rounded like ``score``, when the
    aggregation was asked to normalise (always with ``Method.ZSCORE``); None otherwise and
    for entries with missing marks.
    """

    entry: EntryId
    status: Status
    score: Decimal | None
    judge_totals: Mapping[JudgeId, Decimal]
    counted: tuple[JudgeId, ...]
    criterion_means: Mapping[CriterionId, Decimal]
    top_marks: int
    spread: Decimal | None
    stdev: Decimal | None
    disagreement: bool
    missing: tuple[MissingMark, ...]
    normalised: Decimal | None = None
    # The plain mean of ``judge_totals``, rounded like ``score``, for complete entries: the
    # raw figure shown beside any method's score.
    raw_mean: Decimal | None = None


@dataclass(frozen=True, slots=True)
class AggregationResult:
    """All entries' results, in input order, with the constants a z-score run used
    (``Method.ZSCORE`` or ``normalise``)."""

    method: Method
    entries: tuple[EntryScore, ...]
    pooled_mean: Decimal | None = None
    pooled_stdev: Decimal | None = None
    unnormalised_judges: tuple[JudgeId, ...] = ()
    # Method.ADJUSTED only: the fitted judge effects (centre, per-judge offset and factor).
    judge_effects: JudgeEffects | None = None

    def by_entry(self) -> dict[EntryId, EntryScore]:
        return {e.entry: e for e in self.entries}
