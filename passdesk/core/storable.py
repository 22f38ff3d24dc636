"""Text from outside (a scanner, a reader, a webhook) made storable: the one rule.

The door step logs what was read with it and the hub cleans every string it
stores with it (``hub.clean.text``). A lone surrogate (valid in a Python string
and in a JSON escape, not in UTF-8) becomes "?" and NUL (refused by PostgreSQL
text) becomes "\u2400" (the symbol for NUL), so a hostile value is answered
cleanly instead of raising a database error. Each character cleaned stays one
character: the length does not change.
"""

from __future__ import annotations


def storable(text: str) -> str:
    """``text`` as every database can store it."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\u2400")


def storable_text(value: object, max_length: int | None = None) -> str | None:
    """A storable string, or None when ``value`` is not a string (or longer than
    ``max_length``)."""
    if not isinstance(value, str):
        return None
    cleaned = storable(value)
    if max_length is not None and len(cleaned) > max_length:
        return None
    return cleaned
