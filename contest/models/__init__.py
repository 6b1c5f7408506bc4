from .agency import Agency
from .user import User

__all__ = ["Agency", "User"]
