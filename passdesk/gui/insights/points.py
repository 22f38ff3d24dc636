"""Loyalty points in the Insights pane and its report, as the locale writes numbers
("1,240", "12.40" on a decimal card; "1.240", "12,40" in German)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType
from passdesk.gui.i18n import formats


def points(value: int | None, balance_type: BalanceType | str | None = None) -> str:
    """A number of points as the pass shows it; an en dash when not known."""
    if value is None:
        return "\u2013"
    if BalanceType.of(balance_type) is BalanceType.DECIMAL:
        return QLocale().toString(float(Decimal(value) / Decimal(10) ** DECIMAL_PLACES),
                                  "f", DECIMAL_PLACES)
    return formats.number(value)
