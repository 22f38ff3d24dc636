"""The file name suggested from a title (Till exports, Designer template files)."""

from __future__ import annotations

from passdesk.gui.widgets.file_names import safe_file_name


def test_letters_digits_and_dashes_stay_anything_else_becomes_a_dash() -> None:
    assert safe_file_name("shift-Door 2/ü_é.v1") == "shift-Door-2-ü_é.v1"
    assert safe_file_name("a:b*c?") == "a-b-c-"


def test_a_long_title_stops_at_80_characters() -> None:
    assert safe_file_name("x" * 200) == "x" * 80
