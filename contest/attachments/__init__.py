"""Deciding what an uploaded file is from its content, refusing the unsafe, and writing the
metadata-free copy judges read.

Public API:

- ``validate_and_clean(*, data, filename, allowed_kinds, max_bytes, limits=DEFAULT_LIMITS)``
- ``sniff(*, data, limits=DEFAULT_LIMITS) -> AttachmentKind``
- ``random_storage_name(*, kind) -> str``
- ``AttachmentKind``, ``CleanedFile``, ``Limits``, ``DEFAULT_LIMITS``, ``RefusalCode``
"""

from contest.attachments.clean import CleanedFile, validate_and_clean
from contest.attachments.enums import AttachmentKind
from contest.attachments.errors import RefusalCode
from contest.attachments.limits import DEFAULT_LIMITS, Limits
from contest.attachments.names import random_storage_name
from contest.attachments.sniff import sniff

__all__ = [
    "DEFAULT_LIMITS",
    "AttachmentKind",
    "CleanedFile",
    "Limits",
    "RefusalCode",
    "random_storage_name",
    "sniff",
    "validate_and_clean",
]
