"""The palette is the one home of the app's colours: no hex colour in gui code elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import passdesk.gui
from passdesk.gui.widgets.palette import Colour, qss

GUI = Path(passdesk.gui.__file__).parent
PALETTE = GUI / "widgets" / "palette.py"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def hex_literals(text: str) -> list[str]:
    return HEX.findall(text)


def test_no_hex_colour_outside_the_palette() -> None:
    found = {str(path.relative_to(GUI)): hex_literals(path.read_text(encoding="utf-8"))
             for path in GUI.rglob("*.py") if path != PALETTE}
    assert {name: colours for name, colours in found.items() if colours} == {}


def test_the_check_sees_a_colour() -> None:
    # The check above holds only if it would find one.
    assert hex_literals('QColor("#b91c1c"); color: #fff;') == ["#b91c1c", "#fff"]
    assert hex_literals("QLabel#deniedCount { color: $red_700; }") == []


def test_each_name_is_a_distinct_hex_colour() -> None:
    colours = {name: value for name, value in vars(Colour).items() if name.isupper()}
    assert all(re.fullmatch(r"#[0-9a-f]{6}", value) for value in colours.values())
    assert len(set(colours.values())) == len(colours)


def test_qss_names_colours_and_refuses_unknown_names() -> None:
    assert qss("QLabel { color: $red_700; border: 1px solid $border; }") == (
        f"QLabel {{ color: {Colour.RED_700}; border: 1px solid {Colour.BORDER}; }}")
    with pytest.raises(AttributeError):
        qss("QLabel { color: $no_such_colour; }")
