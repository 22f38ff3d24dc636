"""Every write method of the client against the sandbox, read back afterwards."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from passdesk.api import UnprocessableError
from passdesk.core.payloads import (
    EventInput,
    LoyaltyChange,
    PassInput,
    PassUpdate,
    QrInput,
    ReaderInput,
)
from passdesk.core.records import Beacon, Location, PassStatus

LONDON = ZoneInfo("Europe/London")
VENUE = Location(name="Venue", latitude=51.5432, longitude=-0.0229, radius=100,
                 message="Welcome to the venue")


def test_create_and_update_an_event(client) -> None:
    start = datetime.now(LONDON).replace(microsecond=0) + timedelta(days=10)
    created = client.events.create(EventInput("Bob Marley Live", "The Lyceum Theatre", start,
                                              start + timedelta(hours=4), "Europe/London"))
    assert created.name == "Bob Marley Live"
    assert created.time_zone == "Europe/London"
    assert created.start_time is not None
    assert client.events.get(created.id).venue_name == "The Lyceum Theatre"
    updated = client.events.update(created.id, EventInput(venue_name="Lyceum, Stage 2"))
    assert updated.venue_name == "Lyceum, Stage 2"
    assert updated.name == "Bob Marley Live"


def test_event_with_an_unknown_time_zone_is_refused(client) -> None:
    start = datetime(2030, 1, 1, 20, 0, tzinfo=LONDON)
    with pytest.raises(UnprocessableError) as info:
        client.events.create(EventInput("X", "Y", start, start + timedelta(hours=1),
                                        "Mars/Olympus"))
    assert info.value.detail


def test_issue_a_pass_with_ext_id_qr_nfc_locations_and_beacons(client, templates) -> None:
    template = templates["membership"]
    values = {fid: f"value of {fid}" for fid in template.field_ids()}
    beacon = Beacon(proximity_uuid="E2C56DB5-DFFB-48D2-B060-D0F5A71096E0", major=1, minor=2,
                    message="Near the desk", name="desk")
    new = PassInput(template.id, values, ext_id="crm-000123", group_tag="vip", nfc_enabled=True,
                    qr=QrInput("TICKET-123"), locations=[VENUE], beacons=[beacon])
    created = client.passes.create(new, include_pass_source="apple")
    assert created.status == PassStatus.ISSUED
    assert created.ext_id == "crm-000123"
    assert created.pass_template_uuid == template.id
    assert created.nfc == created.id
    assert created.barcode.value == "TICKET-123"
    assert created.pass_source.apple_base64
    back = client.passes.get("crm-000123", include_locations=True, include_beacons=True)
    assert back.id == created.id
    assert back.group_tag == "vip"
    assert back.locations == [VENUE]
    assert back.beacons[0].proximity_uuid == beacon.proximity_uuid
    first_field = template.field_ids()[0]
    assert back.content_value(first_field) == f"value of {first_field}"


def test_more_than_ten_locations_is_refused_with_the_reason(client, templates) -> None:
    new = PassInput(templates["membership"].id, {}, locations=[VENUE] * 11)
    with pytest.raises(UnprocessableError) as info:
        client.passes.create(new)
    assert "10" in info.value.detail


def test_a_duplicate_ext_id_is_refused(client, templates) -> None:
    new = PassInput(templates["membership"].id, {}, ext_id="dup-1")
    client.passes.create(new)
    with pytest.raises(UnprocessableError, match="extId"):
        client.passes.create(new)


def test_update_content_with_a_message_reports_the_notification(client) -> None:
    issued = client.passes.list(status="issued", per_page=1).records[0]
    field = next(iter(issued.pass_content))
    change = client.passes.update(issued.id, PassUpdate({field: "Jane Roberts"},
                                                        message="Details updated"))
    assert change.record.content_value(field) == "Jane Roberts"
    assert change.record.latest_message == "Details updated"
    assert change.notification.status == "notDelivered"  # not in a wallet yet
    assert not change.notification.delivered


def test_notify_an_active_pass_is_delivered(client) -> None:
    active = client.passes.list(status="active", per_page=1).records[0]
    change = client.passes.notify(active.id, "Doors open at 19:00")
    assert change.notification.delivered
    assert client.passes.get(active.id).latest_message == "Doors open at 19:00"


def test_deactivate_a_pass(client) -> None:
    active = client.passes.list(status="active", per_page=1).records[0]
    change = client.passes.deactivate(active.id)
    assert change.record.status == PassStatus.DEACTIVATED
    back = client.passes.get(active.id)
    assert back.status == PassStatus.DEACTIVATED
    assert back.deactivated_at


def test_loyalty_show_add_redeem_override(client, templates) -> None:
    card = client.passes.list(pass_template_uuid=templates["loyalty"].id, status="active",
                              per_page=1).records[0]
    before = client.loyalty.get(card.id).balance
    assert isinstance(before, int)
    after_add = client.loyalty.add(card.id, 10, message="You earned 10 points")
    assert after_add.balance == before + 10
    assert after_add.notification.delivered
    after_redeem = client.loyalty.update(card.id, LoyaltyChange(delta=-5))
    assert after_redeem.balance == before + 5
    reset = client.loyalty.override(card.id, 0)
    assert reset.balance == 0
    assert client.loyalty.get(card.id).balance == 0


def test_loyalty_refuses_a_non_loyalty_pass_and_going_below_zero(client, templates) -> None:
    ticket = client.passes.list(pass_template_uuid=templates["ticket"].id,
                                per_page=1).records[0]
    with pytest.raises(UnprocessableError, match=r"[Ll]oyalty"):
        client.loyalty.get(ticket.id)
    card = client.passes.list(pass_template_uuid=templates["loyalty"].id,
                              per_page=1).records[0]
    balance = client.loyalty.get(card.id).balance
    with pytest.raises(UnprocessableError):
        client.loyalty.add(card.id, -(balance + 1))
    assert client.loyalty.get(card.id).balance == balance


def test_create_a_template(client, templates) -> None:
    draft = templates["membership"].to_json()
    draft["name"] = "Members 2027"
    created = client.templates.create(draft)
    assert created.id != templates["membership"].id
    assert created.name == "Members 2027"
    assert client.templates.get(created.id).field_ids() == templates["membership"].field_ids()


def test_create_and_update_a_reader(client) -> None:
    created = client.readers.create(ReaderInput(
        reader_id="south_entrance_01", name="South Entrance Reader 1", reader_type="VtapReader",
        password="Test789!", scan_enabled=True, redeem_enabled=False, qr_enabled=False))
    assert created.id == "south_entrance_01"
    assert created.reader_type == "VtapReader"
    assert "Test789!" not in str(created.to_resource())
    updated = client.readers.update(created.id, ReaderInput(qr_enabled=True, name="South 1"))
    assert updated.qr_enabled is True
    assert updated.name == "South 1"
    assert client.readers.get(created.id).scan_enabled is True
