"""Every read method of the client against the sandbox over real loopback HTTP.

Written for PASSENTRY-API.md: documented routes must work in the default and
in the strict sandbox; legacy and sandbox-only routes work in the default one
and raise NotOfferedError in the strict one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.api import NotFoundError, NotOfferedError, PassQuery
from passdesk.core.records import (
    Entity,
    Event,
    ImageAsset,
    Pass,
    PassStatus,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    Scan,
    WebhookSubscription,
    parse_time,
)
from tests.integration.api.conftest import discover_templates, entity_of, is_strict

LIVE_STATUSES = [PassStatus.ISSUED, PassStatus.ACTIVE, PassStatus.REMOVED,
                 PassStatus.DEACTIVATED]


def test_check_connection_counts_the_passes_without_the_entities_list(read_client,
                                                                      sandbox_session) -> None:
    asked_before = sandbox_session.requests.count("GET", "/api/v1/entities")
    report = read_client.check_connection()
    assert report.pass_count >= 2000
    assert report.summary.startswith("Connected to 127.0.0.1")
    assert "2,0" in report.summary
    assert read_client.is_local
    # The shared sandbox has served other tests: only this call's requests count.
    assert sandbox_session.requests.count("GET", "/api/v1/entities") == asked_before


def test_probe_reports_no_failure_on_the_sandbox(read_client, sandbox_session) -> None:
    rows = {r.route: r for r in read_client.probe(entity_of(sandbox_session))}
    assert not [r for r in rows.values() if r.failed]
    for name in ("passes.list", "passes.get", "loyalty.get", "templates.get",
                 "templates.get_deprecated", "reader_configuration.get", "scans.list"):
        assert rows[name].outcome == "ok", rows[name]
    legacy = "not offered" if is_strict(sandbox_session) else "ok"
    assert rows["events.list"].outcome == legacy
    assert rows["templates.list"].outcome == legacy


def test_entities_are_legacy(read_client, sandbox_session) -> None:
    if is_strict(sandbox_session):
        with pytest.raises(NotOfferedError, match="entities"):
            read_client.entities.list()
        return
    entities = list(read_client.entities.iter())
    assert len(entities) == 2
    assert all(isinstance(e, Entity) and e.name for e in entities)
    one = read_client.entities.get(entities[0].id)
    assert one.name == entities[0].name
    assert one.pass_deeplinks["apple"].startswith("shoebox://")


def test_templates_found_from_passes_read_in_both_shapes(read_client) -> None:
    templates = discover_templates(read_client)
    assert sorted(t.template_type for t in templates) == ["eventTicket", "generic", "loyalty"]
    assert read_client.templates.route_in_use == "current"
    for current in templates:
        assert isinstance(current, PassTemplate)
        assert current.shape == "current"
        assert current.field_ids(), f"{current.name} has no fields"
        old = read_client._core.request("GET", f"/pass_templates/{current.id}").document().one()
        assert old.shape == "deprecated"
        assert set(old.field_ids()) == set(current.field_ids())
        assert old.name == current.name


def test_template_list_is_a_sandbox_extension(read_client, sandbox_session) -> None:
    if is_strict(sandbox_session):
        with pytest.raises(NotOfferedError):
            read_client.templates.list()
        return
    listed = {t.id for t in read_client.templates.iter()}
    assert listed == {t.id for t in discover_templates(read_client)}


def test_tickets_carry_their_event_and_the_events_list_is_legacy(read_client,
                                                                 sandbox_session) -> None:
    tickets = read_client.passes.list(per_page=100).records
    with_event = [p for p in tickets if p.event_name]
    assert with_event, "no ticket carries enhancedEventData"
    assert all(p.event_start and p.venue_name for p in with_event)
    if is_strict(sandbox_session):
        with pytest.raises(NotOfferedError, match="events list"):
            read_client.events.list()
        return
    events = list(read_client.events.iter())
    assert len(events) == 3
    assert {e.name for e in events} >= {p.event_name for p in with_event}
    now = datetime.now(UTC)
    running = [e for e in events if parse_time(e.start_time) <= now <= parse_time(e.end_time)]
    one = read_client.events.get(running[0].id)
    assert isinstance(one, Event)
    assert one.passes_count > 0


def test_pass_pages_follow_links_and_visit_every_pass_once(read_client) -> None:
    pages = list(read_client.passes.pages(per_page=100))
    ids = [p.id for page in pages for p in page.records]
    assert len(ids) == pages[0].meta.total_count >= 2000
    assert len(set(ids)) == len(ids)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert pages[-1].meta.next_link is None


def test_pages_resume_from_a_given_page(read_client) -> None:
    all_ids = [p.id for p in read_client.passes.iter(per_page=50)]
    resumed = [p.id for page in read_client.passes.pages(per_page=50, start_page=3)
               for p in page.records]
    assert resumed == all_ids[100:]


@pytest.mark.parametrize("status", LIVE_STATUSES)
def test_filter_by_status(read_client, status: PassStatus) -> None:
    page = read_client.passes.list(status=status, per_page=100)
    assert page.records, f"no {status} passes in the demo data"
    assert {p.status for p in page.records} == {status}


def test_current_pass_attributes(read_client) -> None:
    passes = read_client.passes.list(per_page=100).records
    assert {p.device_type for p in passes if p.device_type} <= {"android", "iphone"}
    assert any(p.device_type == "iphone" for p in passes)
    assert all(isinstance(p.group_tags, list) for p in passes)
    assert all(p.barcode is None or p.barcode.kind in (None, "qr", "code128", "aztec",
                                                       "pdf417") for p in passes)
    assert any(p.barcode_message for p in passes)


def test_filters_by_template_device_group_and_dates(read_client) -> None:
    template = discover_templates(read_client)[0]
    by_uuid = read_client.passes.list(pass_template_uuid=template.id)
    by_name = read_client.passes.list(pass_template_name=template.name)
    assert by_uuid.meta.total_count == by_name.meta.total_count > 0
    assert {p.pass_template_uuid for p in by_uuid.records} == {template.id}

    for device in ("android", "iphone"):
        page = read_client.passes.list(device_type=device)
        assert page.records
        assert {p.device_type for p in page.records} == {device}

    sample = read_client.passes.list(per_page=1).records[0]
    tagged = read_client.passes.list(group_tag=sample.group_tag)
    assert {p.group_tag for p in tagged.records} == {sample.group_tag}

    cut = datetime.now(UTC) - timedelta(days=30)
    newer = list(read_client.passes.iter(created_after=cut))
    older = list(read_client.passes.iter(created_before=cut))
    assert newer
    assert older
    assert all(parse_time(p.created_at) > cut for p in newer)
    assert all(parse_time(p.created_at) < cut for p in older)


def test_sparse_fieldsets_and_includes(read_client) -> None:
    sparse = read_client.passes.list(query=PassQuery(fields=["status", "extId"]), per_page=5)
    assert all(set(p.key_order) <= {"status", "extId"} for p in sparse.records)
    assert all(p.status for p in sparse.records)

    plain = read_client.passes.list(per_page=100).records
    assert all(p.pass_design is None for p in plain)
    designed = read_client.passes.list(include_pass_design=True, per_page=100).records
    assert all(p.pass_design is not None for p in designed)
    with_places = list(read_client.passes.iter(include_locations=True, include_beacons=True))
    assert any(p.locations for p in with_places)
    assert any(p.beacons for p in with_places)


def test_get_pass_by_id_and_by_ext_id_with_includes(read_client) -> None:
    listed = next(p for p in read_client.passes.iter(include_locations=True) if p.locations)
    by_id = read_client.passes.get(listed.id, include_locations=True, include_pass_design=True)
    by_ext = read_client.passes.get(listed.ext_id)
    assert isinstance(by_id, Pass)
    assert by_id.id == by_ext.id == listed.id
    assert by_id.locations == listed.locations
    assert by_id.pass_design is not None
    assert by_ext.locations is None  # not asked for


def test_loyalty_balance_by_ext_id(read_client) -> None:
    loyalty = next(t for t in discover_templates(read_client) if t.template_type == "loyalty")
    card = read_client.passes.list(pass_template_uuid=loyalty.id, per_page=1).records[0]
    by_ext = read_client.loyalty.get(card.ext_id)
    assert by_ext.record.id == card.id
    assert by_ext.balance == read_client.loyalty.get(card.id).balance


def test_pass_source_only_for_passes_not_active(read_client) -> None:
    issued = read_client.passes.list(status="issued", per_page=1).records[0]
    active = read_client.passes.list(status="active", per_page=1).records[0]
    apple = read_client.passes.get(issued.id, include_pass_source="apple")
    google = read_client.passes.get(issued.id, include_pass_source="google")
    assert apple.pass_source.apple_base64
    assert google.pass_source.google_download_url.startswith("https://")
    assert read_client.passes.get(active.id, include_pass_source="apple").pass_source is None


def test_reader_configuration_of_the_entity(read_client, sandbox_session) -> None:
    config = read_client.readers.configuration(entity_of(sandbox_session))
    assert isinstance(config, ReaderConfiguration)
    assert config.validation_configuration.kind in ("internal", "external")
    assert config.nfc_private_key.startswith("-----BEGIN")
    assert config.nfc_private_key not in repr(config)


def test_reader_list_and_show_are_legacy(read_client, sandbox_session) -> None:
    if is_strict(sandbox_session):
        with pytest.raises(NotOfferedError):
            read_client.readers.list()
        return
    readers = list(read_client.readers.iter())
    assert sorted(r.reader_type for r in readers) == ["PassentryReader", "VtapReader"]
    one = read_client.readers.get(readers[0].id)
    assert isinstance(one, Reader)
    assert one.name == readers[0].name
    assert "password" not in one.to_json()


def test_scans_list_and_show(read_client) -> None:
    scans = read_client.scans.list(per_page=10).records
    assert scans
    assert all(isinstance(s, Scan) for s in scans)
    one = read_client.scans.get(scans[0].id)
    assert one.scan_type in ("nfc", "barcode")
    assert one.status in ("successful", "failed")
    assert one.pass_id
    assert one.reader_id


def test_webhook_subscriptions_batches_and_images_list(read_client) -> None:
    assert all(isinstance(s, WebhookSubscription)
               for s in read_client.webhook_subscriptions.iter())
    assert read_client.batches.list().meta is not None
    assert all(isinstance(a, ImageAsset) for a in read_client.image_assets.iter())


def test_unknown_ids_are_not_found(read_client, sandbox_session) -> None:
    calls = [read_client.passes.get, read_client.templates.get, read_client.loyalty.get,
             read_client.scans.get, read_client.batches.get, read_client.image_assets.get,
             read_client.webhook_subscriptions.get]
    for call in calls:
        with pytest.raises(NotFoundError) as info:
            call("does-not-exist")
        assert not isinstance(info.value, NotOfferedError)
    with pytest.raises(NotFoundError):
        read_client.readers.configuration("no-such-entity")
    legacy = [read_client.events.get, read_client.readers.get, read_client.entities.get]
    for call in legacy:
        with pytest.raises(NotFoundError):  # NotOfferedError when strict: also a NotFound
            call("does-not-exist")
