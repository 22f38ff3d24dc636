"""PySide6's per-module question, answered from the file's bytes, gets PySide6's answers."""

from __future__ import annotations

import sys

import pytest

# Imported so sys.modules holds them; importing passdesk.gui installs the cheaper answer.
import passdesk.gui.main_window
import passdesk.store.database  # noqa: F401
from passdesk.gui import qt_import_hook

feature = pytest.importorskip("shibokensupport.feature")


def pysides_own_answer(module) -> bool:
    return feature._mod_uses_pyside.__closure__[0].cell_contents(module)


def test_the_hook_is_installed_once() -> None:
    assert getattr(feature._mod_uses_pyside, "reads_bytes", False)
    assert qt_import_hook.install() is False  # already there: not wrapped twice


@pytest.mark.parametrize("name", ["passdesk.gui.main_window", "passdesk.store.database", "sys",
                                  "json", "PySide6.QtCore"])
def test_each_module_gets_the_answer_pyside_would_give(name: str) -> None:
    module = sys.modules[name]
    assert feature._mod_uses_pyside(module) is pysides_own_answer(module)


def test_a_module_that_uses_pyside_is_told_apart_from_one_that_does_not() -> None:
    assert feature._mod_uses_pyside(sys.modules["passdesk.gui.main_window"]) is True
    assert feature._mod_uses_pyside(sys.modules["passdesk.store.database"]) is False
