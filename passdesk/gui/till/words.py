"""Points, money and errors as the Till shows them: in the installed locale.

``core.loyalty.format_points`` writes English ("1,240", "12.40") for logs and
files; on screen a balance follows the locale (``gui.i18n.formats``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from passdesk.core.loyalty import (
    DECIMAL_PLACES,
    DEFAULT_MESSAGES,
    DEFAULT_REWARD_MESSAGE,
    BalanceType,
)
from passdesk.gui.i18n import formats, say


def points(value: int | None, balance_type: BalanceType | str | None = None) -> str:
    """A balance or a number of points as the pass shows it, in the locale's digits."""
    if value is None:
        return "\u2013"  # an en dash: not known
    if BalanceType.of(balance_type) is BalanceType.DECIMAL:
        return QLocale().toString(float(Decimal(value) / Decimal(10) ** DECIMAL_PLACES),
                                  "f", DECIMAL_PLACES)
    return formats.number(value)


def money(amount: Decimal | float, currency: str = "") -> str:
    """An amount spent, to the cent, after the till's currency ("€12.50")."""
    return f"{currency}{QLocale().toString(float(amount), 'f', 2)}"


def error_words(exc: BaseException) -> str:
    """An exception's message in the installed language (a ``Text`` keeps its own)."""
    if exc.args and len(exc.args) == 1:
        return say(exc.args[0])
    return str(exc)


def sign(delta: int) -> str:
    return "+" if delta >= 0 else "\u2212"



def message_template(text: str) -> str:
    """A push message template as this till sends it: one left as the default is said
    in the installed language; one a person wrote is theirs."""
    for default in (*DEFAULT_MESSAGES.values(), DEFAULT_REWARD_MESSAGE):
        if text == default:
            return say(default)
    return text
