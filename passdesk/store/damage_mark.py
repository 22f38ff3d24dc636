"""A note beside the store file that a query met damage, for the next start to check.

A damaged data page does not stop the store from opening (the migrations
read only the schema); it fails the first query that reaches it. Checking
the whole file at every start would slow every start, so the first query
that meets damage leaves this note, and the next start runs SQLite's check
only then (``rescue_read.quick_check``) and offers the rescue.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, event

from passdesk.store import rescue_read

log = logging.getLogger(__name__)
SUFFIX = "-damage-seen"


def mark_path(store: Path) -> Path:
    return store.with_name(store.name + SUFFIX)


def note(store: Path, exc: BaseException) -> None:
    """Leave the note (once); a note that cannot be written is only logged."""
    mark = mark_path(store)
    if mark.exists():
        return
    try:
        mark.write_text(f"{exc}\n", encoding="utf-8")
    except OSError as failure:
        log.warning("could not note the damage of %s: %s", store, failure.strerror or failure)
        return
    log.error("the local database %s is damaged (%s); passdesk offers a rescue at its "
              "next start", store, exc)


def seen(store: Path) -> str | None:
    """What the query that met damage said, or None when no note is there."""
    try:
        return mark_path(store).read_text(encoding="utf-8").strip() or "damage seen"
    except OSError:
        return None


def clear(store: Path) -> None:
    mark_path(store).unlink(missing_ok=True)


def watch(engine: Engine, store: Path) -> None:
    """Note damage whenever a statement on ``engine`` fails because of it."""
    def on_error(context) -> None:
        if rescue_read.is_damage_error(context.original_exception):
            note(store, context.original_exception)

    event.listen(engine, "handle_error", on_error)
