"""No gui module walks a layout's items.

``QLayout.itemAt()``/``takeAt()`` hand Python a wrapper of a ``QLayoutItem``,
which is no QObject: when Qt deletes the item with its form, shiboken is not
told, and a later widget allocated at the same address answers as that item
("'QWidgetItem' object has no attribute 'setTextFormat'") or the process
crashes. Widgets are held by name, or found with ``QLayout.indexOf()``.
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "passdesk" / "gui"
WALKS = {"itemAt", "takeAt", "itemAtPosition"}


def walks_in(source: str) -> list[int]:
    """Lines of ``source`` that call a layout-item walker."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in WALKS]


def test_no_gui_module_walks_layout_items() -> None:
    found = [f"{path.relative_to(GUI)}:{line}"
             for path in sorted(GUI.rglob("*.py"))
             for line in walks_in(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_checker_sees_a_walk() -> None:
    assert walks_in("w = layout.itemAt(0).widget()\nlayout.count()\n") == [1]
    assert walks_in("layout.takeAt(i)") == [1]
