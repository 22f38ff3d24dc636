"""The Till and the dialogs it opens in the pseudo-locale (issue 25): every word a
cashier reads went through a translator, and none is cut off at 1366 by 768 — idle,
with a customer, after an add and a redeem, with an error, and in its dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from passdesk.core.loyalty import PLACEHOLDERS
from passdesk.core.roles import Role, VenueRules
from passdesk.gui.till.pane import TillPane
from passdesk.store.schema import Pass, PassTemplate
from tests.gui.helpers import SYNC_WAIT_MS, click, open_synced_door, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, swept
from tests.gui.roles import Answer, roles_on
from tests.gui.till.test_pane import loyalty_cards

#: The till's name as this desk is called (its settings' default): data in the summary
#: line. The legacy sandbox's loyalty operations name it too; the strict one's do not.
DESK_NAME = {"till"}


def typed(qtbot, pane: TillPane, keys: str) -> None:
    for key in keys:
        click(qtbot, getattr(pane.form, f"key{key}"))


def test_the_till_and_its_dialogs_in_pseudo(speak_later, qtbot, sandbox, make_services,
                                            open_window, tmp_path, monkeypatch) -> None:
    # Synced in English; the Till is built after, in the sweep's language.
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    speak_later()
    window.resize(1366, 768)
    pane = open_by_nav(qtbot, window, "till")
    assert isinstance(pane, TillPane)
    # The push messages' placeholders ({points}…) are typed as they are in any language.
    exempt = data_words(services.database) | set(PLACEHOLDERS) | DESK_NAME
    check(pane, exempt, "idle")

    # An error: a scan of a card not in the store.
    pane.scan("0000424242")
    assert pane.form.resultLabel.isVisible()
    check(pane, exempt, "an unknown card")

    pane.scan("\x00\x01\x02\x03")  # a reader's garbage: the Door's words
    check(pane, exempt, "an unreadable scan")

    # A pass whose template keeps no loyalty balance: refused, with why.
    with services.database.session() as session:
        ticket = session.execute(
            select(Pass.barcode_value).join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled.is_(False), Pass.barcode_value.is_not(None))
            .limit(1)).scalar_one()
    pane.scan(ticket)
    assert pane.form.refusedLabel.isVisible()
    check(pane, exempt, "a pass without loyalty")

    # A customer found, the balance read from PassEntry.
    pass_id, barcode, _name = loyalty_cards(services, 1)[0]
    pane.scan(barcode)
    qtbot.waitUntil(lambda: pane.customer is not None and pane.customer.confirmed is not None,
                    timeout=SYNC_WAIT_MS)
    check(pane, exempt, "a customer")

    # A plan shown, then an add applied.
    click(qtbot, pane.form.addButton)
    typed(qtbot, pane, "25")
    assert pane.form.previewLabel.text()
    check(pane, exempt, "an add planned")
    click(qtbot, pane.form.applyButton)
    qtbot.waitUntil(lambda: pane.history.customer.rowCount() > 0, timeout=SYNC_WAIT_MS)
    check(pane, exempt, "after an add")

    # A redeem, and one refused (more than the balance).
    click(qtbot, pane.form.redeemButton)
    typed(qtbot, pane, "5")
    click(qtbot, pane.form.applyButton)
    qtbot.waitUntil(lambda: pane.history.customer.rowCount() > 1, timeout=SYNC_WAIT_MS)
    check(pane, exempt, "after a redeem")
    typed(qtbot, pane, "99999999")
    check(pane, exempt, "a redeem refused")

    # Offline: the change waits, pending, and the balance cannot be read.
    sandbox.stop()
    click(qtbot, pane.form.addButton)
    typed(qtbot, pane, "3")
    click(qtbot, pane.form.applyButton)
    assert pane.customer.pending
    # (A balance read that fails here would add the API client's reason, in its own
    # words: ``api.http``'s messages are not this area's.)
    check(pane, exempt, "offline, a change pending")

    # This shift's list, and its export.
    target = tmp_path / "shift.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    pane.form.historyTabs.setCurrentIndex(1)
    click(qtbot, pane.form.exportShiftButton)
    qtbot.waitUntil(target.exists, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(pane.form.exportShiftButton.isEnabled)
    line = pane.form.exportLine
    assert line.toolTip() == line.text()  # shortened on screen, whole in its tooltip
    check(pane, exempt, "this shift's list exported")

    # Earn with a long message: the message's note.
    click(qtbot, pane.form.earnButton)
    typed(qtbot, pane, "12")
    pane.form.messageCheck.setChecked(True)
    pane.form.messageEdit.setText("x" * 200)
    pane._message_typed("")
    check(pane, exempt, "a long message")

    # Set balance asks first.
    click(qtbot, pane.form.setButton)
    typed(qtbot, pane, "0")
    found: list = []

    def check_box(box: QMessageBox) -> None:
        found.extend(swept(box, exempt))
        box.reject()

    when_shown(QMessageBox, check_box)
    click(qtbot, pane.form.applyButton)
    assert found == [], "the set balance question"

    # The Till's settings, each tab.
    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible(), timeout=SYNC_WAIT_MS)
    dialog = pane.settings_dialog
    for index in range(dialog.form.tabs.count()):
        dialog.form.tabs.setCurrentIndex(index)
        check(dialog, exempt, f"settings tab {index}")
    dialog.form.tabs.setCurrentWidget(dialog.form.rulesTab)
    dialog.form.rateEdit.setText("7x")
    check(dialog, exempt, "a rate that is not a number")
    dialog.reject()

    # Closing the shift: its Z-report.
    click(qtbot, pane.form.closeShiftButton)
    qtbot.waitUntil(lambda: getattr(pane, "shift_dialog", None) is not None
                    and pane.shift_dialog.isVisible(), timeout=SYNC_WAIT_MS)
    check(pane.shift_dialog, exempt, "the shift dialog")
    pane.shift_dialog.accept()
    check(pane, exempt, "a new shift")
    assert pass_id


def test_a_redemption_a_supervisor_must_approve_in_pseudo(speak_later, qtbot, sandbox,
                                                          make_services, open_window) -> None:
    """Offline, a card never read online: its last synced balance, the limit, and the
    question a supervisor answers."""
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    with services.database.session() as session:
        synced = {row.id: row.loyalty_balance for row in session.scalars(select(Pass))}
    with sandbox.state.lock:
        balances = {pass_id: sandbox.state.passes[pass_id].balance or 0
                    for pass_id, _b, _n in loyalty_cards(services, 40)}
    pass_id = next(p for p, balance in balances.items()
                   if 80 <= balance <= 1_000 and synced.get(p) is None)
    barcode = next(b for p, b, _n in loyalty_cards(services, 40) if p == pass_id)
    speak_later()
    window.resize(1366, 768)
    pane = open_by_nav(qtbot, window, "till")
    assert isinstance(pane, TillPane)
    exempt = data_words(services.database) | set(PLACEHOLDERS) | DESK_NAME
    sandbox.stop()
    pane.scan(barcode)
    assert pane.customer is not None
    assert pane.customer.unconfirmed
    click(qtbot, pane.form.redeemButton)
    typed(qtbot, pane, "60")
    # The card's words, not the note under the balance (a failed read adds the API
    # client's reason in its own words: ``api.http`` is not this area's).
    for label in (pane.form.balanceCaption, pane.form.previewLabel):
        check(label, exempt, label.objectName())
    found: list = []

    def check_box(box: QMessageBox) -> None:
        found.extend(swept(box, exempt))
        box.reject()

    when_shown(QMessageBox, check_box)
    click(qtbot, pane.form.applyButton)
    qtbot.waitUntil(lambda: not pane.form.applyButton.isDown())
    assert found == [], "\n".join(str(f) for f in found)


def test_the_till_with_roles_on_in_pseudo(speak_later, qtbot, sandbox, make_services, open_window,
                                          step_ups) -> None:
    """Counter staff: the line that says what needs a supervisor's PIN, and a redemption
    above the limit whose PIN was not given."""
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    roles_on(services, Role.COUNTER_STAFF, VenueRules(largest_redemption=50,
                                                      largest_change_per_hour=200))
    with sandbox.state.lock:
        pass_id, barcode = next((p, b) for p, b, _n in loyalty_cards(services, 40)
                                if (sandbox.state.passes[p].balance or 0) >= 100)
    speak_later()
    window.resize(1366, 768)
    pane = open_by_nav(qtbot, window, "till")
    assert isinstance(pane, TillPane)
    exempt = data_words(services.database) | set(PLACEHOLDERS) | DESK_NAME
    assert "\n" in pane.form.tillSummary.text()  # the role's line
    check(pane, exempt, "roles on")

    pane.scan(barcode)
    qtbot.waitUntil(lambda: pane.customer is not None and pane.customer.confirmed is not None,
                    timeout=SYNC_WAIT_MS)
    step_ups.answers.append(Answer(cancel=True))
    click(qtbot, pane.form.redeemButton)
    typed(qtbot, pane, "60")
    click(qtbot, pane.form.applyButton)
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert pane.form.resultLabel.isVisible()
    check(pane, exempt, "a PIN not given")
    assert pass_id
