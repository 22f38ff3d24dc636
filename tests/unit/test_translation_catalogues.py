"""The .ts catalogues: CI fails when they are out of date with the code or a shipped
language is unfinished (scripts/translations.py check, run here on real files)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogues():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogues_are_up_to_date_and_every_shipped_language_is_complete(
        catalogues) -> None:
    assert catalogues.check() == []


def test_a_catalogue_missing_a_new_string_is_out_of_date(catalogues, tmp_path) -> None:
    shutil.copytree(catalogues.FOLDER, tmp_path, dirs_exist_ok=True)
    german = tmp_path / "passdesk_de.ts"
    text = german.read_text(encoding="utf-8")
    # As if a string had been added to the code since the last update.
    stale = re.sub(r"\s*<message>.*?</message>", "", text, count=1, flags=re.S)
    assert stale != text
    german.write_text(stale, encoding="utf-8")
    assert catalogues.check(tmp_path, shipped=()) == [
        "passdesk_de.ts is out of date with the code: run scripts/translations.py update"]


def test_a_shipped_language_with_an_unfinished_entry_fails(catalogues, tmp_path) -> None:
    shutil.copytree(catalogues.FOLDER, tmp_path, dirs_exist_ok=True)
    french = tmp_path / "passdesk_fr.ts"
    text = french.read_text(encoding="utf-8")
    # One entry finished, one left unfinished: "shipped" must catch the second.
    text = text.replace('<translation type="unfinished"></translation>',
                        "<translation>Fait</translation>", 1)
    french.write_text(text, encoding="utf-8")
    problems = catalogues.check(tmp_path, shipped=("fr",))
    assert len(problems) == 1
    assert problems[0].startswith("fr is shipped but ")
    assert catalogues.unfinished(french)  # and it names them


def test_build_makes_a_catalogue_qt_loads(catalogues, tmp_path) -> None:
    from PySide6.QtCore import QTranslator

    built = catalogues.build(tmp_path, shipped=("nl",))
    assert [p.name for p in built] == ["passdesk_nl.qm"]
    assert QTranslator().load(str(built[0]))
