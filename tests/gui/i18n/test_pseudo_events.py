"""The Events pane and its event dialog in the pseudo-locale (issue 25): every word a
person reads went through a translator, and none is cut off at 1366 x 768 - with the
list read from the sandbox, a new event's dialog, and the dialog refusing a time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from passdesk.core.event_times import zone_names
from passdesk.gui.events import model as events_model
from passdesk.gui.events.event_dialog import EventDialog
from passdesk.gui.events.pane import EventsPane
from passdesk.sandbox import SandboxServer
from passdesk.store.event_list import When
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    retype,
    when_shown,
)
from tests.gui.i18n.sweep import check, open_by_nav, open_synced, swept
from tests.gui.i18n.test_pseudo_passes import exempt_words, words_in

# The zone picker's completer pops up as the person types; the offscreen platform
# cannot raise it or let it grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)",
                                       "This plugin does not support grabbing the keyboard")

#: Zone names are data (the IANA database's own spelling, offered as they are), and so
#: are their abbreviations (CET, EDT).
ZONE_WORDS = words_in(" ".join(zone_names())) | {"cest", "edt", "cet", "est", "bst"}


@pytest.fixture(autouse=True)
def user_in_berlin(monkeypatch) -> None:
    monkeypatch.setattr(events_model, "local_zone_name", lambda: "Europe/Berlin")


@pytest.fixture
def sandbox(legacy_sandbox) -> SandboxServer:
    """With the (legacy) events API: events can be made and edited here."""
    return legacy_sandbox


def test_the_events_pane_and_its_dialog_in_pseudo(speaking, qtbot, sandbox, make_services,
                                                  open_window) -> None:
    window, services = open_synced(qtbot, sandbox, make_services, open_window,
                                   idle_check_every=timedelta(seconds=0.3))
    pane = open_by_nav(qtbot, window, "events")
    assert isinstance(pane, EventsPane)
    exempt = exempt_words(services.database) | ZONE_WORDS
    form = pane.form
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=SYNC_WAIT_MS)
    qtbot.wait(200)
    check(pane, exempt, "events listed")

    # A new event: the dialog as it opens, then with a time the clocks skip (refused)
    # and one they play twice (explained).
    seen: dict[str, list[str]] = {}

    def look(dialog: EventDialog) -> None:
        QApplication.processEvents()
        seen["new"] = swept(dialog, exempt, "new event")
        retype(qtbot, dialog.form.nameEdit, "")  # no name: OK waits, and says why
        seen["no name"] = (swept(dialog, exempt, "new event, no name")
                           + _missing(dialog.form.problemLabel))
        retype(qtbot, dialog.form.nameEdit, "Spring Ball")
        retype(qtbot, dialog.form.venueEdit, "Ballroom")
        _set(dialog.form.startEdit, 2030, 3, 31, 2, 30)  # Berlin skips 02:00-03:00
        seen["gap"] = (swept(dialog, exempt, "new event, a skipped time")
                       + _missing(dialog.form.problemLabel))
        _set(dialog.form.startEdit, 2030, 10, 27, 2, 30)  # and plays 02:00-03:00 twice
        _set(dialog.form.endEdit, 2030, 10, 27, 2, 15)  # before the start
        seen["fold"] = (swept(dialog, exempt, "new event, a doubled time")
                        + _missing(dialog.form.noteLabel)
                        + _missing(dialog.form.problemLabel))
        dialog.reject()

    when_shown(EventDialog, look)
    click(qtbot, form.newButton)
    for state, found in seen.items():
        assert found == [], f"{state}:\n" + "\n".join(str(f) for f in found)
    assert set(seen) == {"new", "no name", "gap", "fold"}

    # A saved event says so in the pane; it is listed, pending.
    def make(dialog: EventDialog) -> None:
        retype(qtbot, dialog.form.nameEdit, "Harbour Lights")
        retype(qtbot, dialog.form.venueEdit, "Pier 4")
        click(qtbot, dialog.ok_button)

    when_shown(EventDialog, make)
    click(qtbot, form.newButton)
    qtbot.waitUntil(lambda: form.messageLabel.isVisible(), timeout=SYNC_WAIT_MS)
    qtbot.wait(200)
    check(pane, exempt_words(services.database) | ZONE_WORDS, "an event saved")


def _missing(label) -> list[str]:
    """[] when ``label`` shows words (the state this step means to sweep)."""
    return [] if label.isVisible() and label.text() else [f"{label.objectName()} not shown"]


def _set(edit, year: int, month: int, day: int, hour: int, minute: int) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
    edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc()))


def test_the_events_pane_without_an_events_list_in_pseudo(speaking, qtbot, strict,
                                                          make_services, open_window) -> None:
    """Only the documented routes: the events come from the passes, read-only, and the
    pane says why (its notice, the disabled buttons' tooltips)."""
    window, services = open_synced(qtbot, strict, make_services, open_window,
                                   idle_check_every=timedelta(seconds=0.3))
    pane = open_by_nav(qtbot, window, "events")
    assert isinstance(pane, EventsPane)
    form = pane.form
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.waitUntil(form.noticeLabel.isVisible, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=SYNC_WAIT_MS)
    pane.table.select(pane.model.row(0).id)
    qtbot.wait(200)
    check(pane, exempt_words(services.database) | ZONE_WORDS, "no events list")
