"""The Sync pane and the status bar's sync part, driven as a person would, over the
real sandbox and a real SQLite file in the test's data folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.gui.sync.outbox_model import HEADERS, Column
from passdesk.gui.sync.pane import SyncPane
from passdesk.gui.widgets.words import local_time
from passdesk.store import loyalty as loyalty_store
from passdesk.store import passes as pass_store
from passdesk.store.database import sqlite_file_for
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.loyalty import change_balance
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    distinct_colours,
    open_pane,
    save_shot,
    wait_until_synced,
    when_shown,
)

#: The sync service checks the connection this often when idle (30 s in the app).
QUICK_CHECKS = timedelta(seconds=0.3)
REFUSED = "Balance cannot go below zero"


@dataclass
class Desk:
    """The app on the sandbox, showing the Sync pane."""

    window: MainWindow
    services: Services
    pane: SyncPane

    @property
    def form(self) -> QWidget:
        return self.pane.form

    def rows(self) -> list[dict[str, str]]:
        """The outbox table as a person reads it: one dict per row, by column header."""
        model = self.pane.model
        return [{HEADERS[c]: model.data(model.index(r, c)) for c in Column}
                for r in range(model.rowCount())]

    def online(self) -> str:
        return self.window.status.online_label.text()

    def outbox_indicator(self) -> str:
        button = self.window.status.outbox_button
        return button.text() if button.isVisible() else ""


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services(idle_check_every=QUICK_CHECKS)
    window = open_window(services)
    pane = open_pane(qtbot, window, "Sync")
    assert isinstance(pane, SyncPane)
    return Desk(window, services, pane)


def loyalty_card(desk: Desk) -> str:
    """An active pass with a loyalty balance, from the local store."""
    with desk.services.database.session() as session:
        return session.scalar(
            select(Pass.id).join(PassTemplate, Pass.template_id == PassTemplate.id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active")
            .order_by(Pass.id).limit(1))


def balance_on_the_server(sandbox, pass_id: str) -> int:
    with PassEntryClient(sandbox.base_url, sandbox.api_key) as client:
        return client.loyalty.get(pass_id).balance


def queue_points(desk: Desk, pass_id: str, delta: int) -> None:
    """What the till will do: a local change, then tell the service."""
    change_balance(desk.services.database, pass_id=pass_id, delta=delta)
    desk.services.sync.push_soon()


def click_row(qtbot, desk: Desk, row: int) -> None:
    table = desk.form.outboxTable
    center = table.visualRect(desk.pane.model.index(row, Column.CHANGE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def confirm_discard_dialog(qtbot, seen: dict[str, str]):
    def act(box: QMessageBox) -> None:
        seen["text"], seen["info"] = box.text(), box.informativeText()
        click(qtbot, box.findChild(QPushButton, "confirmDiscardButton"))

    return when_shown(QMessageBox, act)


def refuse_a_change(qtbot, sandbox, desk: Desk) -> tuple[str, int]:
    """Queue a delta the API refuses; returns the pass and its balance on the server."""
    card = loyalty_card(desk)
    start = balance_on_the_server(sandbox, card)
    # This desk last read 50 more than the server has now (another counter redeemed).
    with desk.services.database.session() as session:
        loyalty_store.confirm_balance(session, card, start + 50, datetime.now(UTC))
    queue_points(desk, card, -(start + 50))
    qtbot.waitUntil(lambda: [r["State"] for r in desk.rows()] == ["Refused"],
                    timeout=SYNC_WAIT_MS)
    return card, start


# --- the first sync ------------------------------------------------------------------


def test_online_and_the_first_sync_fills_the_store(qtbot, desk, sandbox, tmp_path) -> None:
    qtbot.waitUntil(lambda: desk.online() == "● Online", timeout=SYNC_WAIT_MS)
    wait_until_synced(qtbot, desk.services)

    form = desk.form
    status = desk.services.bridge.status
    assert form.lastSyncLabel.text().startswith(local_time(status.last_sync_at, seconds=True))
    assert "2,000 passes fetched (2,000 new)" in form.lastSyncLabel.text()
    assert form.connectionPill.text() == "● Online"
    assert form.phaseLabel.text().startswith("Idle")
    assert not form.progressBar.isVisible()
    assert form.syncNowButton.isEnabled()
    assert not form.cancelButton.isEnabled()
    assert form.outboxSummary.text().startswith("Nothing waiting")
    assert desk.rows() == []
    assert desk.outbox_indicator() == ""

    # A server other than the PassEntry API has its own file.
    database_file = tmp_path / "data" / sqlite_file_for(sandbox.base_url)
    assert database_file.name.startswith("passdesk-127.0.0.1-")
    assert desk.services.database.engine.url.database == str(database_file)
    assert database_file.stat().st_size > 0
    with desk.services.database.session() as session:
        assert pass_store.count(session) == 2000


# --- offline, and back ------------------------------------------------------------------


def test_a_change_made_offline_waits_and_is_delivered_when_the_server_is_back(
        qtbot, sandbox, desk, tmp_path) -> None:
    wait_until_synced(qtbot, desk.services)
    card = loyalty_card(desk)
    start = balance_on_the_server(sandbox, card)

    sandbox.stop()
    qtbot.waitUntil(lambda: desk.online() == "● Offline", timeout=SYNC_WAIT_MS)
    assert "Could not connect to 127.0.0.1" in desk.window.status.online_label.toolTip()
    assert desk.form.connectionPill.text() == "● Offline"
    assert "Could not connect to 127.0.0.1" in desk.form.connectionDetail.text()

    queue_points(desk, card, 7)

    # m17: offline, a row waits for the connection; it is not "Sending / Now".
    qtbot.waitUntil(lambda: [(r["Change"], r["State"]) for r in desk.rows()]
                    == [("Loyalty +7 points", "Waiting: offline")], timeout=SYNC_WAIT_MS)
    assert desk.rows()[0]["Next try"] != "Now"
    with desk.services.database.session() as session:
        holder = session.get(Pass, card).display_name
    assert holder
    assert desk.rows()[0]["For"] == holder  # the customer's name, not an id
    qtbot.waitUntil(lambda: desk.outbox_indicator() == "1 waiting")
    assert desk.form.outboxSummary.text() == "1 change waiting to be sent."
    # Once tried, the row says why it still waits.
    qtbot.waitUntil(lambda: "Could not connect" in desk.rows()[0]["Last message"],
                    timeout=SYNC_WAIT_MS)
    desk.window.resize(900, 600)
    qtbot.waitUntil(lambda: desk.window.size().toTuple() == (900, 600))
    qtbot.waitUntil(lambda: assert_not_clipped(desk))
    assert not desk.form.syncProblem.isVisible(), "the connection row says it already"
    # m17: "Sync now" offline says what will happen instead of seeming to do nothing.
    click(qtbot, desk.form.syncNowButton)
    assert desk.form.syncProblem.isVisible()
    assert desk.form.syncProblem.text().startswith(
        "Offline: passdesk will sync when PassEntry answers again.")
    qtbot.wait(50)
    assert desk.form.syncProblem.isVisible(), "it stays while offline"
    save_shot(desk.window, tmp_path, "main-window-offline-900x600.png")

    sandbox.start()

    qtbot.waitUntil(lambda: desk.rows() == [] and desk.outbox_indicator() == "",
                    timeout=SYNC_WAIT_MS)
    assert balance_on_the_server(sandbox, card) == start + 7
    qtbot.waitUntil(lambda: desk.online() == "● Online", timeout=SYNC_WAIT_MS)
    assert desk.form.outboxSummary.text().startswith("Nothing waiting")
    assert not desk.form.syncProblem.isVisible()


# --- refused changes ------------------------------------------------------------------------


def test_a_refused_change_needs_attention_retry_keeps_it_and_discard_lets_the_next_go(
        qtbot, sandbox, desk) -> None:
    wait_until_synced(qtbot, desk.services)
    card, start = refuse_a_change(qtbot, sandbox, desk)
    form = desk.form

    row = desk.rows()[0]
    assert REFUSED in row["Last message"]
    assert row["Tries"] == "1"
    assert row["Next try"] == "When you retry"
    qtbot.waitUntil(lambda: desk.outbox_indicator() == "1 to check")
    # Explained under the table without any click; the buttons wait for a selection.
    assert form.detailLabel.isVisible()
    assert form.detailLabel.text().startswith("Refused by PassEntry")
    assert REFUSED in form.detailLabel.text()
    assert not form.retryButton.isEnabled()
    assert not form.discardButton.isEnabled()

    # A later change to the same pass is held back behind the refused one.
    queue_points(desk, card, 2)
    qtbot.waitUntil(lambda: [r["State"] for r in desk.rows()] == ["Refused", "Waiting"],
                    timeout=SYNC_WAIT_MS)
    assert desk.rows()[1]["Next try"] == "Held back"

    click_row(qtbot, desk, 0)
    assert form.retryButton.isEnabled()
    assert form.discardButton.isEnabled()
    click(qtbot, form.retryButton)

    qtbot.waitUntil(lambda: (desk.rows()[0]["Tries"], desk.rows()[0]["State"])
                    == ("2", "Refused"), timeout=SYNC_WAIT_MS)
    assert REFUSED in desk.rows()[0]["Last message"]
    assert [r["State"] for r in desk.rows()] == ["Refused", "Waiting"]
    assert balance_on_the_server(sandbox, card) == start
    assert form.retryButton.isEnabled(), "the selection survives the reload"

    seen: dict[str, str] = {}
    dialog = confirm_discard_dialog(qtbot, seen)
    click(qtbot, form.discardButton)

    assert not dialog.isActive()
    assert seen["text"] == f"Discard “Loyalty -{start + 50:,} points” for pass {card}?"
    assert "will not reach PassEntry" in seen["info"]
    # The table (read by the store worker) and the counts (reported by the sync
    # worker) arrive separately: wait for both.
    qtbot.waitUntil(lambda: desk.rows() == [] and desk.outbox_indicator() == "",
                    timeout=SYNC_WAIT_MS)
    assert balance_on_the_server(sandbox, card) == start + 2


def test_cancelling_the_discard_dialog_keeps_the_change(qtbot, sandbox, desk) -> None:
    wait_until_synced(qtbot, desk.services)
    refuse_a_change(qtbot, sandbox, desk)
    click_row(qtbot, desk, 0)

    dialog = when_shown(QMessageBox, lambda box: box.reject())
    click(qtbot, desk.form.discardButton)

    assert not dialog.isActive()
    # A discard would have been handed to the store's worker by now: let it finish.
    assert desk.services.store_tasks.wait_for_done(30_000)
    states = [item.state for item in desk.services.sync.outbox_items(("failed", "discarded"))]
    assert states == ["failed"]
    assert [r["State"] for r in desk.rows()] == ["Refused"]
    assert desk.form.retryButton.isEnabled()


def test_a_change_whose_answer_was_lost_goes_to_review_with_its_explanation(
        qtbot, sandbox, desk, tmp_path) -> None:
    wait_until_synced(qtbot, desk.services)
    card = loyalty_card(desk)
    start = balance_on_the_server(sandbox, card)
    # The server applies the next PATCH but the answer never comes back.
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/loyalty")

    queue_points(desk, card, 5)
    qtbot.waitUntil(lambda: "will check whether it was applied"
                    in (desk.rows() or [{}])[0].get("Last message", ""), timeout=SYNC_WAIT_MS)
    with PassEntryClient(sandbox.base_url, sandbox.api_key) as other_counter:
        other_counter.loyalty.add(card, 100)  # meanwhile, at another desk

    qtbot.waitUntil(lambda: [r["State"] for r in desk.rows()] == ["Needs review"],
                    timeout=SYNC_WAIT_MS)
    form = desk.form
    assert form.detailLabel.isVisible()
    detail = form.detailLabel.text()
    with desk.services.database.session() as session:
        holder = session.get(Pass, card).display_name
    assert detail.startswith(f"Needs review: Loyalty +5 points for {holder} (pass {card}).")
    assert f"The balance was {start} before sending and is {start + 105} now" in detail
    qtbot.waitUntil(lambda: desk.outbox_indicator() == "1 to check")
    click_row(qtbot, desk, 0)
    assert form.selectionHint.text().startswith("Retry if PassEntry does not have it")
    qtbot.waitUntil(lambda: assert_not_clipped(desk))
    save_shot(desk.window, tmp_path, "main-window-review.png")

    # The person checks the pass: the +5 is there. Discarding must not send it again.
    confirm_discard_dialog(qtbot, {})
    click(qtbot, form.discardButton)
    qtbot.waitUntil(lambda: desk.rows() == [], timeout=SYNC_WAIT_MS)
    assert balance_on_the_server(sandbox, card) == start + 105


# --- sync now, cancel ------------------------------------------------------------------------


def test_sync_now_gives_a_new_time_and_cancel_stops_a_slow_sync(qtbot, sandbox, desk) -> None:
    wait_until_synced(qtbot, desk.services)
    bridge, form = desk.services.bridge, desk.form
    first = bridge.status.last_sync_at

    click(qtbot, form.syncNowButton)

    qtbot.waitUntil(lambda: bridge.status.last_sync_at != first and not bridge.status.syncing,
                    timeout=SYNC_WAIT_MS)
    second = bridge.status.last_sync_at
    assert second > first
    assert form.lastSyncLabel.text().startswith(local_time(second, seconds=True))

    sandbox.faults.set(latency=0.2)
    click(qtbot, form.fullCheckButton)  # also re-reads every pass: many slow pages
    qtbot.waitUntil(lambda: form.cancelButton.isEnabled() and form.progressBar.isVisible(),
                    timeout=SYNC_WAIT_MS)
    assert desk.window.status.sync_button.text().startswith("Syncing…")
    assert not form.syncNowButton.isEnabled()

    click(qtbot, form.cancelButton)

    assert not form.cancelButton.isEnabled()
    assert form.phaseLabel.text().startswith("Cancelling after this page…")
    qtbot.waitUntil(lambda: form.syncProblem.isVisible(), timeout=SYNC_WAIT_MS)
    assert form.syncProblem.text().startswith("Sync cancelled.")
    assert bridge.status.last_sync_at == second
    assert not form.progressBar.isVisible()
    assert form.syncNowButton.isEnabled()
    assert desk.window.status.sync_button.text().startswith("Synced")
    assert "cancelled" in desk.window.status.sync_button.toolTip()


# --- demo mode ----------------------------------------------------------------------------------


def test_demo_mode_syncs_into_its_own_fresh_database(
        qtbot, make_services, open_window, tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "demo.sqlite3").write_bytes(b"left over from the last demo; not even a database")
    (data / "demo.sqlite3-wal").write_bytes(b"stale")

    services = make_services(demo=True)
    open_window(services)

    assert services.database.engine.url.database == str(data / "demo.sqlite3")
    wait_until_synced(qtbot, services)
    with services.database.session() as session:
        assert pass_store.count(session) == 2000
    assert not (data / "passdesk.sqlite3").exists()


# --- how it looks -------------------------------------------------------------------------------


def assert_not_clipped(desk: Desk) -> None:
    """Raises AssertionError while anything is cut off (use in ``waitUntil`` after a
    resize or a new status: the layout settles on the next pass of the event loop)."""
    form, bar = desk.form, desk.window.status
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    for button in (form.syncNowButton, form.fullCheckButton, form.cancelButton,
                   form.retryButton, form.discardButton, bar.sync_button, bar.outbox_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert bar.online_label.width() >= bar.online_label.sizeHint().width()
    # Nothing squeezed below what its layout needs; the table shows at least two rows.
    assert desk.pane.height() >= form.minimumSizeHint().height()
    assert desk.pane.width() >= form.minimumSizeHint().width()
    row_height = form.outboxTable.verticalHeader().defaultSectionSize()
    assert form.outboxTable.viewport().height() >= 2 * row_height


def assert_looks_like_a_picture(path, size: tuple[int, int], ratio: float) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == tuple(round(v * ratio) for v in size)
    assert distinct_colours(path) > 8, f"{path.name} looks blank"


@pytest.mark.parametrize("size", [(1100, 720), (900, 600)])
def test_screenshots_while_syncing_and_with_a_refused_change(
        qtbot, sandbox, desk, tmp_path, size) -> None:
    window, form = desk.window, desk.form
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    name = f"{size[0]}x{size[1]}"
    wait_until_synced(qtbot, desk.services)

    card, _start = refuse_a_change(qtbot, sandbox, desk)
    queue_points(desk, card, 2)
    qtbot.waitUntil(lambda: len(desk.rows()) == 2, timeout=SYNC_WAIT_MS)
    click_row(qtbot, desk, 0)
    qtbot.waitUntil(lambda: desk.outbox_indicator() == "1 waiting · 1 to check")
    qtbot.waitUntil(lambda: assert_not_clipped(desk))
    after = save_shot(window, tmp_path, f"main-window-sync-{name}.png")
    pane_after = save_shot(desk.pane, tmp_path, f"sync-pane-refused-{name}.png")

    sandbox.faults.set(latency=0.2)
    click(qtbot, form.fullCheckButton)
    bar = form.progressBar
    qtbot.waitUntil(lambda: form.phaseLabel.text().startswith("Status of every pass")
                    and 0 < bar.value() < bar.maximum(), timeout=SYNC_WAIT_MS)
    assert window.status.sync_button.text().startswith("Syncing… ")
    assert window.status.sync_button.text().endswith("%")
    qtbot.waitUntil(lambda: assert_not_clipped(desk))
    during = save_shot(window, tmp_path, f"main-window-syncing-{name}.png")
    click(qtbot, form.cancelButton)
    qtbot.waitUntil(lambda: form.syncProblem.isVisible(), timeout=SYNC_WAIT_MS)

    ratio = window.devicePixelRatio()
    for path in (after, during):
        assert_looks_like_a_picture(path, size, ratio)
    assert_looks_like_a_picture(pane_after, desk.pane.size().toTuple(), ratio)
