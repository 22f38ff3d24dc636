"""Loyalty at a counter, as plain data: amounts, earn rates, rewards, messages, plans.

The API keeps a balance as a whole number; a template whose balance type is
"decimal" shows it with two places, so the number counts hundredths (1234 is
shown as 12.34). That reading is ours, not the vendor's: ``DECIMAL_PLACES``
is the one place to change it.

``plan`` turns what a person typed at the till into the change to queue, or
the reasons it cannot be made; the till and the tests ask it, so the rules
(never below zero, whole points, an override needs a value) live once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

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
CANCELLED_WORDS = "This card was cancelled: no points can be added or redeemed."


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


class AmountError(ValueError):
    """What was typed is not an amount; the message says why in plain words."""


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


def _decimal(text: str, what: str) -> Decimal:
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        raise AmountError(f"Type the {what}.")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise AmountError(f"{text.strip()!r} is not a number.") from None
    if not value.is_finite():
        raise AmountError(f"{text.strip()!r} is not a number.")
    if value < 0:
        raise AmountError(f"The {what} cannot be negative.")
    return value


def parse_points(text: str, balance_type: BalanceType | str | None = None) -> int:
    """Points as typed ("12" or, for a decimal balance, "12.5") -> the API's whole number."""
    kind = BalanceType.of(balance_type)
    value = _decimal(text, "number of points") * _unit(kind)
    if value != value.to_integral_value():
        raise AmountError("Points are whole numbers." if kind is BalanceType.INTEGER
                          else f"At most {DECIMAL_PLACES} decimal places.")
    if value > MAX_POINTS:
        raise AmountError("That is more points than a pass can hold.")
    return int(value)


def parse_money(text: str) -> Decimal:
    """An amount spent, to the cent."""
    value = _decimal(text, "amount spent")
    if value != value.quantize(Decimal("0.01")):
        raise AmountError("An amount has at most 2 decimal places.")
    if value > MAX_SPEND:
        raise AmountError(f"An amount above {MAX_SPEND:,} is not a purchase.")
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

DEFAULT_MESSAGES: dict[Action, str] = {
    Action.EARN: "Thank you for your order. You've earned {points} points!",
    Action.ADD: "You've received {points} points. Your balance is {balance}.",
    Action.REDEEM: "You've used {points} points. Your balance is {balance}.",
    Action.SET: "Your balance is now {balance}.",
}  # a scan with loyalty sends its own message (``ScanLoyalty.message``), if any
#: Sent instead when an operation reaches a reward.
DEFAULT_REWARD_MESSAGE = "Congratulations! {reward}"
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

    @property
    def ok(self) -> bool:
        return not self.problems and (self.delta is not None or self.override is not None)

    @property
    def points(self) -> int:
        """Points moved (always positive), or the new balance for a SET."""
        if self.override is not None:
            return self.override
        return abs(self.delta or 0)


def plan(action: Action, typed: str, *, balance: int | None,
         balance_type: BalanceType | str | None = None,
         rules: LoyaltyRules | None = None, confirmed: bool = True,
         unconfirmed_limit: int | None = None, cancelled: bool = False) -> Plan:
    """What ``typed`` on the keypad means for ``action`` on a ``balance``.

    ``confirmed``: whether ``balance`` rests on what PassEntry said (else on the
    pass's balance as last synced); ``unconfirmed_limit``: the most points (the
    API's whole number) a redemption may take without that, unless a supervisor
    approves (see ``check_redemption``). A ``cancelled`` card changes not at all.
    """
    rules = rules or LoyaltyRules()
    kind = BalanceType.of(balance_type)
    if cancelled:
        return Plan(action, problems=(CANCELLED_WORDS,))
    spent = None
    try:
        if action is Action.EARN:
            spent = parse_money(typed)
            amount = rules.earn.points_for(spent, kind)
        else:
            amount = parse_points(typed, kind)
    except AmountError as exc:
        return Plan(action, problems=(str(exc),))
    if action is Action.SET:
        return Plan(action, override=amount, balance_after=amount,
                    rewards=tuple(rules.newly_reached(balance, amount)))
    if amount == 0:
        why = ("That amount earns no points at this rate." if action is Action.EARN
               else "Type a number of points above zero.")
        return Plan(action, spent=spent, problems=(why,))
    delta = -amount if action is Action.REDEEM else amount
    supervisor = False
    if action is Action.REDEEM:
        check = check_redemption(amount, balance, kind, confirmed=confirmed,
                                 limit=unconfirmed_limit)
        if check.problem:
            after = balance + delta if balance is not None else None
            return Plan(action, delta=delta, balance_after=after, problems=(check.problem,))
        supervisor = check.supervisor
    after = balance + delta if balance is not None else None
    if after is not None and after > MAX_POINTS:
        return Plan(action, delta=delta, problems=("That is more points than a pass can hold.",))
    return Plan(action, delta=delta, balance_after=after, spent=spent,
                rewards=tuple(rules.newly_reached(balance, after)), supervisor=supervisor)


# --- a redemption, and the balance it rests on ------------------------------------------


@dataclass(frozen=True)
class RedemptionCheck:
    #: Why it cannot be made at all (None: it can).
    problem: str | None = None
    #: It can, once a supervisor approves it.
    supervisor: bool = False


def check_redemption(points: int, balance: int | None,
                     balance_type: BalanceType | str | None = None, *, confirmed: bool = True,
                     limit: int | None = None) -> RedemptionCheck:
    """May ``points`` be taken from ``balance``? The till's screen and the queue ask this.

    Never below zero. Against a balance PassEntry has not confirmed (the card's
    balance as last synced, e.g. while offline) up to ``limit`` points; above it a
    supervisor decides. No balance at all: nothing can be checked.
    """
    kind = BalanceType.of(balance_type)
    if balance is None:
        return RedemptionCheck("The balance is not known yet, so a redemption cannot be "
                               "checked. Connect to read it.")
    shown = format_points(balance, kind)
    if confirmed:
        if points > balance:
            return RedemptionCheck(f"Not enough points: the balance is {shown}.")
        return RedemptionCheck()
    if points > balance:
        return RedemptionCheck(f"Not enough points: the balance is {shown} "
                               "(from the last sync, not confirmed).")
    limit = unconfirmed_limit_units(DEFAULT_UNCONFIRMED_LIMIT, kind) if limit is None else limit
    return RedemptionCheck(supervisor=points > limit)


def unconfirmed_limit_units(limit: int | Decimal, balance_type: BalanceType | str | None
                            ) -> int:
    """A limit in points as the pass shows them (50, or 50.00) -> the API's whole number."""
    return int(Decimal(limit) * _unit(BalanceType.of(balance_type)))


def supervisor_words(limit: int, balance_type: BalanceType | str | None = None) -> str:
    return (f"More than {format_points(limit, balance_type)} points without a balance "
            "confirmed by PassEntry: a supervisor must approve.")


def cancelled(status: str | None) -> bool:
    """Whether a pass of this status is a cancelled card (no points in or out)."""
    return status in CANCELLED_STATUSES


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
