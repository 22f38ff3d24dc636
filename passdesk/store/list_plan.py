"""Which index a Passes list with several filters walks, on SQLite.

Status, device, template, event and group each have a (column, created_at) index
(migrations 0005, 0017). With two of them filtered SQLite walks one and checks
the others row by row, and picks the one by ``ANALYZE``'s average passes per
value: a template of three thousand passes looks like one of three hundred
thousand (SQLite's per-value statistics are not compiled into Python's). A
combination matching nothing then walked a third of a million passes: 120 ms
idle at a million, 226 ms while a pull wrote.

So each filtered column counts its passes on its own index (an index-only
read, about 0.15 µs a pass), and the rarest one drives the walk: the others
are written as ``+column = ?``, which SQLite checks row by row but never
walks. Counts stop at ``COUNT_CAPS[0]``; when every value reaches it they go
on to the next cap, and when every value reaches the last, none is rare and
the planner keeps its choice. Two values that never meet (a template of one
event, another event) are the case this is for: each is common, so the
second cap is the one that tells them apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from passdesk.store.schema import Pass

#: Passes counted per filtered value, round by round: a value with fewer than a
#: round's cap drives the walk. Up to 3 ms a value idle at the last cap, against
#: a walk of 100-200 ms along the wrong index.
COUNT_CAPS = (2_000, 20_000)
#: Filter columns with a (column, created_at) index of their own.
INDEXED = ("status", "device_type", "template_id", "event_id", "group_tag")


def equality_conditions(values: dict[str, Any], session: Session | None = None
                        ) -> list[ColumnElement]:
    """``column = value`` for each filtered column of ``values``. With ``session``
    on SQLite, the rarest indexed value (if one is rare) is the only one the
    planner may walk."""
    indexed = [name for name in INDEXED if values.get(name)]
    driver = None
    if (session is not None and len(indexed) > 1
            and session.get_bind().dialect.name == "sqlite"):
        driver = _rarest(session, {name: values[name] for name in indexed})
    found = []
    for name, value in values.items():
        if not value:
            continue
        if driver is not None and name in indexed and name != driver:
            # Unary plus: the same comparison, which SQLite will not look up in an index.
            found.append(literal_column(f"+passes.{name}") == value)
        else:
            found.append(getattr(Pass, name) == value)
    return found


def _rarest(session: Session, values: dict[str, Any]) -> str | None:
    for cap in COUNT_CAPS:
        counts = {name: _capped_count(session, name, value, cap)
                  for name, value in values.items()}
        name = min(counts, key=counts.__getitem__)
        if counts[name] < cap:
            return name
    return None


def _capped_count(session: Session, name: str, value: Any, cap: int) -> int:
    column = getattr(Pass, name)
    capped = select(column).where(column == value).limit(cap).subquery()
    return session.execute(select(func.count()).select_from(capped)).scalar_one()
