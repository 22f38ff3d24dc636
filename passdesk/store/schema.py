"""The local database: a cache of the API plus the app's own records.

API records keep their full attributes (``attributes``) so nothing the API
sends is lost; the columns beside them are what the app filters, sorts and
looks up by. Scans, loyalty operations and the outbox are the app's own and
must never be lost: they are written in the same transaction as their local
effect.

This module is the shape at the newest migration; ``migrations/`` holds the
steps, and a test checks the two agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from passdesk.store.types import Json, UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Entity(Base):
    __tablename__ = "entities"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    attributes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PassTemplate(Base):
    __tablename__ = "pass_templates"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    template_type: Mapped[str | None] = mapped_column(String(64))
    loyalty_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    balance_type: Mapped[str | None] = mapped_column(String(32))
    attributes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Event(Base):
    __tablename__ = "events"
    #: The API's id, or "local-<uuid>" until the outbox has created it.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255), index=True)
    venue_name: Mapped[str | None] = mapped_column(String(255))
    start_time: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    end_time: Mapped[datetime | None] = mapped_column(UtcDateTime)
    time_zone: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str | None] = mapped_column(String(32))
    #: None: from the events API (legacy). "passes": learnt from the passes'
    #: ``enhancedEventData`` (read-only; id "eed-..."; migration 0012).
    source: Mapped[str | None] = mapped_column(String(16))
    passes_count: Mapped[int | None] = mapped_column(Integer)
    attributes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Pass(Base):
    __tablename__ = "passes"
    # Every index costs each of the 100,000s of rows a pull writes, so only
    # lookups and list filters get one; (column, created_at) hands a filtered
    # list over in the Passes pane's default order (migrations 0005, 0017).
    __table_args__ = (
        Index("ix_passes_template_created", "template_id", "created_at"),
        Index("ix_passes_event_created", "event_id", "created_at"),
        Index("ix_passes_group_created", "group_tag", "created_at"),
        Index("ix_passes_status_created", "status", "created_at"),
        Index("ix_passes_device_created", "device_type", "created_at"),
        # Partial: most passes have no separate NFC value, and an index entry
        # with a random key is what bulk inserts pay for most.
        Index("ix_passes_nfc_value", "nfc_value", sqlite_where=text("nfc_value IS NOT NULL"),
              postgresql_where=text("nfc_value IS NOT NULL")),
        Index("ix_passes_barcode_value", "barcode_value",
              sqlite_where=text("barcode_value IS NOT NULL"),
              postgresql_where=text("barcode_value IS NOT NULL")),
    )
    #: The API's id, or "local-<uuid>" until the outbox has created it.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ext_id: Mapped[str | None] = mapped_column(String(255), index=True)
    #: Only when it differs from the id (PassEntry's default NFC value is the id).
    nfc_value: Mapped[str | None] = mapped_column(String(255))
    barcode_value: Mapped[str | None] = mapped_column(String(1024))
    barcode_type: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    pass_type: Mapped[str | None] = mapped_column(String(32))
    device_type: Mapped[str | None] = mapped_column(String(32))
    group_tag: Mapped[str | None] = mapped_column(String(255))
    #: ``groupTags`` as the API sent them (migration 0012).
    group_tags: Mapped[list[str] | None] = mapped_column(Json)
    template_id: Mapped[str | None] = mapped_column(String(64))
    template_name: Mapped[str | None] = mapped_column(String(255))
    #: From the pass's ``enhancedEventData`` (or, on a server with the legacy
    #: events list, by listing passes per event); set here for passes issued here.
    event_id: Mapped[str | None] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    added_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deactivated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    nullified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    latest_message: Mapped[str | None] = mapped_column(Text)
    download_url: Mapped[str | None] = mapped_column(String(1024))
    #: Balance as the API last confirmed it; pending operations come on top.
    loyalty_balance: Mapped[int | None] = mapped_column(Integer)
    #: When that balance was read from the API (the till says how old it is).
    loyalty_read_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The pass record's attributes exactly as the API sent them.
    attributes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Reader(Base):
    __tablename__ = "readers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    reader_type: Mapped[str | None] = mapped_column(String(32))
    #: "here" when this desk created it; None when learnt from the (legacy) list.
    origin: Mapped[str | None] = mapped_column(String(16))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    attributes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReaderConfiguration(Base):
    """The non-secret part only: keys and tokens live in the OS keychain."""

    __tablename__ = "reader_configurations"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    google_collector_id: Mapped[str | None] = mapped_column(String(64))
    apple_pass_type_id: Mapped[str | None] = mapped_column(String(255))
    google_key_version: Mapped[int | None] = mapped_column(Integer)
    validation_type: Mapped[str | None] = mapped_column(String(32))
    validation_url: Mapped[str | None] = mapped_column(String(1024))
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Scan(Base):
    """One scan at a door: the raw value, the verdict and why. Never lost."""

    __tablename__ = "scans"
    __table_args__ = (
        # A verdict reads the pass's last scans and, with a capacity, who is inside.
        Index("ix_scans_pass_time", "pass_id", "scanned_at"),
        Index("ix_scans_event_verdict", "event_id", "verdict"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    scanned_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    raw_value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32))
    pass_id: Mapped[str | None] = mapped_column(String(64))
    event_id: Mapped[str | None] = mapped_column(String(64))
    desk: Mapped[str | None] = mapped_column(String(64))
    #: The PassEntry reader it came through (hub, webhooks), so the Readers pane
    #: knows readers where the reader list is not offered (migration 0012).
    reader_id: Mapped[str | None] = mapped_column(String(64), index=True)
    verdict: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    #: Set when a door person undid this admission (the record itself stays).
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: PassEntry's scan id once ``POST /scans/log`` answered for a scan made here
    #: (migration 0014); a lost answer's check never takes an id held here.
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    #: A HOLD decided by a door person (migration 0015): "confirmed" or "refused"
    #: (``core.holds.Decision``), when, and by which desk. The row's verdict is
    #: "hold" until then, and the decision's "admit" or "deny" after.
    decision: Mapped[str | None] = mapped_column(String(16))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64))


class ScanTally(Base):
    """Scans per event, five-minute step, desk, reader, verdict and reason: kept by
    triggers on ``scans`` (migration 0019) for the Insights pane. An undone scan
    counts under the verdict "undone"; rows that fell to 0 stay."""

    __tablename__ = "scan_tally"
    __table_args__ = (Index("ix_scan_tally_step", "step"),)
    event_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # "" for none
    step: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    desk: Mapped[str] = mapped_column(String(64), primary_key=True)
    reader_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(16), primary_key=True)
    reason: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: 1: the scanned pass is the event's own ticket (the no-shows count these).
    ticket: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    scans: Mapped[int] = mapped_column(BigInteger)
    last_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PassTally(Base):
    """Per event and pass: admissions and exits not undone, and whether it was the
    event's own ticket (migration 0019's triggers)."""

    __tablename__ = "pass_tally"
    __table_args__ = (
        # Tickets admitted more than once: the no-shows' correction, read from the index.
        Index("ix_pass_tally_again", "event_key", "admissions",
              sqlite_where=text("admissions >= 2 AND ticket = 1"),
              postgresql_where=text("admissions >= 2 AND ticket = 1")),
        # Held inside twice: an offline conflict.
        Index("ix_pass_tally_conflicts", "event_key",
              sqlite_where=text("admissions >= exits + 2"),
              postgresql_where=text("admissions >= exits + 2")),
    )
    event_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    pass_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    admissions: Mapped[int] = mapped_column(Integer)
    exits: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[int] = mapped_column(SmallInteger)


class LoyaltyOperation(Base):
    """A balance change made here. ``state`` follows its outbox row."""

    __tablename__ = "loyalty_operations"
    #: A shift's list: this desk's operations since a time.
    __table_args__ = (Index("ix_loyalty_operations_desk_created_at", "desk", "created_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pass_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # delta | override
    amount: Mapped[int] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text)
    desk: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    #: The balance the API confirmed after this operation, when known.
    confirmed_balance: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    #: What the till did (``core.loyalty.Action``); None for older rows.
    action: Mapped[str | None] = mapped_column(String(16))
    #: The amount spent for an "earn", as exact decimal text.
    spent: Mapped[str | None] = mapped_column(String(32))
    #: The balance the customer was told they will have.
    balance_after: Mapped[int | None] = mapped_column(Integer)


class OutboxRow(Base):
    """A change to deliver to the API, in order per ``order_key``."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_deliverable", "state", "next_attempt_at"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    #: Rows with the same key are delivered strictly in seq order (the pass id).
    order_key: Mapped[str] = mapped_column(String(64), index=True)
    target_id: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The pusher holding it while ``sending`` (several desks may push from one database).
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    #: The claim's lease: after it another pusher may take the row over (migration 0008).
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The last error, in words a person can act on (the API's message).
    last_error: Mapped[str | None] = mapped_column(Text)
    #: Facts gathered while delivering (e.g. the balance read before a delta).
    facts: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)


class SyncState(Base):
    """Cursors and marks of the pull sync, committed with the data they describe."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)


class TemplateDraft(Base):
    """A template being designed here; published through the outbox when finished."""

    __tablename__ = "template_drafts"
    #: "draft-<uuid4 hex>".
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    #: The template JSON exactly as the designer wrote it (never re-serialised).
    document: Mapped[str] = mapped_column(Text)
    #: Field id -> sample text shown in the preview.
    samples: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    #: The synced template it was opened from, if any.
    source_template_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    published_template_id: Mapped[str | None] = mapped_column(String(64))
    #: draft | queued | published | failed
    publish_state: Mapped[str] = mapped_column(String(16))
    #: Why publishing failed, in the API's words.
    publish_error: Mapped[str | None] = mapped_column(Text)


class HubEvent(Base):
    """Something the venue hub applied (a webhook delivery, a reader's loyalty delta).

    The primary key makes it happen once: the row is inserted in the same
    transaction as the change, so a retried delivery fails the insert instead.
    """

    __tablename__ = "hub_events"
    #: "passentry" | "passslot" | "validate"
    source: Mapped[str] = mapped_column(String(32), primary_key=True)
    #: The sender's id for it, or one the hub derives from the request.
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    pass_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


class ChangeCounter(Base):
    """SQLite: how often each kind of data changed (raised by triggers, migration
    0009); desks poll it to follow each other. PostgreSQL notifies instead and
    leaves it empty."""

    __tablename__ = "change_counters"
    #: ``StoreChanged.what``: a ``store.topics.Topic``.
    topic: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class StaffMember(Base):
    """A person who may allow a step-up (a supervisor or a manager) or owns a PIN.

    The PIN is kept only as a salted scrypt hash (``core.pins``); the wrong
    tries and the lockout are here too, so every desk on a shared database
    counts the same tries.
    """

    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    #: ``core.roles.Role`` value.
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    failures: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    lockouts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VenueAccess(Base):
    """One row (id 1): the venue's rules for roles, the recovery code's hash and the
    audit trail's head (its last entry's number and hash, kept beside the chain so
    entries taken off its end are noticed)."""

    __tablename__ = "venue_access"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    door_staff_may_search: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    door_staff_see_names: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    largest_redemption: Mapped[int | None] = mapped_column(Integer)
    largest_change_per_hour: Mapped[int | None] = mapped_column(Integer)
    #: scrypt hash of the recovery code kept in the keychain of the desk that set
    #: the first manager PIN (``store/access.py``).
    recovery_hash: Mapped[str | None] = mapped_column(String(255))
    audit_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    audit_hash: Mapped[str] = mapped_column(String(64), server_default=text("'" + "0" * 64 + "'"))


class AuditRow(Base):
    """An entry of the audit trail (``core.audit_chain``): never updated, never deleted."""

    __tablename__ = "audit_entries"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    desk: Mapped[str] = mapped_column(String(255))
    actor: Mapped[str] = mapped_column(String(255))
    authorised_by: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(Text)
    #: The values as JSON text, exactly as sealed.
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


__all__ = [
    "AuditRow", "Base", "ChangeCounter", "Entity", "Event", "HubEvent", "LoyaltyOperation",
    "OutboxRow", "Pass",
    "PassTemplate", "Reader", "ReaderConfiguration", "Scan", "StaffMember", "SyncState",
    "TemplateDraft", "VenueAccess",
]
