"""Settings → Language: the person picks the language passdesk speaks from its next start
(issue 25). The system's language first, then the shipped ones by their own names;
never the pseudo-locales."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from passdesk import app
from passdesk.core import languages
from passdesk.gui.i18n import language, translate
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.settings.pane import SettingsPane
from passdesk.gui.workers import main_thread_gc
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretStore
from passdesk.settings import Settings, SettingsStore
from tests.gui.helpers import choose

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>window</name>
  <message><source>Settings</source><translation>Einstellungen</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path, monkeypatch, qapp) -> Path:
    """A German catalogue built with lrelease, offered as if shipped; English after."""
    source = tmp_path / "passdesk_de.ts"
    source.write_text(GERMAN_TS, encoding="utf-8")
    built = tmp_path / "passdesk_de.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(source), "-qm", str(built)], check=True)
    monkeypatch.setattr(languages, "SHIPPED", ("de",))
    monkeypatch.setattr(language, "catalogue", lambda code: built if code == "de" else None)
    yield built
    language.install(None, forced="en")


@pytest.fixture
def make_pane(qtbot):
    """``make_pane()``: the Settings pane as a desk with no server key yet has it."""
    made: list[tuple[TaskRunner, ServerLink]] = []

    def make() -> SettingsPane:
        link = ServerLink(ServerTarget("http://127.0.0.1:9"))
        tasks = TaskRunner()
        made.append((tasks, link))
        pane = SettingsPane(settings=SettingsStore(), keychain=SecretStore(),
                            net_tasks=tasks, link=link)
        qtbot.addWidget(pane)
        pane.show()
        qtbot.waitExposed(pane)
        return pane

    yield make
    for tasks, link in made:
        tasks.shutdown()
        link.close()


def saved_language() -> object:
    data = json.loads(SettingsStore().path.read_text(encoding="utf-8"))
    return data["language"]


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_person_picks_deutsch_and_it_is_spoken_from_the_next_start(
        german, qtbot, make_pane) -> None:
    SettingsStore().save(Settings())
    pane = make_pane()
    combo = pane.language_combo
    assert items(combo) == ["System language", "English", "Deutsch"]
    assert combo.currentText() == "System language"  # nothing chosen yet: the system's

    choose(qtbot, combo, "Deutsch")

    assert saved_language() == "de"
    assert SettingsStore().load().language == "de"
    line = pane.language_line
    assert line.isVisible()
    assert line.text() == "passdesk speaks Deutsch from its next start."
    # Not now: this window keeps speaking English until the restart.
    assert translate("window", "Settings") == "Settings"

    choose(qtbot, combo, "System language")

    assert saved_language() is None
    assert line.text() == "passdesk speaks the system's language from its next start."


def test_the_saved_choice_is_shown(german, make_pane) -> None:
    SettingsStore().save(Settings(language="de"))
    pane = make_pane()
    assert pane.language_combo.currentText() == "Deutsch"
    assert pane.language_combo.currentData() == "de"


def test_the_pseudo_locales_are_never_offered(german, make_pane) -> None:
    SettingsStore().save(Settings())
    language.install(None, forced="pseudo")  # a developer's run: still not in the list
    pane = make_pane()
    codes = [pane.language_combo.itemData(i) for i in range(pane.language_combo.count())]
    assert codes == [None, "en", "de"]
    assert not set(codes) & set(languages.PSEUDO_LOCALES)


def test_the_app_starts_in_the_saved_language(german, monkeypatch) -> None:
    """``app.run`` installs the language saved in Settings before any window; with the
    German catalogue that is German."""
    SettingsStore().save(Settings(language="de"))
    asked: list[str | None] = []

    class Started(Exception):
        """Stops ``run`` once it asked for the language: nothing more is wanted here."""

    def install(chosen, *, forced=None):
        asked.append(chosen)
        raise Started

    real_install = language.install
    monkeypatch.setattr(language, "install", install)
    monkeypatch.setattr(app, "keep_the_ui_thread_first", lambda: None)
    monkeypatch.setattr(main_thread_gc, "install", lambda qt_app: None)
    with pytest.raises(Started):
        app.run(argv=["passdesk"])
    assert asked == ["de"]
    monkeypatch.setattr(language, "install", real_install)

    # What that install does, with the German catalogue offered: German.
    assert real_install(asked[0], forced="") == "de"
    assert translate("window", "Settings") == "Einstellungen"
    assert QCoreApplication.translate("window", "Settings") == "Einstellungen"
