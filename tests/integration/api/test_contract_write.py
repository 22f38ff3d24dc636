"""Every write method of the client against the sandbox, read back afterwards.

Written for PASSENTRY-API.md; each test also checks the route the request took
(the sandbox's request log), so a client on a guessed path fails here.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from passdesk.api import ApiError, NotFoundError, NotOfferedError, UnprocessableError
from passdesk.core.payloads import (
    BarcodeInput,
    EventInput,
    ImageAssetInput,
    LoyaltyChange,
    NfcInput,
    PassInput,
    PassUpdate,
    ReaderInput,
    ScanInput,
    ScanLogInput,
    WalletMessageInput,
    WebhookSubscriptionInput,
)
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.core.records import Beacon, Location, PassStatus, PassTemplate, ValidationType
from tests.integration.api.conftest import entity_of, is_strict

LONDON = ZoneInfo("Europe/London")
VENUE = Location(name="Venue", latitude=51.5432, longitude=-0.0229, radius=100,
                 message="Welcome to the venue")


def logged(sandbox, method: str, path: str) -> int:
    return sandbox.requests.count(method, path)


# --- passes ------------------------------------------------------------------------------


def test_issue_a_pass_with_barcode_nfc_group_tags_locations_and_beacons(client, sandbox,
                                                                        templates) -> None:
    template = templates["membership"]
    values = {fid: f"value of {fid}" for fid in template.field_ids()}
    beacon = Beacon(proximity_uuid="E2C56DB5-DFFB-48D2-B060-D0F5A71096E0", major=1, minor=2,
                    message="Near the desk", name="desk")
    new = PassInput(template.id, values, ext_id="crm-000123", group_tags=["vip", "2027"],
                    nfc=NfcInput(source="custom", custom_value="NFC-123"),
                    barcode=BarcodeInput(type="qr", source="custom", value="TICKET-123",
                                         display_text=True),
                    locations=[VENUE], beacons=[beacon])
    created = client.passes.create(new, include_pass_source="apple")
    assert logged(sandbox, "POST", "/api/v1/passes") == 1
    assert created.status == PassStatus.ISSUED
    assert created.ext_id == "crm-000123"
    assert created.pass_template_uuid == template.id
    assert created.nfc == "NFC-123"  # the nfc attribute follows the source
    assert created.barcode.source == "custom"
    assert created.barcode_message == "TICKET-123"
    assert created.pass_source.apple_base64
    back = client.passes.get("crm-000123", include_locations=True, include_beacons=True)
    assert back.id == created.id
    assert back.group_tags == ["vip", "2027"]
    assert back.locations == [VENUE]
    assert back.beacons[0].proximity_uuid == beacon.proximity_uuid
    first_field = template.field_ids()[0]
    assert back.content_value(first_field) == f"value of {first_field}"


def test_barcode_and_nfc_from_the_pass_own_ids(client, templates) -> None:
    created = client.passes.create(PassInput(
        templates["membership"].id, {}, ext_id="own-ids-1",
        barcode=BarcodeInput(source="extId"), nfc=NfcInput(source="uuid")))
    assert created.barcode_message == "own-ids-1"
    assert created.nfc == created.id


def test_more_than_ten_locations_is_refused_with_the_reason(client, templates) -> None:
    new = PassInput(templates["membership"].id, {}, locations=[VENUE] * 11)
    with pytest.raises(ApiError) as info:
        client.passes.create(new)
    assert info.value.status in (400, 422)
    assert "10" in info.value.detail


def test_a_duplicate_ext_id_is_refused(client, templates) -> None:
    new = PassInput(templates["membership"].id, {}, ext_id="dup-1")
    client.passes.create(new)
    with pytest.raises(ApiError, match="extId") as info:
        client.passes.create(new)
    assert info.value.status in (400, 422)


def test_update_content_with_a_message_reports_the_notification(client) -> None:
    issued = client.passes.list(status="issued", per_page=1).records[0]
    field = next(iter(issued.pass_content))
    change = client.passes.update(issued.ext_id, PassUpdate({field: "Jane Roberts"},
                                                            message="Details updated"))
    assert change.record.content_value(field) == "Jane Roberts"
    assert change.record.latest_message == "Details updated"
    assert change.notification.status == "notDelivered"  # not in a wallet yet
    assert not change.notification.delivered


def test_notify_goes_to_the_singular_notification_route(client, sandbox) -> None:
    active = client.passes.list(status="active", per_page=1).records[0]
    change = client.passes.notify(active.ext_id, "Doors open at 19:00")
    assert change.notification.delivered
    assert logged(sandbox, "POST", f"/api/v1/passes/{active.ext_id}/notification") == 1
    assert client.passes.get(active.id).latest_message == "Doors open at 19:00"


def test_deactivate_and_reactivate_a_pass(client) -> None:
    active = client.passes.list(status="active", per_page=1).records[0]
    change = client.passes.deactivate(active.id)
    assert change.record.status == PassStatus.DEACTIVATED
    back = client.passes.get(active.id)
    assert back.status == PassStatus.DEACTIVATED
    assert back.deactivated_at
    again = client.passes.reactivate(active.id)
    assert again.record.status != PassStatus.DEACTIVATED


def test_nullify_frees_the_ext_id_and_hides_the_pass(client, templates) -> None:
    issued = client.passes.create(PassInput(templates["membership"].id, {}, ext_id="gone-1"))
    nullified = client.passes.nullify("gone-1")
    assert nullified.status == PassStatus.NULLIFIED
    assert nullified.nullified_at
    assert client.passes.nullify(issued.id).status == PassStatus.NULLIFIED  # idempotent
    with pytest.raises(NotFoundError):
        client.passes.get(issued.id)
    hidden = [p.id for p in client.passes.iter(pass_template_uuid=templates["membership"].id)]
    assert issued.id not in hidden
    shown = [p.id for p in client.passes.iter(pass_template_uuid=templates["membership"].id,
                                              include_nullified=True)]
    assert issued.id in shown
    assert issued.id in [p.id for p in client.passes.iter(status="nullified")]
    reused = client.passes.create(PassInput(templates["membership"].id, {}, ext_id="gone-1"))
    assert reused.id != issued.id


# --- loyalty ---------------------------------------------------------------------------


def test_loyalty_show_add_redeem_override_on_the_loyalty_route(client, sandbox,
                                                               templates) -> None:
    card = client.passes.list(pass_template_uuid=templates["loyalty"].id, status="active",
                              per_page=1).records[0]
    before = client.loyalty.get(card.ext_id).balance
    assert isinstance(before, int | Decimal)
    after_add = client.loyalty.add(card.ext_id, 10, message="You earned 10 points")
    assert after_add.balance == before + 10
    assert after_add.notification.delivered
    after_redeem = client.loyalty.update(card.id, LoyaltyChange(delta=-5))
    assert after_redeem.balance == before + 5
    reset = client.loyalty.override(card.id, 0)
    assert reset.balance == 0
    assert client.loyalty.get(card.id).balance == 0
    assert logged(sandbox, "PATCH", f"/api/v1/loyalty/{card.ext_id}") == 1
    assert logged(sandbox, "PATCH", f"/api/v1/loyalty/{card.id}") == 2


def test_loyalty_refuses_a_non_loyalty_pass_and_going_below_zero(client, templates) -> None:
    ticket = client.passes.list(pass_template_uuid=templates["ticket"].id,
                                per_page=1).records[0]
    with pytest.raises(ApiError) as info:
        client.loyalty.get(ticket.id)
    assert info.value.status in (400, 404, 422)
    card = client.passes.list(pass_template_uuid=templates["loyalty"].id,
                              per_page=1).records[0]
    balance = client.loyalty.get(card.id).balance
    with pytest.raises(UnprocessableError):
        client.loyalty.add(card.id, -(balance + 1))
    assert client.loyalty.get(card.id).balance == balance


# --- templates ---------------------------------------------------------------------------


def test_create_a_template_answers_202_and_is_ready_after_polling(client, sandbox,
                                                                  templates) -> None:
    draft = templates["membership"].to_current()
    draft["name"] = "Members 2027"
    processing = client.templates.create(draft)
    assert processing.processing_status == "processing"
    assert processing.id != templates["membership"].id
    ready = client.templates.wait_until_processed(processing.id, poll=0.05, timeout=10)
    assert isinstance(ready, PassTemplate)
    assert ready.name == "Members 2027"
    assert ready.field_ids() == templates["membership"].field_ids()
    assert logged(sandbox, "POST", "/api/v1/pass-templates") == 1


def test_update_a_template(client, templates) -> None:
    changed = client.templates.update(templates["membership"].id,
                                      {"name": "Riverside Members", "colors": {
                                          "background": "#EEEEEE"}})
    if not isinstance(changed, PassTemplate):  # 202: processing, poll it
        changed = client.templates.wait_until_processed(changed.id, poll=0.05, timeout=10)
    assert changed.name == "Riverside Members"
    assert client.templates.get(templates["membership"].id).colors.background == "#EEEEEE"


# --- readers -----------------------------------------------------------------------------


def test_create_a_reader_under_the_entity(client, sandbox) -> None:
    entity = entity_of(sandbox)
    created = client.readers.create(entity, ReaderInput(
        reader_id="south_entrance_01", name="South Entrance Reader 1", reader_type="VtapReader",
        password="Test789!", scan_enabled=True, redeem_enabled=False, qr_enabled=False))
    assert created.id == "south_entrance_01"
    assert created.reader_type == "VtapReader"
    assert "Test789!" not in str(created.to_resource())
    assert logged(sandbox, "POST", f"/api/v1/entities/{entity}/readers") == 1


def test_reader_update_is_legacy(client, sandbox) -> None:
    entity = entity_of(sandbox)
    created = client.readers.create(entity, ReaderInput(reader_id="east-1", name="East",
                                                        reader_type="PassentryReader",
                                                        password="pw-123456"))
    if is_strict(sandbox):
        with pytest.raises(NotOfferedError):
            client.readers.update(created.id, ReaderInput(qr_enabled=True))
        return
    updated = client.readers.update(created.id, ReaderInput(qr_enabled=True, name="East 1"))
    assert updated.qr_enabled is True
    assert updated.name == "East 1"


def test_switching_validation_to_external_is_a_sandbox_extension(client, sandbox) -> None:
    entity = entity_of(sandbox)
    change = ReaderConfigurationInput(validation_type=ValidationType.EXTERNAL,
                                      url="https://hub.example/validate", token="hub-token-1")
    if is_strict(sandbox):
        with pytest.raises(NotOfferedError, match="dashboard"):
            client.readers.update_configuration(entity, change)
        return
    config = client.readers.update_configuration(entity, change)
    assert config.validation_configuration.kind == "external"
    assert client.readers.configuration(entity).validation_configuration.url == \
        "https://hub.example/validate"


# --- scans -------------------------------------------------------------------------------


def test_internal_validation_scan_and_log_of_an_external_one(client) -> None:
    active = client.passes.list(status="active", per_page=1).records[0]
    reader = client.scans.list(per_page=1).records[0].reader_id
    checked = client.scans.create(ScanInput(reader, active.id, "barcode"))
    assert checked.ok
    assert checked.scan_info.pass_id == active.id
    assert checked.scan_info.validation_type == "internalValidation"
    logged_scan = client.scans.log(ScanLogInput(reader, "nfc", "failed", "PROMO-1",
                                                "Membership expired", active.ext_id))
    assert logged_scan.scan_info.validation_type == "externalValidation"
    back = client.scans.get(logged_scan.scan_info.scan_id)
    assert back.status == "failed"
    assert back.status_detail == "Membership expired"


# --- webhook subscriptions, batches, images ---------------------------------------------


def test_webhook_subscription_create_update_rotate(client) -> None:
    created = client.webhook_subscriptions.create(WebhookSubscriptionInput(
        "https://example.com/webhook", True, ["passInstalled", "passRemoved"]))
    assert created.secret_key
    assert created.secret_key not in repr(created)
    updated = client.webhook_subscriptions.update(created.id, WebhookSubscriptionInput(
        enabled=False, subscribed_events=["passScanned"]))
    assert updated.enabled is False
    assert updated.subscribed_events == ["passScanned"]
    rotated = client.webhook_subscriptions.rotate_secret(created.id)
    assert rotated.secret_key != created.secret_key
    assert client.webhook_subscriptions.get(created.id).secret_key == rotated.secret_key


def test_batches_create_passes_and_schedule_a_wallet_message(client, sandbox,
                                                             templates) -> None:
    created = client.batches.create_passes(
        "ext_id,group_tags\nbatch-1,vip\nbatch-2,vip\n", templates["membership"].id,
        name="Two passes")
    assert created.type == "passCreation"
    assert client.batches.get(created.id).id == created.id
    when = datetime.now(UTC) + timedelta(days=2)
    message = client.batches.wallet_messaging(entity_of(sandbox), WalletMessageInput(
        "Hello, World!", when.replace(microsecond=0), segments=[{"groupTag": "vip"}]))
    assert message.type == "walletMessaging"
    assert message.content == "Hello, World!"
    cancelled = client.batches.cancel(message.id)
    assert cancelled.status == "cancelled"
    assert {b.id for b in client.batches.iter()} >= {created.id, message.id}


def test_image_asset_create_list_show(client) -> None:
    created = client.image_assets.create(ImageAssetInput(
        "banner", "https://example.com/silver_tier_banner.png", "Silver tier banner"))
    assert created.image_type == "banner"
    assert client.image_assets.get(created.id).name == "Silver tier banner"
    assert created.id in {a.id for a in client.image_assets.iter(image_type="banner")}


# --- legacy events -------------------------------------------------------------------------


def test_create_and_update_an_event_where_offered(client, sandbox) -> None:
    start = datetime.now(LONDON).replace(microsecond=0) + timedelta(days=10)
    new = EventInput("Bob Marley Live", "The Lyceum Theatre", start,
                     start + timedelta(hours=4), "Europe/London")
    if is_strict(sandbox):
        with pytest.raises(NotOfferedError, match="creating events"):
            client.events.create(new)
        return
    created = client.events.create(new)
    assert created.name == "Bob Marley Live"
    assert client.events.get(created.id).venue_name == "The Lyceum Theatre"
    updated = client.events.update(created.id, EventInput(venue_name="Lyceum, Stage 2"))
    assert updated.venue_name == "Lyceum, Stage 2"
    assert updated.name == "Bob Marley Live"
