"""Score aggregation: from judges' marks to one reproducible score per entry.

Pure functions over plain data (no Django); exact decimal arithmetic, rounded half up to
2 decimals only where a figure is published.
"""

from .aggregate import DEFAULT_RANGE_SHARE, aggregate, aggregate_methods, aggregate_table
from .judge_effects import MIN_ENTRIES, JudgeEffect, JudgeEffects, fit_judge_effects
from .methods import TRIM_FROM
from .numbers import round2
from .types import (
    AggregationResult,
    Criterion,
    EntryScore,
    Method,
    MissingMark,
    Status,
)

__all__ = [
    "DEFAULT_RANGE_SHARE",
    "MIN_ENTRIES",
    "TRIM_FROM",
    "AggregationResult",
    "Criterion",
    "EntryScore",
    "JudgeEffect",
    "JudgeEffects",
    "Method",
    "MissingMark",
    "Status",
    "aggregate",
    "aggregate_methods",
    "aggregate_table",
    "fit_judge_effects",
    "round2",
]
