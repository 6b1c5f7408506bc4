from .agency import Agency
from .edition import Edition, Sector
from .entry import Attachment, Author, Entry, EntryCounter, EntryEvent, EntryNote, Receipt
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
    "Receipt",
    "Sector",
    "User",
]
