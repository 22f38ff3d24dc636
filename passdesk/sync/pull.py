"""Pull: API -> store, page by page, each page one transaction with its cursor.

Passes are the large set. The first sync pages through every pass created
before the sync began (``createdBefore`` keeps that set stable, so a page
number means the same records when a killed sync resumes). Later syncs ask
only for passes created after the newest one stored (``createdAfter``); the
API has no "updated since", so a reconciliation pass with a sparse fieldset
(``fields=status,...``) picks up status changes. Event membership is not in
the pass record: it is learnt by listing each event's passes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from passdesk.api import NotFoundError, PassEntryClient
from passdesk.api.pagination import Page
from passdesk.core.records import parse_time
from passdesk.store import pass_list, rows, search, sync_state
from passdesk.store import passes as pass_store
from passdesk.store.database import Database
from passdesk.store.schema import Entity, Event, PassTemplate, Reader, ReaderConfiguration
from passdesk.store.upsert import upsert
from passdesk.sync.prefetch import prefetch
from passdesk.sync.progress import ProgressCallback, ProgressMeter

PASSES_KEY = "passes"
RECONCILE_KEY = "reconcile"
EVENT_MEMBERS_KEY = "event_members"
#: Re-read the watermark's last second: passes created later in that same
#: second would be missed by a strict "created after".
WATERMARK_OVERLAP = timedelta(seconds=1)
RECONCILE_EVERY = timedelta(minutes=15)
#: New passes after which an incremental pull refreshes the planner's counts.
ANALYZE_AFTER = 10_000
SPARSE_FIELDS = tuple(rows.PASS_STATUS_FIELDS)


@dataclass
class PullReport:
    """What one pull did, for the sync panel and the tests."""

    passes_fetched: int = 0
    passes_inserted: int = 0  # in a full pull: every pass fetched
    passes_reconciled: int = 0
    status_changes: int = 0
    pages: int = 0
    mode: str = ""
    first_page: int = 1
    counts: dict[str, int] = field(default_factory=dict)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PullSync:
    def __init__(self, client: PassEntryClient, database: Database, *,
                 on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None, per_page: int = 100,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.client = client
        self.db = database
        self.on_progress = on_progress
        self.cancel = cancel
        self.per_page = per_page
        self.clock = clock
        #: The long phases of the running pull, in order (set by ``run``).
        self._long_phases: list[str] = []

    # --- the whole pull ----------------------------------------------------

    def run(self, *, reconcile: bool | None = None) -> PullReport:
        """Pull everything; ``reconcile`` None means "when it is due"."""
        report = PullReport()
        check = bool(reconcile or (reconcile is None and self._reconcile_due()))
        # The long phases share one progress scale, so it never goes back.
        self._long_phases = ["passes", *(["status check"] if check else [])]
        self.pull_small_collections(report)
        self.pull_passes(report)
        if check:
            self.reconcile(report)
        self.pull_event_members(report)
        return report

    def _meter(self, phase: str, *, resumed_at_page: int = 1) -> ProgressMeter:
        kind = "passes" if phase.startswith("passes") else phase
        long_phases = self._long_phases
        step = (long_phases.index(kind), len(long_phases)) if kind in long_phases else None
        return ProgressMeter(phase, self.on_progress, self.cancel, step=step,
                             already=(resumed_at_page - 1) * self.per_page)

    # --- small collections ---------------------------------------------------

    def pull_small_collections(self, report: PullReport) -> None:
        for phase, group, table, to_row in (
            ("entities", self.client.entities, Entity, rows.entity_row),
            ("templates", self.client.templates, PassTemplate, rows.template_row),
            ("events", self.client.events, Event, rows.event_row),
            ("readers", self.client.readers, Reader, rows.reader_row),
        ):
            meter = self._meter(phase)
            for page in group.pages(per_page=self.per_page):
                meter.check_cancel()
                now = self.clock()
                with self.db.cache_session() as session:
                    upsert(session, table.__table__, [to_row(r, now) for r in page.records])
                meter.page_done(len(page.records), page.meta.total_count)
            report.counts[phase] = meter.done
        try:
            configuration = self.client.readers.configuration()
        except NotFoundError:
            return  # an account without readers has no configuration
        with self.db.cache_session() as session:
            upsert(session, ReaderConfiguration.__table__,
                   [rows.reader_configuration_row(configuration, self.clock())])

    # --- passes --------------------------------------------------------------

    def pull_passes(self, report: PullReport) -> None:
        with self.db.cache_session() as session:
            cursor = sync_state.read(session, PASSES_KEY) or {}
        if cursor.get("mode") is None:
            # A new cursor: a full pull if none ever finished, else incremental.
            if cursor.get("watermark"):
                after = parse_time(cursor["watermark"]) - WATERMARK_OVERLAP
                cursor = {**cursor, "mode": "incremental", "after": _iso(after), "next_page": 1}
            else:
                cursor = {"mode": "full", "before": _iso(self.clock()), "next_page": 1}
        report.mode = cursor["mode"]
        report.first_page = cursor["next_page"]
        if cursor["mode"] == "full":
            with self.db.cache_session() as session:
                search.suspend_indexing(session)  # rebuilt once at the end
        filters = ({"created_before": cursor["before"]} if cursor["mode"] == "full"
                   else {"created_after": cursor["after"]})
        meter = self._meter(f"passes ({cursor['mode']})", resumed_at_page=cursor["next_page"])
        newest = parse_time(cursor.get("newest"))
        pages = self.client.passes.pages(per_page=self.per_page,
                                         start_page=cursor["next_page"], **filters)
        # The next pages download and become rows while this one is written:
        # writing is the slow side, so the fetching thread builds the rows.
        ready = ((page, [rows.pass_row(r, self.clock()) for r in page.records])
                 for page in pages)
        for page, page_rows in prefetch(ready):
            meter.check_cancel()
            newest = self._store_pass_page(page, page_rows, cursor, newest, report)
            meter.page_done(len(page.records), page.meta.total_count)
        # Done: the next pull asks only for what is newer than the newest stored.
        with self.db.cache_session() as session:
            if search.indexing_suspended(session):
                search.rebuild_index(session)
            if cursor["mode"] == "full" or report.passes_inserted > ANALYZE_AFTER:
                pass_list.refresh_statistics(session)
            stored_newest = pass_store.newest_created_at(session)
            marks = [m for m in (newest, stored_newest, parse_time(cursor.get("watermark")))
                     if m is not None]
            sync_state.write(session, PASSES_KEY, {
                "watermark": _iso(max(marks)) if marks else None,
                "completed_at": _iso(self.clock()),
            })

    def _store_pass_page(self, page: Page, page_rows: list[dict[str, Any]],
                         cursor: dict[str, Any], newest: datetime | None,
                         report: PullReport) -> datetime | None:
        for row in page_rows:
            if row["created_at"] is not None and (newest is None or row["created_at"] > newest):
                newest = row["created_at"]
        with self.db.cache_session() as session:
            # A full pull into a new store inserts nearly everything; asking
            # which ids are known costs a query per page, so only increments do.
            known = (pass_store.known_ids(session, (r["id"] for r in page_rows))
                     if cursor["mode"] == "incremental" else set())
            pass_store.upsert_passes(session, page_rows)
            cursor["next_page"] = (page.number or cursor["next_page"]) + 1
            cursor["newest"] = _iso(newest) if newest else None
            sync_state.write(session, PASSES_KEY, dict(cursor))
        report.passes_fetched += len(page_rows)
        report.passes_inserted += len(page_rows) - len(known)
        report.pages += 1
        return newest

    # --- status reconciliation ----------------------------------------------

    def _reconcile_due(self) -> bool:
        with self.db.cache_session() as session:
            state = sync_state.read(session, RECONCILE_KEY) or {}
        if state.get("next_page"):
            return True  # an interrupted reconciliation finishes first
        last = parse_time(state.get("completed_at"))
        return last is None or self.clock() - last >= RECONCILE_EVERY

    def reconcile(self, report: PullReport) -> None:
        """Re-read every pass's status with a sparse fieldset; resumable by page."""
        with self.db.cache_session() as session:
            state = sync_state.read(session, RECONCILE_KEY) or {}
        start = state.get("next_page") or 1
        before = state.get("before") if state.get("next_page") else _iso(self.clock())
        meter = self._meter("status check", resumed_at_page=start)
        for page in self.client.passes.pages(per_page=self.per_page, start_page=start,
                                             fields=SPARSE_FIELDS, created_before=before):
            meter.check_cancel()
            sparse = [(r.id, r.to_json()) for r in page.records]
            with self.db.cache_session() as session:
                report.status_changes += pass_store.apply_sparse(
                    session, sparse, rows.status_columns, self.clock())
                sync_state.write(session, RECONCILE_KEY, {
                    "next_page": (page.number or start) + 1, "before": before})
            report.passes_reconciled += len(sparse)
            meter.page_done(len(sparse), page.meta.total_count)
        with self.db.cache_session() as session:
            sync_state.write(session, RECONCILE_KEY, {"completed_at": _iso(self.clock())})
            # Membership is re-listed in full too, correcting any clock skew.
            sync_state.clear(session, EVENT_MEMBERS_KEY)

    # --- which event each pass belongs to -------------------------------------

    def pull_event_members(self, report: PullReport) -> None:
        """List each event's passes (ids only); new passes only once all are known."""
        with self.db.cache_session() as session:
            done = sync_state.read(session, EVENT_MEMBERS_KEY) or {}
            event_ids = list(session.scalars(select(Event.id)))
        meter = self._meter("event passes")
        for event_id in event_ids:
            since = done.get(event_id)
            filters: dict[str, Any] = {"event_uuid": event_id, "fields": ("status",)}
            if since:
                filters["created_after"] = _iso(parse_time(since) - WATERMARK_OVERLAP)
            started = self.clock()
            for page in self.client.passes.pages(per_page=self.per_page, **filters):
                meter.check_cancel()
                with self.db.cache_session() as session:
                    pass_store.set_event(session, event_id, [r.id for r in page.records])
                meter.page_done(len(page.records), None)
            done[event_id] = _iso(started)
            with self.db.cache_session() as session:
                sync_state.write(session, EVENT_MEMBERS_KEY, dict(done))
        report.counts["event passes"] = meter.done
