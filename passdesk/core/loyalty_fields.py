"""The balance a pass showed when it was last synced, read from its content fields.

PassEntry keeps the balance and mirrors it into the content field the template
shows it in (its example: ``"points": "17"``); it names no such field. So the
till reads the field a template labels as a balance, else one named like one.
This is the "last known" balance: shown as not confirmed, used while PassEntry
cannot be asked (``core.loyalty.check_change`` limits what it allows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from passdesk.core.loyalty import AmountError, BalanceType, parse_points

#: Content field ids (and template labels) that hold a loyalty balance, compared
#: without case, spaces or punctuation: PassEntry names no balance field; it
#: writes the balance into the one the template shows it in ("points").
BALANCE_FIELD_NAMES = ("points", "balance", "loyaltypoints", "loyaltybalance",
                       "pointsbalance", "stig")


def _squeezed(name: object) -> str:
    return "".join(ch for ch in str(name).casefold() if ch.isalnum())


def balance_field_ids(template: Mapping | None) -> list[str]:
    """Ids of a template's fields whose label or id names a balance ("Points")."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, Mapping):
            field_id = node.get("id")
            if isinstance(field_id, str) and field_id not in found and (
                    _squeezed(node.get("label", "")) in BALANCE_FIELD_NAMES
                    or _squeezed(field_id) in BALANCE_FIELD_NAMES):
                found.append(field_id)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(template)
    return found


def pulled_balance(content: Mapping | None, balance_type: BalanceType | str | None = None,
                   field_ids: Sequence[str] = ()) -> int | None:
    """The balance a pass showed when it was last synced, from its content fields.

    ``field_ids`` (the template's balance fields) are tried first, then any field
    named like a balance. A value that is not a number of points gives None.
    """
    if not isinstance(content, Mapping):
        return None
    named = [key for key in content if _squeezed(key) in BALANCE_FIELD_NAMES]
    for key in [*field_ids, *named]:
        value = content.get(key)
        if isinstance(value, Mapping):
            value = value.get("value")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            continue
        try:
            return parse_points(str(value), balance_type)
        except AmountError:
            continue
    return None
