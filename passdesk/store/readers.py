"""Readers and the reader configuration as plain rows for the Readers pane.

Only what is not secret is stored: a reader's password is write-only and never
read back; the configuration's NFC private key, API key and validation token
live in the keychain (``passdesk.keychain``), never in these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from passdesk.core.records import Reader as ReaderRecord
from passdesk.core.records import ReaderConfiguration as ConfigurationRecord
from passdesk.core.records import parse_time
from passdesk.store import rows, sync_state
from passdesk.store.database import Database
from passdesk.store.schema import Reader, ReaderConfiguration, Scan
from passdesk.store.upsert import upsert

#: ``ReaderRow.origin``: created by this desk, read from PassEntry's (legacy) reader
#: list, or known only because scans came through it.
HERE, LISTED, SEEN_IN_SCANS = "here", "listed", "scans"

#: The attributes of a reader that switch what it may do, in the order shown.
FLAGS = ("scanEnabled", "redeemEnabled", "addPointsEnabled", "qrEnabled",
         "mifareClassicNfcEnabled", "ndefTagScanningEnabled")


@dataclass(frozen=True)
class ReaderRow:
    id: str
    name: str
    reader_type: str | None
    logged_in: bool | None
    last_seen: datetime | None
    #: Attribute name -> on/off for each of ``FLAGS`` the API sent.
    flags: dict[str, bool]
    synced_at: datetime | None
    #: HERE, LISTED or SEEN_IN_SCANS.
    origin: str = LISTED
    entity_id: str | None = None
    #: For a reader known from scans: its last scan here.
    last_scan: datetime | None = None

    def enabled(self, flag: str) -> bool:
        return bool(self.flags.get(flag))


@dataclass(frozen=True)
class ConfigurationRow:
    """The reader configuration without its secrets."""

    id: str
    validation_type: str | None
    validation_url: str | None
    google_collector_id: str | None
    apple_pass_type_id: str | None
    google_key_version: int | None
    synced_at: datetime | None


def list_readers(session: Session) -> list[ReaderRow]:
    return [_reader_row(r) for r in session.scalars(select(Reader).order_by(Reader.name))]


def known_readers(session: Session) -> list[ReaderRow]:
    """Every reader the desk knows: stored ones (created here, or from the legacy reader
    list where PassEntry offers it), then ids seen in scans (the hub, webhooks) that no
    stored reader has, newest scan first. What the Readers pane lists where
    PassEntry does not list readers."""
    stored = list_readers(session)
    have = {r.id for r in stored}
    seen = session.execute(
        select(Scan.reader_id, func.max(Scan.scanned_at)).where(Scan.reader_id.is_not(None))
        .group_by(Scan.reader_id).order_by(func.max(Scan.scanned_at).desc())).all()
    return stored + [
        ReaderRow(id=reader_id, name=reader_id, reader_type=None, logged_in=None,
                  last_seen=None, flags={}, synced_at=None, origin=SEEN_IN_SCANS,
                  last_scan=last)
        for reader_id, last in seen if reader_id not in have]


def mark_created_here(session: Session, reader_id: str, entity_id: str | None) -> None:
    """A reader this desk created (under ``entity_id``): listed even without the API's list."""
    row = session.get(Reader, reader_id)
    if row is not None:
        row.origin, row.entity_id = HERE, entity_id


def reader_configuration(session: Session) -> ConfigurationRow | None:
    row = session.scalars(select(ReaderConfiguration).limit(1)).first()
    if row is None:
        return None
    return ConfigurationRow(row.id, row.validation_type, row.validation_url,
                            row.google_collector_id, row.apple_pass_type_id,
                            row.google_key_version, row.synced_at)


def store_readers(session: Session, records: list[ReaderRecord], now: datetime) -> None:
    upsert(session, Reader.__table__, [rows.reader_row(r, now) for r in records])


def replace_listed(session: Session, records: list[ReaderRecord], now: datetime) -> None:
    """The (legacy) reader list: readers it no longer has leave the store, except those
    this desk created (a list may lag behind a create)."""
    ids = [r.id for r in records]
    session.execute(Reader.__table__.delete().where(
        Reader.id.not_in(ids), Reader.origin.is_distinct_from(HERE)))
    store_readers(session, records, now)


def store_configuration(session: Session, record: ConfigurationRecord, now: datetime) -> None:
    """Its non-secret columns only (``rows.reader_configuration_row``); one per account."""
    row = rows.reader_configuration_row(record, now)
    # The account has one configuration: an id that changed replaces the old row.
    session.execute(ReaderConfiguration.__table__.delete().where(
        ReaderConfiguration.id != row["id"]))
    upsert(session, ReaderConfiguration.__table__, [row])


def _reader_row(row: Reader) -> ReaderRow:
    attributes = row.attributes or {}
    logged_in = attributes.get("loggedIn")
    return ReaderRow(
        id=row.id, name=row.name or row.id, reader_type=row.reader_type,
        logged_in=logged_in if isinstance(logged_in, bool) else None,
        last_seen=parse_time(attributes.get("lastSeenAt")),
        flags={f: attributes[f] for f in FLAGS if isinstance(attributes.get(f), bool)},
        synced_at=row.synced_at, origin=row.origin or LISTED, entity_id=row.entity_id)


@dataclass(frozen=True)
class StoredReaders:
    """What the Readers pane shows: the readers, the configuration, what the server offers."""

    rows: list[ReaderRow]
    configuration: ConfigurationRow | None
    listed: bool | None
    config_offered: bool | None
    #: The entity the configuration belongs to (the sync finds it; None here).
    entity_id: str | None = None


def read_stored_readers(database: Database, listed: bool | None) -> StoredReaders:
    """``listed``: does the server list readers (None: as the last sync found)."""
    with database.session() as session:
        if listed is None:
            listed = sync_state.is_offered(session, sync_state.READERS)
        # Without PassEntry's list: the readers made here, and those seen in scans.
        rows = list_readers(session) if listed is not False else known_readers(session)
        return StoredReaders(rows, reader_configuration(session), listed,
                             sync_state.is_offered(
                                 session, sync_state.READER_CONFIGURATION_CHANGE))
