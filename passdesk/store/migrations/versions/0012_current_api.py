"""The vendor's current API: stored words and queued requests move to it in place.

A desk upgraded from the release before needs no resync and loses nothing
from its outbox:

- ``passes.device_type`` (and the stored record's ``deviceType``) ``apple``
  becomes ``iphone``; ``passes.barcode_type`` ``qrCode`` becomes ``qr`` (the
  barcode object's word);
- ``reader_configurations.validation_type`` ``thirdParty`` becomes ``external``;
- outbox rows still to be delivered (not done, not discarded) that issue or
  update a pass with the old ``pass.qr {value, displayText}`` send
  ``pass.barcode {enabled, type: qr, source: custom, value, displayText}``
  instead, and a pass issued here but not yet sent keeps the same in its
  stored content. The loyalty and notification rows name no route: the
  client sends them to ``/loyalty/{id}`` and ``/passes/{id}/notification``.

New columns for what the current API tells: ``passes.group_tags`` and
``passes.nullified_at``; ``events.source`` ("passes" for an event learnt from
a pass's ``enhancedEventData``, read-only; NULL for the events API);
``scans.reader_id`` (the PassEntry reader a scan came through, so the Readers
pane knows readers without the legacy list); ``readers.origin`` ("here" when
this desk created it) and ``readers.entity_id``.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.types import Json, UtcDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: Outbox states still to be delivered (as store/outbox.py at this revision).
UNDELIVERED = ("pending", "sending", "failed", "review")
#: Outbox kinds whose body carries a ``pass`` object.
PASS_BODY_KINDS = (OutboxKind.PASS_CREATE, OutboxKind.PASS_UPDATE)
BATCH = 500
#: The columns added, for the way down.
DROPPED = (("readers", "entity_id"), ("readers", "origin"), ("scans", "reader_id"),
           ("events", "source"), ("passes", "nullified_at"), ("passes", "group_tags"))

_passes = sa.table("passes", sa.column("id", sa.String), sa.column("device_type", sa.String),
                   sa.column("attributes", Json))
_outbox = sa.table("outbox", sa.column("seq", sa.Integer), sa.column("kind", sa.String),
                   sa.column("state", sa.String), sa.column("payload", Json))


def barcode_of_qr(qr: Any) -> dict[str, Any]:
    """The current request's barcode object for an old ``qr`` one."""
    qr = qr if isinstance(qr, dict) else {}
    barcode: dict[str, Any] = {"enabled": True, "type": "qr"}
    if qr.get("value") not in (None, ""):
        barcode.update(source="custom", value=str(qr["value"]))
    else:  # no value was never valid; the pass's own id is what a QR code then holds
        barcode["source"] = "uuid"
    if "displayText" in qr:
        barcode["displayText"] = qr["displayText"]
    return barcode


def content_with_barcode(content: Any) -> Any:
    """A ``pass`` object with ``qr`` turned into ``barcode`` (key order kept)."""
    if not isinstance(content, dict) or "qr" not in content:
        return content
    out: dict[str, Any] = {}
    for key, value in content.items():
        if key == "qr":
            if "barcode" not in content:
                out["barcode"] = barcode_of_qr(value)
        else:
            out[key] = value
    return out


def payload_upgraded(payload: Any) -> Any:
    if not isinstance(payload, dict) or not isinstance(payload.get("body"), dict):
        return payload
    body = payload["body"]
    content = content_with_barcode(body.get("pass"))
    if content is body.get("pass"):
        return payload
    return {**payload, "body": {**body, "pass": content}}


def _upgrade_outbox(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.select(_outbox.c.seq, _outbox.c.payload)
        .where(_outbox.c.kind.in_(PASS_BODY_KINDS), _outbox.c.state.in_(UNDELIVERED))).all()
    for seq, payload in rows:
        new = payload_upgraded(payload)
        if new is not payload:
            connection.execute(_outbox.update().where(_outbox.c.seq == seq).values(payload=new))


#: SQLite rewrites the stored records' word in place (json_set keeps the key order);
#: a desk may hold hundreds of thousands of iPhone passes.
SQLITE_DEVICE_TYPE = (
    "UPDATE passes SET attributes = json_set(attributes, '$.deviceType', 'iphone') "
    "WHERE device_type = 'apple' AND json_valid(attributes) "
    "AND json_extract(attributes, '$.deviceType') = 'apple'")


def _upgrade_pass_attributes(connection: sa.Connection) -> None:
    """Stored records of iPhones, and passes issued here still waiting with ``qr``."""
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql(SQLITE_DEVICE_TYPE)
        wanted = _passes.c.id.like("local-%")
    else:  # PostgreSQL's json type has no json_set (jsonb would sort the keys)
        wanted = sa.or_(_passes.c.device_type == "apple", _passes.c.id.like("local-%"))
    last = ""
    while True:  # in batches by id
        batch = connection.execute(
            sa.select(_passes.c.id, _passes.c.device_type, _passes.c.attributes)
            .where(wanted, _passes.c.id > last).order_by(_passes.c.id).limit(BATCH)).all()
        if not batch:
            return
        changed = []
        for pass_id, device_type, attributes in batch:
            new = dict(attributes) if isinstance(attributes, dict) else {}
            if device_type == "apple" and new.get("deviceType") == "apple":
                new["deviceType"] = "iphone"
            content = content_with_barcode(new.get("passContent"))
            if content is not new.get("passContent"):
                new["passContent"] = content
            if new != attributes:
                changed.append({"key": pass_id, "attributes": new})
        if changed:
            connection.execute(_passes.update().where(_passes.c.id == sa.bindparam("key"))
                               .values(attributes=sa.bindparam("attributes")), changed)
        last = batch[-1][0]


def upgrade() -> None:
    op.add_column("passes", sa.Column("group_tags", Json, nullable=True))
    op.add_column("passes", sa.Column("nullified_at", UtcDateTime(), nullable=True))
    op.add_column("events", sa.Column("source", sa.String(length=16), nullable=True))
    op.add_column("scans", sa.Column("reader_id", sa.String(length=64), nullable=True))
    op.create_index("ix_scans_reader_id", "scans", ["reader_id"])
    op.add_column("readers", sa.Column("origin", sa.String(length=16), nullable=True))
    op.add_column("readers", sa.Column("entity_id", sa.String(length=64), nullable=True))

    connection = op.get_bind()
    _upgrade_pass_attributes(connection)
    op.execute("UPDATE passes SET device_type = 'iphone' WHERE device_type = 'apple'")
    op.execute("UPDATE passes SET barcode_type = 'qr' WHERE barcode_type = 'qrCode'")
    op.execute("UPDATE reader_configurations SET validation_type = 'external' "
               "WHERE validation_type = 'thirdParty'")
    _upgrade_outbox(connection)


def downgrade() -> None:
    # The words go back too, so the release before reads what it wrote. Queued
    # rows keep the barcode object (the release before does not send it).
    op.execute("UPDATE reader_configurations SET validation_type = 'thirdParty' "
               "WHERE validation_type = 'external'")
    op.execute("UPDATE passes SET device_type = 'apple' WHERE device_type = 'iphone'")
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild of ``passes`` would renumber
    # the rowids its search indexes are keyed by, and drop their triggers.
    op.drop_index("ix_scans_reader_id", table_name="scans")
    for table, column in DROPPED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
