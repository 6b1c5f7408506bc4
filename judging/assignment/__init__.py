"""Automatic assignment of judges to entries: exact, even, and fast at contest scale.

Pure Python, no Django: the models call these functions with plain data.
"""

from .greedy import assign_greedy
from .solver import assign
from .targets import balanced_targets
from .types import (
    AssignmentResult,
    ConflictLookup,
    EntrySpec,
    JudgeSpec,
    Shortfall,
    UncoveredEntry,
    WithdrawalResult,
)
from .withdrawal import reassign_withdrawn_judge

__all__ = [
    "AssignmentResult",
    "ConflictLookup",
    "EntrySpec",
    "JudgeSpec",
    "Shortfall",
    "UncoveredEntry",
    "WithdrawalResult",
    "assign",
    "assign_greedy",
    "balanced_targets",
    "reassign_withdrawn_judge",
]
