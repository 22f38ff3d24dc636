"""What the Door pane reads from the store, as plain data; one session per call.

The pane calls these on the store's worker, or on the UI thread where it is
a few rows by key (the undo state, whether the first sync finished, a pass's
balance type). The door's own steps (judge, record, undo) are ``scan.door``'s.
"""

from __future__ import annotations

from typing import TextIO

from passdesk.core.admission import EventFacts
from passdesk.store import admissions, held_scans
from passdesk.store.database import Database
from passdesk.store.loyalty import customer
from passdesk.store.readers import known_readers
from passdesk.store.scans import export_csv


def balance_type_of(database: Database, pass_id: str) -> str | None:
    """How ``pass_id``'s balance is shown ("integer", "decimal"; None: no such customer)."""
    with database.session() as session:
        found = customer(session, pass_id)
    return found.balance_type if found else None


def desk_can_undo(database: Database, desk: str) -> bool:
    """Whether ``desk`` has an admission it may take back (one indexed read)."""
    with database.session() as session:
        return admissions.can_undo(session, desk)


def first_sync_finished(database: Database) -> bool:
    """Whether the store holds every pass: a first sync has finished (two rows by key)."""
    with database.session() as session:
        return admissions.first_sync_done(session)


def validation_mode(database: Database) -> tuple[str | None, str | None] | None:
    """(kind, url) of the synced reader configuration's validation, or None."""
    with database.session() as session:
        return admissions.validation_settings(session)


def barcode_types(database: Database) -> set[str | None]:
    """The barcode types of the passes in the store."""
    with database.session() as session:
        return admissions.barcode_types(session)


def recent_desk_scans(database: Database, desk: str, limit: int) -> list[admissions.RecentScan]:
    """``desk``'s last ``limit`` scans, newest first."""
    with database.session() as session:
        return admissions.recent_scans(session, desk, limit)


def write_scans_csv(database: Database, out: TextIO) -> int:
    """The whole scan log as CSV to ``out``; returns the rows written."""
    with database.session() as session:
        return export_csv(session, out)


def door_choices(database: Database
                 ) -> tuple[list[EventFacts], dict[str, str], dict[str, str]]:
    """The door settings' choices: the events, template id -> name, reader id -> name."""
    with database.session() as session:
        return (admissions.door_events(session), admissions.template_names(session),
                _reader_names(session))


def reader_names(database: Database) -> dict[str, str]:
    """Reader id -> name, of every reader this desk knows (``known_readers``)."""
    with database.session() as session:
        return _reader_names(session)


def _reader_names(session) -> dict[str, str]:
    return {r.id: r.name or r.id for r in known_readers(session)}


def desk_waiting_holds(database: Database, desk: str) -> list[held_scans.WaitingHold]:
    """``desk``'s holds still to decide, oldest first (the Door's "waiting holds")."""
    with database.session() as session:
        return held_scans.waiting_holds(session, desk)
