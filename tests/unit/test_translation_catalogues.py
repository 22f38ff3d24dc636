"""The .ts catalogues: CI fails when they are out of date with the code or a shipped
language is unfinished (scripts/translations.py check, run here on real files)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogues():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
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
    # Two entries left unfinished, as a new string in the code would be until translated.
    text, made = re.subn(r"<translation>([^<]+)</translation>",
                         '<translation type="unfinished">\\1</translation>', text, count=2)
    assert made == 2
    french.write_text(text, encoding="utf-8")
    problems = [p for p in catalogues.check(tmp_path, shipped=("fr",)) if "shipped" in p]
    assert len(problems) == 1
    assert problems[0].startswith("fr is shipped but 2 entries are unfinished")
    assert catalogues.check(tmp_path, shipped=()) == [p for p in catalogues.check(
        tmp_path, shipped=("fr",)) if "shipped" not in p]  # unshipped: not a problem
    assert catalogues.unfinished(french)  # and it names them


def test_build_makes_a_catalogue_qt_loads(catalogues, tmp_path) -> None:
    from PySide6.QtCore import QTranslator

    built = catalogues.build(tmp_path, shipped=("nl",))
    assert [p.name for p in built] == ["passdesk_nl.qm"]
    assert QTranslator().load(str(built[0]))


def test_every_call_is_found_and_counts_make_plurals(catalogues, tmp_path) -> None:
    """What pyside6-lupdate's own Python parser misses: a count that is not a literal."""
    (tmp_path / "pane.py").write_text(
        'def show(rows, self):\n'
        '    a = translate("door", "%Ln scan(s)", None, len(rows))\n'
        '    b = translate("door", "Say \\"hi\\"\\n{name}").format(name=self.name)\n'
        '    c = translate("verdicts", "ADMIT", "one short word", n=-1)\n'
        '    d = QT_TRANSLATE_NOOP("door", "Held")\n'
        '    e = translate("door", self.word)  # a constant marked elsewhere\n'
        '    f = translate("till", "%n point(s)", None, self.points + 1)\n',
        encoding="utf-8")
    found = {(m.context, m.source, m.disambiguation): m.plural
             for m in catalogues.messages(tmp_path)}
    assert found == {("door", "%Ln scan(s)", None): True,
                     ("door", 'Say "hi"\n{name}', None): False,
                     ("verdicts", "ADMIT", "one short word"): False,
                     ("door", "Held", None): False,
                     ("till", "%n point(s)", None): True}


def test_the_catalogues_hold_every_message_with_its_plural_forms(catalogues) -> None:
    import xml.etree.ElementTree as ET

    held = {}
    for context in ET.parse(catalogues.ts_file("de")).getroot().iter("context"):  # noqa: S314
        for message in context.iter("message"):
            held[(context.findtext("name"), message.findtext("source"),
                  message.findtext("comment"))] = message.get("numerus") == "yes"
    wanted = {(m.context, m.source, m.disambiguation): m.plural
              for m in catalogues.messages()}
    assert {k: held.get(k) for k in wanted} == wanted
    assert sum(wanted.values()) > 0


def test_a_translation_that_loses_an_argument_tag_or_accelerator_fails(catalogues,
                                                                       tmp_path) -> None:
    """str.format fails on a misspelt {name}: the check catches it before a person does."""
    shutil.copytree(catalogues.FOLDER, tmp_path, dirs_exist_ok=True)
    dutch = tmp_path / "passdesk_nl.ts"
    text = dutch.read_text(encoding="utf-8")
    assert catalogues.broken(dutch) == []
    cases = {"CSV &amp;file": ("CSV-bestand", "CSV-&amp;bestand"),
             "{done} of {total}": ("{klaar} van {total}", "{done} van {total}")}
    for source, (wrong, right) in cases.items():
        entry = re.compile(rf"(<source>{re.escape(source)}</source>\s*"
                           r"(?:<comment>[^<]*</comment>\s*)?)<translation[^>]*>[^<]*"
                           r"</translation>")
        assert entry.search(text), source
        dutch.write_text(entry.sub(rf"\g<1><translation>{wrong}</translation>", text, 1),
                         encoding="utf-8")
        assert len(catalogues.broken(dutch)) == 1
        problems = [p for p in catalogues.check(tmp_path, shipped=()) if "lose or add" in p]
        assert len(problems) == 1
        assert problems[0].startswith("nl: 1 translations lose or add")
        dutch.write_text(entry.sub(rf"\g<1><translation>{right}</translation>", text, 1),
                         encoding="utf-8")
        assert catalogues.broken(dutch) == []
