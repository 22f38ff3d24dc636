"""Reading hand-editable settings JSON: a value of the wrong type becomes the default."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def aware_time(value: Any) -> datetime | None:
    """An ISO 8601 time (UTC when it has no offset), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def text(value: Any) -> str:
    """A string without surrounding blanks; anything else is empty."""
    return value.strip() if isinstance(value, str) else ""
