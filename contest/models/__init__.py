from .agency import Agency
from .edition import Edition, Sector
from .entry import Attachment, Author, Entry, EntryCounter, EntryEvent, EntryNote
from .user import User

__all__ = [
    "Agency",
    "Attachment",
    "Author",
    "Edition",
    "Entry",
    "EntryCounter",
    "EntryEvent",
    "EntryNote",
    "Sector",
    "User",
]
