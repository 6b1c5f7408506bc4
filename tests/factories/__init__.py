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

from .judging import CertificateSettingsFactory, group_entry, result_snapshot  # noqa: E402

__all__ += ["CertificateSettingsFactory", "group_entry", "result_snapshot"]
