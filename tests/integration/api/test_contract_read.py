"""Every read method of the client against the sandbox over real loopback HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.api import NotFoundError, PassQuery
from passdesk.core.records import (
    Entity,
    Event,
    Pass,
    PassStatus,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    parse_time,
)


def test_check_connection_names_the_entities(read_client) -> None:
    report = read_client.check_connection()
    assert report.entity_count == 2
    assert len(report.entity_names) == 2
    assert report.summary.startswith("Connected to 127.0.0.1")
    assert read_client.is_local


def test_entities_list_and_get(read_client) -> None:
    entities = list(read_client.entities.iter())
    assert len(entities) == 2
    assert all(isinstance(e, Entity) and e.name for e in entities)
    one = read_client.entities.get(entities[0].id)
    assert one.name == entities[0].name
    assert one.pass_deeplinks["apple"].startswith("shoebox://")


def test_templates_list_and_get_with_slots(read_client) -> None:
    templates = list(read_client.templates.iter())
    assert sorted(t.template_type for t in templates) == ["eventTicket", "generic", "storeCard"]
    for listed in templates:
        one = read_client.templates.get(listed.id)
        assert isinstance(one, PassTemplate)
        assert one.to_json() == listed.to_json()
        assert one.field_ids(), f"{one.name} has no fields"
        assert list(one.header) == ["header_one", "header_two", "header_three"]


def test_events_list_and_get_with_passes_count(read_client) -> None:
    events = list(read_client.events.iter())
    assert len(events) == 3
    now = datetime.now(UTC)
    running = [e for e in events if parse_time(e.start_time) <= now <= parse_time(e.end_time)]
    assert len(running) == 1
    one = read_client.events.get(running[0].id)
    assert isinstance(one, Event)
    assert one.passes_count > 0
    ticket_count = sum(1 for _ in read_client.passes.iter(event_uuid=one.id))
    assert ticket_count == one.passes_count


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


@pytest.mark.parametrize("status", list(PassStatus))
def test_filter_by_status(read_client, status: PassStatus) -> None:
    page = read_client.passes.list(status=status, per_page=100)
    assert page.records, f"no {status} passes in the demo data"
    assert {p.status for p in page.records} == {status}


def test_filters_by_template_device_group_and_dates(read_client) -> None:
    template = next(read_client.templates.iter())
    by_uuid = read_client.passes.list(pass_template_uuid=template.id)
    by_name = read_client.passes.list(pass_template_name=template.name)
    assert by_uuid.meta.total_count == by_name.meta.total_count > 0
    assert {p.pass_template_uuid for p in by_uuid.records} == {template.id}

    android = read_client.passes.list(device_type="android")
    assert android.records
    assert {p.device_type for p in android.records} == {"android"}

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


def test_filter_by_event_name_matches_event_uuid(read_client) -> None:
    event = next(read_client.events.iter())
    by_name = read_client.passes.list(event_name=event.name)
    by_uuid = read_client.passes.list(event_uuid=event.id)
    assert by_name.meta.total_count == by_uuid.meta.total_count


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


def test_pass_source_only_for_passes_not_active(read_client) -> None:
    issued = read_client.passes.list(status="issued", per_page=1).records[0]
    active = read_client.passes.list(status="active", per_page=1).records[0]
    apple = read_client.passes.get(issued.id, include_pass_source="apple")
    google = read_client.passes.get(issued.id, include_pass_source="google")
    assert apple.pass_source.apple_base64
    assert google.pass_source.google_download_url.startswith("https://")
    assert read_client.passes.get(active.id, include_pass_source="apple").pass_source is None


def test_readers_and_configuration(read_client) -> None:
    readers = list(read_client.readers.iter())
    assert sorted(r.reader_type for r in readers) == ["PassentryReader", "VtapReader"]
    one = read_client.readers.get(readers[0].id)
    assert isinstance(one, Reader)
    assert one.name == readers[0].name
    assert "password" not in one.to_json()
    config = read_client.readers.configuration()
    assert isinstance(config, ReaderConfiguration)
    assert config.validation_configuration.validation_type == "internal"
    assert config.nfc_private_key.startswith("-----BEGIN")
    assert config.nfc_private_key not in repr(config)


def test_unknown_ids_are_not_found(read_client) -> None:
    for call in (read_client.passes.get, read_client.events.get, read_client.readers.get,
                 read_client.templates.get, read_client.entities.get):
        with pytest.raises(NotFoundError):
            call("does-not-exist")
