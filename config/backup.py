"""One archive holding the database and the file storages, taken together and put back together.

The archive (tar.gz) holds manifest.json, the database (pg_dump's custom format on
PostgreSQL, an SQLite copy otherwise) and every file of the private storage (entrants'
files, certificates) and of the public one (Wagtail images and documents), under
storage/<alias>/<name>. Take it while the site is quiet or in maintenance: files saved
between the dump and the copy are in one and not the other.
"""

import io
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection, connections

FORMAT = 1
ALIASES = ("private", "default")


def walk(storage, directory=""):
    """Every file name in ``storage`` under ``directory``, recursively."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for sub in directories:
        yield from walk(storage, f"{directory}/{sub}" if directory else sub)


def _pg_args():
    db = connection.settings_dict
    args = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"]]
    env = {**os.environ, "PGPASSWORD": db["PASSWORD"] or ""}
    return [*args, "-d", db["NAME"]], env


def _dump_database(directory: Path) -> str:
    if connection.vendor == "postgresql":
        args, env = _pg_args()
        target = directory / "database.pgdump"
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", target, *args],
            env=env,
            check=True,
        )
        return target.name
    if connection.vendor == "sqlite":
        target = directory / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
        return target.name
    raise NotImplementedError(f"No backup for {connection.vendor} databases.")


def _restore_database(path: Path) -> None:
    if connection.vendor == "postgresql":
        connections.close_all()
        args, env = _pg_args()
        options = ["--clean", "--if-exists", "--no-owner", "--single-transaction"]
        subprocess.run(
            ["pg_restore", *options, *args, str(path)],
            env=env,
            check=True,
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
    else:
        raise NotImplementedError(f"No restore for {connection.vendor} databases.")


def backup(path: Path) -> dict:
    """Write the archive to ``path``; returns its manifest."""
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(),
        "database": connection.vendor,
        "files": {},
    }
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(path, "w:gz") as archive:
        database = _dump_database(Path(scratch))
        manifest["database_file"] = database
        archive.add(Path(scratch) / database, arcname=database)
        for alias in ALIASES:
            storage = storages[alias]
            names = sorted(walk(storage))
            for name in names:
                with storage.open(name, "rb") as handle:
                    data = handle.read()
                info = tarfile.TarInfo(f"storage/{alias}/{name}")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
            manifest["files"][alias] = len(names)
        blob = json.dumps(manifest, indent=2).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(blob)
        archive.addfile(info, io.BytesIO(blob))
    return manifest


def restore(path: Path) -> dict:
    """Put the database and the files of the archive at ``path`` back; returns its manifest."""
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise ValueError(f"Unknown backup format {manifest.get('format')!r}.")
        if manifest["database"] != connection.vendor:
            raise ValueError(
                f"This backup is of a {manifest['database']} database, not {connection.vendor}."
            )
        with tempfile.TemporaryDirectory() as scratch:
            database = Path(scratch) / manifest["database_file"]
            database.write_bytes(archive.extractfile(manifest["database_file"]).read())
            _restore_database(database)
        for member in archive.getmembers():
            parts = member.name.split("/", 2)
            if not member.isfile() or len(parts) != 3 or parts[0] != "storage":
                continue
            alias, name = parts[1], parts[2]
            if alias not in ALIASES:
                continue
            storage = storages[alias]
            if storage.exists(name):
                storage.delete(name)
            saved = storage.save(name, ContentFile(archive.extractfile(member).read()))
            if saved != name:
                raise RuntimeError(f"{alias}:{name} was restored as {saved}.")
    return manifest
