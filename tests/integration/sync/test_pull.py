"""Pull sync against the sandbox into a real SQLite file."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select, text

from passdesk.core.payloads import PassInput
from passdesk.core.records import parse_time
from passdesk.store import passes as pass_store
from passdesk.store import rows
from passdesk.store.schema import Entity, Event, Pass, PassTemplate, Reader, ReaderConfiguration
from passdesk.sync.progress import SyncCancelled
from passdesk.sync.pull import MAX_PAGES_PER_TRANSACTION, PullSync


def sandbox_passes(api) -> dict:
    return {p.id: p for p in api.passes.iter(include_pass_design=False)}


def test_full_sync_gives_a_store_equal_to_the_sandbox(api, db, sandbox) -> None:
    """Also on a strict sandbox (PASSDESK_SANDBOX_STRICT=1): no entities, readers or
    events lists there; events then come from the tickets alone."""
    progress = []
    entity = sandbox.state.default_entity_id  # as entered in Settings
    report = PullSync(api, db, on_progress=progress.append, entity_id=entity).run()
    remote = sandbox_passes(api)
    legacy = not sandbox.strict
    assert report.mode == "full"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Entity)) == (2 if legacy else 0)
        assert s.scalar(select(func.count()).select_from(PassTemplate)) == 3
        assert s.scalar(select(func.count()).select_from(Event)) == (3 if legacy else len(
            {rows.event_id_of(p.enhanced_event_data) for p in remote.values()} - {None}))
        assert s.scalar(select(func.count()).select_from(Reader)) == (2 if legacy else 0)
        assert s.get(ReaderConfiguration, entity) is not None
        stored = {p.id: p for p in s.scalars(select(Pass))}
        assert set(stored) == set(remote)
        # Field by field on a sample of 50.
        for pass_id in random.Random(7).sample(sorted(remote), 50):
            record, row = remote[pass_id], stored[pass_id]
            assert row.attributes == record.to_json()
            assert row.status == record.status
            assert row.ext_id == record.ext_id
            assert row.nfc_value == (record.nfc if record.nfc != record.id else None)
            assert row.barcode_value == record.barcode_message
            assert row.created_at == parse_time(record.created_at)
            assert row.template_id == record.pass_template_uuid
            assert row.display_name
        # Every ticket knows its event (from its enhancedEventData, matched to the
        # events list by name and start), as the sandbox lists them.
        for event in (api.events.iter() if legacy else ()):
            members = {p.id for p in api.passes.iter(event_uuid=event.id)}
            assert {i for i, p in stored.items() if p.event_id == event.id} == members
        for record in remote.values():
            if not legacy and record.enhanced_event_data is not None:
                assert stored[record.id].event_id == rows.event_id_of(
                    record.enhanced_event_data)
        # The planner's counts are fresh, so a combination of list filters
        # walks the most selective index.
        stats = dict(s.execute(text(
            "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'passes'")).all())
        assert int(stats["ix_passes_group_created"].split()[0]) == len(remote)
    phases = {p.phase for p in progress}
    assert ({"entities", "templates"} if legacy else {"templates by id"}) <= phases
    assert "passes (full)" in phases
    assert "event passes" not in phases  # no event's passes are listed any more
    last = [p for p in progress if p.phase == "passes (full)"][-1]
    assert last.done == last.total == len(remote)
    assert last.rate_per_s > 0


def test_second_sync_fetches_only_new_passes(api, db, sandbox) -> None:
    PullSync(api, db).run()
    template = next(iter(sandbox_passes(api).values())).pass_template_uuid
    new = [api.passes.create(PassInput(template, {"fullName": f"New Person {n}"}))
           for n in range(5)]
    report = PullSync(api, db).run(reconcile=False)
    assert report.mode == "incremental"
    assert report.passes_inserted == 5
    # Only the new ones, plus the re-read of the watermark's last second.
    with db.session() as s:
        newest_old = max(p.created_at for p in s.scalars(select(Pass))
                         if p.id not in {n.id for n in new})
        same_second = s.scalar(select(func.count()).select_from(Pass).where(
            Pass.created_at >= newest_old.replace(microsecond=0)
            - __import__("datetime").timedelta(seconds=1),
            Pass.id.not_in([n.id for n in new])))
        assert report.passes_fetched == 5 + same_second
        assert pass_store.count(s) == len(sandbox_passes(api))
        assert s.get(Pass, new[0].id).display_name == "New Person 0"


def test_reconciliation_picks_up_status_changes(api, db) -> None:
    PullSync(api, db).run()
    # From a later page: the newest pass is re-read by the incremental overlap anyway.
    active = api.passes.list(status="active", per_page=3, page=5).records
    for p in active:
        api.passes.deactivate(p.id)
    report = PullSync(api, db).run(reconcile=True)
    assert report.status_changes == 3
    assert report.passes_reconciled == len(sandbox_passes(api))
    with db.session() as s:
        for p in active:
            row = s.get(Pass, p.id)
            assert row.status == "deactivated"
            assert row.deactivated_at is not None
            assert row.attributes["status"] == "deactivated"
            assert row.attributes["passContent"] == p.pass_content  # merged, not replaced


class Killed(Exception):
    """Stands in for the process dying right after a page was committed."""


def test_a_sync_killed_halfway_resumes_without_duplicates_or_gaps(api, db, sandbox) -> None:
    """Pages fetched ahead go in one transaction together (pull.py), so the kill
    after page 7's progress finds 7 or more whole pages committed: how many
    depends on how far the fetching threads got. Whatever it was, the next pull
    starts at the page after them and fetches exactly the rest."""
    def die_after_seven_pages(progress) -> None:
        if progress.phase == "passes (full)" and progress.pages == 7:
            raise Killed

    with pytest.raises(Killed):
        PullSync(api, db, on_progress=die_after_seven_pages).run()
    remote = sandbox_passes(api)
    with db.session() as s:
        stored = pass_store.count(s)
    assert stored % 100 == 0  # whole pages
    # Page 7's transaction, and at most the pages it took with it; not all of them.
    assert 700 <= stored <= 700 + (MAX_PAGES_PER_TRANSACTION - 1) * 100 < len(remote)
    sandbox.requests.clear()
    report = PullSync(api, db).run(reconcile=False)
    assert report.mode == "full"
    assert report.first_page == stored // 100 + 1
    with db.session() as s:
        ids = list(s.scalars(select(Pass.id)))
    assert len(ids) == len(set(ids)) == len(remote)
    assert set(ids) == set(remote)
    assert report.passes_fetched == len(remote) - stored


def test_cancel_stops_between_pages_and_keeps_what_was_committed(api, db) -> None:
    import threading

    cancel = threading.Event()

    def cancel_after_three(progress) -> None:
        if progress.phase.startswith("passes") and progress.pages == 3:
            cancel.set()

    with pytest.raises(SyncCancelled):
        PullSync(api, db, on_progress=cancel_after_three, cancel=cancel).run()
    with db.session() as s:
        stored = pass_store.count(s)
    # Page 3's transaction may have held the pages fetched with it (pull.py): whole
    # pages, and the cancel heard before the next transaction.
    assert stored % 100 == 0
    assert 300 <= stored <= 300 + (MAX_PAGES_PER_TRANSACTION - 1) * 100


def test_a_cancel_during_the_search_rebuild_stops_it_within_a_step(api, db, monkeypatch) -> None:
    """At a million passes the rebuild a full pull ends with takes seconds; a cancel
    (the app closing) ends it at the next step, and the next full pull rebuilds."""
    import threading

    from passdesk.store import search

    cancel = threading.Event()
    steps = []
    real_step, real_rebuild = search._rebuild_step, search.rebuild_index_in_steps

    def step_then_cancel(session, limit):
        steps.append(limit)
        if len(steps) == 2:
            cancel.set()
        return real_step(session, limit)

    monkeypatch.setattr(search, "_rebuild_step", step_then_cancel)
    monkeypatch.setattr(search, "rebuild_index_in_steps",
                        lambda database, **kw: real_rebuild(database, 10, **kw))
    with pytest.raises(SyncCancelled):
        PullSync(api, db, cancel=cancel).run()
    with db.session() as s:
        passes = pass_store.count(s)
        assert passes > 100  # every page was written: ten more steps were left
        assert search.indexing_suspended(s)  # a search does not pretend it is whole
    assert len(steps) == 2
    PullSync(api, db).run()
    with db.session() as s:
        assert not search.indexing_suspended(s)
        last_id, last_name = s.execute(select(Pass.id, Pass.display_name)
                                       .where(Pass.display_name.is_not(None))
                                       .order_by(text("passes.rowid DESC")).limit(1)).one()
        assert last_id in search.search_ids(s, last_name, limit=50)  # indexed again
