"""DESIGN.md's layers, checked by reading every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "passdesk"

#: What each layer may not import (prefix match on the module name).
FORBIDDEN = {
    "core": ("PySide6", "httpx", "sqlalchemy", "keyring", "socket", "urllib.request",
             "passdesk.api", "passdesk.store", "passdesk.sync", "passdesk.gui",
             "passdesk.scan", "passdesk.design", "passdesk.sandbox", "passdesk.hub",
             "passdesk.app", "passdesk.settings", "passdesk.secrets"),
    "api": ("PySide6", "sqlalchemy", "passdesk.store", "passdesk.sync", "passdesk.gui",
            "passdesk.scan", "passdesk.sandbox", "passdesk.hub", "passdesk.app"),
    "store": ("PySide6", "httpx", "passdesk.api", "passdesk.sync", "passdesk.gui"),
    "sync": ("PySide6", "passdesk.gui"),
    "scan": ("PySide6.QtWidgets", "passdesk.gui", "passdesk.sync"),
    # Previews draw with QtGui only, from a template document; no data, no network.
    "design": ("PySide6.QtWidgets", "httpx", "sqlalchemy", "passdesk.gui", "passdesk.sync",
               "passdesk.store", "passdesk.api", "passdesk.sandbox", "passdesk.hub"),
    # Panes ask store functions for plain data; they never query tables themselves.
    "gui": ("passdesk.store.schema",),
    "sandbox": ("PySide6", "passdesk.gui", "passdesk.store", "passdesk.sync"),
    "hub": ("PySide6", "passdesk.gui"),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_design_allows(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in sorted(imports_of(path))
        if name.startswith(FORBIDDEN[layer])
    ]
    assert bad == []


def test_only_gui_builds_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] not in ("gui", "app.py")
        and any(n.startswith("PySide6.QtWidgets") for n in imports_of(path))
    ]
    assert offenders == []


def test_the_checker_sees_imports() -> None:
    # Guards the guard: a checker that finds no imports would pass everything.
    assert "httpx" in imports_of(PACKAGE / "api" / "http.py")
    assert modules("core")
