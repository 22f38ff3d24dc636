"""m17: the sync's percentage only goes forward within one sync, across its long
phases (the passes, then the status of every pass), and counts a resumed phase
from where it stopped."""

from __future__ import annotations

import pytest

from passdesk.store import passes as pass_store
from passdesk.sync.progress import ProgressMeter, SyncProgress
from passdesk.sync.pull import PullSync


class Killed(Exception):
    pass


def overall(progress: list[SyncProgress]) -> list[float]:
    return [p.overall for p in progress if p.overall is not None]


def test_a_first_sync_with_its_status_check_only_goes_forward(api, db) -> None:
    progress: list[SyncProgress] = []
    PullSync(api, db, on_progress=progress.append).run(reconcile=True)
    phases = [p.phase for p in progress]
    assert "passes (full)" in phases
    assert "status check" in phases
    shares = overall(progress)
    assert shares == sorted(shares)  # was 88 % of the passes, then 82 % of the statuses
    assert shares[-1] == 1.0
    # Each long phase counts up to its total on its own; only the overall share is shared.
    passes_last = [p for p in progress if p.phase == "passes (full)"][-1]
    assert passes_last.overall == 0.5
    assert passes_last.fraction == 1.0


def test_a_resumed_pull_counts_the_pages_done_before(api, db) -> None:
    def die(progress: SyncProgress) -> None:
        if progress.phase == "passes (full)" and progress.pages == 5:
            raise Killed

    with pytest.raises(Killed):
        PullSync(api, db, on_progress=die).run(reconcile=False)
    with db.session() as s:
        # Page 5 and any pages its transaction took along (pull.py): 500 or more.
        stored = pass_store.count(s)
    assert stored >= 500
    progress: list[SyncProgress] = []
    PullSync(api, db, on_progress=progress.append).run(reconcile=False)
    first = next(p for p in progress if p.phase == "passes (full)")
    assert first.done == stored + 100  # the pages done before, and one now
    assert overall(progress)[-1] == 1.0


def test_a_growing_total_does_not_take_the_share_back() -> None:
    seen: list[SyncProgress] = []
    meter = ProgressMeter("passes (incremental)", seen.append, None, step=(0, 1))
    meter.page_done(88, 100)
    meter.page_done(2, 110)  # ten passes more were created meanwhile
    meter.page_done(20, 110)
    shares = [p.overall for p in seen]
    assert shares == sorted(shares)
    assert shares[-1] == 1.0
