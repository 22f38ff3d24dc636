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
    message_values,
    no_loyalty_words,
    plan,
    render_message,
    unconfirmed_limit_units,
)
from passdesk.gui.i18n import say, translate
from passdesk.gui.till.words import message_template, money, points, sign
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
    form.cancelledLabel.setText(say(CANCELLED_WORDS))
    form.cancelledLabel.setVisible(c is not None and c.loyalty_enabled and c.cancelled)
    if c is None:
        form.customerName.setText(translate("till", "No customer yet"))
        form.customerInfo.setText(translate(
            "till", "Scan a loyalty card, or search by name or customer number."))
        for label in balance_labels:
            label.clear()
            label.hide()
        return
    form.customerName.setText(c.name or translate("till", "(no name)"))
    # The number printed on the card is what a cashier can read back to a customer.
    bits = [c.card_number or c.ext_id or c.id,
            c.template_name or translate("till", "no template")]
    if c.status and c.status != "active":
        bits.append(status_words(c.status))
    form.customerInfo.setText(" · ".join(bits))
    if not c.loyalty_enabled:
        # The one check's words (the queue and the hub say the same), and what to do.
        form.refusedLabel.setText(translate(
            "till", "{why} Scan the customer's loyalty card instead.").format(
            why=say(no_loyalty_words(c.template_name))))
        form.refusedLabel.show()
        for label in balance_labels:
            label.hide()
        return
    form.balanceValue.setText(points(c.expected, c.balance_type))
    pending = c.pending > 0
    form.balanceCaption.setText("\n".join(balance_caption(c)))
    form.balanceCaption.setToolTip(
        translate("till", "%Ln operation(s) not yet confirmed by PassEntry", None, int(c.pending))
        if pending else "")
    _restyle(form.balanceCaption, "pending", pending or c.unconfirmed)
    form.balanceNote.setText(balance_note(c))
    for label in balance_labels:
        label.show()
    reached = setup.rules_for(c.template_id).reached(c.expected)
    if reached:
        form.rewardLabel.setText(translate("till", "Reward: {rewards}").format(
            rewards="; ".join(r.text for r in reached[-2:])))
        form.rewardLabel.show()


def status_words(status: str) -> str:
    """A pass's status from the API, as the Till says it."""
    words = {"active": translate("till", "active", "a pass's status"),
             "deactivated": translate("till", "deactivated", "a pass's status"),
             "nullified": translate("till", "nullified", "a pass's status"),
             "voided": translate("till", "voided", "a pass's status"),
             "expired": translate("till", "expired", "a pass's status")}
    return words.get(status, status)


def balance_caption(c: Customer) -> list[str]:
    """The lines beside the balance: "points", whether it is confirmed, what is pending."""
    lines = [translate("till", "points", "beside the balance: the unit")]
    if c.unconfirmed:
        if c.last_synced_at:
            lines.append(translate("till", "last synced {when}, not confirmed").format(
                when=local_time(c.last_synced_at)))
        else:
            lines.append(translate("till", "not confirmed"))
    if c.pending:
        lines.append(translate("till", "%Ln pending", None, int(c.pending)))
    return lines


def balance_note(c: Customer, *, reading: bool = False, failed: str | None = None,
                 limit: int | None = None) -> str:
    """Where the balance comes from and how old it is; ``limit``: the most points a
    redemption may take without a confirmed balance (the API's whole number)."""
    bt = c.balance_type
    if c.unconfirmed:
        if limit is not None and not c.cancelled:
            base = translate(
                "till", "Not confirmed by PassEntry: the card showed {balance} when it was "
                        "last synced. Redeem up to {limit} points; more needs a supervisor"
            ).format(balance=points(c.last_known, bt), limit=points(limit, bt))
        else:
            base = translate("till", "Not confirmed by PassEntry: the card showed {balance} "
                                     "when it was last synced").format(
                balance=points(c.last_known, bt))
    elif c.confirmed is None:
        base = translate("till", "PassEntry's balance is not known here yet")
    elif c.read_at:
        base = translate("till", "PassEntry confirmed {balance} at {when}").format(
            balance=points(c.confirmed, bt), when=local_time(c.read_at))
    else:
        base = translate("till", "PassEntry confirmed {balance}").format(
            balance=points(c.confirmed, bt))
    if c.pending:
        base = translate("till", "{note}; the balance above includes this till's changes "
                                 "still on their way").format(note=base)
    if reading:
        return translate("till", "{note} · reading the balance from PassEntry…").format(
            note=base)
    if failed:
        return translate("till", "{note} · could not read it now ({why})").format(
            note=base, why=failed)
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
        words = translate("till", "Set the balance from {before} to {after}").format(
            before=points(c.expected if c else None, bt), after=points(p.override, bt))
    elif p.balance_after is not None:
        words = translate("till", "{sign}{points} points → balance {after}").format(
            sign=sign(p.delta or 0) if (p.delta or 0) > 0 else MINUS,
            points=points(p.points, bt), after=points(p.balance_after, bt))
    else:
        words = translate("till", "{sign}{points} points (balance not known here)").format(
            sign=sign(p.delta or 0) if (p.delta or 0) > 0 else MINUS,
            points=points(p.points, bt))
    if p.spent is not None:
        words = translate("till", "{spent} spent: {change}").format(
            spent=money(p.spent, currency), change=words)
    if p.rewards:
        words += "\n" + translate("till", "Reaches a reward: {reward}").format(
            reward=p.rewards[-1].text)
    if p.supervisor:
        words += "\n" + translate("till", "A supervisor must approve: the balance is not "
                                          "confirmed.")
    return words


def done_words(p: Plan, c: Customer, message: str) -> str:
    bt = c.balance_type
    who = c.name or c.id
    if p.override is not None:
        if message:
            return translate("till", "Balance set to {balance} and a message for {name}: "
                                     "saved here, on its way to PassEntry.").format(
                balance=points(p.override, bt), name=who)
        return translate("till", "Balance set to {balance} for {name}: saved here, on its "
                                 "way to PassEntry.").format(balance=points(p.override, bt),
                                                              name=who)
    change = f"{'+' if (p.delta or 0) > 0 else MINUS}{points(p.points, bt)}"
    if message:
        return translate("till", "{change} points and a message for {name}: saved here, on "
                                 "its way to PassEntry.").format(change=change, name=who)
    return translate("till", "{change} points for {name}: saved here, on its way to "
                             "PassEntry.").format(change=change, name=who)


def message_for(p: Plan, c: Customer | None, setup: TillSetup, template: str | None = None
                ) -> str:
    """The push message for ``p`` from the till's templates, placeholders filled."""
    if template is None:
        template = setup.reward_message if p.rewards else setup.messages.get(p.action, "")
    return render_message(message_template(template), **message_values(
        p, name=c.name if c else None, balance_type=c.balance_type if c else None,
        currency=setup.currency))


def change_words(item: OutboxItem, balance_type: BalanceType | None) -> str:
    """An outbox row of a loyalty change, as the till names it."""
    payload = item.payload
    if "override" in payload:
        return translate("till", "set the balance to {balance}").format(
            balance=points(payload["override"], balance_type))
    delta = payload.get("delta", 0)
    return translate("till", "{change} points").format(
        change=f"{sign(delta)}{points(abs(delta), balance_type)}")
