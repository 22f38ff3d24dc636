"""The spec leaves out Qt modules; none of them may be imported by passdesk, or the
bundle would fail where the source checkout works."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def spec_tuple(name: str) -> tuple[str, ...]:
    tree = ast.parse((REPO / "packaging" / "passdesk.spec").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_no_module_the_bundle_leaves_out_is_imported() -> None:
    left_out = set(spec_tuple("QT_UNUSED"))
    assert {"QtWebEngineCore", "QtQml", "QtSvgWidgets"} <= left_out
    imported = {}
    for path in (REPO / "passdesk").rglob("*.py"):
        for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")):
            imported.setdefault(module, path.relative_to(REPO))
    assert "QtWidgets" in imported  # the scan works
    assert {m: str(p) for m, p in imported.items() if m in left_out} == {}
