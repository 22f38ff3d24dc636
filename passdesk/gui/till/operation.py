"""The Till's operation: the action and the amount (keypad), the plan shown
before Apply, the push message, and applying it (``sync.loyalty.change_balance``:
one local transaction plus an outbox row), or the points of a scan.

Who may make it is asked first (``permission``: the desk's role, the venue's
limits, a supervisor's PIN). A mixin of ``TillPane``.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core import roles
from passdesk.core.admission import Outcome
from passdesk.core.loyalty import Action, Plan, plan
from passdesk.core.storage_failure import classify
from passdesk.gui.gate import Grant
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.scanning.sound import NOT_RECORDED
from passdesk.gui.till.ask import ask_set_balance, ask_supervisor
from passdesk.gui.till.card import done_words, message_for, plan_words, status_words, till_plan
from passdesk.gui.till.permission import Permission, change_detail, no_pin
from passdesk.gui.till.words import error_words, points
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.database import DatabaseError
from passdesk.store.loyalty import Customer
from passdesk.store.topics import Topic
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.loyalty import NeedsSupervisor, RepeatedChange, change_balance
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)

#: What a store write raises when the store, not the code, is at fault.
STORE_ERRORS = (SQLAlchemyError, DatabaseError, sqlite3.Error, OSError)
#: What the amount means for each action.
AMOUNT_WORDS = {Action.EARN: QT_TRANSLATE_NOOP("till", "Amount spent"),
                Action.ADD: QT_TRANSLATE_NOOP("till", "Points to add"),
                Action.REDEEM: QT_TRANSLATE_NOOP("till", "Points to redeem"),
                Action.SET: QT_TRANSLATE_NOOP("till", "New balance")}
#: Long push messages are cut on lock screens.
MESSAGE_WARN_CHARS = 160


class TillOperation:
    def choose_action(self, action: Action) -> None:
        self.action = action
        for each, button in self._action_buttons.items():
            button.setChecked(each is action)
        words = translate("till", AMOUNT_WORDS[action])  # the NOOPs above mark them
        if self.setup.currency and action is Action.EARN:
            words = translate("till", "{amount} ({currency})").format(
                amount=words, currency=self.setup.currency)
        self.form.amountLabel.setText(words)
        self._message_edited = False
        self._replan()
        self.form.amountEdit.setFocus()

    def press_key(self, key: str) -> None:
        """The on-screen keypad: a digit, ".", "back" or "clear"."""
        edit = self.form.amountEdit
        if key == "clear":
            edit.clear()
        elif key == "back":
            edit.backspace()
        else:
            edit.insert(key)
        edit.setFocus()

    def clear_amount(self) -> None:
        self.form.amountEdit.clear()

    def _replan(self) -> None:
        customer = self.customer
        typed = self.form.amountEdit.text()
        if customer is None or not customer.loyalty_enabled or not typed.strip():
            self.plan = None
        else:
            self.plan = till_plan(customer, self.action, typed, self.setup)
        self._show_plan()

    def _show_plan(self) -> None:
        form, p = self.form, self.plan
        problem = bool(p and p.problems)
        if p is None:
            text = ""
        elif p.problems:
            text = " ".join(say(problem) for problem in p.problems)
        else:
            text = plan_words(p, self.customer, self.setup.currency)
        form.previewLabel.setText(text)  # blank keeps its room: the message tick never moves
        form.previewLabel.setProperty("problem", problem)
        form.previewLabel.style().unpolish(form.previewLabel)
        form.previewLabel.style().polish(form.previewLabel)
        form.applyButton.setEnabled(bool(p and p.ok))
        if not self._message_edited:
            form.messageEdit.setText(message_for(p, self.customer, self.setup) if p and p.ok
                                     else "")
            form.messageEdit.setCursorPosition(0)
        self._show_message_state()

    def _message_typed(self, _text: str) -> None:
        self._message_edited = True
        if not self.form.messageCheck.isChecked():
            self.form.messageCheck.setChecked(True)
        self._show_message_state()

    def _show_message_state(self) -> None:
        form = self.form
        on = form.messageCheck.isChecked()
        form.messageEdit.setEnabled(on)
        notes = []
        if on and self.customer is not None and not self.customer.active:
            status = status_words(self.customer.status) if self.customer.status \
                else translate("till", "not active")
            notes.append(translate("till", "This pass is {status}: PassEntry delivers messages "
                                           "only to active passes, so this one will not reach "
                                           "the customer.").format(status=status))
        length = len(form.messageEdit.text())
        if on and length > MESSAGE_WARN_CHARS:
            notes.append(translate("till", "%Ln characters: a lock screen shows about {most}.",
                                   None, length).format(most=formats.number(MESSAGE_WARN_CHARS)))
        form.messageNote.setText(" ".join(notes))
        form.messageNote.setVisible(bool(notes))

    def apply(self) -> str | None:
        """Queue the planned operation; returns its id (None if refused or asked).

        Above the desk's role or the venue's limits a supervisor's PIN allows it
        (``permission``); what a PIN allowed, and every balance set, is written
        to the audit trail once the change is queued.
        """
        p, customer = self.plan, self.customer
        if p is None or customer is None or not p.ok:
            return None
        if p.action is Action.SET:
            if not ask_set_balance(self, customer, p):
                return None
            allowed = self._ask(roles.Action.TILL_SET_BALANCE, set_detail(customer, p))
        else:
            allowed = self._ask_change(customer, p.delta)
        if not allowed.allowed:
            self._say_result(refused_words(p, no_pin()), Tone.WARNING)
            return None
        approved = False
        if p.supervisor:
            allowed, approved = self._approve_unconfirmed(customer, p, allowed)
            if not approved:
                return None
        message = self.form.messageEdit.text().strip() if self.form.messageCheck.isChecked() \
            else ""
        key = (customer.id, p.delta, p.override)
        try:
            op_id = change_balance(self._database, pass_id=customer.id, delta=p.delta,
                                   override=p.override, message=message or None,
                                   desk=self.setup.desk, action=str(p.action),
                                   spent=p.spent, repeat=self._repeat_armed == key,
                                   unconfirmed_limit=self.setup.unconfirmed_limit,
                                   approved=approved)
        except NeedsSupervisor as exc:  # the queue saw what the screen did not (yet)
            self.reload_customer()
            self._say_result(translate("till", "Not redeemed: {why} Apply again to ask.").format(
                why=error_words(exc)), Tone.WARNING)
            return None
        except RepeatedChange as exc:
            self._repeat_armed = key
            self._say_result(translate("till", "{why} (Apply again to make it.)").format(
                why=error_words(exc)), Tone.WARNING)
            return None
        except ChangeRefused as exc:
            self._say_result(error_words(exc), Tone.ERROR)
            return None
        except STORE_ERRORS as exc:  # disk full, locked, damaged: nothing was changed
            self._not_saved(exc)
            return None
        self._repeat_armed = None
        before = customer.expected
        self._done(customer, p, op_id, message)
        self._record(allowed, subject=customer.id, before=before, after=p.balance_after)
        return op_id

    def _approve_unconfirmed(self, customer: Customer, p: Plan, allowed: Permission
                             ) -> tuple[Permission, bool]:
        """A redemption above the limit without a balance PassEntry confirmed: a
        supervisor approves. A PIN given for this change already did; with roles on
        a desk below supervisor asks for one; otherwise the desk's person confirms
        (recorded when roles are on). Returns what to record and whether approved."""
        if allowed.grant is not None and allowed.grant.authorised_by is not None:
            return allowed, True  # the supervisor who typed the PIN approves it
        over = roles.Action.TILL_OVER_LIMIT
        rules = self._roles_on()
        if rules is not None and not self._gate.may(over, rules):
            asked = self._ask(over, translate(
                "till", "{change}, against a balance PassEntry has not confirmed").format(
                change=change_detail(customer, p.delta)))
            if not asked.allowed:
                self._say_result(translate("till", "Not redeemed: {why}").format(why=no_pin()),
                                 Tone.WARNING)
            return asked, asked.allowed
        if not ask_supervisor(self, customer, p, self._limit()):
            self._say_result(translate("till", "Not redeemed: a supervisor did not approve it."),
                             Tone.WARNING)
            return allowed, False
        return (Permission(True, Grant(over)) if rules is not None else allowed), True

    def _apply_scan_points(self, customer: Customer) -> None:
        scan = self.setup.scan
        p = plan(Action.ADD if scan.delta > 0 else Action.REDEEM, str(abs(scan.delta)),
                 balance=customer.expected, rules=self.setup.rules_for(customer.template_id))
        p = Plan(Action.SCAN, delta=scan.delta, balance_after=p.balance_after,
                 problems=p.problems, rewards=p.rewards)
        if p.problems:
            self._say_result(translate("till", "Scan points not applied: {why}").format(
                why=" ".join(say(problem) for problem in p.problems)), Tone.WARNING)
            return
        allowed = self._ask_change(customer, scan.delta, translate(
            "till", "Scan points: {change}").format(change=change_detail(customer, scan.delta)))
        if not allowed.allowed:
            self._say_result(translate("till", "Scan points not applied: {why}").format(
                why=no_pin()), Tone.WARNING)
            return
        message = message_for(p, customer, self.setup, scan.message) if scan.message else ""
        try:
            op_id = change_balance(self._database, pass_id=customer.id, delta=scan.delta,
                                   message=message or None, desk=self.setup.desk,
                                   action=str(Action.SCAN))
        except RepeatedChange:
            self._say_result(translate("till", "Scanned again: the points for this scan were "
                                               "already given."), Tone.INFO)
            return
        except ChangeRefused as exc:
            self._say_result(translate("till", "Scan points not applied: {why}").format(
                why=error_words(exc)), Tone.ERROR)
            return
        except STORE_ERRORS as exc:
            self._not_saved(exc)
            return
        before = customer.expected
        self._done(customer, p, op_id, message)
        self._record(allowed, subject=customer.id, before=before, after=p.balance_after)

    def _not_saved(self, exc: BaseException) -> None:
        """The store refused the operation: an error that says so, never "done".

        The amount stays (to apply again once the cause is fixed) and the balance
        is not read again: it did not change.
        """
        failure = classify(exc)
        log.error("loyalty operation not saved (%s)", failure.log_line)
        self._say_result(say(failure.till_words), Tone.ERROR)
        self.sounds.play(NOT_RECORDED)

    def _done(self, customer: Customer, p: Plan, op_id: str, message: str) -> None:
        self._say_result(done_words(p, customer, message), Tone.SUCCESS)
        self.sounds.play(Outcome.ADMIT)
        self.form.amountEdit.clear()
        self._message_edited = False
        self.form.messageCheck.setChecked(self.setup.send_message)  # a message is for one
        self.reload_customer()
        self._load_customer_history()
        self._load_shift()
        self._bridge.notice(StoreChanged(Topic.LOYALTY, (customer.id,)))
        if self._sync is not None:
            self._sync.push_soon()
        log.info("loyalty operation %s queued for %s", op_id, customer.id)

    def _say_result(self, text: str, tone: Tone | None) -> None:
        label = self.form.resultLabel
        if tone is None or not text:
            label.clear()
            label.hide()
            return
        set_tone(label, tone, text)
        label.show()


def refused_words(p: Plan, why: str) -> str:
    """How the Till says a change was not made: "Not redeemed: …", "Not changed: …"."""
    if p.delta is not None and p.delta < 0:
        return translate("till", "Not redeemed: {why}").format(why=why)
    return translate("till", "Not changed: {why}").format(why=why)


def set_detail(customer: Customer, p: Plan) -> str:
    """The step-up dialog's words for a set balance."""
    bt = customer.balance_type
    return translate("till", "Set {name}'s balance from {before} to {after}").format(
        name=customer.name or customer.id, before=points(customer.expected, bt),
        after=points(p.override, bt))
