"""The Till's two questions before an operation, each with Cancel as the default:
setting a balance, and a redemption a supervisor must approve."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from passdesk.core.loyalty import Plan, format_points, supervisor_words
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
    return confirm_destructive(
        parent, "Set balance",
        f"Set {customer.name or 'this customer'}'s balance from "
        f"{format_points(customer.expected, bt)} to {format_points(p.override, bt)}?",
        "Set balance", name="setBalanceDialog",
        details="This replaces the balance, whatever it is on PassEntry when the change "
                "arrives.")


def ask_supervisor(parent: QWidget, customer: Customer, p: Plan, limit: int) -> bool:
    """Above ``limit`` without a confirmed balance: a supervisor decides.

    A supervisor's PIN comes with a later issue; until then a person confirms here.
    """
    bt = customer.balance_type
    box = QMessageBox(parent, objectName="supervisorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("A supervisor must approve")
    box.setText(f"Redeem {format_points(p.points, bt)} points for "
                f"{customer.name or 'this customer'}? A supervisor must approve this.")
    when = (f" when it was last synced at {local_time(customer.last_synced_at)}"
            if customer.last_synced_at else " when it was last synced")
    box.setInformativeText(
        f"{supervisor_words(limit, bt)} The card showed "
        f"{format_points(customer.last_known, bt)} points{when}; PassEntry has not "
        "confirmed that balance.")
    return _ask(box, "Supervisor approves", QMessageBox.ButtonRole.AcceptRole)
