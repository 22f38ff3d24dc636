"""JSON values as a template document holds them: deep copies, text, blanks, kinds, key order."""

from __future__ import annotations

from typing import Any

from passdesk.core.texts import translate


def copy_json(value: Any) -> Any:
    """A deep copy of JSON-shaped data (much faster than copy.deepcopy)."""
    if isinstance(value, dict):
        return {k: copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_json(v) for v in value]
    return value


def text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())



def shown_text(value: Any) -> str | None:
    """A slot's label, value or sample as a card shows it: text, a number as
    written, or None (absent, blank, true/false, a list or an object)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value)
        return text if text.strip() else None
    return None


def kind_of(value: Any) -> str:
    """What a JSON value is, in words ("a number"): a ``Text`` but for a Python type name."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return translate("designer", "a number", "what a JSON value is")
    if isinstance(value, str):
        return translate("designer", "a string", "what a JSON value is")
    if isinstance(value, list | tuple):
        return translate("designer", "a list", "what a JSON value is")
    return type(value).__name__


def insert_in_order(mapping: dict[str, Any], key: str, value: Any,
                     order: tuple[str, ...]) -> dict[str, Any]:
    """A copy of ``mapping`` with ``key`` added where ``order`` puts it (else at the end)."""
    items = list(mapping.items())
    position = len(items)
    if key in order:
        before = set(order[:order.index(key)])
        after = set(order[order.index(key) + 1:])
        keys = [k for k, _v in items]
        last_before = max((i for i, k in enumerate(keys) if k in before), default=None)
        if last_before is not None:
            position = last_before + 1
        else:
            position = next((i for i, k in enumerate(keys) if k in after), len(items))
    items.insert(position, (key, value))
    return dict(items)

