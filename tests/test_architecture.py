import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "contest": {"judging", "cms", "initiatives", "api"},
    "judging": {"cms", "initiatives", "api"},
    "initiatives": {"cms", "api"},
    "cms": {"api"},
}


def _imported_top_levels(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0], node.lineno


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_architecture_imports_flow_one_way(app):
    offending = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in (ROOT / app).rglob("*.py")
        for name, line in _imported_top_levels(path)
        if name in FORBIDDEN[app]
    ]
    assert offending == []
