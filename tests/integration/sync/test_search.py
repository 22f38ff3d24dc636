"""Name and ext id search over a synced store (FTS5)."""

from __future__ import annotations

import pytest

from passdesk.store import search
from passdesk.store.schema import Pass
from passdesk.sync.pull import PullSync


class Killed(Exception):
    pass


def test_search_after_a_full_pull_finds_names_by_prefix_and_without_accents(api, db) -> None:
    PullSync(api, db).run(reconcile=False)
    with db.session() as s:
        assert not search.indexing_suspended(s)
        sample = s.query(Pass).filter(Pass.display_name.isnot(None)).first()
        first, *_rest, last = sample.display_name.split()
        found = search.search_ids(s, f"{first[:3]} {last}", limit=500)
        assert sample.id in found
        assert sample.id in search.search_ids(s, sample.ext_id)
        assert search.search_ids(s, "zzzzqqq") == []
        assert search.search_ids(s, "  ") == []


def test_search_folds_accents_and_follows_local_edits(db) -> None:
    with db.session() as s:
        s.add(Pass(id="p1", display_name="Zoë Müller", ext_id="crm-77", attributes={}))
    with db.session() as s:
        assert search.search_ids(s, "zoe mull") == ["p1"]
        s.get(Pass, "p1").display_name = "Zoë Schmidt"
    with db.session() as s:
        assert search.search_ids(s, "muller") == []
        assert search.search_ids(s, "schmi") == ["p1"]


def test_a_full_pull_killed_halfway_still_ends_with_a_complete_index(api, db) -> None:
    def die(progress) -> None:
        if progress.phase == "passes (full)" and progress.pages == 5:
            raise Killed

    with pytest.raises(Killed):
        PullSync(api, db, on_progress=die).run()
    with db.session() as s:
        assert search.indexing_suspended(s)
    PullSync(api, db).run(reconcile=False)
    with db.session() as s:
        assert not search.indexing_suspended(s)
        every = s.query(Pass).filter(Pass.ext_id.isnot(None)).all()
        for row in every[::97]:  # a sample across the pages before and after the kill
            assert row.id in search.search_ids(s, row.ext_id)
