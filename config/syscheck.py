"""The system packages `make run` and `make test` need, installed or asked for in plain words.

Runs on the interpreter that creates the virtualenv (standard library only), before pip:

    python3 -m config.syscheck run    # WeasyPrint's libraries and fonts
    python3 -m config.syscheck test   # and chromium, nodejs, npm, gettext, PostgreSQL's client

As root on a machine with apt-get it installs what is missing; anywhere else it stops with
the exact command to run, so nobody finds out halfway through the test suite.
"""

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Debian package -> how to tell it is there without dpkg (works on Ubuntu and in containers).
RUN_PACKAGES = {
    "libpango-1.0-0": lambda: ctypes.util.find_library("pango-1.0"),
    "libpangoft2-1.0-0": lambda: ctypes.util.find_library("pangoft2-1.0"),
    "libharfbuzz-subset0": lambda: ctypes.util.find_library("harfbuzz-subset"),
    "fonts-liberation2": lambda: Path("/usr/share/fonts/truetype/liberation2").is_dir(),
}
TEST_PACKAGES = {
    **RUN_PACKAGES,
    # tests/browser drives this exact binary through Playwright.
    "chromium": lambda: Path("/usr/bin/chromium").exists(),
    # `npm ci` installs axe-core (package-lock.json) for the accessibility sweep.
    "nodejs": lambda: shutil.which("node"),
    "npm": lambda: shutil.which("npm"),
    # compilemessages and the catalogue check.
    "gettext": lambda: shutil.which("msgfmt"),
    # manage.py backup/restore on PostgreSQL, and .ci/run's createdb.
    "postgresql-client": lambda: shutil.which("pg_dump") and shutil.which("createdb"),
}
PURPOSES = {"run": RUN_PACKAGES, "test": TEST_PACKAGES}


def missing_packages(purpose: str) -> list[str]:
    return [name for name, present in PURPOSES[purpose].items() if not present()]


def install_command(packages: list[str]) -> str:
    return f"sudo apt-get install -y {' '.join(packages)}"


def _can_install() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def _install(packages: list[str]) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"Installing system packages: {' '.join(packages)}", file=sys.stderr)
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
    ):
        if subprocess.run(command, env=env, stdout=subprocess.DEVNULL).returncode != 0:
            return False
    return True


def main(argv: list[str]) -> int:
    purpose = argv[0] if argv else "run"
    if purpose not in PURPOSES:
        print(f"usage: python3 -m config.syscheck {{{'|'.join(PURPOSES)}}}", file=sys.stderr)
        return 2
    missing = missing_packages(purpose)
    if not missing:
        return 0
    if _can_install() and _install(missing) and not missing_packages(purpose):
        return 0
    missing = missing_packages(purpose)
    print(
        f"`make {purpose}` needs system packages that are not installed: {', '.join(missing)}.\n"
        f"On Debian or Ubuntu install them with:\n  {install_command(missing)}\n"
        f"then run `make {purpose}` again.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
