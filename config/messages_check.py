"""Check the translation catalogues: complete, current with the code, and compiled.

Run by `make test`. It regenerates the catalogues in a scratch copy of the sources and
compares message ids, so the working tree is never modified.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["config", "contest", "judging", "cms", "initiatives", "templates", "manage.py"]
# English is the source language of every msgid, so only Vietnamese needs a catalogue.
LANGUAGES = ["vi"]


def _ids(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


def main() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for name in SOURCES:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(
                    source, scratch / name, ignore=shutil.ignore_patterns("__pycache__")
                )
            else:
                shutil.copy2(source, scratch / name)
        shutil.copytree(ROOT / "locale", scratch / "locale")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                *(f"-l{lang}" for lang in LANGUAGES),
                "--no-location",
                "--no-obsolete",
                "-v0",
                "--ignore",
                "locale/*",
            ],
            cwd=scratch,
            env=env,
            check=True,
        )
        for lang in LANGUAGES:
            relative = Path("locale") / lang / "LC_MESSAGES" / "django.po"
            committed = polib.pofile(str(ROOT / relative))
            fresh = polib.pofile(str(scratch / relative))
            missing = _ids(fresh) - _ids(committed)
            if missing:
                problems.append(
                    f"{relative}: {len(missing)} new strings not in the catalogue, e.g. "
                    f"{sorted(m for _, m in missing)[:5]}; run `make messages` and translate them."
                )
            untranslated = [e.msgid for e in committed.untranslated_entries()]
            fuzzy = [e.msgid for e in committed.fuzzy_entries()]
            if untranslated or fuzzy:
                problems.append(
                    f"{relative}: {len(untranslated)} untranslated and {len(fuzzy)} fuzzy, e.g. "
                    f"{(untranslated + fuzzy)[:5]}"
                )
            mo_path = ROOT / relative.with_suffix(".mo")
            if not mo_path.exists() or _ids(polib.mofile(str(mo_path))) != {
                (e.msgctxt, e.msgid) for e in committed.translated_entries()
            }:
                problems.append(f"{relative.with_suffix('.mo')} is stale; run `make messages`.")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
