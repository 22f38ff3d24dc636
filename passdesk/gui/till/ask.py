"""The Till's two questions before an operation, each with Cancel as the default:
setting a balance, and a redemption a supervisor must approve."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from passdesk.core.loyalty import Plan, supervisor_words
from passdesk.gui.i18n import say, translate
from passdesk.gui.till.words import points
from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.gui.widgets.words import local_time
from passdesk.store.loyalty import Customer


def _ask(box: QMessageBox, yes: str, role: QMessageBox.ButtonRole) -> bool:
    confirm = box.addButton(yes, role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


def ask_set_balance(parent: QWidget, customer: Customer, p: Plan) -> bool:
    bt = customer.balance_type
    if customer.name:
        question = translate("till", "Set {name}'s balance from {before} to {after}?").format(
            name=customer.name, before=points(customer.expected, bt),
            after=points(p.override, bt))
    else:
        question = translate("till", "Set this customer's balance from {before} to {after}?"
                             ).format(before=points(customer.expected, bt),
                                      after=points(p.override, bt))
    return confirm_destructive(
        parent, translate("till", "Set balance"), question,
        translate("till", "Set balance", "the button that confirms"), name="setBalanceDialog",
        details=translate("till", "This replaces the balance, whatever it is on PassEntry "
                                  "when the change arrives."))


def ask_supervisor(parent: QWidget, customer: Customer, p: Plan, limit: int) -> bool:
    """Above ``limit`` without a confirmed balance: a supervisor decides.

    A supervisor's PIN comes with a later issue; until then a person confirms here.
    """
    bt = customer.balance_type
    box = QMessageBox(parent, objectName="supervisorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("till", "A supervisor must approve"))
    who = customer.name or translate("till", "this customer")
    box.setText(translate("till", "Redeem {points} points for {name}? A supervisor must "
                                  "approve this.").format(points=points(p.points, bt), name=who))
    if customer.last_synced_at:
        shown = translate("till", "The card showed {balance} points when it was last synced "
                                  "at {when}; PassEntry has not confirmed that balance.").format(
            balance=points(customer.last_known, bt), when=local_time(customer.last_synced_at))
    else:
        shown = translate("till", "The card showed {balance} points when it was last synced; "
                                  "PassEntry has not confirmed that balance.").format(
            balance=points(customer.last_known, bt))
    box.setInformativeText(translate("till", "{limit} {shown}").format(
        limit=say(supervisor_words(limit, bt)), shown=shown))
    return _ask(box, translate("till", "Supervisor approves"),
                QMessageBox.ButtonRole.AcceptRole)
