"""What the till says about a customer and an operation: the card, the plan, the message.

Plain functions over the form and plain data, so the pane keeps only the flow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from passdesk.core.loyalty import (
    CANCELLED_WORDS,
    Action,
    BalanceType,
    Plan,
    format_points,
    message_values,
    no_loyalty_words,
    plan,
    render_message,
    unconfirmed_limit_units,
)
from passdesk.gui.widgets.words import local_time
from passdesk.settings.till import TillSetup
from passdesk.store.loyalty import Customer
from passdesk.store.outbox import OutboxItem

MINUS = "\u2212"


def _restyle(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_card(form: QWidget, c: Customer | None, setup: TillSetup) -> None:
    """Fill the customer card: who, the balance they will have, rewards, or why not."""
    state = "" if c is None else "refused" if not c.loyalty_enabled else \
        "cancelled" if c.cancelled else ""
    _restyle(form.customerFrame, "state", state)
    balance_labels: tuple[QLabel, ...] = (form.balanceValue, form.balanceCaption,
                                          form.balanceNote)
    form.rewardLabel.hide()
    form.refusedLabel.hide()
    form.cancelledLabel.setText(CANCELLED_WORDS)
    form.cancelledLabel.setVisible(c is not None and c.loyalty_enabled and c.cancelled)
    if c is None:
        form.customerName.setText("No customer yet")
        form.customerInfo.setText("Scan a loyalty card, or search by name or customer number.")
        for label in balance_labels:
            label.clear()
            label.hide()
        return
    form.customerName.setText(c.name or "(no name)")
    # The number printed on the card is what a cashier can read back to a customer.
    bits = [c.card_number or c.ext_id or c.id, c.template_name or "no template"]
    if c.status and c.status != "active":
        bits.append(c.status)
    form.customerInfo.setText(" · ".join(bits))
    if not c.loyalty_enabled:
        # The one check's words (the queue and the hub say the same), and what to do.
        form.refusedLabel.setText(f"{no_loyalty_words(c.template_name)} "
                                  "Scan the customer's loyalty card instead.")
        form.refusedLabel.show()
        for label in balance_labels:
            label.hide()
        return
    form.balanceValue.setText(format_points(c.expected, c.balance_type))
    pending = c.pending > 0
    form.balanceCaption.setText("\n".join(balance_caption(c)))
    form.balanceCaption.setToolTip(
        f"{c.pending} operation{'s' if c.pending != 1 else ''} not yet confirmed by PassEntry"
        if pending else "")
    _restyle(form.balanceCaption, "pending", pending or c.unconfirmed)
    form.balanceNote.setText(balance_note(c))
    for label in balance_labels:
        label.show()
    reached = setup.rules_for(c.template_id).reached(c.expected)
    if reached:
        form.rewardLabel.setText("Reward: " + "; ".join(r.text for r in reached[-2:]))
        form.rewardLabel.show()


def balance_caption(c: Customer) -> list[str]:
    """The lines beside the balance: "points", whether it is confirmed, what is pending."""
    lines = ["points"]
    if c.unconfirmed:
        when = f"last synced {local_time(c.last_synced_at)}, " if c.last_synced_at else ""
        lines.append(f"{when}not confirmed")
    if c.pending:
        lines.append(f"{c.pending} pending")
    return lines


def balance_note(c: Customer, *, reading: bool = False, failed: str | None = None,
                 limit: int | None = None) -> str:
    """Where the balance comes from and how old it is; ``limit``: the most points a
    redemption may take without a confirmed balance (the API's whole number)."""
    if c.unconfirmed:
        base = (f"Not confirmed by PassEntry: the card showed "
                f"{format_points(c.last_known, c.balance_type)} when it was last synced")
        if limit is not None and not c.cancelled:
            base += (f". Redeem up to {format_points(limit, c.balance_type)} points; "
                     "more needs a supervisor")
    elif c.confirmed is None:
        base = "PassEntry's balance is not known here yet"
    else:
        when = f" at {local_time(c.read_at)}" if c.read_at else ""
        base = f"PassEntry confirmed {format_points(c.confirmed, c.balance_type)}{when}"
    if c.pending:
        base += "; the balance above includes this till's changes still on their way"
    if reading:
        return base + " · reading the balance from PassEntry…"
    if failed:
        return base + f" · could not read it now ({failed})"
    return base


def till_plan(c: Customer, action: Action, typed: str, setup: TillSetup) -> Plan:
    """What ``typed`` for ``action`` means on ``c``'s card: the one loyalty check
    (``core.loyalty.check_change``) as the till asks it, before the queue asks it again."""
    return plan(action, typed, balance=c.expected, balance_type=c.balance_type,
                rules=setup.rules_for(c.template_id), confirmed=not c.unconfirmed,
                unconfirmed_limit=unconfirmed_limit_units(setup.unconfirmed_limit,
                                                          c.balance_type),
                cancelled=c.cancelled, loyalty=c.loyalty_enabled,
                template_name=c.template_name)


def plan_words(p: Plan, c: Customer | None, currency: str) -> str:
    """What Apply will do, e.g. "25.00 spent: +25 points → balance 28"."""
    bt = c.balance_type if c else None
    if p.override is not None:
        words = (f"Set the balance from {format_points(c.expected if c else None, bt)} to "
                 f"{format_points(p.override, bt)}")
    else:
        after = (f" → balance {format_points(p.balance_after, bt)}"
                 if p.balance_after is not None else " (balance not known here)")
        sign = "+" if (p.delta or 0) > 0 else MINUS
        words = f"{sign}{format_points(p.points, bt)} points{after}"
    if p.spent is not None:
        words = f"{currency}{p.spent:,.2f} spent: {words}"
    if p.rewards:
        words += f"\nReaches a reward: {p.rewards[-1].text}"
    if p.supervisor:
        words += "\nA supervisor must approve: the balance is not confirmed."
    return words


def done_words(p: Plan, c: Customer, message: str) -> str:
    bt = c.balance_type
    what = (f"Balance set to {format_points(p.override, bt)}" if p.override is not None
            else f"{'+' if (p.delta or 0) > 0 else MINUS}{format_points(p.points, bt)} points")
    sent = " and a message" if message else ""
    return f"{what}{sent} for {c.name or c.id}: saved here, on its way to PassEntry."


def message_for(p: Plan, c: Customer | None, setup: TillSetup, template: str | None = None
                ) -> str:
    """The push message for ``p`` from the till's templates, placeholders filled."""
    if template is None:
        template = setup.reward_message if p.rewards else setup.messages.get(p.action, "")
    return render_message(template, **message_values(
        p, name=c.name if c else None, balance_type=c.balance_type if c else None,
        currency=setup.currency))


def change_words(item: OutboxItem, balance_type: BalanceType | None) -> str:
    """An outbox row of a loyalty change, as the till names it."""
    payload = item.payload
    if "override" in payload:
        return f"set the balance to {format_points(payload['override'], balance_type)}"
    delta = payload.get("delta", 0)
    return f"{'+' if delta >= 0 else MINUS}{format_points(abs(delta), balance_type)} points"
