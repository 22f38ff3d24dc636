"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, TypeDecorator

#: JSON text on SQLite, ``json`` on PostgreSQL: both keep the document as written,
#: key order included (``jsonb`` would sort the keys; migration 0008).
Json = JSON()


class UtcDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC.

    Naive UTC sorts and compares correctly as SQLite text and as a
    PostgreSQL ``timestamp``, so range filters and ordering are portable.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None
