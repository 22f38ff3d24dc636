"""Loyalty bodies: a balance change or override, and what is wrong with a balance."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from passdesk.core import limits

Number = int | Decimal | float


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def balance_problems(value: object) -> list[str]:
    """What is wrong with a balance or delta: whole numbers, or decimals of ≤ 2 places."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        return ["the balance must be a number"]
    if isinstance(value, int):
        return []
    number = Decimal(str(value)) if isinstance(value, float) else value
    if not number.is_finite():
        return ["the balance must be a number"]
    if _places(number) > 2:
        return ["the balance can have at most 2 decimal places"]
    return []


def balance_to_json(value: Number) -> int | float:
    """An int as is; a Decimal as the float JSON carries (≤ 2 places survive)."""
    if isinstance(value, int):
        return value
    return float(value)


@dataclass
class LoyaltyChange:
    """A delta (+ adds, - subtracts) or an override, never both; optional push text.

    Integer templates take whole numbers (the API coerces others); decimal
    templates take a Decimal (or float) of at most 2 places.
    """

    delta: Number | None = None
    override: Number | None = None
    message: str | None = None

    def to_body(self) -> dict[str, Any]:
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))
        body: dict[str, Any] = (
            {"balance": balance_to_json(self.delta)} if self.delta is not None
            else {"overrideBalance": balance_to_json(self.override)}  # type: ignore[arg-type]
        )
        if self.message:
            body["message"] = self.message
        return body

    def problems(self) -> list[str]:
        if self.delta is not None and self.override is not None:
            return ["send either a balance change or an override, not both"]
        if self.delta is None and self.override is None:
            return ["a balance change or an override is required"]
        value = self.delta if self.delta is not None else self.override
        if isinstance(value, int) and not isinstance(value, bool):
            return limits.loyalty_problems(self.delta, self.override)
        out = balance_problems(value)
        if not out and self.override is not None and value < 0:  # type: ignore[operator]
            out.append("the balance cannot be set below zero")
        return out
