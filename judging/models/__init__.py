from .audit import AuditEvent
from .certificates import Certificate, CertificateBatch, CertificateSettings
from .jury import Conflict, JuryMember
from .results import Advancement, PrizeTier, ResultSnapshot
from .rounds import Criterion, Round
from .scoring import Assignment, Score, ScoreSheet

__all__ = [
    "Advancement",
    "Assignment",
    "AuditEvent",
    "Certificate",
    "CertificateBatch",
    "CertificateSettings",
    "Conflict",
    "Criterion",
    "JuryMember",
    "PrizeTier",
    "ResultSnapshot",
    "Round",
    "Score",
    "ScoreSheet",
]
