import secrets
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

from contest.attachments.enums import AttachmentKind

_MAX_STEM = 200


def base_name(filename: str) -> str:
    """The last segment of an uploaded file's name, in NFC, without control characters.

    Browsers on macOS send names decomposed (NFD); the NFC middleware sees only form fields,
    so names are composed here, or "Thuyết" and "Thuyết" would be two different words.
    Browsers on Windows have been known to send the full client path.
    """
    name = PurePosixPath(PureWindowsPath(filename or "").name).name
    name = unicodedata.normalize("NFC", name)
    return "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()


def display_name(*, filename: str, extension: str) -> str:
    """What the entrant called the file, with the extension its content earned."""
    name = base_name(filename)
    stem = name.rsplit(".", 1)[0] or name
    return f"{stem[:_MAX_STEM] or 'tep'}.{extension}"


def random_storage_name(*, kind: AttachmentKind) -> str:
    """An unguessable storage path such as ``3f/a0/<32 characters>.pdf``.

    Nothing of the entrant's file name survives, so neither a storage listing nor a leaked
    URL says whose file it is, and no name can collide with or overwrite another.
    """
    # Two levels of 256 folders keep any one folder small even with millions of files; hex
    # folders never start with "-", which shell tools would read as an option.
    shard = secrets.token_hex(2)
    return f"{shard[:2]}/{shard[2:]}/{secrets.token_urlsafe(24)}.{kind.extension}"
