"""NOT RECORDED (issue 21, part 1): a scan the store refuses is never shown as a verdict.

The disk fills for real: SQLite's ``max_page_count`` on the Door's own connection
(the one it writes its scans with) makes SQLite answer "database or disk is
full" exactly as a full disk does. Nothing of the Door is mocked. Raising the
limit again is the disk getting room: the Door records again by itself.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QListWidget
from sqlalchemy import func, select

from passdesk.gui.door.pane import DoorPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, Scan
from tests.gui.helpers import SHOTS_DIR, save_shot, synced_store

SHOTS = SHOTS_DIR  # where save_shot leaves PNGs to look at


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door_store(sandbox, tmp_path) -> Database:
    db = synced_store(sandbox.base_url, tmp_path / "door.sqlite3")
    yield db
    db.close()


@pytest.fixture
def pane(qtbot, door_store, store_tasks) -> DoorPane:
    pane = DoorPane(database=door_store, settings=SettingsStore(), bridge=SyncBridge(),
                    store_tasks=store_tasks)
    qtbot.addWidget(pane)
    pane.resize(1100, 720)
    pane.show()
    return pane


def valid_passes(db: Database) -> list[tuple[str, str]]:
    """(barcode, name) of active tickets for an event on now."""
    now, found = datetime.now(UTC), []
    with db.session() as session:
        for row in session.execute(
                select(Pass.barcode_value, Pass.display_name, Event.start_time, Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.display_name.is_not(None),
                       Pass.barcode_value.is_not(None)).order_by(Pass.id)):
            if row.start_time.replace(tzinfo=UTC) <= now < row.end_time.replace(tzinfo=UTC):
                found.append((row.barcode_value, row.display_name))
    assert len(found) >= 2
    return found


def scans(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Scan))


def door_connection(pane: DoorPane) -> sqlite3.Connection:
    """The SQLite connection the Door writes its scans with (it opens it at its first scan)."""
    raw = pane.door._door._raw
    assert raw is not None
    return raw.driver_connection


def fill_the_disk(pane: DoorPane) -> None:
    """No room left for the Door: its file may not grow, and the pages it writes to fill.

    The limit is the file's size; the last pages' free room is filled by scans through
    the Door's engine (as a busy door would), until SQLite says the disk is full.
    """
    driver = door_connection(pane)
    pages = driver.execute("PRAGMA page_count").fetchone()[0]
    driver.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        scan_until_it_fails(pane)
    # A row shorter than a filler's may still fit in the last room (how much is left
    # depends on the rows' shapes): fill that too, so no scan fits.
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        scan_until_it_fails(pane, short=True)


def scan_until_it_fails(pane: DoorPane, *, short: bool = False) -> None:
    for n in range(2000):
        pane.door.scan(f"F{n}" if short else f"FILLER-{n:05d}-NO-SUCH-TICKET")


def free_space(pane: DoorPane) -> None:
    door_connection(pane).execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_shows_not_recorded_never_the_verdict_before(
        qtbot, pane, door_store, caplog, tmp_path) -> None:
    (first, first_name), (second, _second_name) = valid_passes(door_store)[:2]
    pane.scan(first)
    assert pane.verdict_text[:2] == ("ADMIT", first_name)
    fill_the_disk(pane)
    before = scans(door_store)

    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert pane.scan(ScanRead(second, "wedge", ScanKind.QR)) is None
    word, name, message = pane.verdict_text
    assert word == "NOT RECORDED"
    assert name != first_name
    assert message == "Not recorded — the disk is full. Do not admit; call a supervisor."
    assert pane.form.verdictFrame.property("outcome") == "notrecorded"
    assert scans(door_store) == before  # nothing was recorded
    # One clear line, no traceback.
    failures = [r for r in caplog.records if "not recorded" in r.getMessage()]
    assert len(failures) == 1
    assert "disk full" in failures[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]
    # The supervisor's list has the value, to scan it again.
    assert [f.value for f in pane.failed_scans] == [second]
    button = pane.failed_button
    assert button.isVisible()
    assert button.text() == "1 scan not recorded — show"

    # It stays: the door's "back to READY" does not take it away.
    pane._fade_to_ready()
    pane._fade.finished.emit()
    assert pane.verdict_text[0] == "NOT RECORDED"
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = save_shot(pane, tmp_path, "door-not-recorded.png")
    (SHOTS / shot.name).write_bytes(shot.read_bytes())

    dialog = pane.show_failed_scans()
    assert second in dialog.findChild(QListWidget, "notRecordedList").item(0).text()
    save_shot(dialog, tmp_path, "door-not-recorded-list.png")
    (SHOTS / "door-not-recorded-list.png").write_bytes(
        (tmp_path / "door-not-recorded-list.png").read_bytes())
    dialog.close()

    # A second failure of another value: both listed, still NOT RECORDED.
    pane.scan(first)
    assert pane.verdict_text[0] == "NOT RECORDED"
    assert [f.value for f in pane.failed_scans] == [second, first]
    assert button.text() == "2 scans not recorded — show"

    # Room again: the very next scan is recorded, with its own verdict.
    free_space(pane)
    result = pane.scan(second)
    assert result is not None
    assert pane.verdict_text[0] == "ADMIT"
    assert pane.form.verdictFrame.property("outcome") == "admit"
    assert scans(door_store) == before + 1
    assert [f.value for f in pane.failed_scans] == [first]  # re-scanned: off the list
    pane.scan(first)  # already in: DENY, but recorded, so off the list too
    assert pane.verdict_text[0] == "DENY"
    assert pane.failed_scans == []
    assert button.isHidden()


def test_a_locked_database_says_scan_again_and_resumes(qtbot, pane, door_store) -> None:
    """Another program holds the file's write lock: NOT RECORDED, then recorded once free."""
    (first, _), (second, second_name) = valid_passes(door_store)[:2]
    pane.scan(first)
    door_connection(pane).execute("PRAGMA busy_timeout = 0")  # no wait: the test stays fast
    holder = sqlite3.connect(door_store.engine.url.database)
    holder.execute("BEGIN IMMEDIATE")
    try:
        pane.scan(second)
        assert pane.verdict_text[0] == "NOT RECORDED"
        assert "busy" in pane.verdict_text[2]
        assert "scan again" in pane.verdict_text[2]
    finally:
        holder.rollback()
        holder.close()
    pane.scan(second)
    assert pane.verdict_text[:2] == ("ADMIT", second_name)
    assert pane.failed_scans == []


def test_a_stuck_connection_is_opened_again(qtbot, pane, door_store) -> None:
    """A connection that cannot be used (closed under the door) is replaced at the next scan."""
    (first, _), (second, second_name) = valid_passes(door_store)[:2]
    pane.scan(first)
    door_connection(pane).close()
    pane.scan(second)
    assert pane.verdict_text[0] == "NOT RECORDED"
    pane.scan(second)
    assert pane.verdict_text[:2] == ("ADMIT", second_name)


def test_third_party_validation_not_recorded_shows_not_recorded(
        qtbot, sandbox, make_services, open_window, memory_keyring) -> None:
    """The service answers, but its verdict cannot be recorded (decide, on the store's
    worker): NOT RECORDED, never the service's ADMIT."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    from tests.gui.door.test_third_party import TOKEN, validate, validate_at
    from tests.gui.helpers import open_synced_door
    from tests.helpers.asgi_server import AsgiServer

    memory_keyring.store[("passdesk", "hub_token")] = TOKEN
    app = Starlette(routes=[Route("/validate", validate, methods=["POST"])])
    with AsgiServer(app) as endpoint:
        _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
        validate_at(qtbot, sandbox, services, pane, f"{endpoint.url}/validate")
        pane.scan(ScanRead("MEMBER-1", "wedge", ScanKind.QR))
        qtbot.waitUntil(lambda: pane.verdict_text[0] == "ADMIT")
        fill_the_disk(pane)

        pane.scan(ScanRead("MEMBER-2", "wedge", ScanKind.QR))
        qtbot.waitUntil(lambda: pane.verdict_text[0] == "NOT RECORDED")
        assert pane.verdict_text[2].startswith("Not recorded — the disk is full.")
        assert [f.value for f in pane.failed_scans] == ["MEMBER-2"]

        free_space(pane)
        pane.scan(ScanRead("MEMBER-2", "wedge", ScanKind.QR))

        def admitted() -> None:  # a failure says what the Door showed instead
            assert pane.third_party is not None, "third-party validation was switched off"
            assert pane.verdict_text[0] == "ADMIT", pane.verdict_text

        # The door's write may wait for the lock up to LOCK_WAIT_S (10 s) on a busy machine.
        qtbot.waitUntil(admitted, timeout=15_000)
        assert pane.failed_scans == []


def test_scan_with_points_not_recorded_queues_no_points(qtbot, pane, door_store) -> None:
    """A door that adds points: a scan that cannot be recorded adds none either (one
    transaction), and once there is room the scan and its points are recorded."""
    from dataclasses import replace

    from passdesk.core.loyalty import ScanLoyalty
    from tests.gui.door.test_loyalty import a_loyalty_card, loyalty_ops

    pane._use_setup(replace(pane._setup, loyalty=ScanLoyalty(3, None),
                            config=replace(pane._setup.config, admit_non_tickets=True)))
    card, barcode, name = a_loyalty_card(door_store)
    (first, _), _ = valid_passes(door_store)[:2]
    pane.scan(first)
    fill_the_disk(pane)

    pane.scan(ScanRead(barcode, "wedge", ScanKind.QR))
    assert pane.verdict_text[0] == "NOT RECORDED"
    assert loyalty_ops(door_store, card) == []

    free_space(pane)
    pane.scan(ScanRead(barcode, "wedge", ScanKind.QR))
    assert pane.verdict_text == ("ADMIT", name, "Welcome · +3 points")
    assert [op.amount for op in loyalty_ops(door_store, card)] == [3]
