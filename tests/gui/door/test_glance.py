"""The Door's glance strip: scanning at this door moves its pace; an admission at
another door moves the venue's inside count, not this door's pace."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from passdesk.gui.door.glance import DoorGlance
from passdesk.store.scans import record_scan
from passdesk.store.schema import Event, Pass
from tests.gui.door.test_pane import DoorWindow
from tests.gui.helpers import open_synced_door, save_shot
from tests.gui.scanning.test_wedge import Typist

CAPACITY = 100


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


def tickets_on_now(door: DoorWindow) -> tuple[str, list[tuple[str, str]]]:
    """An event on now and (pass id, barcode) of three of its active tickets."""
    now = datetime.now(UTC)
    with door.services.database.session() as session:
        for event in session.scalars(select(Event).order_by(Event.id)):
            if not (event.start_time and event.end_time):
                continue
            if not event.start_time.replace(tzinfo=UTC) <= now < event.end_time.replace(
                    tzinfo=UTC):
                continue
            rows = session.execute(
                select(Pass.id, Pass.barcode_value)
                .where(Pass.event_id == event.id, Pass.status == "active",
                       Pass.barcode_value.is_not(None)).order_by(Pass.id).limit(3)).all()
            if len(rows) == 3:
                return event.id, [tuple(row) for row in rows]
    raise AssertionError("no demo event on now with three tickets")


def strip(glance: DoorGlance) -> tuple[str, str]:
    return glance.rate.text(), glance.inside.text()


def test_the_strip_follows_this_door_and_the_venue(qtbot, door, tmp_path) -> None:
    pane = door.pane
    event_id, tickets = tickets_on_now(door)
    setup = pane._setup
    pane.apply_setup(replace(setup, config=replace(setup.config, event_id=event_id,
                                                   capacity=CAPACITY), event_chosen=True))
    glance = pane.glance
    assert glance.isVisible()
    qtbot.waitUntil(lambda: strip(glance) == ("0.0", f"0 / {CAPACITY}"))
    assert glance.inside_caption.text() == "inside the venue\nof its capacity"
    assert glance.fill.isVisible()

    # Two guests at this door: one a minute each over the last five minutes.
    for number, (_, barcode) in enumerate(tickets[:2], start=1):
        door.scan_at_the_door(barcode)
        assert pane.verdict_text[0] == "ADMIT"
        qtbot.waitUntil(lambda n=number: strip(glance) == (f"{n / 5:.1f}",
                                                             f"{n} / {CAPACITY}"))

    # A guest let in at another desk on the venue's database: inside moves, this pace not.
    with door.services.database.session() as session:
        record_scan(session, scan_id=str(uuid.uuid4()), scanned_at=datetime.now(UTC),
                    raw_value=tickets[2][1], source="wedge", pass_id=tickets[2][0],
                    event_id=event_id, desk="Door 9", verdict="admit", reason="admitted")
    qtbot.waitUntil(lambda: strip(glance) == ("0.4", f"3 / {CAPACITY}"), timeout=10_000)
    assert glance.fill.value() == 3

    # Big enough to read from two metres: the figures are at least 30 px tall.
    assert glance.rate.fontInfo().pixelSize() >= 30
    assert glance.inside.fontInfo().pixelSize() >= 30
    save_shot(door.window, tmp_path, "door_glance.png")


def test_the_strip_stays_in_full_screen(qtbot, door) -> None:
    door.pane.toggle_full_screen()
    qtbot.waitUntil(lambda: door.window.is_full_screen)
    assert door.pane.glance.isVisible()
    door.pane.toggle_full_screen()
