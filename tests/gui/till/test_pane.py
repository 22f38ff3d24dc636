"""The Till pane on the real sandbox after the first sync: a customer found by a
scanner burst or a search, points earned from an amount spent and redeemed on the
keypad, refusals with reasons, offline operations that apply exactly once when the
sandbox is back, and a screenshot to look at."""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import select

from passdesk.core.loyalty import EarnRate, LoyaltyRules, Reward, ScanLoyalty
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.gui.till.pane import TillPane
from passdesk.settings import SettingsStore
from passdesk.settings.till import setup_to_json
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    distinct_colours,
    open_pane,
    open_synced_door,
    retype,
    save_shot,
    when_shown,
)
from tests.gui.sandbox_log import seen
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class Till:
    window: MainWindow
    services: Services
    pane: TillPane
    typist: Typist
    sandbox: object

    def scan(self, value: str) -> None:
        """A scanner burst while the amount field has focus, as at a real counter."""
        self.pane.form.amountEdit.setFocus()
        self.typist.pause(1_000)
        self.typist.scan(value, target=self.pane.form.amountEdit)

    def key(self, qtbot, keys: str) -> None:
        """Touch the on-screen keypad."""
        names = {".": "keyPoint"}
        for key in keys:
            click(qtbot, getattr(self.pane.form, names.get(key, f"key{key}")))

    def server_balance(self, pass_id: str) -> int:
        with self.sandbox.state.lock:
            return self.sandbox.state.passes[pass_id].balance or 0

    def operations(self, pass_id: str) -> list[tuple[int, str]]:
        with self.services.database.session() as session:
            return [(op.amount, op.state) for op in session.scalars(
                select(LoyaltyOperation).where(LoyaltyOperation.pass_id == pass_id)
                .order_by(LoyaltyOperation.created_at))]


def loyalty_cards(services: Services, count: int = 2) -> list[tuple[str, str, str]]:
    """(pass id, barcode value, name) of active passes of a loyalty template."""
    with services.database.session() as session:
        rows = session.execute(
            select(Pass.id, Pass.barcode_value, Pass.display_name)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active",
                   Pass.barcode_value.is_not(None), Pass.display_name.is_not(None))
            .order_by(Pass.id).limit(count)).all()
    assert len(rows) == count
    return [tuple(r) for r in rows]


@pytest.fixture
def till(qtbot, sandbox, make_services, open_window) -> Till:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Till")
    assert isinstance(pane, TillPane)
    return Till(window, services, pane, Typist(), sandbox)


def read_csv(path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def wait_balance_read(qtbot, till: Till) -> None:
    qtbot.waitUntil(lambda: "PassEntry confirmed" in till.pane.form.balanceNote.text()
                    and "reading" not in till.pane.form.balanceNote.text(),
                    timeout=SYNC_WAIT_MS)


def shown_balance(till: Till) -> str:
    return till.pane.form.balanceValue.text()


def test_earn_from_a_purchase_and_redeem_reach_the_sandbox(qtbot, till, tmp_path) -> None:
    pane, form = till.pane, till.pane.form
    pass_id, barcode, name = loyalty_cards(till.services, 1)[0]
    start = till.server_balance(pass_id)

    till.scan(barcode)
    assert form.customerName.text() == name
    assert form.amountEdit.text() == "", "the scanned value does not stay in the amount"
    wait_balance_read(qtbot, till)
    assert shown_balance(till) == f"{start:,}"

    # Earn: 1 point per unit spent by default, rounded down; typed on the keypad.
    assert form.earnButton.isChecked()
    till.key(qtbot, "23.90")
    assert form.previewLabel.text().startswith(f"23.90 spent: +23 points → balance {start + 23}")
    click(qtbot, form.applyButton)
    assert shown_balance(till) == f"{start + 23:,}"
    assert "pending" in form.balanceCaption.text()
    assert form.amountEdit.text() == ""
    assert "saved here, on its way to PassEntry" in form.resultLabel.text()
    qtbot.waitUntil(lambda: till.server_balance(pass_id) == start + 23, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: "pending" not in form.balanceCaption.text(), timeout=SYNC_WAIT_MS)

    # Redeem, with the keyboard this time: F3, digits, Enter.
    qtbot.keyClick(form.amountEdit, Qt.Key.Key_F3)
    assert form.redeemButton.isChecked()
    assert form.amountLabel.text() == "Points to redeem"
    qtbot.keyClicks(form.amountEdit, "10")
    qtbot.keyClick(form.amountEdit, Qt.Key.Key_Return)
    assert shown_balance(till) == f"{start + 13:,}"
    qtbot.waitUntil(lambda: till.server_balance(pass_id) == start + 13, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(23, "applied"), (-10, "applied")],
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: "PassEntry confirmed " + f"{start + 13:,}" in form.balanceNote.text(),
                    timeout=SYNC_WAIT_MS)
    # On the wire: the balance read and both changes on /loyalty/{id} (§4), each once.
    assert seen(till.sandbox, "PATCH", f"/loyalty/{pass_id}") == [200, 200]
    assert 200 in seen(till.sandbox, "GET", f"/loyalty/{pass_id}")
    assert seen(till.sandbox, "PATCH", f"/passes/{pass_id}/loyalty") == []

    # The customer's list and the shift's list show both, with totals.
    qtbot.waitUntil(lambda: pane.history.customer.rowCount() == 2)
    assert pane.history.customer.data(pane.history.customer.index(0, 3)) == "\u221210"
    assert pane.history.customer.data(pane.history.customer.index(1, 5)) == "Confirmed"
    assert "issued 23 · redeemed 10" in form.customerHistoryTotals.text()
    qtbot.waitUntil(lambda: pane.history.shift.rowCount() == 2)
    assert "2 operations · issued 23 · redeemed 10" in form.shiftHistoryTotals.text()


def test_redeeming_more_than_the_balance_is_refused(qtbot, till) -> None:
    form = till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    start = till.server_balance(pass_id)
    till.scan(barcode)
    wait_balance_read(qtbot, till)

    click(qtbot, form.redeemButton)
    till.key(qtbot, str(start + 1))
    assert form.previewLabel.text() == f"Not enough points: the balance is {start:,}."
    assert form.previewLabel.property("problem") is True
    assert not form.applyButton.isEnabled()
    qtbot.keyClick(form.amountEdit, Qt.Key.Key_Return)  # Enter does not get round it
    assert till.operations(pass_id) == []
    assert shown_balance(till) == f"{start:,}"


def test_a_pass_without_loyalty_is_refused_with_a_reason(qtbot, till) -> None:
    form = till.pane.form
    with till.services.database.session() as session:
        ticket, barcode, template = session.execute(
            select(Pass.id, Pass.barcode_value, PassTemplate.name)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled.is_(False), Pass.barcode_value.is_not(None))
            .limit(1)).one()
    till.scan(barcode)
    assert form.refusedLabel.isVisible()
    assert form.refusedLabel.text().startswith(
        f"This pass cannot collect points: the {template} template has no loyalty balance.")
    assert not form.balanceValue.isVisible()
    for button in (form.earnButton, form.redeemButton, form.key5, form.applyButton):
        assert not button.isEnabled()
    assert till.operations(ticket) == []


def test_unreadable_and_unknown_scans_say_so_and_keep_the_customer(qtbot, till) -> None:
    form = till.pane.form
    pass_id, barcode, name = loyalty_cards(till.services, 1)[0]
    till.scan(barcode)
    till.scan("NO-SUCH-CARD-42")
    assert form.resultLabel.text() == ("No pass 'NO-SUCH-CARD-42' in the local store. "
                                       "If it is new, wait for the next sync.")
    assert form.customerName.text() == name, "the customer at the till stays"
    till.pane.scan("\x00\x01\x02\x03")  # a reader's garbage
    assert form.resultLabel.text() == ("Could not read the code: "  # as the Door says it
                                       "mostly control characters, not a pass code")
    assert form.customerName.text() == name
    assert till.operations(pass_id) == []


def test_a_double_click_does_not_double_the_points(qtbot, till) -> None:
    form = till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    till.scan(barcode)
    wait_balance_read(qtbot, till)
    click(qtbot, form.addButton)
    till.key(qtbot, "5")
    click(qtbot, form.applyButton)
    till.key(qtbot, "5")
    click(qtbot, form.applyButton)  # the same again at once: taken as a double click
    assert [amount for amount, _state in till.operations(pass_id)] == [5]
    assert "not made again" in form.resultLabel.text()
    click(qtbot, form.applyButton)  # meant: once more
    assert [amount for amount, _state in till.operations(pass_id)] == [5, 5]


def test_find_a_customer_by_name(qtbot, till) -> None:
    form = till.pane.form
    _pass_id, _barcode, name = loyalty_cards(till.services, 1)[0]
    form.searchEdit.setFocus()
    qtbot.keyClicks(form.searchEdit, name.split()[-1])
    qtbot.waitUntil(lambda: any(
        till.pane.results.item(r).text().startswith(name)
        for r in range(till.pane.results.rowCount())))
    row = next(r for r in range(till.pane.results.rowCount())
               if till.pane.results.item(r).text().startswith(name))
    index = till.pane.results.index(row, 0)
    rect = form.searchResults.visualRect(index)
    qtbot.mouseClick(form.searchResults.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert form.customerName.text() == name
    assert form.searchEdit.text() == ""


def test_offline_operations_wait_show_pending_and_apply_exactly_once(qtbot, till) -> None:
    form = till.pane.form
    (first, barcode1, _n1), (second, barcode2, _n2) = loyalty_cards(till.services, 2)
    starts = {first: till.server_balance(first), second: till.server_balance(second)}
    till.scan(barcode1)
    wait_balance_read(qtbot, till)

    till.sandbox.stop()
    click(qtbot, form.addButton)
    till.key(qtbot, "40")
    click(qtbot, form.applyButton)
    click(qtbot, form.redeemButton)
    till.key(qtbot, "15")
    click(qtbot, form.applyButton)
    assert shown_balance(till) == f"{starts[first] + 25:,}"
    assert form.balanceCaption.text() == "points\n2 pending"
    assert form.balanceCaption.toolTip() == "2 operations not yet confirmed by PassEntry"
    till.scan(barcode2)
    click(qtbot, form.earnButton)
    till.key(qtbot, "12")
    click(qtbot, form.applyButton)
    # Never read online: its balance as last synced, marked, with the change on top.
    assert form.balanceCaption.text().startswith("points\nlast synced ")
    assert form.balanceCaption.text().endswith(", not confirmed\n1 pending")
    qtbot.waitUntil(lambda: "could not read it now" in form.balanceNote.text(),
                    timeout=SYNC_WAIT_MS)

    till.sandbox.start()
    qtbot.waitUntil(lambda: till.operations(first) == [(40, "applied"), (-15, "applied")]
                    and till.operations(second) == [(12, "applied")], timeout=SYNC_WAIT_MS)
    assert till.server_balance(first) == starts[first] + 25
    assert till.server_balance(second) == starts[second] + 12
    qtbot.waitUntil(lambda: "pending" not in form.balanceCaption.text(), timeout=SYNC_WAIT_MS)


def test_set_balance_asks_first_and_a_message_reaches_the_pass(qtbot, till) -> None:
    form = till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    till.scan(barcode)
    wait_balance_read(qtbot, till)
    start = till.server_balance(pass_id)

    click(qtbot, form.setButton)
    till.key(qtbot, "0")
    assert form.previewLabel.text() == f"Set the balance from {start:,} to 0"
    when_shown(QMessageBox, lambda box: box.reject())
    click(qtbot, form.applyButton)
    assert till.operations(pass_id) == [], "cancelled: nothing queued"

    # Confirmed, with the message the template suggests, edited by the person.
    click(qtbot, form.messageCheck)
    assert form.messageEdit.text() == "Your balance is now 0."
    form.messageEdit.setFocus()
    qtbot.keyClick(form.messageEdit, Qt.Key.Key_End)
    qtbot.keyClicks(form.messageEdit, " See you soon!")  # keyClicks: ASCII only
    form.amountEdit.setFocus()
    when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Set balance")))
    click(qtbot, form.applyButton)
    assert till.operations(pass_id) == [(0, "pending")]
    assert shown_balance(till) == "0"
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(0, "applied")], timeout=SYNC_WAIT_MS)
    assert till.server_balance(pass_id) == 0
    with till.sandbox.state.lock:
        latest = till.sandbox.state.passes[pass_id].attributes.get("latestMessage")
    assert latest == "Your balance is now 0. See you soon!"


def test_the_till_follows_a_settings_save_made_elsewhere(qtbot, till) -> None:
    pane, form = till.pane, till.pane.form
    wanted = replace(pane.setup, desk="Back counter", currency="€", send_message=True)
    till.services.settings.update(lambda settings: setattr(settings, "till",
                                                           setup_to_json(wanted)))
    qtbot.waitUntil(lambda: pane.setup == wanted)
    assert form.tillSummary.text().startswith("Till “Back counter”")
    assert "per € spent" in form.tillSummary.text()
    assert form.messageCheck.isChecked()


def test_a_reward_is_shown_and_its_message_offered(qtbot, till) -> None:
    pane, form = till.pane, till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    start = till.server_balance(pass_id)
    with till.services.database.session() as session:
        template = session.get(Pass, pass_id).template_id
    rules = LoyaltyRules(EarnRate(Decimal("0.1")), (Reward(start + 2, "£5 off your next order"),))
    pane.apply_setup(replace(pane.setup, rules={template: rules}, currency="£"))
    till.scan(barcode)
    wait_balance_read(qtbot, till)
    assert not form.rewardLabel.isVisible()

    till.key(qtbot, "20")  # £20 at a point per £10
    assert form.previewLabel.text() == (f"£20.00 spent: +2 points → balance {start + 2}\n"
                                        "Reaches a reward: £5 off your next order")
    click(qtbot, form.messageCheck)
    assert form.messageEdit.text() == "Congratulations! £5 off your next order"
    click(qtbot, form.applyButton)
    assert form.rewardLabel.isVisible()
    assert form.rewardLabel.text() == "Reward: £5 off your next order"


def test_a_message_to_a_pass_that_is_not_active_is_flagged(qtbot, till) -> None:
    form = till.pane.form
    with till.services.database.session() as session:
        barcode, status = session.execute(
            select(Pass.barcode_value, Pass.status)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status != "active",
                   Pass.barcode_value.is_not(None)).limit(1)).one()
    till.scan(barcode)
    click(qtbot, form.addButton)
    till.key(qtbot, "5")
    click(qtbot, form.messageCheck)
    assert form.messageNote.isVisible()
    assert form.messageNote.text().startswith(f"This pass is {status}: PassEntry delivers "
                                              "messages only to active passes")


def test_scan_with_loyalty_counts_one_scan_once(qtbot, till) -> None:
    pane, form = till.pane, till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    pane.apply_setup(replace(pane.setup, scan=ScanLoyalty(1, "Thanks for visiting!")))
    assert "scan with loyalty: +1 per scan" in form.tillSummary.text()
    till.scan(barcode)
    till.scan(barcode)  # the scanner read it twice
    assert [amount for amount, _state in till.operations(pass_id)] == [1]
    assert "already given" in form.resultLabel.text()
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(1, "applied")], timeout=SYNC_WAIT_MS)


def test_the_lists_show_totals_and_export_their_rows(qtbot, till, tmp_path, monkeypatch) -> None:
    pane, form = till.pane, till.pane.form
    (first, barcode1, name1), (_second, barcode2, name2) = loyalty_cards(till.services, 2)
    for barcode, amount in ((barcode1, "12"), (barcode2, "30")):
        till.scan(barcode)
        wait_balance_read(qtbot, till)
        click(qtbot, form.addButton)
        till.key(qtbot, amount)
        click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: pane.history.shift.rowCount() == 2)
    assert "2 operations · issued 42 · redeemed 0" in form.shiftHistoryTotals.text()

    target = tmp_path / "shift.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV files (*.csv)")))
    form.historyTabs.setCurrentIndex(1)
    click(qtbot, form.exportShiftButton)
    qtbot.waitUntil(lambda: "written to" in form.exportLine.text())
    assert form.exportLine.text() == f"2 operations written to {target}"
    rows = read_csv(target)
    assert rows[0][:6] == ["created_at", "desk", "customer", "pass_id", "action", "change"]
    assert [(r[2], r[5]) for r in rows[1:3]] == [(name1, "+12"), (name2, "+30")]
    assert len(rows) == 3, "data rows only: the totals are the Close-shift report's"

    # This customer's list: only theirs.
    till.scan(barcode1)
    mine = tmp_path / "mine.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(mine), "CSV files (*.csv)")))
    form.historyTabs.setCurrentIndex(0)
    click(qtbot, form.exportCustomerButton)
    qtbot.waitUntil(lambda: str(mine) in form.exportLine.text())
    rows = read_csv(mine)
    assert [r[3] for r in rows[1:] if r and r[0].startswith("20")] == [first]


def test_a_lost_answer_is_checked_not_doubled_and_an_undecidable_one_goes_to_review(
        qtbot, till) -> None:
    form = till.pane.form
    pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    till.scan(barcode)
    wait_balance_read(qtbot, till)
    start = till.server_balance(pass_id)

    # The server applies +30 and the answer is lost: the till reads back, no double.
    till.sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/loyalty")
    click(qtbot, form.addButton)
    till.key(qtbot, "30")
    click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(30, "applied")], timeout=SYNC_WAIT_MS)
    assert till.server_balance(pass_id) == start + 30

    # Lost again, and another counter changes the balance meanwhile: a person decides.
    till.sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/loyalty")
    till.key(qtbot, "4")
    click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: till.server_balance(pass_id) == start + 34, timeout=SYNC_WAIT_MS)
    with till.sandbox.state.lock:
        till.sandbox.state.passes[pass_id].balance += 100
    qtbot.waitUntil(lambda: form.reviewLabel.isVisible(), timeout=SYNC_WAIT_MS)
    assert form.reviewLabel.text().startswith("A change needs review: +4 points.")
    assert "someone else changed it meanwhile" in form.reviewLabel.text()
    assert till.operations(pass_id)[-1] == (4, "review")
    click(qtbot, form.discardButton)  # it was applied: the balance shows it
    qtbot.waitUntil(lambda: till.operations(pass_id)[-1] == (4, "discarded"))
    qtbot.waitUntil(lambda: not form.reviewLabel.isVisible())
    assert till.server_balance(pass_id) == start + 134


def test_till_settings_change_the_earn_rate_and_are_kept(qtbot, till) -> None:
    pane, form = till.pane, till.pane.form
    _pass_id, barcode, _name = loyalty_cards(till.services, 1)[0]
    click(qtbot, form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    dialog = pane.settings_dialog
    retype(qtbot, dialog.form.deskEdit, "Counter 2")
    retype(qtbot, dialog.form.currencyEdit, "EUR ")
    dialog.form.tabs.setCurrentWidget(dialog.form.rulesTab)
    retype(qtbot, dialog.form.rateEdit, "0.5")  # "All other templates": every template
    click(qtbot, dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert "Till “Counter 2” · 0.5 points per EUR spent" in form.tillSummary.text()
    assert SettingsStore().load().till["desk"] == "Counter 2"

    till.scan(barcode)
    till.key(qtbot, "9")
    assert form.previewLabel.text().startswith("EUR9.00 spent: +4 points")


def test_the_till_with_a_customer_looks_complete(qtbot, till, tmp_path) -> None:
    """Screenshots to look at (default and smallest window); nothing clipped."""
    pane, form = till.pane, till.pane.form
    pass_id, barcode, name = loyalty_cards(till.services, 1)[0]
    with till.services.database.session() as session:
        template = session.get(Pass, pass_id).template_id
    start = till.server_balance(pass_id)
    pane.apply_setup(replace(pane.setup, currency="£", desk="Front counter", rules={
        template: LoyaltyRules(EarnRate(Decimal("1")), (Reward(start + 40, "A free coffee"),))}))
    till.scan(barcode)
    wait_balance_read(qtbot, till)
    till.key(qtbot, "18.50")
    click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(18, "applied")], timeout=SYNC_WAIT_MS)
    till.sandbox.stop()  # the next one stays pending, as it would offline
    click(qtbot, form.addButton)
    till.key(qtbot, "5")
    click(qtbot, form.applyButton)
    click(qtbot, form.earnButton)
    till.key(qtbot, "24.00")
    click(qtbot, form.messageCheck)
    qtbot.waitUntil(lambda: pane.history.customer.rowCount() == 2)
    assert form.customerName.text() == name
    assert form.previewLabel.text().endswith("Reaches a reward: A free coffee")
    for size, shot in (((1100, 720), "till-customer.png"), ((860, 560), "till-small.png")):
        till.window.resize(*size)
        qtbot.waitUntil(lambda size=size: till.window.size().toTuple() == size)
        path = save_shot(till.window, tmp_path, shot)
        assert distinct_colours(path) > 20
        for label in (form.customerName, form.previewLabel, form.balanceCaption,
                      form.customerHistoryTotals):
            assert label.height() >= label.heightForWidth(label.width()), (label.objectName(),
                                                                           size)
