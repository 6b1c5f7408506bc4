"""axe-core on a Playwright page: the accessibility check of the browser tests.

axe-core comes from npm (`package.json`, `package-lock.json`; `make test` runs `npm ci`),
never from a CDN. The site's Content-Security-Policy blocks `page.add_script_tag` and
`eval`, so the script is read here and handed to the page through Playwright's own
evaluation (the DevTools protocol, which the page's CSP does not govern).
"""

from functools import cache
from pathlib import Path

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# Violations of these impacts fail a test; moderate and minor ones are counted only.
BLOCKING = ("critical", "serious")
IMPACTS = ("critical", "serious", "moderate", "minor")


@cache
def axe_source() -> str:
    if not AXE_JS.exists():
        raise AssertionError(
            f"{AXE_JS} is missing: run `npm ci` in the project folder (`make test` does)."
        )
    return AXE_JS.read_text(encoding="utf-8")


_INJECT = "() => {\n%s\n;return typeof window.axe;\n}"
_RUN = """async () => {
  const results = await window.axe.run(document, {resultTypes: ['violations']});
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}"""


def axe_violations(page) -> list[dict]:
    """Every violation on the page as it is now: id, impact, help and the nodes' targets."""
    if page.evaluate("() => typeof window.axe") != "object":
        assert page.evaluate(_INJECT % axe_source()) == "object"
    return page.evaluate(_RUN)


def impact_counts(violations) -> dict[str, int]:
    """Nodes per impact: a rule broken on three elements counts three."""
    counts = dict.fromkeys(IMPACTS, 0)
    for violation in violations:
        counts[violation["impact"]] += len(violation["targets"])
    return counts


def blocking(violations) -> list[dict]:
    return [v for v in violations if v["impact"] in BLOCKING]


def describe(violations, *, where: str) -> str:
    return "\n".join(
        f"{where}: {v['id']} ({v['impact']}: {v['help']}) at {', '.join(v['targets'])}"
        for v in violations
    )


def assert_accessible(page, *, where: str = "") -> list[dict]:
    """Fails on any critical or serious violation, naming the page, rule, impact and targets;
    returns every violation found (for counting)."""
    violations = axe_violations(page)
    bad = blocking(violations)
    assert not bad, describe(bad, where=where or page.url)
    return violations
