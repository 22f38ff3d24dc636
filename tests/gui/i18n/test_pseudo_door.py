"""The Door and the dialogs it opens in the pseudo-locale (issue 25): every word a door
person reads went through a translator, and none is cut off at 1366 by 768 — idle,
after an ADMIT, a DENY, a HOLD and a NOT RECORDED, after an undo, while searching, in
full screen, and in its dialogs (Door settings and its Holds tab, the scanner check,
the scans not recorded)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from passdesk.core.holds import HoldKind, HoldRule
from passdesk.core.loyalty import PLACEHOLDERS
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.door.words import word
from passdesk.store.schema import Event, Pass
from tests.gui.door.test_not_recorded import fill_the_disk, free_space
from tests.gui.helpers import SYNC_WAIT_MS, click
from tests.gui.i18n.sweep import check, clipped, data_words, open_synced, swept


def tickets(database) -> list[tuple[str, str]]:
    """(barcode, name) of active tickets of an event on now, one per holder's name."""
    now, found = datetime.now(UTC), {}
    with database.session() as session:
        for row in session.execute(
                select_tickets().order_by(Pass.id)):
            if row.start_time.replace(tzinfo=UTC) <= now < row.end_time.replace(tzinfo=UTC) \
                    and row.display_name not in found.values():
                found[row.barcode_value] = row.display_name
    assert len(found) >= 3
    return list(found.items())


def select_tickets():
    from sqlalchemy import select

    return (select(Pass.barcode_value, Pass.display_name, Event.start_time, Event.end_time)
            .join(Event, Event.id == Pass.event_id)
            .where(Pass.status == "active", Pass.display_name.is_not(None),
                   Pass.barcode_value.is_not(None)))


def desk_words(pane, services) -> set[str]:
    """The data's words, this desk's name (a setting a person typed: "door"), and the
    push message's placeholders ({points}…), typed as they are in any language."""
    return (data_words(services.database) | {pane._setup.config.desk.lower()}
            | set(PLACEHOLDERS))


@pytest.fixture
def door(speaking, qtbot, sandbox, make_services, open_window):
    """The main window in the sweep's language at 1366 x 768, its first sync done: the Door."""
    window, services = open_synced(qtbot, sandbox, make_services, open_window)
    pane = window.pane("door")
    assert isinstance(pane, DoorPane)
    qtbot.waitUntil(lambda: pane.loaded and pane._events is not None, timeout=SYNC_WAIT_MS)
    QApplication.processEvents()
    return window, services, pane


def test_the_door_and_its_verdicts_in_pseudo(door, qtbot) -> None:
    _window, services, pane = door
    form = pane.form
    exempt = desk_words(pane, services)
    check(pane, exempt, "idle")
    assert form.verdictFrame.property("outcome") == "idle"

    (first, _name), (second, _), (held, held_name) = tickets(services.database)[:3]
    pane.scan(first)
    assert form.verdictFrame.property("outcome") == "admit"
    check(pane, exempt, "an ADMIT")

    pane.scan(first)
    assert form.verdictFrame.property("outcome") == "deny"
    check(pane, exempt, "a DENY (already admitted)")
    pane.scan("NOPE-00000-00000")
    exempt |= {"nope"}  # what was read, in the last scans' list: data
    check(pane, exempt, "a DENY (unknown pass)")

    rule = HoldRule(HoldKind.FIELD, "fullName", held_name, "")  # the default reason
    pane.apply_setup(replace(pane._setup, config=replace(pane._setup.config, holds=(rule,))))
    pane.scan(held)
    assert form.verdictFrame.property("outcome") == "hold"
    check(pane, exempt, "a HOLD")
    pane.scan(second)  # the hold waits in the list
    assert pane.holds_box.isVisible()
    check(pane, exempt, "a hold waiting")
    pane.show_hold(pane.waiting_hold_ids[0])
    pane.let_in()
    check(pane, exempt, "a hold let in")

    click(qtbot, form.undoButton)
    assert form.verdictFrame.property("outcome") == "undone"
    check(pane, exempt, "an undo")

    fill_the_disk(pane)
    # The filling scans went through the door's engine, not the panel: the last scans
    # list reads them from the scan log, whose words are data (English as recorded).
    exempt |= desk_words(pane, services)
    assert pane.scan(first) is None
    assert form.verdictFrame.property("outcome") == "notrecorded"
    assert pane.failed_button.isVisible()
    check(pane, exempt, "NOT RECORDED")
    click(qtbot, pane.failed_button)
    dialog = pane.failed_dialog
    qtbot.waitUntil(dialog.isVisible)
    check(dialog, exempt, "the scans not recorded")
    dialog.reject()
    free_space(pane)


def test_the_door_search_undo_and_export_in_pseudo(door, qtbot, tmp_path, monkeypatch) -> None:
    _window, services, pane = door
    form = pane.form
    exempt = desk_words(pane, services)
    _barcode, name = tickets(services.database)[0]

    click(qtbot, form.undoButton)  # nothing to undo yet
    check(pane, exempt, "nothing to undo")

    form.searchEdit.setFocus()
    form.searchEdit.setText(name.split()[0])  # typed (names may not be ASCII: no key clicks)
    qtbot.waitUntil(lambda: pane.search.count() > 0, timeout=10_000)
    check(pane, exempt, "search results")
    form.searchResults.setCurrentIndex(pane.results.index(0, 0))
    check(pane, exempt, "a search result picked")
    click(qtbot, form.admitButton)
    check(pane, exempt, "admitted by hand")

    path = tmp_path / "scans.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, form.exportButton)
    qtbot.waitUntil(path.exists, timeout=10_000)
    check(pane, exempt, "after an export")

    # The banner's choice: tonight's event (its name and day in the summary line).
    assert form.eventBanner.isVisible()
    form.bannerCombo.setCurrentIndex(form.bannerCombo.count() - 1)
    click(qtbot, form.bannerButton)
    assert not form.eventBanner.isVisible()
    check(pane, exempt, "an event chosen")


def test_the_verdict_fits_in_full_screen_in_pseudo(door, qtbot) -> None:
    window, services, pane = door
    form = pane.form
    exempt = desk_words(pane, services) | {"nope"}  # what was read: data
    click(qtbot, form.fullScreenButton)
    qtbot.waitUntil(lambda: window.is_full_screen)
    for value in (tickets(services.database)[0][0], "NOPE-00000-00000"):
        pane.scan(value)
        QApplication.processEvents()
        assert clipped(form.verdictWord) == [], form.verdictWord.text()
        check(pane, exempt, f"full screen, {form.verdictFrame.property('outcome')}")
    for full in (True, False):  # every big word, in full screen and not
        window.set_full_screen(full)
        QApplication.processEvents()
        for key in STATES:
            pane._show_verdict(key, word(key), "", "", "", stays=True)
            QApplication.processEvents()
            assert clipped(form.verdictWord) == [], (full, form.verdictWord.text())
    window.set_full_screen(False)


#: Every state the panel shows a big word for (``gui/door/words.py``).
STATES = ("admit", "deny", "warn", "exit", "hold", "notrecorded", "idle", "loading", "unsure",
          "noevent", "undone", "checking")


def test_the_door_loading_and_without_its_event_in_pseudo(door, qtbot) -> None:
    _window, services, pane = door
    form = pane.form
    exempt = desk_words(pane, services)
    # Before the first sync has finished: LOADING, and a pass not found is NOT LOADED.
    pane.loaded, pane._loading_done = False, "45 %"
    pane._show_idle()
    assert form.verdictFrame.property("outcome") == "loading"
    check(pane, exempt, "LOADING")
    pane.scan("NOPE-00000-00000")
    assert form.verdictFrame.property("outcome") == "unsure"
    check(pane, exempt | {"nope"}, "NOT LOADED")
    pane.loaded, pane._loading_done = True, ""

    # The door's event is gone from the store: NO EVENT, and the banner's alarm.
    config = replace(pane._setup.config, event_id="0f0f0f0f-gone")
    pane.apply_setup(replace(pane._setup, config=config, event_chosen=True))
    assert form.verdictFrame.property("outcome") == "noevent"
    assert form.eventBanner.isVisible()
    check(pane, exempt | {"gone"}, "NO EVENT")


def test_the_door_settings_in_pseudo(door, qtbot) -> None:
    _window, services, pane = door
    exempt = desk_words(pane, services)
    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible(), timeout=10_000)
    dialog = pane.settings_dialog
    tabs = dialog.form.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(dialog, exempt, f"Door settings, tab {index}")
    tabs.setCurrentWidget(dialog.hold_rules)
    editor = dialog.hold_rules
    for kind in range(editor.kind_combo.count()):
        editor.kind_combo.setCurrentIndex(kind)
        check(dialog, exempt, f"Door settings, holds, kind {kind}")
    editor.value_edit.setText("Student")
    editor.which_combo.setEditText("ticketType")
    editor.kind_combo.setCurrentIndex(1)
    editor.which_combo.setEditText("ticketType")
    editor.value_edit.setText("Student")
    click(qtbot, editor.add_button)
    exempt |= {"tickettype", "student"}  # what the person typed: the rule's field and value
    check(dialog, exempt, "Door settings, a hold rule added")

    if dialog.form.scannerButton.isVisible():
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            if dialog.form.scannerButton.isVisible():
                break
        click(qtbot, dialog.form.scannerButton)
        check_dialog = dialog.scanner_check
        qtbot.waitUntil(check_dialog.isVisible)
        check(check_dialog, exempt, "the scanner check")
        check_dialog.reject()
    dialog.reject()


def test_the_door_for_door_staff_in_pseudo(door, qtbot) -> None:
    """A desk whose role may not search: the button that asks for a supervisor's PIN,
    and the PIN dialog it opens (which names what it is for)."""
    from passdesk.core.roles import Role
    from passdesk.gui.step_up_dialog import StepUpDialog
    from tests.gui.helpers import when_shown
    from tests.gui.roles import roles_on

    _window, services, pane = door
    roles_on(services, Role.DOOR_STAFF)
    exempt = desk_words(pane, services)  # the staff's names are in the store now
    QApplication.processEvents()
    assert pane.unlock_search_button.isVisible()
    check(pane, exempt, "door staff")
    found: list = []

    def sweep_and_close(dialog: StepUpDialog) -> None:
        found.extend(swept(dialog, exempt))
        dialog.reject()

    when_shown(StepUpDialog, sweep_and_close)
    click(qtbot, pane.unlock_search_button)
    assert found == [], "the PIN dialog:\n" + "\n".join(str(f) for f in found)
