"""Pull: API -> store, page by page; a write transaction takes pages and the cursor past them.

Passes are the large set. The first sync pages through every pass created
before the sync began (``createdBefore`` keeps that set stable, so a page
number means the same records when a killed sync resumes). Later syncs ask
only for passes created after the newest one stored (``createdAfter``); the
API has no "updated since", so a reconciliation pass with a sparse fieldset
(``fields=status,...``, ``includeNullified=true``) picks up status changes,
nullified passes included.

It works on an account whose API has only the documented routes. The
entities, events and readers lists are legacy and the template list is
sandbox-only: each that answers 404 is skipped and remembered
(``sync_state.not_offered``). Templates are then learnt from the passes'
``passTemplateUuid`` and from ids a person added (``store.template_ids``),
each read with ``GET /pass-templates/{id}``. A pass's event comes from its
``enhancedEventData`` (``rows.pass_row``, ``store.pass_events``), so no
event's passes are listed. The reader configuration is read under the entity
(``sync.entity``). After the passes, the scans PassEntry's own readers made
(``sync.scan_pull``) become door history.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy.exc import SQLAlchemyError

from passdesk.api import NotFoundError, NotOfferedError, PassEntryClient
from passdesk.api.pagination import Page
from passdesk.core.records import parse_time
from passdesk.store import (
    bulk_load,
    pass_events,
    pass_list,
    rows,
    search,
    sync_state,
    template_ids,
)
from passdesk.store import passes as pass_store
from passdesk.store import readers as reader_store
from passdesk.store.database import Database
from passdesk.store.schema import Entity, Event, PassTemplate, Reader
from passdesk.store.upsert import upsert
from passdesk.sync import scan_pull
from passdesk.sync.entity import resolve_entity_id
from passdesk.sync.page_fetch import PagesAhead
from passdesk.sync.progress import ProgressCallback, ProgressMeter
from passdesk.sync.scan_pull import ScanPull, ScanPullReport
from passdesk.sync.templates import store_template

PASSES_KEY = "passes"
RECONCILE_KEY = "reconcile"
#: Re-read the watermark's last second: passes created later in that same
#: second would be missed by a strict "created after".
WATERMARK_OVERLAP = timedelta(seconds=1)
RECONCILE_EVERY = timedelta(minutes=15)
#: New passes after which an incremental pull refreshes the planner's counts.
ANALYZE_AFTER = 10_000
#: Pages between two of the pull's own WAL checkpoints (``store.bulk_load``).
CHECKPOINT_EVERY = 5
#: Fetched pages one write transaction may take, and the time it should hold
#: SQLite's write lock at most: a Door records its scans between two
#: (``store.write_turns``). A writer that keeps up writes a page at a time.
MAX_PAGES_PER_TRANSACTION = 8
TRANSACTION_BUDGET_S = 0.04
#: Pages fetched at once: one thread parses a page while another waits for the next.
FETCH_WORKERS = 2
SPARSE_FIELDS = tuple(rows.PASS_STATUS_FIELDS)

log = logging.getLogger(__name__)


class ReadyPage(NamedTuple):
    """A page as the fetching thread hands it over: its pass rows, the rows of the
    events they name (one an event), and on SQLite the rows ready for the driver."""

    page: Page
    rows: list[dict[str, Any]]
    events: list[dict[str, Any]]
    ready: list[pass_store.ReadyGroup] | None


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
    #: Feature -> plain words, for what this server does not offer (legacy routes).
    not_offered: dict[str, str] = field(default_factory=dict)
    #: The entity readers and the reader configuration were read under (None: none).
    entity_id: str | None = None
    #: Templates read one by one (``GET /pass-templates/{id}``).
    templates_fetched: int = 0
    #: PassEntry's readers' scans (``GET /scans``), read after the passes they name.
    scans: ScanPullReport = field(default_factory=ScanPullReport)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PullSync:
    def __init__(self, client: PassEntryClient, database: Database, *,
                 on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None, per_page: int = 100,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 entity_id: str | None = None) -> None:
        self.client = client
        #: The entity set in Settings; None: the first of the legacy entities list.
        self.entity_id = entity_id
        self.db = database
        self.on_progress = on_progress
        self.cancel = cancel
        self.per_page = per_page
        self.clock = clock
        #: The long phases of the running pull, in order (set by ``run``).
        self._long_phases: list[str] = []
        #: Template ids the pulled passes name (their templates are read if unknown).
        self._seen_templates: set[str] = set()
        #: A full pull's bulk load: the passes' row triggers are set aside.
        self._bulk = False
        self._sqlite = database.is_sqlite
        #: Events the running pull placed (``store.pass_events``).
        self._events = pass_events.PlacedEvents()
        #: Seconds a page took to write, lately: how many fit one transaction.
        self._page_write_s = TRANSACTION_BUDGET_S

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
        self.pull_scans(report)
        self.pull_templates_by_id(report, refresh=check)
        return report

    def pull_scans(self, report: PullReport) -> None:
        """Scans PassEntry's readers made, after the passes: their passes and events are
        known by then (a scan whose pass comes later gets its event when it does)."""
        report.scans = ScanPull(self.client, self.db, clock=self.clock, per_page=self.per_page,
                                on_progress=self.on_progress, cancel=self.cancel).run()
        if not report.scans.offered:
            report.not_offered[scan_pull.SCANS] = scan_pull.NOT_OFFERED_WORDS

    def _meter(self, phase: str, *, resumed_at_page: int = 1) -> ProgressMeter:
        kind = "passes" if phase.startswith("passes") else phase
        long_phases = self._long_phases
        step = (long_phases.index(kind), len(long_phases)) if kind in long_phases else None
        return ProgressMeter(phase, self.on_progress, self.cancel, step=step,
                             already=(resumed_at_page - 1) * self.per_page)

    # --- small collections ---------------------------------------------------

    def pull_small_collections(self, report: PullReport) -> None:
        """Entities, events and readers (legacy lists), the template list (sandbox-only),
        and the reader configuration of the entity. A list the server does not offer
        is skipped and remembered."""
        report.entity_id = resolve_entity_id(self.client, self.entity_id, self.db)
        for phase, feature, group, table, to_row in (
            ("entities", sync_state.ENTITIES, self.client.entities, Entity, rows.entity_row),
            ("templates", sync_state.TEMPLATE_LIST, self.client.templates, PassTemplate,
             rows.template_row),
            ("events", sync_state.EVENTS, self.client.events, Event, rows.event_row),
            ("readers", sync_state.READERS, self.client.readers, Reader, rows.reader_row),
        ):
            meter = self._meter(phase)
            try:
                for page in group.pages(per_page=self.per_page):
                    meter.check_cancel()
                    now = self.clock()
                    with self.db.cache_session() as session:
                        upsert(session, table.__table__, [to_row(r, now) for r in page.records])
                    meter.page_done(len(page.records), page.meta.total_count)
            except NotOfferedError as exc:
                self._offered(feature, False, exc.message)
                report.not_offered[feature] = exc.message
            else:
                self._offered(feature, True)
            report.counts[phase] = meter.done
        self.pull_reader_configuration(report.entity_id)

    def pull_reader_configuration(self, entity_id: str | None) -> None:
        if entity_id is None:
            return  # the Readers pane asks for the entity id
        try:
            configuration = self.client.readers.configuration(entity_id)
        except NotFoundError:
            return  # an entity without readers has no configuration
        with self.db.cache_session() as session:
            reader_store.store_configuration(session, configuration, self.clock())

    def _offered(self, feature: str, offered: bool, message: str = "") -> None:
        with self.db.cache_session() as session:
            sync_state.note_offered(session, feature, offered, message, _iso(self.clock()))

    # --- templates one by one -------------------------------------------------

    def pull_templates_by_id(self, report: PullReport, *, refresh: bool = False) -> None:
        """Read the templates the passes name, and the ids a person added, that the
        store does not have yet (``refresh``: every known template again)."""
        with self.db.cache_session() as session:
            if refresh:
                ids = sorted(template_ids.used_by_passes(session) | template_ids.stored(session)
                             | set(template_ids.wanted(session)))
            else:
                ids = template_ids.unknown(session, self._seen_templates)
        meter = self._meter("templates by id")
        for template_id in ids:
            meter.check_cancel()
            try:
                record = self.client.templates.get(template_id)
            except NotFoundError as exc:
                with self.db.cache_session() as session:
                    template_ids.note_missing(session, template_id, exc.message)
                continue
            with self.db.cache_session() as session:
                # Stored in the current shape even when only the deprecated route answered.
                store_template(session, record, self.clock())
                template_ids.note_missing(session, template_id, None)
            report.templates_fetched += 1
            meter.page_done(1, len(ids))

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
        with self.db.cache_session() as session:
            if cursor["mode"] == "full":
                search.suspend_indexing(session)  # rebuilt once at the end
                # No-ops then, yet called for every row: set aside until the end.
                self._bulk = bulk_load.set_aside(session)
            else:
                bulk_load.restore(session)  # left by a full pull that stopped for good
                self._bulk = False
        try:
            self._pull_pass_pages(cursor, report)
        except BaseException:
            self._end_bulk_load()
            raise

    def _pull_pass_pages(self, cursor: dict[str, Any], report: PullReport) -> None:
        filters = ({"created_before": cursor["before"]} if cursor["mode"] == "full"
                   else {"created_after": cursor["after"]})
        meter = self._meter(f"passes ({cursor['mode']})", resumed_at_page=cursor["next_page"])
        newest = parse_time(cursor.get("newest"))

        def fetch(number: int) -> ReadyPage:
            return self._page_rows(self.client.passes.list(page=number, per_page=self.per_page,
                                                           **filters))

        # The next pages download and become rows (fetching threads) while these
        # are written; a writer behind takes the pages fetched in one transaction.
        pages = PagesAhead(fetch, lambda ready: ready.page, start_page=cursor["next_page"],
                           workers=FETCH_WORKERS, depth=MAX_PAGES_PER_TRANSACTION)
        self._events = pass_events.PlacedEvents()
        unchecked = 0  # pages written since the pull's last checkpoint
        for batch in pages.batches(self._pages_per_transaction):
            meter.check_cancel()
            newest = self._store_pass_pages(batch, cursor, newest, report)
            for item in batch:
                meter.page_done(len(item.page.records), item.page.meta.total_count)
            unchecked += len(batch)
            if unchecked >= CHECKPOINT_EVERY:
                self._checkpoint()
                unchecked = 0
        # Done: the next pull asks only for what is newer than the newest stored.
        with self.db.cache_session() as session:
            bulk_load.restore(session)  # before live indexing is back on
            bulk_load.no_auto_checkpoint(session, off=False)
            rebuild = search.indexing_suspended(session)
        # In short steps, each its own transaction: a Door waiting to record a
        # scan gets the write lock between two (one transaction took seconds).
        if rebuild:
            search.rebuild_index_in_steps(
                self.db, stop=self.cancel.is_set if self.cancel is not None else None)
            meter.check_cancel()  # stopped mid-way: the next full pull rebuilds
        if cursor["mode"] == "full" or report.passes_inserted > ANALYZE_AFTER:
            with self.db.cache_session() as session:
                pass_list.refresh_statistics(session)
        with self.db.cache_session() as session:
            stored_newest = pass_store.newest_created_at(session)
            marks = [m for m in (newest, stored_newest, parse_time(cursor.get("watermark")))
                     if m is not None]
            sync_state.write(session, PASSES_KEY, {
                "watermark": _iso(max(marks)) if marks else None,
                "completed_at": _iso(self.clock()),
            })

    def _page_rows(self, page: Page) -> ReadyPage:
        """A page's pass rows, the rows of the events they name, and on SQLite the
        rows as the driver writes them (fetching thread: the writer waits less)."""
        now = self.clock()
        page_rows = [rows.pass_row(r, now) for r in page.records]
        # One row per event, from the last pass naming it: the copy pass_events
        # keeps (most passes of a page name the same few events).
        naming = {row["event_id"]: record
                  for record, row in zip(page.records, page_rows, strict=True)
                  if "event_id" in row}
        events = [rows.pass_event_row(r, now) for r in naming.values()]
        ready = pass_store.ready_groups(page_rows) if self._sqlite else None
        return ReadyPage(page, page_rows, events, ready)  # type: ignore[arg-type]

    def _pages_per_transaction(self) -> int:
        """As many pages as fit the transaction budget at the pace measured so far."""
        fit = int(TRANSACTION_BUDGET_S / max(self._page_write_s, 1e-4))
        return max(1, min(MAX_PAGES_PER_TRANSACTION, fit))

    def _store_pass_pages(self, batch: list[ReadyPage], cursor: dict[str, Any],
                          newest: datetime | None, report: PullReport) -> datetime | None:
        try:
            return self._write_pass_pages(batch, cursor, newest, report)
        except SQLAlchemyError:
            if len(batch) == 1:
                raise
        # Page by page again, each its own transaction: the pages before the one
        # that fails are kept, and its error is raised, as when every page was one.
        for item in batch:
            newest = self._write_pass_pages([item], cursor, newest, report)
        return newest

    def _write_pass_pages(self, batch: list[ReadyPage], cursor: dict[str, Any],
                          newest: datetime | None, report: PullReport) -> datetime | None:
        """Pages in one transaction with the cursor past them; ``cursor``, the report
        and the events placed change only once it has committed."""
        next_page = cursor["next_page"]
        for item in batch:
            next_page = (item.page.number or next_page) + 1
            for row in item.rows:
                created = row["created_at"]
                if created is not None and (newest is None or created > newest):
                    newest = created
        value = {**cursor, "next_page": next_page, "newest": _iso(newest) if newest else None}
        inserted = 0
        with self.db.cache_session() as session:
            bulk_load.no_auto_checkpoint(session)  # the pull checkpoints between pages
            # Timed from here: a Door's turn before the transaction is not its pages' time.
            started = time.perf_counter()
            mapping, placed = self._events.place(session,
                                                 [e for item in batch for e in item.events])
            for item in batch:
                # A full pull into a new store inserts nearly everything; asking
                # which ids are known costs a query per page, so only increments do.
                known = (pass_store.known_ids(session, (r["id"] for r in item.rows))
                         if cursor["mode"] == "incremental" else set())
                if item.ready is not None:
                    pass_store.write_ready(session, item.ready, mapping)
                else:
                    pass_store.upsert_placed(session, item.rows, mapping)
                inserted += len(item.rows) - len(known)
            if self._bulk:
                bulk_load.page_written(session, len(batch))
            sync_state.write_now(session, PASSES_KEY, value)
        self._events.keep(placed)
        cursor.update(value)
        for item in batch:
            self._seen_templates.update(r["template_id"] for r in item.rows if r["template_id"])
            report.passes_fetched += len(item.rows)
        report.passes_inserted += inserted
        report.pages += len(batch)
        took = (time.perf_counter() - started) / len(batch)
        self._page_write_s += (took - self._page_write_s) * 0.3
        return newest

    def _checkpoint(self) -> None:
        with self.db.cache_session() as session:
            bulk_load.checkpoint(session)

    def _end_bulk_load(self) -> None:
        """The triggers back and automatic checkpoints on, after a pull that stopped
        (its cursor stays, so the next pull resumes and still rebuilds the search)."""
        try:
            with self.db.cache_session() as session:
                bulk_load.restore(session)
                bulk_load.no_auto_checkpoint(session, off=False)
        except Exception:  # the error that stopped the pull is the one to report
            log.exception("could not restore the passes' triggers; the next pull will")

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
        # Nullified passes are left out of lists unless asked for (§3.6).
        for page in self.client.passes.pages(per_page=self.per_page, start_page=start,
                                             fields=SPARSE_FIELDS, created_before=before,
                                             include_nullified=True):
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


def pull_once(base_url: str, api_key: str, database: Database, *,
              reconcile: bool = True) -> PullReport:
    """One full pull from the API at ``base_url`` into ``database``, on a client of its
    own that closes after (the hub's demo store is filled so, without knowing the API)."""
    with PassEntryClient(base_url, api_key) as client:
        return PullSync(client, database).run(reconcile=reconcile)
