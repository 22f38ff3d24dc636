"""gui.i18n: the language installed at start, its catalogue, its locale, the pseudo-locales."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from passdesk.core import languages
from passdesk.core.texts import translate as text
from passdesk.gui.i18n import formats, language, say, translate
from passdesk.gui.widgets.forms import load_form

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>door</name>
  <message><source>Welcome, {name}</source><translation>Willkommen, {name}</translation></message>
  <message numerus="yes"><source>%Ln scan(s) waiting</source>
    <translation><numerusform>%Ln Scan wartet</numerusform>
      <numerusform>%Ln Scans warten</numerusform></translation></message>
  <message><source>{count} points</source><translation>{count} Punkte</translation></message>
</context>
</TS>
"""


@pytest.fixture
def english(qapp):
    yield
    language.install(None, forced="en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def german(tmp_path, monkeypatch, english) -> Path:
    """A German catalogue built with lrelease, offered as if shipped."""
    source = tmp_path / "passdesk_de.ts"
    source.write_text(GERMAN_TS, encoding="utf-8")
    built = tmp_path / "passdesk_de.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(source), "-qm", str(built)], check=True)
    monkeypatch.setattr(languages, "SHIPPED", ("de",))
    monkeypatch.setattr(language, "catalogue", lambda code: built if code == "de" else None)
    return built


def test_english_without_a_catalogue_still_says_plurals(english) -> None:
    assert language.install(None, forced="en") == "en"
    assert translate("door", "%Ln scan(s) waiting", None, 1) == "1 scan waiting"
    assert translate("door", "%Ln scan(s) waiting", None, 2) == "2 scans waiting"


def test_a_shipped_language_is_offered_and_spoken(german) -> None:
    assert "de" in language.offered()
    assert language.install("de", forced="") == "de"
    assert translate("door", "%Ln scan(s) waiting", None, 1) == "1 Scan wartet"
    assert translate("door", "%Ln scan(s) waiting", None, 1234) == "1.234 Scans warten"
    # A message made in core is said with its arguments in the locale's way.
    message = text("door", "{count} points").format(count=12500)
    assert message == "12500 points"  # English, as logs keep it
    assert say(message) == "12.500 Punkte"
    assert say(text("door", "Welcome, {name}").format(name="Zoë")) == "Willkommen, Zoë"
    # An error raised with a message says the message (a refusal, a settings failure).
    refused = ValueError(text("door", "Welcome, {name}").format(name="Zoë"))
    assert say(refused) == "Willkommen, Zoë"
    # Qt's own words (the standard buttons) speak it too.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # And the formats follow the language.
    assert formats.number(1234567) == "1.234.567"
    assert formats.money(12.5, "EUR") == "12,50\xa0€"
    assert formats.day_and_month(datetime(2026, 5, 3, tzinfo=UTC).date()) == "3. Mai"


def test_an_unshipped_language_is_not_offered_even_when_asked(english, monkeypatch) -> None:
    monkeypatch.setattr(languages, "SHIPPED", ())
    assert language.offered() == ["en"]
    assert language.install("de", forced="it") == "en"
    assert QCoreApplication.translate("door", "Welcome, {name}") == "Welcome, {name}"


def test_pseudo_accents_and_lengthens_every_string_of_a_form(english) -> None:
    assert language.install(None, forced="pseudo") == "pseudo"
    host = QWidget()
    load_form("door/pane.ui", host)
    title = host.findChild(QLabel, "paneTitle")
    assert title.text().startswith("[")
    assert title.text().endswith("]")
    assert not any("A" <= c <= "Z" or "a" <= c <= "z" for c in title.text())
    assert len(title.text()) >= 1.4 * len("Door")
    # Arguments, and the names said the same everywhere, stay as they are.
    assert translate("x", "Open {name} in passdesk").count("{name}") == 1
    assert "passdesk" in translate("x", "Open {name} in passdesk")


def test_pseudo_rtl_mirrors_the_window(english) -> None:
    language.install(None, forced="pseudo-rtl")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    widget = QWidget()
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.install(None, forced="en")
    assert QWidget().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_locale_follows_the_system_region_when_it_speaks_the_language(
        german, monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_CH")))
    language.install("de", forced="")
    assert QLocale().name() == "de_CH"
    assert formats.number(1234567) == "1'234'567"


def test_a_moment_in_a_core_message_is_written_as_the_locale_writes_it(german) -> None:
    from passdesk.core.texts import Moment, Style

    day = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    message = text("door", "{count} points").format(
        count=Moment(day, Style.DAY_AND_MONTH, "05 Jan"))
    assert message == "05 Jan points"  # core's English, as the log keeps it
    language.install("de", forced="")
    assert say(message) == "5. Jan. Punkte"
    assert say(text("door", "{count} points").format(
        count=Moment(day, Style.WEEKDAY, "Mon 5 Jan 2026"))).startswith("Mo")


def test_pseudo_plurals_are_resolved_as_english_ones(english) -> None:
    language.install(None, forced="pseudo")
    one, many = (translate("till", "%Ln operation(s) waiting", None, n) for n in (1, 3))
    assert "(" not in one + many
    assert one.startswith("[1 ")
    assert many.startswith("[3 ")
    # "operation(s)": its plural chosen as English's, then accented (never "(š)").
    assert many.split()[1] == "õƥéŕàţîõñš"
    assert one.split()[1] == "õƥéŕàţîõñ"
