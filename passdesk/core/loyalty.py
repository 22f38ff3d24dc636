"""Loyalty at a counter, as plain data: amounts, earn rates, rewards, messages, plans.

The API keeps a balance as a whole number; a template whose balance type is
"decimal" shows it with two places, so the number counts hundredths (1234 is
shown as 12.34). That reading is ours, not the vendor's: ``DECIMAL_PLACES``
is the one place to change it.

``check_change`` is the one loyalty check: the till's plan, the queue
(``sync.loyalty.change_balance``) and the hub's ``/validate`` ask it, so a
refusal is decided once and said in the same words (``Refusal``). ``plan``
turns what a person typed at the till into the change to queue, or the reason
it cannot be made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from passdesk.core.texts import translate

#: Inferred: a "decimal" balance counts hundredths (pence, cents).
DECIMAL_PLACES = 2
#: The same operation on the same pass again within this window is taken as a
#: double click or a double scan, and not applied twice unless asked again.
REPEAT_WINDOW = timedelta(seconds=5)
#: The largest balance or amount the till accepts (the API's integer is 32-bit).
MAX_POINTS = 2_000_000_000
MAX_SPEND = Decimal("1000000")
#: Without a balance PassEntry confirmed, a redemption of up to this many points
#: (as the pass shows them) may go against the last known balance; more needs a
#: supervisor. A till can change it (``TillSetup.unconfirmed_limit``).
DEFAULT_UNCONFIRMED_LIMIT = 50
#: Statuses of a cancelled card: its balance is not changed at a till.
CANCELLED_STATUSES = frozenset({"deactivated", "nullified"})
#: Deactivated and nullified cards alike: a cashier needs the outcome, not the API's word.
CANCELLED_WORDS = translate(
    "loyalty", "This card was cancelled: no points can be added or redeemed.")
TOO_MANY_WORDS = translate("loyalty", "That is more points than a pass can hold.")
NEGATIVE_WORDS = translate("loyalty", "The number of points cannot be negative.")
ZERO_WORDS = translate("loyalty", "Type a number of points above zero.")
BALANCE_UNKNOWN_WORDS = translate(
    "loyalty", "Points cannot be redeemed yet: the balance is not known.")
REPEATED_WORDS = translate("loyalty", "The same change was made to this pass a moment ago, "
                           "so it was not made again. Do it once more if it is meant.")


class BalanceType(StrEnum):
    INTEGER = "integer"
    DECIMAL = "decimal"

    @classmethod
    def of(cls, value: object) -> BalanceType:
        return cls.DECIMAL if value == "decimal" else cls.INTEGER


class Action(StrEnum):
    """What a person does at the till (``SCAN``: a scan with loyalty did it)."""

    EARN = "earn"  # points from an amount spent
    ADD = "add"
    REDEEM = "redeem"
    SET = "set"  # override the balance (a reset is setting it to 0)
    SCAN = "scan"
    UNDO = "undo"  # a door took back an undone admission's points


class Rounding(StrEnum):
    DOWN = "down"
    NEAREST = "nearest"
    UP = "up"


_ROUNDING = {Rounding.DOWN: ROUND_FLOOR, Rounding.NEAREST: ROUND_HALF_UP,
             Rounding.UP: ROUND_CEILING}


class Refused(StrEnum):
    """Why a balance change is refused: one list for the till, the queue and the hub."""

    NOT_A_NUMBER = "not a number"
    NEGATIVE = "negative"
    ZERO = "zero"
    TOO_MANY = "too many points"
    NO_LOYALTY = "no loyalty"
    CANCELLED = "cancelled"
    BALANCE_UNKNOWN = "balance unknown"
    NOT_ENOUGH = "not enough points"
    SUPERVISOR = "needs a supervisor"
    REPEATED = "repeated"


@dataclass(frozen=True)
class Refusal:
    """A change refused: why, and the words every face shows for it."""

    reason: Refused
    words: str

    def __str__(self) -> str:
        return self.words


class AmountError(ValueError):
    """What was typed is not an amount; the message says why in plain words."""

    def __init__(self, words: str, reason: Refused = Refused.NOT_A_NUMBER) -> None:
        super().__init__(words)
        self.refusal = Refusal(reason, words)


# --- amounts ------------------------------------------------------------------------


def _unit(balance_type: BalanceType) -> Decimal:
    return Decimal(10) ** DECIMAL_PLACES if balance_type is BalanceType.DECIMAL else Decimal(1)


def format_points(value: int | None, balance_type: BalanceType | str | None = None) -> str:
    """A balance or a number of points as the pass shows it: "1,240" or "12.40"."""
    if value is None:
        return "\u2013"  # an en dash: not known
    if BalanceType.of(balance_type) is BalanceType.DECIMAL:
        return f"{Decimal(value) / _unit(BalanceType.DECIMAL):,.{DECIMAL_PLACES}f}"
    return f"{value:,}"


def _not_a_number(text: str) -> str:
    return translate("loyalty", "{value} is not a number.").format(value=repr(text))


def _decimal(text: str, money: bool) -> Decimal:
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        raise AmountError(translate("loyalty", "Type the amount spent.") if money
                          else translate("loyalty", "Type the number of points."))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise AmountError(_not_a_number(text.strip())) from None
    if not value.is_finite():
        raise AmountError(_not_a_number(text.strip()))
    if value < 0:
        raise AmountError(translate("loyalty", "The amount spent cannot be negative.") if money
                          else translate("loyalty", "The number of points cannot be negative."),
                          Refused.NEGATIVE)
    return value


def parse_points(text: str, balance_type: BalanceType | str | None = None) -> int:
    """Points as typed ("12" or, for a decimal balance, "12.5") -> the API's whole number."""
    kind = BalanceType.of(balance_type)
    value = _decimal(text, money=False) * _unit(kind)
    if value != value.to_integral_value():
        raise AmountError(translate("loyalty", "Points are whole numbers.")
                          if kind is BalanceType.INTEGER
                          else translate("loyalty", "At most %n decimal place(s).", None,
                                         DECIMAL_PLACES))
    if value > MAX_POINTS:
        raise AmountError(TOO_MANY_WORDS, Refused.TOO_MANY)
    return int(value)


def parse_money(text: str) -> Decimal:
    """An amount spent, to the cent."""
    value = _decimal(text, money=True)
    if value != value.quantize(Decimal("0.01")):
        raise AmountError(translate("loyalty", "An amount has at most %n decimal place(s).",
                                    None, 2))
    if value > MAX_SPEND:
        raise AmountError(translate("loyalty", "An amount above {most} is not a purchase.")
                          .format(most=int(MAX_SPEND)))
    return value


# --- rules --------------------------------------------------------------------------


@dataclass(frozen=True)
class EarnRate:
    """Points for each unit of money spent, e.g. 0.1 (a point per 10 spent)."""

    points_per_unit: Decimal = Decimal(1)
    rounding: Rounding = Rounding.DOWN

    def points_for(self, spent: Decimal, balance_type: BalanceType | str | None = None) -> int:
        exact = spent * self.points_per_unit * _unit(BalanceType.of(balance_type))
        return int(exact.quantize(Decimal(1), rounding=_ROUNDING[self.rounding]))


@dataclass(frozen=True)
class Reward:
    """Reached when the balance is at least ``threshold`` (in the API's whole number)."""

    threshold: int
    text: str


@dataclass(frozen=True)
class LoyaltyRules:
    """One template's rules at this till."""

    earn: EarnRate = field(default_factory=EarnRate)
    rewards: tuple[Reward, ...] = ()

    def reached(self, balance: int | None) -> list[Reward]:
        if balance is None:
            return []
        return sorted((r for r in self.rewards if balance >= r.threshold),
                      key=lambda r: r.threshold)

    def newly_reached(self, before: int | None, after: int | None) -> list[Reward]:
        """Rewards the balance reaches by going from ``before`` to ``after``."""
        had = {r.threshold for r in self.reached(before)}
        return [r for r in self.reached(after) if r.threshold not in had]


# --- messages -------------------------------------------------------------------------

#: The push messages a till starts with: Texts, so a till sends them in its language
#: while they are left as they are (``gui.till.card.message_template``); the
#: ``{placeholders}`` stay as they are in every language.
DEFAULT_MESSAGES: dict[Action, str] = {
    Action.EARN: translate("loyalty", "Thank you for your order. You've earned {points} "
                                      "points!", "a push message: keep the {placeholders}"),
    Action.ADD: translate("loyalty", "You've received {points} points. Your balance is "
                                     "{balance}.", "a push message: keep the {placeholders}"),
    Action.REDEEM: translate("loyalty", "You've used {points} points. Your balance is "
                                        "{balance}.", "a push message: keep the {placeholders}"),
    Action.SET: translate("loyalty", "Your balance is now {balance}.",
                          "a push message: keep the {placeholders}"),
}  # a scan with loyalty sends its own message (``ScanLoyalty.message``), if any
#: Sent instead when an operation reaches a reward.
DEFAULT_REWARD_MESSAGE = translate("loyalty", "Congratulations! {reward}",
                                   "a push message: keep the {placeholders}")
PLACEHOLDERS = ("points", "balance", "name", "reward", "spent")


def render_message(template: str, **values: str) -> str:
    """Fill ``{points}``, ``{balance}``, ``{name}``, ``{reward}``, ``{spent}``.

    Plain replacement, not ``str.format``: a template is typed by a person, and
    any other braces stay as they are.
    """
    text = template
    for key in PLACEHOLDERS:
        text = text.replace("{" + key + "}", values.get(key, ""))
    return " ".join(text.split())


# --- the one check: may this change be made? ----------------------------------------


@dataclass(frozen=True)
class Card:
    """What the check needs to know of a pass; each face reads it from its own store."""

    loyalty: bool = True
    template_name: str | None = None
    cancelled: bool = False
    #: The balance the change goes against (None: not known).
    balance: int | None = None
    balance_type: BalanceType | str | None = None
    #: ``balance`` rests on what PassEntry said, not on the card as last synced.
    confirmed: bool = True


def no_loyalty_words(template_name: str | None) -> str:
    if template_name:
        return translate("loyalty", "This pass cannot collect points: the {template} template "
                                    "has no loyalty balance.").format(template=template_name)
    return translate("loyalty", "This pass cannot collect points: its template has no "
                                "loyalty balance.")


def check_amount(delta: object = None, override: object = None) -> Refusal | None:
    """The part of the check that needs no pass: a whole number, within a pass's range."""
    value = delta if delta is not None else override
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        return Refusal(Refused.NOT_A_NUMBER, _not_a_number(value))
    if override is not None and value < 0:
        return Refusal(Refused.NEGATIVE, NEGATIVE_WORDS)
    if delta is not None and value == 0:
        return Refusal(Refused.ZERO, ZERO_WORDS)
    if abs(value) > MAX_POINTS:
        return Refusal(Refused.TOO_MANY, TOO_MANY_WORDS)
    return None


def check_change(card: Card, *, delta: int | None = None, override: int | None = None,
                 limit: int | None = None, approved: bool = False,
                 repeated: bool = False) -> Refusal | None:
    """May ``delta`` (+ adds, - redeems) or ``override`` be made on ``card``? None: yes.

    The till's plan, the queue (``sync.loyalty.change_balance``) and the hub's
    ``/validate`` all ask this, so a refusal is decided and worded once. Never
    below zero; never above ``MAX_POINTS``. Against a balance PassEntry has not
    confirmed (the card as last synced) a redemption may take up to ``limit``
    points (the API's whole number); above it a supervisor must have
    ``approved``. ``repeated``: the same change was just queued (the caller
    asked its store).
    """
    kind = BalanceType.of(card.balance_type)
    if not card.loyalty:
        return Refusal(Refused.NO_LOYALTY, no_loyalty_words(card.template_name))
    if card.cancelled:
        return Refusal(Refused.CANCELLED, CANCELLED_WORDS)
    refusal = check_amount(delta, override)
    if refusal is not None:
        return refusal
    balance = card.balance
    if delta is not None and delta < 0:
        if balance is None:
            return Refusal(Refused.BALANCE_UNKNOWN, BALANCE_UNKNOWN_WORDS)
        if -delta > balance:
            words = translate("loyalty", "Not enough points: the balance is {balance}.") \
                if card.confirmed else translate(
                    "loyalty", "Not enough points: the balance is {balance} (from the last "
                               "sync, not confirmed).")
            return Refusal(Refused.NOT_ENOUGH,
                           words.format(balance=format_points(balance, kind)))
    if delta is not None and balance is not None and balance + delta > MAX_POINTS:
        return Refusal(Refused.TOO_MANY, TOO_MANY_WORDS)
    if delta is not None and delta < 0 and not card.confirmed and not approved:
        limit = unconfirmed_limit_units(DEFAULT_UNCONFIRMED_LIMIT, kind) \
            if limit is None else limit
        if -delta > limit:
            return Refusal(Refused.SUPERVISOR, supervisor_words(limit, kind))
    if repeated:
        return Refusal(Refused.REPEATED, REPEATED_WORDS)
    return None


def unconfirmed_limit_units(limit: int | Decimal, balance_type: BalanceType | str | None
                            ) -> int:
    """A limit in points as the pass shows them (50, or 50.00) -> the API's whole number."""
    return int(Decimal(limit) * _unit(BalanceType.of(balance_type)))


def supervisor_words(limit: int, balance_type: BalanceType | str | None = None) -> str:
    return translate("loyalty", "More than {points} points without a balance confirmed by "
                                "PassEntry: a supervisor must approve.").format(
        points=format_points(limit, balance_type))


def cancelled(status: str | None) -> bool:
    """Whether a pass of this status is a cancelled card (no points in or out)."""
    return status in CANCELLED_STATUSES


# --- a plan: what the till will queue ------------------------------------------------


@dataclass(frozen=True)
class Plan:
    action: Action
    #: Exactly one of the two is set when the plan is possible.
    delta: int | None = None
    override: int | None = None
    #: The balance the customer will have (None: not known).
    balance_after: int | None = None
    spent: Decimal | None = None
    problems: tuple[str, ...] = ()
    rewards: tuple[Reward, ...] = ()
    #: A redemption above the limit against a balance PassEntry has not confirmed:
    #: possible, once a supervisor approves it.
    supervisor: bool = False
    #: What the one check said (``Refused.SUPERVISOR`` too: then the plan is possible).
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and (self.delta is not None or self.override is not None)

    @property
    def points(self) -> int:
        """Points moved (always positive), or the new balance for a SET."""
        if self.override is not None:
            return self.override
        return abs(self.delta or 0)


def _refused(action: Action, refusal: Refusal, **values: Any) -> Plan:
    return Plan(action, problems=(refusal.words,), refusal=refusal, **values)


def plan(action: Action, typed: str, *, balance: int | None,
         balance_type: BalanceType | str | None = None,
         rules: LoyaltyRules | None = None, confirmed: bool = True,
         unconfirmed_limit: int | None = None, cancelled: bool = False,
         loyalty: bool = True, template_name: str | None = None) -> Plan:
    """What ``typed`` on the keypad means for ``action`` on a ``balance``.

    ``confirmed``: whether ``balance`` rests on what PassEntry said (else on the
    pass's balance as last synced); ``unconfirmed_limit``: the most points (the
    API's whole number) a redemption may take without that, unless a supervisor
    approves. A ``cancelled`` card changes not at all, nor one whose template
    (``template_name``) keeps no ``loyalty`` balance. The rules are
    ``check_change``'s; this adds only what typing brings (text, money).
    """
    rules = rules or LoyaltyRules()
    kind = BalanceType.of(balance_type)
    card = Card(loyalty=loyalty, template_name=template_name, cancelled=cancelled,
                balance=balance, balance_type=kind, confirmed=confirmed)
    card_refusal = check_change(card)  # before the typed text: no amount helps
    if card_refusal is not None:
        return _refused(action, card_refusal)
    spent = None
    try:
        if action is Action.EARN:
            spent = parse_money(typed)
            amount = rules.earn.points_for(spent, kind)
        else:
            amount = parse_points(typed, kind)
    except AmountError as exc:
        return _refused(action, exc.refusal)
    if action is Action.EARN and amount == 0:
        return _refused(action, Refusal(Refused.ZERO, translate(
            "loyalty", "That amount earns no points at this rate.")), spent=spent)
    if action is Action.SET:
        delta, override, after = None, amount, amount
    else:
        delta = -amount if action is Action.REDEEM else amount
        override, after = None, balance + delta if balance is not None else None
    refusal = check_change(card, delta=delta, override=override, limit=unconfirmed_limit)
    if refusal is not None and refusal.reason is not Refused.SUPERVISOR:
        return _refused(action, refusal, delta=delta, override=override, spent=spent,
                        balance_after=after if refusal.reason is Refused.NOT_ENOUGH else None)
    return Plan(action, delta=delta, override=override, balance_after=after, spent=spent,
                rewards=tuple(rules.newly_reached(balance, after)),
                supervisor=refusal is not None, refusal=refusal)


def message_values(plan_: Plan, *, name: str | None, balance_type: BalanceType | str | None,
                   currency: str = "") -> dict[str, str]:
    """What a message template's placeholders are filled with for ``plan_``."""
    rewards: Sequence[Reward] = plan_.rewards
    return {
        "points": format_points(plan_.points, balance_type),
        "balance": format_points(plan_.balance_after, balance_type)
        if plan_.balance_after is not None else "",
        "name": (name or "").split(" ")[0] if name else "",
        "reward": rewards[-1].text if rewards else "",
        "spent": f"{currency}{plan_.spent:,.2f}" if plan_.spent is not None else "",
    }


@dataclass(frozen=True)
class ScanLoyalty:
    """"Scan with loyalty": each accepted scan also changes the balance by ``delta``."""

    delta: int = 0
    message: str = ""

    @property
    def on(self) -> bool:
        return self.delta != 0
