"""Check the translation catalogues: complete, current with the code, and compiled.

Run by `make test`. It regenerates the catalogues in a scratch copy of the sources and
compares message ids, so the working tree is never modified. It also holds our catalogue
for Wagtail's admin (locale/wagtail) to every msgid of the installed Wagtail apps, read
from their English catalogues, so a Wagtail upgrade cannot bring English back unnoticed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["config", "contest", "judging", "cms", "initiatives", "api", "templates", "manage.py"]
# English is the source language of every msgid, so only Vietnamese needs a catalogue.
LANGUAGES = ["vi"]


def _ids(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


WAGTAIL_CATALOGUE = Path("locale") / "wagtail" / "vi" / "LC_MESSAGES"
# %(name)s, %s, %d and {name} must survive translation; "%(name).0s" prints nothing, for a
# plural form whose Vietnamese (one form only) does not need that number.
PLACEHOLDER = re.compile(r"%\([a-z_]+\)(?:\.0)?[sd]|%[sd]|\{[a-z_]*\}")


def _placeholders(text):
    return sorted(found.replace(".0", "") for found in PLACEHOLDER.findall(text))


def _wagtail_sources():
    """Each installed Wagtail app's English catalogues: the full list of its msgids."""
    import django
    from django.apps import apps

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    django.setup()
    for config in apps.get_app_configs():
        if config.name == "wagtail" or config.name.startswith("wagtail."):
            for domain in ("django", "djangojs"):
                source = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
                if source.exists():
                    yield config.name, domain, source


def wagtail_problems() -> list[str]:
    problems = []
    needed = {"django": {}, "djangojs": {}}
    for app, domain, source in _wagtail_sources():
        for entry in polib.pofile(str(source)):
            if not entry.obsolete:
                needed[domain].setdefault((entry.msgctxt, entry.msgid), app)
    for domain, keys in needed.items():
        relative = WAGTAIL_CATALOGUE / f"{domain}.po"
        if not (ROOT / relative).exists():
            problems.append(
                f"{relative} is missing; it must translate {len(keys)} Wagtail strings."
            )
            continue
        ours = polib.pofile(str(ROOT / relative))
        translated = {(e.msgctxt, e.msgid): e for e in ours.translated_entries()}
        translated = {k: e for k, e in translated.items() if "fuzzy" not in e.flags}
        missing = sorted(
            (app, msgid) for (ctx, msgid), app in keys.items() if (ctx, msgid) not in translated
        )
        if missing:
            problems.append(
                f"{relative}: {len(missing)} Wagtail strings have no Vietnamese translation, "
                f"e.g. {missing[:5]}; add them from the app's locale/en catalogue."
            )
        broken = [
            entry.msgid
            for entry in translated.values()
            for msgstr in (entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr])
            if _placeholders(msgstr)
            not in (_placeholders(entry.msgid), _placeholders(entry.msgid_plural or entry.msgid))
        ]
        if broken:
            problems.append(f"{relative}: placeholders changed in translation of {broken[:5]}")
        mo_path = ROOT / relative.with_suffix(".mo")
        if not mo_path.exists() or _ids(polib.mofile(str(mo_path))) != set(translated):
            problems.append(f"{relative.with_suffix('.mo')} is stale; run `make messages`.")
    return problems


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
    problems += wagtail_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
