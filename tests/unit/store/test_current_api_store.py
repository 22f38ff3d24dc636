"""The store for the current API: barcode by source, group tags, nullified passes,
events from ``enhancedEventData``, template ids to fetch, features not offered.

Each runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from passdesk.core.payloads import PassInput, QrInput
from passdesk.core.records import Pass as PassRecord
from passdesk.core.texts import Text, translate
from passdesk.store import outbox, pass_events, rows, sync_state, template_ids
from passdesk.store import passes as pass_store
from passdesk.store.database import Database
from passdesk.store.schema import Event, OutboxRow, Pass
from passdesk.sync import passes as pass_sync
from passdesk.sync.changes import ChangeRefused

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
EED = {"event": {"name": "PassEntry Christmas Party", "startDateTime": "2026-12-10T18:00:00Z",
                 "endDateTime": "2026-12-10T22:00:00Z"},
       "venue": {"name": "Fulham Green", "region": "London"}}


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    yield database
    database.close()


def record(pass_id: str, **attributes) -> PassRecord:
    attrs = {"passType": "eventTicket", "status": "active", "extId": f"x-{pass_id}",
             "passTemplateUuid": "tpl-1", "createdAt": "2026-12-01T10:00:00Z",
             "passContent": {"fullName": f"Holder {pass_id}"}, **attributes}
    return PassRecord.from_resource({"id": pass_id, "type": "pass", "attributes": attrs})


@pytest.mark.parametrize(("barcode", "value", "kind"), [
    ({"enabled": True, "type": "qr", "source": "uuid"}, "p1", "qr"),
    ({"enabled": True, "type": "code128", "source": "extId"}, "x-p1", "code128"),
    ({"enabled": True, "type": "aztec", "source": "custom", "value": "TKT-9"}, "TKT-9", "aztec"),
    ({"type": "qrCode", "value": "OLD-1", "displayText": True}, "OLD-1", "qr"),
    ({}, None, None),
    (None, None, None),
])
def test_a_pass_row_holds_what_its_code_encodes(barcode, value, kind) -> None:
    row = rows.pass_row(record("p1", barcode=barcode), NOW)
    assert (row["barcode_value"], row["barcode_type"]) == (value, kind)


def test_a_pass_row_takes_group_tags_device_and_nullified() -> None:
    row = rows.pass_row(record("p1", groupTag="vip", groupTags=["vip", "summer"],
                               deviceType="apple"), NOW)
    assert row["group_tags"] == ["vip", "summer"]
    assert row["device_type"] == "iphone"
    assert "event_id" not in row  # no enhancedEventData: the desk's own link stays
    gone = rows.pass_row(record("p2", status="nullified", nullifiedAt="2026-12-05T09:00:00Z",
                                barcode={}), NOW)
    assert gone["ext_id"] is None  # freed for a new pass
    assert gone["nullified_at"] == datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    assert rows.status_columns({"status": "nullified"})["ext_id"] is None


def test_events_come_from_enhanced_event_data_read_only(db) -> None:
    ticket = record("p1", enhancedEventData=EED)
    expected = rows.event_id_of(ticket.enhanced_event_data)
    assert expected.startswith("eed-")
    assert len(expected) == 4 + 16
    with db.session() as s:
        pass_store.upsert_records(s, [ticket, record("p2", enhancedEventData=EED)], NOW)
    with db.session() as s:
        event = s.get(Event, expected)
        assert (event.name, event.venue_name, event.source) == (
            "PassEntry Christmas Party", "Fulham Green", "passes")
        assert event.start_time == datetime(2026, 12, 10, 18, 0, tzinfo=UTC)
        assert pass_events.is_read_only(s, expected)
        assert {p.event_id for p in s.scalars(select(Pass))} == {expected}


def test_an_event_of_the_events_list_wins_over_its_copy_from_passes(db) -> None:
    ticket = record("p1", enhancedEventData=EED)
    with db.session() as s:
        pass_store.upsert_records(s, [ticket], NOW)
        # Later the legacy list answers with the same event (same name and start).
        s.add(Event(id="evt-42", name="PassEntry Christmas Party",
                    start_time=datetime(2026, 12, 10, 18, 0, tzinfo=UTC), attributes={}))
    with db.session() as s:
        pass_store.upsert_records(s, [ticket, record("p2", enhancedEventData=EED)], NOW)
    with db.session() as s:
        assert {p.event_id for p in s.scalars(select(Pass))} == {"evt-42"}
        assert s.scalar(select(Event.id).where(Event.source == "passes")) is None


def test_a_refresh_without_event_data_keeps_the_desks_event_link(db) -> None:
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1")], NOW)
        s.get(Pass, "p1").event_id = "local-event"
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1", status="removed")], NOW)
    with db.session() as s:
        assert s.get(Pass, "p1").event_id == "local-event"


def test_a_nullified_record_keeps_the_code_the_door_knows(db) -> None:
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1", barcode={
            "enabled": True, "type": "qr", "source": "custom", "value": "TKT-1"})], NOW)
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1", status="nullified", barcode={})], NOW)
    with db.session() as s:
        row = s.get(Pass, "p1")
        assert (row.status, row.ext_id, row.barcode_value) == ("nullified", None, "TKT-1")


def test_nullify_and_reactivate_queue_their_requests(db) -> None:
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1"), record("p2", status="deactivated")], NOW)
    pass_sync.nullify_pass(db, pass_id="p1", clock=lambda: NOW)
    with pytest.raises(ChangeRefused, match="nullified already"):
        pass_sync.nullify_pass(db, pass_id="p1", clock=lambda: NOW)
    with pytest.raises(ChangeRefused, match="nullified"):
        pass_sync.notify(db, pass_id="p1", message="hello", clock=lambda: NOW)
    with pytest.raises(ChangeRefused, match="deactivated"):
        pass_sync.reactivate_pass(db, pass_id="p1", clock=lambda: NOW)
    pass_sync.reactivate_pass(db, pass_id="p2", message="Welcome back", clock=lambda: NOW)
    with db.session() as s:
        p1, p2 = s.get(Pass, "p1"), s.get(Pass, "p2")
        assert (p1.status, p1.ext_id, p1.nullified_at) == ("nullified", None, NOW)
        assert (p2.status, p2.deactivated_at) == ("issued", None)
        queued = [(r.kind, r.target_id, r.payload) for r in
                  s.scalars(select(OutboxRow).order_by(OutboxRow.seq))]
    assert queued == [
        ("pass.nullify", "p1", {}),
        ("pass.update", "p2", {"body": {"pass": {}, "message": "Welcome back",
                                        "passAction": "reactivate"}})]


def test_a_nullified_ext_id_can_be_issued_again(db) -> None:
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1")], NOW)
    pass_sync.nullify_pass(db, pass_id="p1", clock=lambda: NOW)
    local = pass_sync.issue_pass(db, new=PassInput("tpl-1", {"fullName": "New"}, ext_id="x-p1",
                                                   qr=QrInput("TKT-2")), clock=lambda: NOW)
    with db.session() as s:
        row = s.get(Pass, local)
        assert (row.ext_id, row.barcode_value, row.barcode_type) == ("x-p1", "TKT-2", "qr")
        body = outbox.items(s, (outbox.PENDING,))[-1].payload["body"]
    assert body["pass"]["barcode"] == {"enabled": True, "type": "qr", "source": "custom",
                                       "value": "TKT-2", "displayText": True}
    assert "qr" not in body["pass"]


def test_template_ids_to_fetch(db) -> None:
    with db.session() as s:
        pass_store.upsert_records(s, [record("p1"), record("p2", passTemplateUuid="tpl-2")], NOW)
        assert template_ids.want(s, " tpl-typed ") is True
        assert template_ids.want(s, "tpl-typed") is False
        assert template_ids.used_by_passes(s) == {"tpl-1", "tpl-2"}
        assert template_ids.unknown(s, {"tpl-2", "tpl-1"}) == ["tpl-typed", "tpl-1", "tpl-2"]
        template_ids.note_missing(s, "tpl-typed", "No such template")
        assert template_ids.missing(s) == {"tpl-typed": "No such template"}
        template_ids.note_missing(s, "tpl-typed", None)
        assert template_ids.missing(s) == {}


def test_features_not_offered_are_remembered(db) -> None:
    with db.session() as s:
        assert sync_state.is_offered(s, sync_state.EVENTS) is None
        sync_state.note_offered(s, sync_state.EVENTS, False,
                                "This PassEntry account does not offer the events list")
        sync_state.note_offered(s, sync_state.ENTITIES, True)
    with db.session() as s:
        assert sync_state.is_offered(s, sync_state.EVENTS) is False
        assert sync_state.is_offered(s, sync_state.ENTITIES) is True
        assert sync_state.not_offered(s) == {
            "events": "This PassEntry account does not offer the events list"}


def test_features_not_offered_keep_their_words_as_texts(db) -> None:
    words = translate("sync", "This PassEntry account does not offer {what}").format(
        what=translate("sync", "the events list"))
    with db.session() as s:
        sync_state.note_offered(s, sync_state.EVENTS, False, words)
        sync_state.note_offered(s, sync_state.READERS, False)
    with db.session() as s:
        said = sync_state.not_offered(s)
    # Texts again, read back from the database: said in the person's language.
    assert said[sync_state.EVENTS] == "This PassEntry account does not offer the events list"
    assert isinstance(said[sync_state.EVENTS], Text)
    assert isinstance(said[sync_state.EVENTS].args["what"], Text)
    assert said[sync_state.READERS] == "This PassEntry account does not offer readers."
    assert isinstance(said[sync_state.READERS], Text)
    assert isinstance(said[sync_state.READERS].args["what"], Text)


@pytest.mark.parametrize(("attributes", "enabled"), [
    ({"name": "Coffee", "templateType": "loyalty"}, True),  # no flag documented: the type
    ({"name": "Old card", "templateType": "storeCard"}, True),
    ({"name": "Ticket", "templateType": "eventTicket"}, False),
    ({"name": "Coffee", "templateType": "loyalty", "loyalty": {"enabled": False}}, False),
    ({"name": "Club", "templateType": "generic",
      "loyalty": {"enabled": True, "balanceType": "decimal"}}, True),
])
def test_a_templates_loyalty_balance_without_a_documented_flag(attributes, enabled) -> None:
    from passdesk.core.records import PassTemplate as TemplateRecord

    record = TemplateRecord.from_resource({"id": "t", "type": "passTemplate",
                                           "attributes": attributes})
    assert rows.template_row(record, NOW)["loyalty_enabled"] is enabled


def test_events_from_passes_are_read_only_and_events_not_offered_are_refused(db) -> None:
    from passdesk.core.payloads import EventInput
    from passdesk.sync import events as event_sync

    with db.session() as s:
        pass_store.upsert_records(s, [record("p1", enhancedEventData=EED)], NOW)
    eed_id = rows.event_id_of(record("p1", enhancedEventData=EED).enhanced_event_data)
    with pytest.raises(ChangeRefused, match="comes from its tickets"):
        event_sync.update_event(db, event_id=eed_id, changes=EventInput(name="Renamed"))
    with db.session() as s:
        sync_state.note_offered(s, sync_state.EVENTS, False,
                                "This PassEntry account does not offer the events list")
    new = EventInput(name="Gala", venue_name="Hall", start=NOW, end=NOW, time_zone="UTC")
    with pytest.raises(ChangeRefused, match="does not offer the events list"):
        event_sync.create_event(db, event=new)
    with db.session() as s:
        sync_state.note_offered(s, sync_state.EVENTS, False,
                                translate("sync", "This PassEntry account does not offer "
                                                  "{what}").format(what="the events list"))
    with pytest.raises(ChangeRefused) as refused:
        event_sync.create_event(db, event=new)
    assert isinstance(refused.value.args[0], Text)
