"""The Sync pane and the dialog it opens in the pseudo-locale (issue 25): every word a
person reads about the connection, the syncs and the outbox went through a translator,
and none is cut off at 1366 by 768 - idle, with a refused change and one held back
behind it, a row selected, the Discard question, a sync asked for, and offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.gui.sync.outbox_model import Column
from passdesk.gui.sync.pane import SyncPane
from passdesk.store import loyalty as loyalty_store
from passdesk.store import outbox
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.loyalty import change_balance
from tests.gui.helpers import SYNC_WAIT_MS, click, wait_until_synced, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, open_synced, swept

#: The sync service checks the connection this often when idle (30 s in the app).
QUICK_CHECKS = timedelta(seconds=0.3)


def states(pane: SyncPane) -> list[str]:
    return [pane.model.item(row).state for row in range(pane.model.rowCount())]


def click_row(qtbot, pane: SyncPane, row: int) -> None:
    table = pane.form.outboxTable
    center = table.visualRect(pane.model.index(row, Column.CHANGE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def loyalty_card(services) -> str:
    with services.database.session() as session:
        return session.scalar(
            select(Pass.id).join(PassTemplate, Pass.template_id == PassTemplate.id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active")
            .order_by(Pass.id).limit(1))


def test_the_sync_pane_and_its_dialog_in_pseudo(speaking, qtbot, sandbox, make_services,
                                                open_window) -> None:
    window, services = open_synced(qtbot, sandbox, make_services, open_window,
                                   idle_check_every=QUICK_CHECKS)
    pane = open_by_nav(qtbot, window, "sync")
    assert isinstance(pane, SyncPane)
    check(pane, data_words(services.database), "idle, synced")

    # A change PassEntry refuses (more points taken than the card has), then a later
    # change to the same pass, held back behind it.
    card = loyalty_card(services)
    with PassEntryClient(sandbox.base_url, sandbox.api_key) as client:
        start = client.loyalty.get(card).balance
    with services.database.session() as session:
        loyalty_store.confirm_balance(session, card, start + 50, datetime.now(UTC))
    change_balance(services.database, pass_id=card, delta=-(start + 50))
    services.sync.push_soon()
    qtbot.waitUntil(lambda: states(pane) == [outbox.FAILED], timeout=SYNC_WAIT_MS)
    change_balance(services.database, pass_id=card, delta=2)
    qtbot.waitUntil(lambda: states(pane) == [outbox.FAILED, outbox.PENDING],
                    timeout=SYNC_WAIT_MS)
    assert pane.form.detailLabel.isVisible()
    exempt = data_words(services.database)  # PassEntry's own words are in the outbox
    check(pane, exempt, "a refused change, one held back")

    click_row(qtbot, pane, 0)
    assert pane.form.retryButton.isEnabled()
    check(pane, exempt, "the refused change selected")

    # Discard asks first: the question, then Cancel.
    seen: list[list] = []

    def question(box: QMessageBox) -> None:
        box.resize(box.sizeHint())
        QApplication.processEvents()
        seen.append(swept(box, exempt, "the Discard question"))
        click(qtbot, box.button(QMessageBox.StandardButton.Cancel)
              or next(b for b in box.findChildren(QPushButton)
                      if b.objectName() != "confirmDiscardButton"))

    when_shown(QMessageBox, question)
    click(qtbot, pane.form.discardButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [[]], "the Discard question:\n" + "\n".join(str(f) for f in seen[0])
    assert states(pane) == [outbox.FAILED, outbox.PENDING]

    # A sync asked for (with a status check of every pass), then done.
    click(qtbot, pane.form.fullCheckButton)
    check(pane, exempt, "a sync asked for")
    wait_until_synced(qtbot, services)
    check(pane, exempt, "after a full check")

    # Offline: the connection's words, the rows waiting for PassEntry, Sync now said.
    sandbox.stop()
    services.sync.push_soon()
    qtbot.waitUntil(lambda: pane.model.offline, timeout=SYNC_WAIT_MS)
    click(qtbot, pane.form.syncNowButton)
    qtbot.waitUntil(lambda: pane.form.syncProblem.isVisible(), timeout=SYNC_WAIT_MS)
    check(pane, exempt, "offline")
