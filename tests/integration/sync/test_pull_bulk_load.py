"""A full pull's fast write path (raw executemany, row triggers set aside, search rebuilt
once, the pull's own checkpoints) against the sandbox into a real SQLite file: what it
stores, and how a write or fetch error stops it and how the next pull resumes."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from passdesk.api import ApiError
from passdesk.store import bulk_load, search, sync_state
from passdesk.store import passes as pass_store
from passdesk.store import upsert as upsert_module
from passdesk.store.database import Database
from passdesk.store.schema import Pass
from passdesk.sync.pull import PASSES_KEY, PullSync

ALL_PASS_TRIGGERS = {*bulk_load.TRIGGERS, "passes_fts_delete", "passes_fts_code_delete",
                     "passdesk_changed_passes_delete"}


def pass_triggers(db) -> set[str]:
    with db.session() as s:
        return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = 'passes'")))


def passes_counter(db) -> int:
    with db.session() as s:
        return s.scalar(text("SELECT version FROM change_counters WHERE topic = 'passes'"))


def full_pull_again(db) -> None:
    with db.session() as s:
        sync_state.clear(s, PASSES_KEY)


def poison(db, pass_id: str) -> None:
    """Writing this pass fails (a trigger of the test's own, not one set aside)."""
    with db.session() as s:
        s.execute(text(f"CREATE TRIGGER test_poison BEFORE INSERT ON passes "
                       f"WHEN new.id = '{pass_id}' BEGIN SELECT RAISE(ABORT, 'boom'); END"))


def test_a_full_pull_stores_every_pass_and_puts_everything_back(api, db, sandbox) -> None:
    before = passes_counter(db)
    report = PullSync(api, db).run(reconcile=False)
    assert report.mode == "full"
    remote = {p.id: p for p in api.passes.iter(include_pass_design=False)}
    with db.session() as s:
        assert pass_store.count(s) == len(remote) == report.passes_fetched
        assert not search.indexing_suspended(s)
        assert not bulk_load.is_set_aside(s)
    assert pass_triggers(db) == ALL_PASS_TRIGGERS
    # Desks heard each page, though no row trigger counted the rows.
    assert passes_counter(db) - before >= report.pages
    someone = next(p for p in remote.values() if p.ext_id and p.barcode_message)
    found = search.search_passes(db, someone.barcode_message)
    assert [h.id for h in found[:1]] == [someone.id]
    name_hits = search.search_passes(db, someone.ext_id)
    assert someone.id in [h.id for h in name_hits]


def test_a_second_full_pull_keeps_the_balance_and_takes_what_changed(api, db, sandbox) -> None:
    PullSync(api, db).run(reconcile=False)
    with db.session() as s:
        mine = s.scalars(select(Pass).where(Pass.ext_id.is_not(None)).limit(2)).all()
        kept, changed = mine[0].id, mine[1].id
        s.get(Pass, kept).loyalty_balance = 77
    sandbox.state.passes[changed].attributes["latestMessage"] = "Gate B tonight"
    full_pull_again(db)
    PullSync(api, db).run(reconcile=False)
    with db.session() as s:
        assert s.get(Pass, kept).loyalty_balance == 77
        assert s.get(Pass, changed).latest_message == "Gate B tonight"
        assert pass_store.count(s) == len(sandbox.state.passes) - sum(
            p.nullified for p in sandbox.state.passes.values())
    assert pass_triggers(db) == ALL_PASS_TRIGGERS
    # Live indexing is back: a pass written after the pull is found at once.
    with db.session() as s:
        s.get(Pass, kept).display_name = "Quentin Zyx"
    assert [h.id for h in search.search_passes(db, "zyx")] == [kept]


def test_a_write_error_on_page_four_stops_the_pull_and_the_next_resumes(api, db) -> None:
    # Mid-page, with a code to search it by (some of the sandbox's passes have none).
    fourth_page_pass = next(p.id for p in api.passes.list(per_page=100, page=4).records[50:]
                            if p.barcode_message)
    poison(db, fourth_page_pass)
    with pytest.raises(IntegrityError) as caught:
        PullSync(api, db).run(reconcile=False)
    assert str(caught.value).startswith("(sqlite3.IntegrityError) boom")
    with db.session() as s:
        assert pass_store.count(s) == 300  # pages 1-3; page 4 was one transaction
        assert sync_state.read(s, PASSES_KEY)["next_page"] == 4
        assert search.indexing_suspended(s)  # the resumed pull still rebuilds
        assert not bulk_load.is_set_aside(s)
    assert pass_triggers(db) == ALL_PASS_TRIGGERS | {"test_poison"}
    with db.session() as s:
        s.execute(text("DROP TRIGGER test_poison"))
    report = PullSync(api, db).run(reconcile=False)
    assert (report.mode, report.first_page) == ("full", 4)
    with db.session() as s:
        assert pass_store.count(s) == 300 + report.passes_fetched
        assert not search.indexing_suspended(s)
        code = s.get(Pass, fourth_page_pass).barcode_value
    assert search.search_passes(db, code)[0].id == fourth_page_pass


def writer_behind(monkeypatch) -> list[int]:
    """Every transaction takes as many pages as it may, as when the writer is behind its
    fetchers; returns the pages of each transaction written."""
    from passdesk.sync import page_fetch, pull

    monkeypatch.setattr(page_fetch.PagesAhead, "_ready",
                        staticmethod(lambda future: future.exception() is None))
    monkeypatch.setattr(pull.PullSync, "_pages_per_transaction", lambda self: 3)
    sizes: list[int] = []
    write = pull.PullSync._write_pass_pages

    def counted(self, batch, *args):
        newest = write(self, batch, *args)
        sizes.append(len(batch))
        return newest

    monkeypatch.setattr(pull.PullSync, "_write_pass_pages", counted)
    return sizes


def test_a_writer_behind_writes_pages_several_to_a_transaction(api, db, sandbox,
                                                              monkeypatch) -> None:
    sizes = writer_behind(monkeypatch)
    before = passes_counter(db)
    report = PullSync(api, db).run(reconcile=False)
    assert sizes[0] == 3
    assert sum(sizes) == report.pages
    with db.session() as s:
        assert pass_store.count(s) == report.passes_fetched == len(
            {p.id for p in api.passes.iter(include_pass_design=False)})
        assert sync_state.read(s, PASSES_KEY)["watermark"]
    assert passes_counter(db) - before >= report.pages


def test_a_write_error_in_a_transaction_of_pages_keeps_the_pages_before(api, db,
                                                                       monkeypatch) -> None:
    """Pages 4-6 go in one transaction; page 5 fails: the pages are written again one
    to a transaction, so page 4 stays, and the next pull resumes at page 5."""
    sizes = writer_behind(monkeypatch)
    fifth_page_pass = [p.id for p in api.passes.list(per_page=100, page=5).records][30]
    poison(db, fifth_page_pass)
    with pytest.raises(IntegrityError):
        PullSync(api, db).run(reconcile=False)
    assert sizes == [3, 1]  # pages 1-3, then page 4 alone (page 5 raised)
    with db.session() as s:
        assert pass_store.count(s) == 400
        assert sync_state.read(s, PASSES_KEY)["next_page"] == 5
    with db.session() as s:
        s.execute(text("DROP TRIGGER test_poison"))
    report = PullSync(api, db).run(reconcile=False)
    assert report.first_page == 5
    with db.session() as s:
        assert pass_store.count(s) == 400 + report.passes_fetched


def statement_path(session, table, rows, *, update) -> int:
    """The passes' upsert as it was: SQLAlchemy's statement, unconverted rows."""
    return upsert_module.statement_upsert(session, table, rows, update)


def test_the_write_error_reads_as_the_statement_paths_did(api, db, tmp_path,
                                                          monkeypatch) -> None:
    """The same words from the raw path and from SQLAlchemy's statement (the sync panel
    shows ``type: words``)."""
    from passdesk.store.database import Database

    bad = [p.id for p in api.passes.list(per_page=100, page=2).records][10]
    words = []
    for name, statement in (("raw", False), ("statement", True)):
        store = Database.open(f"sqlite:///{tmp_path / name}.sqlite3")
        poison(store, bad)
        with monkeypatch.context() as patch:
            if statement:
                # No rows made ahead for the driver: the pull writes through the upsert.
                patch.setattr(pass_store, "ready_groups", lambda rows: None)
                patch.setattr(pass_store, "upsert", statement_path)
            with pytest.raises(IntegrityError) as caught:
                PullSync(api, store).run(reconcile=False)
        words.append((type(caught.value).__name__, str(caught.value).splitlines()[0]))
        store.close()
    assert words[0] == words[1] == ("IntegrityError", "(sqlite3.IntegrityError) boom")


def test_a_fetch_error_mid_pull_stops_it_and_the_next_resumes(api, db, sandbox) -> None:
    def fail_soon(progress) -> None:
        if progress.phase == "passes (full)" and progress.pages == 2:
            sandbox.faults.set(malformed=1)

    with pytest.raises(ApiError):
        PullSync(api, db, on_progress=fail_soon).run(reconcile=False)
    with db.session() as s:
        stored = pass_store.count(s)
        cursor = sync_state.read(s, PASSES_KEY)
        assert stored % 100 == 0
        assert stored >= 200
        assert cursor["next_page"] == stored // 100 + 1
        assert not bulk_load.is_set_aside(s)
    assert pass_triggers(db) == ALL_PASS_TRIGGERS
    sandbox.faults.clear()
    report = PullSync(api, db).run(reconcile=False)
    assert report.first_page == stored // 100 + 1
    remote = {p.id for p in api.passes.iter(include_pass_design=False)}
    with db.session() as s:
        assert set(s.scalars(select(Pass.id))) == remote
        assert not search.indexing_suspended(s)


def test_triggers_left_aside_by_a_pull_that_died_come_back_with_the_next_pull(api, db,
                                                                            sandbox) -> None:
    PullSync(api, db).run(reconcile=False)
    with db.cache_session() as s:  # as a full pull that was killed leaves them
        assert bulk_load.set_aside(s)
    assert pass_triggers(db) == ALL_PASS_TRIGGERS - set(bulk_load.TRIGGERS)
    PullSync(api, db).run(reconcile=False)  # an incremental pull
    assert pass_triggers(db) == ALL_PASS_TRIGGERS
    with db.session() as s:
        assert not bulk_load.is_set_aside(s)


def test_triggers_left_aside_by_a_pull_that_died_come_back_when_the_store_opens(api, db,
                                                                              sandbox) -> None:
    """With the network down after the restart, no pull can put them back: opening does."""
    PullSync(api, db).run(reconcile=False)
    with db.cache_session() as s:
        assert bulk_load.set_aside(s)
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    reopened = Database.open(url)
    try:
        assert pass_triggers(reopened) == ALL_PASS_TRIGGERS
        with reopened.session() as s:
            assert not bulk_load.is_set_aside(s)
    finally:
        reopened.close()
