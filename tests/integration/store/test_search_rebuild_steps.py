"""The search indexes rebuilt in short steps (a full pull's end, migration 0016):
each step is its own transaction, anyone may write between two, and in the end
the indexes say exactly what the passes say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from passdesk.store import search
from passdesk.store.database import Database
from passdesk.store.schema import Pass

T0 = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
PASSES = 120


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    with database.session() as s:
        search.suspend_indexing(s)  # as a full pull loads
    with database.session() as s:
        s.add_all(Pass(id=f"p{n:03d}", display_name=f"Guest{n:03d} Person",
                       ext_id=f"crm-{n:03d}", barcode_value=f"TKT-{n:05d}-QQ",
                       created_at=T0, attributes={}) for n in range(PASSES))
    yield database
    database.close()


def names(db, typed: str) -> list[str]:
    with db.session() as s:
        return sorted(search.search_ids(s, typed, limit=500))


def index_matches_the_passes(db) -> None:
    """FTS5's own check of the name index against its content table, and every
    pass found by its number; nothing else is."""
    with db.session() as s:
        s.execute(text("INSERT INTO passes_fts(passes_fts, rank) VALUES ('integrity-check', 1)"))
        s.execute(text("INSERT INTO passes_fts_code(passes_fts_code) VALUES ('integrity-check')"))
        codes = s.execute(text("SELECT rowid, id, barcode_value, ext_id FROM passes")).all()
        for part in ("TKT", "0QQ", "CRM", "NEW", "LATE"):  # no entry left of an old code
            indexed = set(s.scalars(text("SELECT rowid FROM passes_fts_code "
                                         "WHERE passes_fts_code MATCH :q"), {"q": f'"{part}"'}))
            keyed = {rowid for rowid, _, barcode, ext in codes
                     if part in f"{search.code_key(barcode)} {search.code_key(ext)}"}
            assert indexed == keyed, part
    for _, pass_id, barcode, _ in codes:
        assert pass_id in names(db, barcode), barcode


def test_a_rebuild_in_steps_indexes_every_pass_and_turns_indexing_on(db) -> None:
    assert names(db, "Guest007") == []  # suspended: loaded without indexing
    steps = search.rebuild_index_in_steps(db, step=25)
    assert steps == 5  # 25, 25, 25, 25, then 20: fewer than a step, so the last
    with db.session() as s:
        assert not search.indexing_suspended(s)
    assert names(db, "Guest007") == ["p007"]
    assert names(db, "TKT-00119") == ["p119"]
    index_matches_the_passes(db)


def test_writes_between_steps_leave_the_indexes_true(db, monkeypatch) -> None:
    """Between steps a desk renames, adds and deletes passes on both sides of the
    part already rebuilt: the triggers keep that part, later steps read the rest."""
    real_step = search._rebuild_step
    calls = []

    def step_then_writes(session, limit):
        done = real_step(session, limit)
        calls.append(done)
        if len(calls) == 2:  # p000..p049 indexed, p050.. not yet
            writes.append(len(calls))
        return done

    writes: list[int] = []
    monkeypatch.setattr(search, "_rebuild_step", step_then_writes)
    original = Database.cache_session

    def cache_session(self):
        if writes:  # between two steps, in another transaction
            writes.clear()
            with self.session() as s:
                s.get(Pass, "p010").display_name = "Renamed Indexed"
                s.get(Pass, "p010").barcode_value = "NEW-CODE-A"
                s.get(Pass, "p090").display_name = "Renamed Later"
                s.delete(s.get(Pass, "p020"))
                s.delete(s.get(Pass, "p100"))
                s.add(Pass(id="late", display_name="Late Arrival", barcode_value="LATE-0001",
                           created_at=T0, attributes={}))
        return original(self)

    monkeypatch.setattr(Database, "cache_session", cache_session)
    search.rebuild_index_in_steps(db, step=25)
    assert len(calls) == 5
    assert names(db, "Renamed Indexed") == ["p010"]
    assert names(db, "Guest010") == []
    assert names(db, "NEW-CODE-A") == ["p010"]
    assert names(db, "TKT-00010") == []
    assert names(db, "Renamed Later") == ["p090"]
    assert names(db, "Guest020") == names(db, "Guest100") == []
    assert names(db, "Late Arrival") == ["late"]
    index_matches_the_passes(db)


def test_a_rebuild_cut_short_starts_again_and_ends_true(db, monkeypatch) -> None:
    real_step = search._rebuild_step
    calls = []

    def fails_third(session, limit):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk gone")
        return real_step(session, limit)

    monkeypatch.setattr(search, "_rebuild_step", fails_third)
    with pytest.raises(OSError, match="disk gone"):
        search.rebuild_index_in_steps(db, step=25)
    with db.session() as s:
        assert search.indexing_suspended(s)  # a search does not pretend it is whole
    monkeypatch.setattr(search, "_rebuild_step", real_step)
    with db.session() as s:  # a desk writes meanwhile, the indexed part is kept
        s.get(Pass, "p005").display_name = "Changed Meanwhile"
    search.rebuild_index_in_steps(db, step=25)
    assert names(db, "Changed Meanwhile") == ["p005"]
    index_matches_the_passes(db)
