"""A pass holder's name, from content fields whose ids the template chooses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Field ids that hold a person's name in the templates we have seen, best first.
NAME_FIELDS = ("fullName", "full_name", "name", "customerName", "attendee", "holder",
               "memberName", "passholder")


def _text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("value")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def display_name(content: Mapping[str, Any] | None) -> str | None:
    """The holder's name for lists and search; None when the content has none."""
    if not content:
        return None
    for field_id in NAME_FIELDS:
        name = _text(content.get(field_id))
        if name:
            return name
    lowered = {k.lower(): v for k, v in content.items()}
    for field_id, value in lowered.items():
        if "name" in field_id and (name := _text(value)):
            return name
    return None


def initials(name: str) -> str:
    """A holder's initials for a door that hides names: "Tom van der Berg" -> "T. v. d. B.".

    One letter and a dot per word, as written, so particles stay small and the
    name keeps its shape; a hyphen stays ("Anne-Marie Dupont" -> "A.-M. D.").
    A word with a digit is a ticket code, not a name, and stays whole.
    """
    out = []
    for word in name.split():
        if any(c.isdigit() for c in word):
            out.append(word)
            continue
        parts = [next((c for c in part if c.isalpha()), "") for part in word.split("-")]
        shown = "-".join(f"{letter}." for letter in parts if letter)
        if shown:
            out.append(shown)
    return " ".join(out)
