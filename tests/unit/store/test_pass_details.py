"""One pass as the detail panel shows it, and how many push messages passes got today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.pass_details import message_targets, messages_today, pass_details
from passdesk.store.schema import Pass, PassTemplate

NOW = datetime(2025, 6, 14, 9, 30, tzinfo=UTC)
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def database(db_url):
    db = Database.open(db_url)
    yield db
    db.close()


def _template() -> PassTemplate:
    return PassTemplate(id="t1", name="Ticket", attributes={
        "name": "Ticket",
        "header": {"header_one": {"id": "seat", "label": "Seat", "default_value": None},
                   "header_two": None},
        "primary": {"primary_one": {"id": "fullName", "label": "Name", "default_value": ""}},
    })


def _pass(pass_id: str = "p1", **columns) -> Pass:  # noqa: S107 - an id, not a password
    attributes = columns.pop("attributes", {
        # Record order, not the template's: the panel lists what the pass holds.
        "passContent": {"tier": "Gold", "fullName": {"value": "Ada Lovelace"}, "seat": "B12",
                        "points": 120},
        "nfc": pass_id,
        "locations": [{"name": "North Gate", "latitude": 51.5, "longitude": -0.08,
                       "radius": 100, "address": "1 Riverside Walk"}],
        "beacons": [{"proximity_uuid": "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0", "major": 1,
                     "minor": 2, "name": "Till"}],
    })
    values = {"id": pass_id, "ext_id": "ext-1", "status": "active", "device_type": "android",
              "template_id": "t1", "template_name": "Ticket", "display_name": "Ada Lovelace",
              "barcode_type": "qrCode", "barcode_value": "TKT-1", "created_at": T0,
              "added_at": T0 + timedelta(days=1), "expires_at": T0 + timedelta(days=365),
              "deactivated_at": None, "latest_message": "Doors open at 7",
              "download_url": "https://download.example/p1", "attributes": attributes,
              **columns}
    return Pass(**values)


def test_a_pass_in_full(database) -> None:
    with database.session() as s:
        s.add_all([_template(), _pass(removed_at=T0 + timedelta(days=3))])
        outbox.enqueue(s, kind="pass.notify", order_key="p1", target_id="p1",
                       payload={"message": "hi"}, now=NOW)
        done = outbox.enqueue(s, kind="pass.notify", order_key="p1", target_id="p1",
                              payload={"message": "old"}, now=NOW)
        done.state = outbox.DONE
    with database.session() as s:
        d = pass_details(s, "p1")
    assert d is not None
    assert [(f.field_id, f.label, f.value) for f in d.content] == [
        ("tier", "tier", "Gold"), ("fullName", "Name", "Ada Lovelace"), ("seat", "Seat", "B12"),
        ("points", "points", "120")]
    assert (d.name, d.status, d.barcode_type, d.barcode_value) == (
        "Ada Lovelace", "active", "qrCode", "TKT-1")
    assert d.nfc_value == "p1"  # the record's nfc is the id: PassEntry's default
    assert d.download_url == "https://download.example/p1"
    assert [(e.what, e.at) for e in d.timeline] == [
        ("Created", T0), ("Added to a wallet", T0 + timedelta(days=1)),
        ("Removed from the wallet", T0 + timedelta(days=3)),
        ("Expires", T0 + timedelta(days=365))]
    assert d.latest_message == "Doors open at 7"
    assert [(loc.name, loc.radius) for loc in d.locations] == [("North Gate", 100)]
    assert [(b.name, b.proximity_uuid, b.minor) for b in d.beacons] == [
        ("Till", "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0", 2)]
    assert d.pending_changes == 1  # the done row no longer waits


def test_nfc_value_separate_default_or_none(database) -> None:
    with database.session() as s:
        s.add_all([
            _pass("own", nfc_value="NFC-OWN", attributes={"nfc": "NFC-OWN"}),
            _pass("enabled", attributes={"nfc": {"enabled": True}}),
            _pass("none", attributes={"nfc": None}, template_id=None),
        ])
    with database.session() as s:
        assert pass_details(s, "own").nfc_value == "NFC-OWN"
        assert pass_details(s, "enabled").nfc_value == "enabled"
        plain = pass_details(s, "none")
        assert plain.nfc_value is None
        assert (plain.content, plain.locations, plain.beacons) == ((), (), ())
        assert pass_details(s, "missing") is None


def _queue(s, pass_id: str, kind: str, payload: dict, at: datetime,
           state: str = outbox.PENDING) -> None:
    outbox.enqueue(s, kind=kind, order_key=pass_id, target_id=pass_id, payload=payload,
                   now=at).state = state


def test_messages_today_counts_what_was_sent_or_queued_today(database) -> None:
    midnight = NOW.replace(hour=0, minute=0)
    with database.session() as s:
        s.add_all([_pass("a"), _pass("b"), _pass("c", device_type="iphone")])
        _queue(s, "a", "pass.notify", {"message": "1"}, midnight)  # first second of the day
        _queue(s, "a", "pass.notify", {"message": "2"}, NOW, outbox.DONE)
        _queue(s, "a", "pass.update", {"body": {"pass": {}, "message": "3"}}, NOW,
               outbox.SENDING)
        _queue(s, "a", "loyalty.change", {"balance": 5, "message": "4"}, NOW, outbox.REVIEW)
        # Not counted: no message, yesterday, refused, discarded, another kind.
        _queue(s, "a", "pass.update", {"body": {"pass": {"seat": "C1"}}}, NOW)
        _queue(s, "a", "loyalty.change", {"balance": 5}, NOW)
        _queue(s, "a", "pass.notify", {"message": "old"}, midnight - timedelta(seconds=1),
               outbox.DONE)
        _queue(s, "a", "pass.notify", {"message": "x"}, NOW, outbox.FAILED)
        _queue(s, "a", "pass.notify", {"message": "y"}, NOW, outbox.DISCARDED)
        _queue(s, "a", "event.update", {"message": "z"}, NOW)
        _queue(s, "b", "pass.notify", {"message": "1"}, NOW)
    with database.session() as s:
        assert messages_today(s, ["a", "b", "c", "nowhere"], NOW) == {
            "a": 4, "b": 1, "c": 0, "nowhere": 0}
        # Tomorrow (UTC) starts from zero again.
        assert messages_today(s, ["a"], NOW + timedelta(days=1)) == {"a": 0}
        targets = message_targets(s, ["c", "a", "nowhere"], NOW)
    assert [(t.id, t.status, t.device_type, t.sent_today) for t in targets] == [
        ("c", "active", "iphone", 0), ("a", "active", "android", 4)]


def test_messages_today_for_many_passes(database) -> None:
    ids = [f"p{n}" for n in range(1200)]  # more than one IN chunk
    with database.session() as s:
        for pid in ids[::100]:
            _queue(s, pid, "pass.notify", {"message": "hi"}, NOW)
    with database.session() as s:
        counts = messages_today(s, ids, NOW)
    assert len(counts) == 1200
    assert sum(counts.values()) == 12
    assert counts["p1100"] == 1
