"""A safe Till (issue 17, point 6), done as a cashier does it on the real sandbox:
each new customer starts in Earn with the push message as the default and the
amount ready for the keyboard; Enter applies wherever the focus is in the Till;
offline, a card never read online shows its balance as last synced, marked, and
redeems up to a limit, a supervisor above it; a cancelled card is refused with a
banner; Close shift shows the shift's totals and exports them; stale messages go."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from passdesk.gui.till.pane import TillPane
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    open_pane,
    open_synced_door,
    save_shot,
    when_shown,
)
from tests.gui.scanning.test_wedge import Typist
from tests.gui.till.test_pane import Till, loyalty_cards, wait_balance_read

#: Screenshots to look at, at the sizes the report tried.
SIZES = ((1024, 768), (1280, 720))
LOOK_DIR = Path("/tmp/h3")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def till(qtbot, sandbox, make_services, open_window) -> Till:
    """The Till on the sandbox after the first sync, as a cashier opens it."""
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Till")
    assert isinstance(pane, TillPane)
    return Till(window, services, pane, Typist(), sandbox)


def typed(till: Till, text: str) -> None:
    """A person types ``text`` (Enter as "\\n") into whatever has the keyboard focus."""
    till.typist.pause(1_000)
    till.typist.type(text, gap_ms=120)


def back_from_dialog(qtbot, till: Till) -> None:
    """A dialog closed: the window is active again (a window manager's job on a desk)."""
    till.window.activateWindow()
    qtbot.waitUntil(till.window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def burst(till: Till, value: str) -> None:
    """A scanner types ``value`` and Enter into whatever has the focus."""
    till.typist.pause(1_000)
    till.typist.scan(value)


def outbox_payloads(till: Till, pass_id: str) -> list[dict]:
    with till.services.database.session() as session:
        return [dict(row.payload) for row in session.scalars(
            select(OutboxRow).where(OutboxRow.target_id == pass_id).order_by(OutboxRow.seq))]


def notes(till: Till, pass_id: str) -> list[str | None]:
    with till.services.database.session() as session:
        return list(session.scalars(select(LoyaltyOperation.note).where(
            LoyaltyOperation.pass_id == pass_id).order_by(LoyaltyOperation.created_at)))


def shots(qtbot, till: Till, tmp_path: Path, name: str, dialog=None) -> None:
    """``name``-1024x768.png and ``name``-1280x720.png of the window, with ``dialog``
    drawn over its middle as a person sees it."""
    LOOK_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        till.window.resize(*size)
        qtbot.waitUntil(lambda size=size: till.window.size().toTuple() == size)
        path = save_shot(till.window, tmp_path, f"{name}-{size[0]}x{size[1]}.png")
        if dialog is not None:
            image, over = QImage(str(path)), dialog.grab()
            painter = QPainter(image)
            painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
            painter.drawPixmap((image.width() - over.width()) // 2,
                               (image.height() - over.height()) // 2, over)
            painter.end()
            assert image.save(str(path))
        shutil.copy(path, LOOK_DIR / path.name)


def test_each_new_customer_starts_in_earn_without_the_push_tick(qtbot, till) -> None:
    """M6: F4, set a balance, scan the next card: Earn. F3 and the tick, next card: Earn,
    unticked, and Enter earns with no message."""
    form = till.pane.form
    (first, barcode1, _n1), (_second, barcode2, _n2) = loyalty_cards(till.services, 2)
    burst(till, barcode1)
    wait_balance_read(qtbot, till)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)
    assert form.setButton.isChecked()
    typed(till, "5")
    when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Set balance")))
    typed(till, "\n")
    qtbot.waitUntil(lambda: outbox_payloads(till, first) == [{"override": 5}])
    back_from_dialog(qtbot, till)

    burst(till, barcode2)
    assert form.customerName.text() == _n2
    assert form.earnButton.isChecked(), "a new customer starts in Earn"
    assert not form.setButton.isChecked()
    assert form.amountLabel.text() == "Amount spent"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    click(qtbot, form.messageCheck)
    assert (form.redeemButton.isChecked(), form.messageCheck.isChecked()) == (True, True)
    burst(till, barcode1)
    assert form.earnButton.isChecked()
    assert not form.messageCheck.isChecked(), "the push message is off by default"
    typed(till, "10\n")
    assert outbox_payloads(till, first)[-1] == {"delta": 10}, "earned, and no message"

    # With "Send a message by default" on, each new customer starts ticked.
    till.pane.apply_setup(replace(till.pane.setup, send_message=True))
    click(qtbot, form.messageCheck)
    assert not form.messageCheck.isChecked()
    burst(till, barcode2)
    assert form.messageCheck.isChecked()


def test_after_a_search_the_keyboard_types_the_amount(qtbot, till) -> None:
    """M7: search a name, Enter, type 12.50: the amount, not the search."""
    form = till.pane.form
    _pass_id, _barcode, name = next(card for card in loyalty_cards(till.services, 10)
                                   if card[2].isascii())
    click(qtbot, form.searchEdit)
    typed(till, name.lower())
    qtbot.waitUntil(lambda: till.pane.search.count() > 0)
    typed(till, "\n")  # Enter takes the first result
    qtbot.waitUntil(lambda: till.pane.customer is not None)
    assert form.customerName.text() == name
    assert QApplication.focusWidget() is form.amountEdit
    tick_at = form.messageCheck.mapTo(till.pane, form.messageCheck.rect().topLeft())
    typed(till, "12.50")
    # The preview line appears in the room kept for it: the message tick stays put.
    assert form.messageCheck.mapTo(till.pane, form.messageCheck.rect().topLeft()) == tick_at
    assert form.amountEdit.text() == "12.50"
    assert form.searchEdit.text() == ""
    assert not form.searchHint.isVisible(), "no stale 'No pass matches'"
    assert form.previewLabel.text().startswith("12.50 spent: +12 points")


def test_enter_applies_wherever_the_focus_is_in_the_till(qtbot, till) -> None:
    """m12: Enter on the message tick, on a mode button, after the keypad; in the search
    with results, Enter picks the customer instead."""
    form = till.pane.form
    (pass_id, barcode, name), _ = loyalty_cards(till.services, 2)
    burst(till, barcode)
    wait_balance_read(qtbot, till)
    click(qtbot, form.addButton)
    till.key(qtbot, "5")
    click(qtbot, form.messageCheck)  # focus on the tick
    assert QApplication.focusWidget() is form.messageCheck
    typed(till, "\n")
    assert outbox_payloads(till, pass_id)[-1]["delta"] == 5
    assert outbox_payloads(till, pass_id)[-1]["message"]

    till.key(qtbot, "7")
    form.redeemButton.setFocus()
    click(qtbot, form.redeemButton)  # a mode button has the focus now
    assert QApplication.focusWidget() in (form.redeemButton, form.amountEdit)
    form.redeemButton.setFocus()
    typed(till, "\n")
    assert outbox_payloads(till, pass_id)[-1] == {"delta": -7}

    # In the search with results, Enter picks: nothing is applied.
    till.key(qtbot, "3")
    click(qtbot, form.searchEdit)
    typed(till, name.split()[-1])
    qtbot.waitUntil(lambda: till.pane.search.count() > 0)
    before = len(outbox_payloads(till, pass_id))
    typed(till, "\n")
    qtbot.waitUntil(lambda: form.searchEdit.text() == "")
    assert len(outbox_payloads(till, pass_id)) == before


def _card_with_balance(till: Till, low: int, high: int) -> tuple[str, str, str, int]:
    for pass_id, barcode, name in loyalty_cards(till.services, 40):
        balance = till.server_balance(pass_id)
        if low <= balance <= high:
            return pass_id, barcode, name, balance
    raise AssertionError(f"no demo card with a balance from {low} to {high}")


def test_offline_a_card_never_read_shows_its_last_synced_balance_and_redeems_to_a_limit(
        qtbot, till, tmp_path) -> None:
    """M12: the sandbox is down; a card never read online shows its balance as last
    synced, marked; F3 10 is applied and queued; above the limit a supervisor decides;
    back online, each change lands exactly once."""
    pane, form = till.pane, till.pane.form
    pass_id, barcode, _name, start = _card_with_balance(till, 80, 1_000)
    with till.services.database.session() as session:
        assert session.get(Pass, pass_id).loyalty_balance is None, "never read online"

    till.sandbox.stop()
    burst(till, barcode)
    assert form.balanceValue.text() == f"{start:,}", "the last known balance, not a dash"
    caption = form.balanceCaption.text()
    assert caption.startswith("points\nlast synced ")
    assert caption.endswith(", not confirmed")
    qtbot.waitUntil(lambda: "could not read it now" in form.balanceNote.text(),
                    timeout=SYNC_WAIT_MS)
    assert form.balanceNote.text().startswith(
        f"Not confirmed by PassEntry: the card showed {start:,} when it was last synced. "
        "Redeem up to 50 points; more needs a supervisor")
    shots(qtbot, till, tmp_path, "till-offline-last-known")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    typed(till, "10\n")
    assert outbox_payloads(till, pass_id) == [{"delta": -10}]
    assert notes(till, pass_id) == [f"against the last known balance {start:,}, not confirmed"]
    assert form.balanceValue.text() == f"{start - 10:,}"

    # Above the limit: the preview says so, and Apply asks a supervisor (Cancel first).
    typed(till, "60")
    assert "A supervisor must approve" in form.previewLabel.text()
    seen = []
    when_shown(QMessageBox, lambda box: (seen.append((box.objectName(), box.defaultButton()
                                                      .text())), box.reject()))
    typed(till, "\n")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "supervisorDialog"
    assert "Cancel" in seen[0][1]
    assert len(outbox_payloads(till, pass_id)) == 1, "not approved: nothing queued"
    assert form.resultLabel.text() == "Not redeemed: a supervisor did not approve it."
    back_from_dialog(qtbot, till)
    when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Supervisor approves")))
    typed(till, "\n")
    assert outbox_payloads(till, pass_id) == [{"delta": -10}, {"delta": -60}]
    assert notes(till, pass_id)[-1].endswith("approved by a supervisor")
    back_from_dialog(qtbot, till)

    # More than the last known balance is refused outright.
    typed(till, str(start))
    assert form.previewLabel.text() == (f"Not enough points: the balance is {start - 70:,} "
                                        "(from the last sync, not confirmed).")
    assert not form.applyButton.isEnabled()
    pane.clear_amount()

    till.sandbox.start()
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(-10, "applied"), (-60, "applied")],
                    timeout=SYNC_WAIT_MS)
    assert till.server_balance(pass_id) == start - 70


def test_a_cancelled_card_gets_a_banner_and_no_points(qtbot, till, tmp_path) -> None:
    """m5: a deactivated card: a toned banner on the card, and nothing can change it."""
    pane, form = till.pane, till.pane.form
    with till.services.database.session() as session:
        pass_id, barcode = session.execute(
            select(Pass.id, Pass.barcode_value)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "deactivated",
                   Pass.barcode_value.is_not(None)).limit(1)).one()
    burst(till, barcode)
    assert form.cancelledLabel.isVisible()
    assert form.cancelledLabel.text() == ("This card was cancelled: no points can be added "
                                          "or redeemed.")
    assert form.customerFrame.property("state") == "cancelled"
    for widget in (form.earnButton, form.addButton, form.redeemButton, form.setButton,
                   form.amountEdit, form.key5, form.applyButton):
        assert not widget.isEnabled()
    typed(till, "5\n")
    assert till.operations(pass_id) == []
    # Nor with "scan with loyalty": the scan says why.
    pane.apply_setup(replace(pane.setup, scan=replace(pane.setup.scan, delta=1)))
    burst(till, barcode)
    assert form.resultLabel.text().startswith("Scan points not applied: This card was cancelled")
    assert till.operations(pass_id) == []
    shots(qtbot, till, tmp_path, "till-cancelled-card")


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_close_shift_asks_shows_the_totals_and_exports_them(qtbot, till, tmp_path,
                                                            monkeypatch) -> None:
    """m11: Close shift asks, with the shift's totals by kind; its export is the data rows
    in one file, the totals in another; the note column has no stray quote."""
    pane, form = till.pane, till.pane.form
    (first, barcode1, _n1), (second, barcode2, _n2) = loyalty_cards(till.services, 2)
    pane.apply_setup(replace(pane.setup, currency="£"))
    burst(till, barcode1)
    wait_balance_read(qtbot, till)
    typed(till, "12.50\n")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    typed(till, "5\n")
    burst(till, barcode2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    typed(till, "3\n")
    qtbot.waitUntil(lambda: till.operations(first) == [(12, "applied"), (-5, "applied")]
                    and till.operations(second) == [(3, "applied")], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: pane.history.shift.rowCount() == 3)

    # Asked, and cancelled: the shift goes on.
    form.historyTabs.setCurrentIndex(1)
    click(qtbot, form.closeShiftButton)
    qtbot.waitUntil(lambda: getattr(pane, "shift_dialog", None) is not None
                    and pane.shift_dialog.isVisible())
    dialog = pane.shift_dialog
    assert dialog.form.totalsLabel.text() == (
        "3 operations · points issued 15 · points redeemed 5")
    table = dialog.form.kindsTable
    assert [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())] == [
        ["Earned", "1", "12", "", "£12.50"], ["Added", "1", "3", "", ""],
        ["Redeemed", "1", "", "5", ""]]
    assert dialog.form.periodLabel.text().startswith("Till “till” · from ")
    assert dialog.form.buttonBox.button(
        dialog.form.buttonBox.StandardButton.Cancel).isDefault()
    shots(qtbot, till, tmp_path, "till-close-shift", dialog=dialog)

    target = tmp_path / "shift.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV files (*.csv)")))
    click(qtbot, dialog.form.exportButton)
    qtbot.waitUntil(lambda: "written to" in dialog.form.exportLabel.text())
    rows = _read(target)
    assert len(rows) == 4, "a header and 3 data rows, no summary block"
    assert [r[4] for r in rows[1:]] == ["earn", "redeem", "add"]
    assert rows[2][11] == "-5 applied", "the note has no stray leading quote"
    totals = _read(tmp_path / "shift-totals.csv")
    assert [r[3:9] for r in totals] == [
        ["kind", "operations", "points_issued", "points_redeemed", "spent", "not_yet_confirmed"],
        ["earn", "1", "12", "0", "12.50", "0"], ["add", "1", "3", "0", "", "0"],
        ["redeem", "1", "0", "5", "", "0"], ["all", "3", "15", "5", "12.50", "0"]]
    click(qtbot, dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Cancel))
    assert pane.setup.shift_started is None
    assert pane.history.shift.rowCount() == 3

    # Closed: a new shift from the report's end.
    click(qtbot, form.closeShiftButton)
    qtbot.waitUntil(lambda: pane.shift_dialog is not dialog and pane.shift_dialog.isVisible())
    ended = pane.shift_dialog.report.ended
    click(qtbot, pane.shift_dialog.close_button)
    assert pane.setup.shift_started == ended
    qtbot.waitUntil(lambda: pane.history.shift.rowCount() == 0)
    assert "no operations yet" in form.shiftHistoryTotals.text()
    assert form.resultLabel.text().startswith("Shift closed at ")


def test_stale_messages_clear_and_escape_empties_the_search(qtbot, till, tmp_path,
                                                            monkeypatch) -> None:
    """Till polish: old refusals go when a customer is found or the search is emptied;
    Esc empties the search; an export line does not push the pane down; plural words."""
    pane, form = till.pane, till.pane.form
    (_pass_id, barcode, _name), _ = loyalty_cards(till.services, 2)
    burst(till, "KT-NO-SUCH-CARD")
    assert form.resultLabel.isVisible()
    burst(till, barcode)
    assert not form.resultLabel.isVisible(), "found: the old 'No pass' is gone"

    click(qtbot, form.searchEdit)
    typed(till, "zzqx")
    qtbot.waitUntil(lambda: form.searchHint.text() == "No pass matches.")
    qtbot.keyClick(form.searchEdit, Qt.Key.Key_Escape)
    assert form.searchEdit.text() == ""
    assert not form.searchHint.isVisible()
    assert QApplication.focusWidget() is form.amountEdit

    assert "1 point per unit spent" in form.tillSummary.text()

    QApplication.processEvents()  # the layout settles after the hint went
    top = form.customerFrame.mapTo(pane, form.customerFrame.rect().topLeft())
    mine = tmp_path / "mine.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(mine), "CSV files (*.csv)")))
    click(qtbot, form.exportCustomerButton)
    qtbot.waitUntil(lambda: "written to" in form.exportLine.text())
    assert form.exportLine.isVisible()
    assert form.customerFrame.mapTo(pane, form.customerFrame.rect().topLeft()) == top
    assert form.exportLine.toolTip() == form.exportLine.text()
    shots(qtbot, till, tmp_path, "till-export-line")


@pytest.mark.parametrize("size", SIZES)
def test_the_till_after_a_customer_change_looks_right(qtbot, till, tmp_path, size) -> None:
    """Screenshots after a customer change (the report's picture), at both sizes."""
    pane, form = till.pane, till.pane.form
    (_first, barcode1, _n1), (_second, barcode2, name2) = loyalty_cards(till.services, 2)
    burst(till, barcode1)
    wait_balance_read(qtbot, till)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    click(qtbot, form.messageCheck)
    burst(till, barcode2)
    wait_balance_read(qtbot, till)
    typed(till, "8.40")
    assert form.customerName.text() == name2
    till.window.resize(*size)
    qtbot.waitUntil(lambda: till.window.size().toTuple() == size)
    LOOK_DIR.mkdir(parents=True, exist_ok=True)
    path = save_shot(till.window, tmp_path, f"till-customer-change-{size[0]}x{size[1]}.png")
    shutil.copy(path, LOOK_DIR / path.name)
    for label in (form.customerName, form.previewLabel, form.balanceCaption,
                  form.balanceNote):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    assert pane.form.earnButton.isChecked()
