"""Pull from an account whose API has only the documented routes (a strict sandbox).

The entities, events and readers lists (legacy) and the template list
(sandbox-only) answer 404: each is skipped and remembered as not offered.
Templates come one by one from the passes' ``passTemplateUuid`` and from ids a
person added; events come from the passes' ``enhancedEventData``; the reader
configuration from the entity-scoped route; nullified passes from the status
check with ``includeNullified``.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.store import rows, sync_state, template_ids
from passdesk.store.schema import Event, Pass, PassTemplate, ReaderConfiguration
from passdesk.sync.entity import known_entity_id
from passdesk.sync.pull import PullReport, PullSync

NOT_OFFERED = {sync_state.ENTITIES, sync_state.EVENTS, sync_state.READERS,
               sync_state.TEMPLATE_LIST}


@pytest.fixture
def api(strict):
    with PassEntryClient(strict.base_url, "demo") as client:
        yield client


def test_a_full_pull_on_documented_routes_only(strict, api, db) -> None:
    entity = strict.state.default_entity_id
    report = PullSync(api, db, entity_id=entity).run(reconcile=False)
    remote = {p.id: p for p in api.passes.iter()}
    assert set(report.not_offered) == NOT_OFFERED
    assert report.entity_id == entity
    with db.session() as s:
        assert set(sync_state.not_offered(s)) == NOT_OFFERED
        stored = {p.id: p for p in s.scalars(select(Pass))}
        assert set(stored) == set(remote)
        # Templates: the ones the passes name, each read by id.
        assert set(s.scalars(select(PassTemplate.id))) == \
            {p.pass_template_uuid for p in remote.values()}
        # Events: from the tickets' enhancedEventData, read-only.
        events = {e.id: e for e in s.scalars(select(Event))}
        tickets = [p for p in remote.values() if p.enhanced_event_data is not None]
        assert tickets
        assert {e.source for e in events.values()} == {rows.EVENT_FROM_PASSES}
        for record in tickets:
            event_id = rows.event_id_of(record.enhanced_event_data)
            assert stored[record.id].event_id == event_id
            assert events[event_id].name == record.event_name
        assert {p.event_id for p in stored.values() if p.id not in
                {t.id for t in tickets}} == {None}
        # Codes by source, iPhones in the current word.
        for record in list(remote.values())[:200]:
            assert stored[record.id].barcode_value == record.barcode_message
            assert stored[record.id].device_type in (None, "android", "iphone")
        assert s.get(ReaderConfiguration, entity) is not None
    paths = {(e.method, e.path, e.status) for e in strict.requests.entries()}
    assert ("GET", "/api/v1/pass-templates", 404) in paths  # asked once, not relied on
    template_gets = {p for m, p, status in paths
                     if m == "GET" and p.startswith("/api/v1/pass-templates/") and status == 200}
    assert len(template_gets) == len({p.pass_template_uuid for p in remote.values()})
    assert ("GET", f"/api/v1/entities/{entity}/readerConfiguration", 200) in paths
    assert not any("eventUuid" in p or p.startswith("/api/v1/events/") for _m, p, _s in paths)


def test_without_an_entity_id_the_reader_configuration_waits(api, db) -> None:
    report = PullSync(api, db).run(reconcile=False)
    assert report.entity_id is None
    assert known_entity_id(db) is None
    with db.session() as s:
        assert s.scalar(select(ReaderConfiguration.id)) is None


def test_an_id_a_person_added_is_fetched_and_a_wrong_one_remembered(strict, api, db) -> None:
    wanted = next(iter(strict.state.templates))
    with db.session() as s:
        template_ids.want(s, wanted)
        template_ids.want(s, "no-such-template")
    report = PullReport()
    PullSync(api, db).pull_templates_by_id(report)  # the store has no passes yet
    assert report.templates_fetched == 1
    with db.session() as s:
        assert s.get(PassTemplate, wanted) is not None
        missing = template_ids.missing(s)
    assert set(missing) == {"no-such-template"}


def test_a_pass_nullified_elsewhere_is_nullified_here(strict, api, db) -> None:
    entity = strict.state.default_entity_id
    PullSync(api, db, entity_id=entity).run(reconcile=False)
    victim = next(p for p in api.passes.list(status="active", per_page=5).records)
    api.passes.nullify(victim.id)
    report = PullSync(api, db, entity_id=entity).run(reconcile=True)
    assert report.status_changes >= 1
    with db.session() as s:
        row = s.get(Pass, victim.id)
        assert row.status == "nullified"
        assert row.nullified_at is not None
        assert row.ext_id is None  # freed for a new pass
    listed = [e for e in strict.requests.entries() if e.path == "/api/v1/passes"]
    assert listed
