from .initiative import Adoption, Evidence, Initiative, InitiativeEvent
from .similarity import EntryText, PairMark, SimilarPair

__all__ = [
    "Adoption",
    "EntryText",
    "Evidence",
    "Initiative",
    "InitiativeEvent",
    "PairMark",
    "SimilarPair",
]
