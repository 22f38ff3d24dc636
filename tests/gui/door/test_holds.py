"""Holds at the Door, on the real sandbox after the first sync, offscreen, real SQLite:
a held ticket shows HOLD with its reason and is not inside; a person's Enter lets it
in, Esc turns it away, and the scan log keeps what the desk decided; a scanner burst
during a hold is a new scan (its Enter never lets the held guest in): it is judged and
shown, and the hold waits in the list, to be decided from there. Screenshots of a HOLD
and of the waiting list to look at."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from passdesk.core.holds import HoldKind, HoldRule
from passdesk.store.schema import Pass, Scan
from tests.gui.door.test_pane import DoorWindow, a_valid_pass
from tests.gui.helpers import SHOTS_DIR, distinct_colours, open_synced_door, save_shot
from tests.gui.scanning.test_wedge import PERSON_MS, Typist

NOTES = SHOTS_DIR  # where save_shot leaves PNGs to look at


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


def tickets(door: DoorWindow, count: int) -> list[tuple[str, str]]:
    """(barcode, name) of ``count`` admissible tickets with different holders' names."""
    first, _ = a_valid_pass(door)
    with door.services.database.session() as session:
        event = session.scalar(select(Pass.event_id).where(Pass.barcode_value == first))
        rows = session.execute(
            select(Pass.barcode_value, Pass.display_name)
            .where(Pass.event_id == event, Pass.status == "active",
                   Pass.barcode_value.is_not(None), Pass.display_name.is_not(None))
            .order_by(Pass.id)).all()
    out: dict[str, str] = {}
    for barcode, name in rows:
        if name not in out.values():
            out[barcode] = name
    assert len(out) >= count
    return list(out.items())[:count]


def hold_names(door: DoorWindow, *names: str) -> None:
    """The door holds these holders' tickets (a rule per field value: ``fullName``)."""
    pane = door.pane
    rules = tuple(HoldRule(HoldKind.FIELD, "fullName", name, "Check photo ID")
                  for name in names)
    pane.apply_setup(replace(pane._setup, config=replace(pane._setup.config, holds=rules)))


def person_presses(door: DoorWindow, key: Qt.Key) -> None:
    """A person's key on the door screen, well after any scan (with timestamps, as the
    platform sends them: the wedge sees it as no burst)."""
    target = door.pane.form.verdictFrame
    target.setFocus()
    door.typist.pause(1_000)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        door.typist.pause(PERSON_MS)
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(door.typist.now)
        QApplication.sendEvent(target, event)


def decision_of(door: DoorWindow, scan_id: str) -> tuple:
    with door.services.database.session() as session:
        row = session.get(Scan, scan_id)
        return row.verdict, row.reason, row.decision, row.decided_by, row.detail


def test_enter_lets_a_held_guest_in_and_esc_turns_one_away(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    (held, name), (plain, other), (refused, third) = tickets(door, 3)
    hold_names(door, name, third)
    desk = pane._setup.config.desk

    door.scan_at_the_door(held)
    assert pane.verdict_text == ("HOLD", name, "Check photo ID")
    assert form.verdictFrame.property("outcome") == "hold"
    assert pane.let_in_button.isVisible()
    assert pane.turn_away_button.isVisible()
    assert pane.let_in_button.text() == "Let in (Enter)"
    assert pane.turn_away_button.text() == "Turn away (Esc)"
    assert door.counters() == ("0", "0", "0")  # not inside until let in
    hold_id = pane.last_result.scan_id
    assert pane.waiting_hold_ids == [hold_id]

    person_presses(door, Qt.Key.Key_Return)
    assert pane.verdict_text == ("ADMIT", name, "Let in after the check: Check photo ID")
    assert not pane.let_in_button.isVisible()
    assert door.counters() == ("1", "0", "1")
    assert pane.waiting_hold_ids == []
    assert not pane.holds_box.isVisible()
    assert decision_of(door, hold_id) == (
        "admit", "held", "confirmed", desk, f"Check photo ID · let in by {desk}")

    door.scan_at_the_door(plain)  # no rule for this one
    assert pane.verdict_text == ("ADMIT", other, "Welcome")
    assert door.counters() == ("2", "0", "2")

    door.scan_at_the_door(refused)
    assert pane.verdict_text[0] == "HOLD"
    refused_id = pane.last_result.scan_id
    person_presses(door, Qt.Key.Key_Escape)
    assert pane.verdict_text == ("DENY", third, "Turned away: Check photo ID")
    assert door.counters() == ("2", "1", "2")
    assert decision_of(door, refused_id) == (
        "deny", "held", "refused", desk, f"Check photo ID · turned away by {desk}")
    # The list of last scans says what became of each.
    qtbot.waitUntil(lambda: [pane.recent.data(pane.recent.index(r, 2))
                             for r in range(3)] == ["DENY", "ADMIT", "ADMIT"])
    # With nothing held, Enter and Esc decide nothing.
    person_presses(door, Qt.Key.Key_Return)
    assert door.scan_rows() == 3


def test_a_scan_during_a_hold_is_shown_and_the_hold_waits(qtbot, door, tmp_path) -> None:
    pane, form = door.pane, door.pane.form
    (held, name), (plain, other) = tickets(door, 2)
    hold_names(door, name)
    door.window.resize(1100, 720)

    door.scan_at_the_door(held)
    hold_id = pane.last_result.scan_id
    assert pane.verdict_text[0] == "HOLD"
    hold_shot = save_shot(door.window, tmp_path, "door-hold.png")

    # The next guest's ticket, scanned while the hold is on the panel: the scanner's
    # Enter is the end of its code, not "let in".
    door.typist.pause(1_000)
    door.typist.scan(plain, target=form.verdictFrame)
    assert pane.verdict_text == ("ADMIT", other, "Welcome")
    assert decision_of(door, hold_id)[:3] == ("hold", "held", None)
    assert door.counters() == ("1", "0", "1")
    assert pane.waiting_hold_ids == [hold_id]
    assert pane.holds_box.isVisible()
    assert name in pane.holds_list.item(0).text()
    assert "Check photo ID" in pane.holds_list.item(0).text()
    waiting_shot = save_shot(door.window, tmp_path, "door-waiting-holds.png")

    # Enter now is no decision: the panel shows the other guest.
    person_presses(door, Qt.Key.Key_Return)
    assert pane.waiting_hold_ids == [hold_id]
    assert door.counters() == ("1", "0", "1")

    # From the list: the hold comes back to the panel, and is let in there.
    rect = pane.holds_list.visualItemRect(pane.holds_list.item(0))
    qtbot.mouseClick(pane.holds_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert pane.verdict_text == ("HOLD", name, "Check photo ID")
    qtbot.mouseClick(pane.let_in_button, Qt.MouseButton.LeftButton)
    assert pane.verdict_text[0] == "ADMIT"
    assert door.counters() == ("2", "0", "2")
    assert pane.waiting_hold_ids == []
    assert decision_of(door, hold_id)[2] == "confirmed"

    for shot in (hold_shot, waiting_shot):
        assert distinct_colours(shot) > 8
        NOTES.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, NOTES / shot.name)


def test_holds_left_waiting_are_listed_again_when_the_door_opens(qtbot, door) -> None:
    """A hold never decided (the app closed) is on the list when the Door is built."""
    from passdesk.gui.door.pane import DoorPane

    pane = door.pane
    (held, name), = tickets(door, 1)
    hold_names(door, name)
    door.scan_at_the_door(held)
    hold_id = pane.last_result.scan_id
    again = DoorPane.from_services(door.services)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.waiting_hold_ids == [hold_id])
    assert name in again.holds_list.item(0).text()



def test_in_full_screen_esc_turns_the_hold_away_then_leaves(qtbot, door) -> None:
    """Esc leaves full screen, except while a hold is on the panel: then it turns away."""
    pane, window = door.pane, door.window
    (held, name), = tickets(door, 1)
    hold_names(door, name)
    pane.toggle_full_screen()
    assert window.is_full_screen

    door.scan_at_the_door(held)
    assert pane.verdict_text[0] == "HOLD"
    assert pane.holds_box.isVisible()  # the waiting list stays in full screen
    person_presses(door, Qt.Key.Key_Escape)
    assert pane.verdict_text == ("DENY", name, "Turned away: Check photo ID")
    assert window.is_full_screen
    person_presses(door, Qt.Key.Key_Escape)
    assert not window.is_full_screen
