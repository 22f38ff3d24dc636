"""Who may do what at the Till (issue 23), done as a cashier and a supervisor do it on
the real sandbox: a counter-staff desk redeems within the venue's limit alone; above
it, or above the card's hourly limit, or to set a balance, a supervisor's PIN allows
that one change and the audit trail says who; a supervisor desk needs no PIN; with
roles off nothing is ever asked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from passdesk.core.roles import Role, VenueRules
from passdesk.gui.gate import STEP_UP
from passdesk.gui.till.card import MINUS
from passdesk.gui.till.pane import TillPane
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access, audit
from passdesk.store import loyalty as loyalty_store
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass
from passdesk.sync.loyalty import change_balance
from tests.gui.helpers import SYNC_WAIT_MS, click, open_pane, open_synced_door, when_shown
from tests.gui.roles import Answer, roles_on, trail
from tests.gui.scanning.test_wedge import Typist
from tests.gui.till.test_pane import Till, loyalty_cards, wait_balance_read

NO_PIN = "a supervisor's PIN was not given."


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def till(qtbot, sandbox, make_services, open_window) -> Till:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Till")
    assert isinstance(pane, TillPane)
    return Till(window, services, pane, Typist(), sandbox)


def deltas(till: Till, pass_id: str) -> list[dict]:
    with till.services.database.session() as session:
        return [dict(row.payload) for row in session.query(OutboxRow)
                .filter(OutboxRow.target_id == pass_id).order_by(OutboxRow.seq)]


def card_with_room(till: Till, least: int) -> tuple[str, str, int]:
    """(pass id, barcode, balance on PassEntry) of a card with at least ``least`` points."""
    for pass_id, barcode, _name in loyalty_cards(till.services, 40):
        balance = till.server_balance(pass_id)
        if balance >= least:
            return pass_id, barcode, balance
    raise AssertionError(f"no demo card with {least} points or more")


def serve(qtbot, till: Till, barcode: str) -> None:
    till.scan(barcode)
    wait_balance_read(qtbot, till)


def do(qtbot, till: Till, key: Qt.Key, amount: str) -> None:
    """Pick the action with its key, type the amount and click Apply."""
    form = till.pane.form
    form.amountEdit.setFocus()
    qtbot.keyClick(form.amountEdit, key)
    form.amountEdit.clear()
    qtbot.keyClicks(form.amountEdit, amount)
    click(qtbot, form.applyButton)
    QApplication.processEvents()


def test_counter_staff_redeem_to_the_limit_alone_and_above_it_with_a_supervisors_pin(
        qtbot, till, step_ups) -> None:
    form = till.pane.form
    roles_on(till.services, Role.COUNTER_STAFF, VenueRules(largest_redemption=50))
    # The Till says it before anyone types an amount.
    assert till.pane.form.tillSummary.text().endswith(
        "\nCounter staff · a supervisor's PIN for redeeming over 50 points, setting a balance")
    pass_id, barcode, start = card_with_room(till, 100)
    serve(qtbot, till, barcode)

    do(qtbot, till, Qt.Key.Key_F3, "40")
    assert deltas(till, pass_id) == [{"delta": -40}]
    assert step_ups.seen == [], "within the limit: no PIN"

    # 60 is above the limit: the dialog asks; Cancel makes nothing.
    step_ups.answers.append(Answer(cancel=True))
    do(qtbot, till, Qt.Key.Key_F3, "60")
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["what"].endswith(": Redeem 60 points for "
                                             f"{form.customerName.text()}")
    assert step_ups.seen[0]["people"] == ["Sam (Supervisor)", "Mia (Manager)"]
    assert deltas(till, pass_id) == [{"delta": -40}], "not allowed: nothing queued"
    assert form.resultLabel.text() == f"Not redeemed: {NO_PIN}"
    assert form.amountEdit.text() == "60", "the amount stays, to try again"

    # A wrong PIN is said and the dialog stays; Sam's PIN allows it.
    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("9999", "1357")))
    click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: len(deltas(till, pass_id)) == 2)
    assert step_ups.seen[1]["problems"][0].startswith("Wrong PIN")
    assert deltas(till, pass_id) == [{"delta": -40}, {"delta": -60}]
    assert "saved here, on its way to PassEntry" in form.resultLabel.text()
    assert trail(till.services) == [
        (STEP_UP, "till.redeem_over_limit", "Sam", None, {"role": "supervisor"}),
        ("till.redeem_over_limit", pass_id, "Sam", start - 40, start - 100),
    ]
    with till.services.database.session() as session:
        assert audit.verify(session) == []
        assert audit.entries(session)[0].actor == "Counter staff"


def test_the_hourly_limit_counts_every_change_to_the_card(qtbot, till, step_ups) -> None:
    roles_on(till.services, Role.COUNTER_STAFF, VenueRules(largest_change_per_hour=100))
    pass_id, barcode, start = card_with_room(till, 0)
    serve(qtbot, till, barcode)

    do(qtbot, till, Qt.Key.Key_F2, "60")
    assert deltas(till, pass_id) == [{"delta": 60}]
    assert step_ups.seen == []

    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("1357",)))
    do(qtbot, till, Qt.Key.Key_F2, "50")
    qtbot.waitUntil(lambda: len(deltas(till, pass_id)) == 2)
    assert step_ups.seen[0]["what"] == (
        "Change a card by more than the hourly limit: Add 50 points for "
        f"{till.pane.form.customerName.text()} (60 points changed on this card in the "
        "last hour)")
    assert trail(till.services)[-1] == ("till.change_over_hourly_limit", pass_id, "Sam", start + 60,
                               start + 110)


def test_counter_staff_set_a_balance_with_a_supervisors_pin_and_it_is_audited(
        qtbot, till, step_ups) -> None:
    roles_on(till.services, Role.COUNTER_STAFF, VenueRules())
    pass_id, barcode, start = card_with_room(till, 0)
    serve(qtbot, till, barcode)

    asked: list[str] = []
    when_shown(QMessageBox, lambda box: (asked.append(box.objectName()), click(qtbot, next(
        b for b in box.buttons() if b.text() == "Set balance"))))
    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("1357",)))
    do(qtbot, till, Qt.Key.Key_F4, "5")
    qtbot.waitUntil(lambda: deltas(till, pass_id) == [{"override": 5}])
    assert asked == ["setBalanceDialog"]
    assert step_ups.seen[0]["what"].startswith("Set a card's balance: Set ")
    assert trail(till.services)[-1] == ("till.set_balance", pass_id, "Sam", start, 5)


def test_a_supervisor_desk_redeems_above_the_limit_without_a_pin(qtbot, till,
                                                                 step_ups) -> None:
    roles_on(till.services, Role.SUPERVISOR, VenueRules(largest_redemption=50))
    pass_id, barcode, _start = card_with_room(till, 60)
    serve(qtbot, till, barcode)
    do(qtbot, till, Qt.Key.Key_F3, "60")
    assert deltas(till, pass_id) == [{"delta": -60}]
    assert step_ups.seen == []
    assert trail(till.services) == [], "nothing above this desk's role: nothing to record"

    # A set balance is an override: recorded, with the desk's own role.
    when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Set balance")))
    do(qtbot, till, Qt.Key.Key_F4, "7")
    qtbot.waitUntil(lambda: len(deltas(till, pass_id)) == 2)
    assert step_ups.seen == []
    assert [(a, s, by) for a, s, by, _b, _a in trail(till.services)] == [
        ("till.set_balance", pass_id, None)]


def test_a_door_staff_desk_needs_a_pin_for_any_change(qtbot, till, step_ups) -> None:
    roles_on(till.services, Role.DOOR_STAFF, VenueRules())
    assert till.pane.form.tillSummary.text().endswith(
        "\nDoor staff · a supervisor's PIN for every change here")
    pass_id, barcode, _start = card_with_room(till, 0)
    serve(qtbot, till, barcode)
    do(qtbot, till, Qt.Key.Key_F2, "3")
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["what"].startswith("Add or redeem points at the Till")
    assert deltas(till, pass_id) == []
    assert till.pane.form.resultLabel.text() == f"Not changed: {NO_PIN}"


def test_settings_and_discard_in_review_are_a_supervisors(qtbot, till, step_ups) -> None:
    roles_on(till.services, Role.COUNTER_STAFF, VenueRules())
    form = till.pane.form
    click(qtbot, form.settingsButton)
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["what"] == "Change this desk's settings: the Till's settings"
    assert form.resultLabel.text() == f"Settings not opened: {NO_PIN}"
    assert getattr(till.pane, "settings_dialog", None) is None

    # A change PassEntry refused waits under the card; discarding it is a supervisor's.
    pass_id, barcode, start = card_with_room(till, 0)
    serve(qtbot, till, barcode)
    with till.services.database.session() as session:  # another counter redeemed since
        loyalty_store.confirm_balance(session, pass_id, start + 50, datetime.now(UTC))
    change_balance(till.services.database, pass_id=pass_id, delta=-(start + 50))
    till.services.sync.push_soon()
    qtbot.waitUntil(form.discardButton.isVisible, timeout=SYNC_WAIT_MS)
    click(qtbot, form.discardButton)
    qtbot.waitUntil(lambda: len(step_ups.seen) == 2)
    change = f"{MINUS}{start + 50:,} points"
    assert step_ups.seen[1]["what"] == ("Discard a change under review: Discard "
                                        f"“{change}” for {form.customerName.text()}")
    assert form.resultLabel.text() == f"Not discarded: {NO_PIN}"
    assert form.discardButton.isVisible()

    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("1357",)))
    click(qtbot, form.discardButton)
    qtbot.waitUntil(lambda: not form.discardButton.isVisible(), timeout=SYNC_WAIT_MS)
    assert trail(till.services)[-1] == ("review.discard", pass_id, "Sam", change, "discarded")


def test_with_roles_off_nothing_is_asked_or_recorded(qtbot, till, step_ups) -> None:
    """No manager PIN: the venue's limits are kept but not used, as before roles."""
    till.services.gate.set_desk(DeskAccess(role=Role.COUNTER_STAFF, role_chosen=True))
    with till.services.database.session() as session:
        access.write_rules(session, VenueRules(largest_redemption=50,
                                               largest_change_per_hour=60))
    assert not till.services.gate.rules().roles_on
    pass_id, barcode, _start = card_with_room(till, 100)
    serve(qtbot, till, barcode)
    do(qtbot, till, Qt.Key.Key_F3, "60")
    do(qtbot, till, Qt.Key.Key_F2, "70")
    when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Set balance")))
    do(qtbot, till, Qt.Key.Key_F4, "9")
    qtbot.waitUntil(lambda: len(deltas(till, pass_id)) == 3)
    assert deltas(till, pass_id) == [{"delta": -60}, {"delta": 70}, {"override": 9}]
    assert step_ups.seen == []
    assert trail(till.services) == []


def test_offline_above_the_unconfirmed_limit_counter_staff_ask_a_supervisors_pin(
        qtbot, till, step_ups) -> None:
    """The "a supervisor must approve" of a card PassEntry has not confirmed becomes a
    step-up at a desk below supervisor, and is recorded."""
    roles_on(till.services, Role.COUNTER_STAFF, VenueRules())
    form = till.pane.form
    pass_id, barcode, start = card_with_room(till, 80)
    with till.services.database.session() as session:
        assert session.get(Pass, pass_id).loyalty_balance is None, "never read online"
    till.sandbox.stop()
    till.scan(barcode)
    qtbot.waitUntil(lambda: "could not read it now" in form.balanceNote.text(),
                    timeout=SYNC_WAIT_MS)
    asked: list[str] = []
    when_shown(QMessageBox, lambda box: (asked.append(box.objectName()), box.reject()))

    do(qtbot, till, Qt.Key.Key_F3, "60")
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["what"].startswith("Redeem more than the largest redemption: "
                                               "Redeem 60 points for ")
    assert step_ups.seen[0]["what"].endswith(", against a balance PassEntry has not confirmed")
    assert form.resultLabel.text() == f"Not redeemed: {NO_PIN}"
    assert deltas(till, pass_id) == []

    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("1357",)))
    click(qtbot, form.applyButton)
    qtbot.waitUntil(lambda: deltas(till, pass_id) == [{"delta": -60}])
    assert asked == [], "no confirm box: the PIN is the supervisor's approval"
    with till.services.database.session() as session:
        note = session.query(LoyaltyOperation.note).filter(
            LoyaltyOperation.pass_id == pass_id).scalar()
    assert note.endswith("approved by a supervisor")
    assert trail(till.services)[-1] == ("till.redeem_over_limit", pass_id, "Sam", start, start - 60)
