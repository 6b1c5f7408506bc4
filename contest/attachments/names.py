import secrets

from contest.attachments.enums import AttachmentKind


def random_storage_name(*, kind: AttachmentKind) -> str:
    """An unguessable storage path such as ``3f/a0/<32 characters>.pdf``.

    Nothing of the entrant's file name survives, so neither a storage listing nor a leaked
    URL says whose file it is, and no name can collide with or overwrite another.
    """
    # Two levels of 256 folders keep any one folder small even with millions of files; hex
    # folders never start with "-", which shell tools would read as an option.
    shard = secrets.token_hex(2)
    return f"{shard[:2]}/{shard[2:]}/{secrets.token_urlsafe(24)}.{kind.extension}"
