"""Readers and the reader configuration as plain rows for the Readers pane.

Only what is not secret is stored: a reader's password is write-only and never
read back; the configuration's NFC private key, API key and validation token
live in the keychain (``passdesk.secrets``), never in these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.core.records import Reader as ReaderRecord
from passdesk.core.records import ReaderConfiguration as ConfigurationRecord
from passdesk.core.records import parse_time
from passdesk.store import rows
from passdesk.store.schema import Reader, ReaderConfiguration
from passdesk.store.upsert import upsert

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


def reader_configuration(session: Session) -> ConfigurationRow | None:
    row = session.scalars(select(ReaderConfiguration).limit(1)).first()
    if row is None:
        return None
    return ConfigurationRow(row.id, row.validation_type, row.validation_url,
                            row.google_collector_id, row.apple_pass_type_id,
                            row.google_key_version, row.synced_at)


def store_readers(session: Session, records: list[ReaderRecord], now: datetime) -> None:
    upsert(session, Reader.__table__, [rows.reader_row(r, now) for r in records])


def replace_readers(session: Session, records: list[ReaderRecord], now: datetime) -> None:
    """The complete list from PassEntry: readers it no longer has leave the store too."""
    ids = [r.id for r in records]
    session.execute(Reader.__table__.delete().where(Reader.id.not_in(ids)))
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
        synced_at=row.synced_at)
