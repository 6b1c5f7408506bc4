"""Stop `make run` early, in plain words, when the machine lacks WeasyPrint's system libraries."""

import sys

DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2"


def main() -> int:
    try:
        import weasyprint  # noqa: F401 — importing loads Pango through cffi
    except OSError as error:
        print(
            "WeasyPrint cannot find its system libraries "
            f"({error}).\nOn Debian or Ubuntu install them with:\n"
            f"  sudo apt-get install {DEBIAN_PACKAGES}\n"
            "then run `make run` again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
