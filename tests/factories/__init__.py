from .contest import AgencyFactory, EditionFactory, EntryFactory, UserFactory

__all__ = ["AgencyFactory", "EditionFactory", "EntryFactory", "UserFactory"]

from .judging import (
    AssignmentFactory,
    ConflictFactory,
    EligibleEntryFactory,
    JudgeFactory,
    JuryMemberFactory,
    PrizeTierFactory,
    RoundFactory,
    score_assignment,
)

__all__ += [
    "AssignmentFactory",
    "ConflictFactory",
    "EligibleEntryFactory",
    "JudgeFactory",
    "JuryMemberFactory",
    "PrizeTierFactory",
    "RoundFactory",
    "score_assignment",
]
