"""Opening ZIP containers (.docx) without letting them expand, overlap or escape.

Every check here reads only the central directory: nothing is inflated until the archive as
a whole has been judged affordable.
"""

import io
import struct
import zipfile
import zlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contest.attachments.errors import RefusalCode
from contest.attachments.limits import Limits

_END_RECORD = b"PK\x05\x06"
_END_RECORD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_MAX_COMMENT = 0xFFFF
# A central directory entry is 46 bytes plus its name and extras; Office names are short, so
# 1 KB each bounds how many entries zipfile can be made to parse, whatever the count claims.
_MAX_DIRECTORY_BYTES_PER_MEMBER = 1024
_ENCRYPTED_FLAG = 0x1
# What zipfile raises on hostile archives; RuntimeError covers encrypted and
# NotImplementedError covers unknown compression methods.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    EOFError,
    struct.error,
    RuntimeError,
    zlib.error,
)


def open_zip(*, content: bytes, limits: Limits) -> zipfile.ZipFile:
    """A ZipFile over ``content`` whose directory is small enough to have been parsed safely."""
    _check_end_record(content, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except _ZIP_ERRORS as error:
        raise corrupt_docx() from error
    if len(archive.infolist()) > limits.max_zip_members:
        raise zip_bomb()
    return archive


def check_members(*, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse archives that could write outside a folder, hide a member or expand too far."""
    seen: set[str] = set()
    total = 0
    for info in archive.infolist():
        name = info.filename
        # OPC part names are case-insensitive, so two spellings of one name are one part
        # that two readers could resolve differently.
        folded = name.casefold()
        if not _is_safe_name(name) or folded in seen:
            raise corrupt_docx()
        seen.add(folded)
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise corrupt_docx()
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise corrupt_docx()
        total += info.file_size
        if total > limits.max_zip_uncompressed:
            raise zip_bomb()
        # Deflate never grows data by more than a few bytes per 16 KB block, so more
        # compressed than declared bytes means the declared size is a lie.
        if info.compress_size > info.file_size + info.file_size // 100 + 1024:
            raise zip_bomb()
        if (
            info.file_size > limits.zip_ratio_floor
            and info.file_size > info.compress_size * limits.max_zip_ratio
        ):
            raise zip_bomb()


_READ_CHUNK = 64 * 1024


def read_member(*, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """A member's bytes, inflated a chunk at a time and never more than ``budget`` bytes.

    ``archive.read`` would hand zlib the whole compressed member with no output limit, so a
    member lying about its size inflates completely (gigabytes) before the lie is noticed.
    Read in bounded chunks, zipfile stops at the declared size and then fails the CRC.
    """
    if info.file_size > budget:
        raise zip_bomb()
    chunks = []
    produced = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_READ_CHUNK):
                produced += len(chunk)
                if produced > budget:
                    raise zip_bomb()
                chunks.append(chunk)
    except _ZIP_ERRORS as error:
        raise corrupt_docx() from error
    return b"".join(chunks)


def read_member_head(*, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a member, for peeking before the archive is fully judged."""
    try:
        with archive.open(name) as member:
            return member.read(limit + 1)
    except _ZIP_ERRORS as error:
        raise corrupt_docx() from error


def corrupt_docx() -> ValidationError:
    return ValidationError(
        _("The Word file is damaged or cannot be read."), code=RefusalCode.CORRUPT
    )


def zip_bomb() -> ValidationError:
    return ValidationError(
        _("The Word file expands to an unusually large size and cannot be accepted."),
        code=RefusalCode.ZIP_BOMB,
    )


def _check_end_record(content: bytes, limits: Limits) -> None:
    # zipfile parses the whole central directory into ZipInfo objects before anyone can
    # count them, so the count and directory size are read from the end record first.
    # The record is located as zipfile locates it, so both see the same directory.
    position = len(content) - _END_RECORD_SIZE
    if content[position : position + 4] != _END_RECORD or content[-2:] != b"\0\0":
        search_from = max(0, len(content) - _END_RECORD_SIZE - _MAX_COMMENT)
        position = content.rfind(_END_RECORD, search_from)
    if position < 0 or len(content) - position < _END_RECORD_SIZE:
        raise corrupt_docx()
    (disk, directory_disk, disk_entries, entries, directory_size, directory_offset) = struct.unpack(
        "<4H2L", content[position + 4 : position + 20]
    )
    # Word never writes multi-disk or ZIP64 archives; refusing them keeps the numbers above
    # the ones zipfile will use.
    if disk or directory_disk or disk_entries != entries:
        raise corrupt_docx()
    if position >= 20 and content[position - 20 : position - 16] == _ZIP64_LOCATOR:
        raise corrupt_docx()
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF or directory_offset == 0xFFFFFFFF:
        raise corrupt_docx()
    if entries > limits.max_zip_members:
        raise zip_bomb()
    if directory_size > entries * _MAX_DIRECTORY_BYTES_PER_MEMBER:
        raise corrupt_docx()


def _is_safe_name(name: str) -> bool:
    if not name or name.startswith("/") or "\\" in name or ":" in name or "\0" in name:
        return False
    segments = name.rstrip("/").split("/")
    return all(segment not in ("", ".", "..") for segment in segments)
