"""One template's loyalty rules as typed in the Till's settings (a ``Draft``), and
how they become ``LoyaltyRules`` or a ``RuleProblem`` said in plain words.

Kept as typed while another template is shown, so switching loses nothing and
a half-typed value is reported, not dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from passdesk.core.loyalty import (
    AmountError,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    format_points,
    parse_points,
)
from passdesk.gui.i18n import formats, translate
from passdesk.gui.till.words import error_words

MAX_RATE = Decimal(1_000_000)


class RuleProblem(ValueError):
    """What is wrong with rules as typed, in plain words."""


@dataclass(frozen=True)
class Draft:
    rate: str
    rounding: Rounding
    #: (points needed as the pass shows them, reward text) per table row.
    rewards: tuple[tuple[str, str], ...]


def draft_of(rules: LoyaltyRules, kind: str) -> Draft:
    return Draft(str(rules.earn.points_per_unit), rules.earn.rounding,
                  tuple((format_points(r.threshold, kind), r.text) for r in rules.rewards))


def parse_rate(text: str) -> Decimal:
    """Points per currency unit as typed -> an exact Decimal, or RuleProblem."""
    typed = text.strip().replace(",", "").replace(" ", "")
    if not typed:
        raise RuleProblem(translate("till", "Type the points per currency unit (0: spending "
                                            "earns none)."))
    not_a_number = RuleProblem(translate(
        "till", "{typed} is not a number of points per currency unit.").format(
        typed=repr(text.strip())))
    try:
        rate = Decimal(typed)
    except InvalidOperation:
        raise not_a_number from None
    if not rate.is_finite():
        raise not_a_number
    if rate < 0:
        raise RuleProblem(translate("till", "Points per currency unit cannot be negative."))
    if rate > MAX_RATE:
        raise RuleProblem(translate("till", "Points per currency unit can be at most {most}.")
                          .format(most=formats.number(int(MAX_RATE))))
    return rate


def _rewards_of(draft: Draft, kind: str) -> tuple[Reward, ...]:
    rewards = []
    for number, (points, text) in enumerate(draft.rewards, start=1):
        if not points.strip() and not text.strip():
            continue  # a row added and left empty
        if not text.strip():
            raise RuleProblem(translate("till", "Reward {number}: type what the customer gets.")
                              .format(number=number))
        try:
            threshold = parse_points(points, kind)
        except AmountError as exc:
            raise RuleProblem(translate("till", "Reward {number}: {why}").format(
                number=number, why=error_words(exc))) from None
        rewards.append(Reward(threshold, text.strip()))
    return tuple(sorted(rewards, key=lambda r: r.threshold))


def rules_of(draft: Draft, kind: str) -> LoyaltyRules:
    """The rules ``draft`` stands for, or RuleProblem."""
    return LoyaltyRules(EarnRate(parse_rate(draft.rate), draft.rounding),
                        _rewards_of(draft, kind))


def valid_or(draft: Draft, kind: str, fallback: LoyaltyRules) -> LoyaltyRules:
    try:
        return rules_of(draft, kind)
    except RuleProblem:
        return fallback
