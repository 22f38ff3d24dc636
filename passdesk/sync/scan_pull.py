"""Pull the scans PassEntry's own readers made (``GET /scans``, PASSENTRY-API.md §7.1).

Scans PassEntry judged itself (``internalValidation``: PassEntry and VTAP
readers under internal validation) become door history here
(``store/scan_import.py``), so the Door's anti-passback, its counters and
"inside" count them. ``externalValidation`` scans were decided by a validator
- this venue's Door or hub, whose scans are already in the store - and are
skipped, so each scan counts once.

The list is newest first and its parameters are not documented (§15.16): it
is read with ``page``/``perPage`` like the other lists. A pull walks from the
newest page back and stops after the first page on which every scan is
either held here already (imported, or logged from here: ``remote_id``) or
older than the cursor's newest scan time less ``OVERLAP`` (a reader that was
offline uploads its scans late). Scans older than ``LOOK_BACK`` are not door
history here (a first pull reads back that far and no further).
A walk reads at most ``MAX_PAGES``; when it stops there, the next pull goes
on from the page after (``backlog`` in the cursor): newer scans only push older
ones to later pages, so none is skipped.

Late scans are stored with PassEntry's ``scannedAt``: the Door reads history by
scan time, so they merge where they belong. The same scan reported again (a
second pull, the hub's ``passScanned``) is inserted once, by its id.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from passdesk.api import NotFoundError, NotOfferedError, PassEntryClient
from passdesk.core.records import Scan, parse_time
from passdesk.core.texts import translate
from passdesk.store import scan_import, sync_state
from passdesk.store.database import Database
from passdesk.store.scan_import import PassEntryScan
from passdesk.sync.progress import ProgressCallback, ProgressMeter

#: ``sync_state`` key of the cursor: {"newest": iso, "completed_at": iso,
#: "backlog": {"page": n, "floor": iso} | absent}.
CURSOR_KEY = "scans"
#: ``sync_state.note_offered`` feature name of the scans list.
SCANS = "scans list"
NOT_OFFERED_WORDS = translate("sync", "This PassEntry account does not offer the scans list: "
                              "scans made by PassEntry's readers are not counted at the Door.")
#: How far back a walk reads behind the newest scan it has seen.
OVERLAP = timedelta(minutes=30)
#: PassEntry's scans older than this are not imported: tonight's scans (and last
#: night's), not the account's whole history.
LOOK_BACK = timedelta(hours=48)
#: Pages one walk reads at most (100 scans a page); the rest waits for the next pull.
MAX_PAGES = 50
INTERNAL = "internalValidation"


@dataclass
class ScanPullReport:
    fetched: int = 0
    imported: int = 0
    #: Scans left out: externalValidation (already here, or another validator's), or
    #: older than ``LOOK_BACK``.
    skipped: int = 0
    pages: int = 0
    #: Scans whose event became known this pull (their pass came after them).
    placed: int = 0
    offered: bool = True
    #: True when the walk stopped at ``MAX_PAGES`` and the next pull goes on.
    backlog: bool = False


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_record(record: Scan) -> PassEntryScan | None:
    """A scan of the list as the importer takes it (None: no id or no time)."""
    at = parse_time(record.scanned_at)
    if not record.id or at is None:
        return None
    return PassEntryScan(id=record.id, scanned_at=at, successful=record.ok,
                         scan_value=record.scan_value, status_detail=record.status_detail,
                         pass_id=record.pass_id, reader_id=record.reader_id)


class ScanPull:
    def __init__(self, client: PassEntryClient, database: Database, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 per_page: int = 100, on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None, max_pages: int = MAX_PAGES) -> None:
        self.client = client
        self.db = database
        self.clock = clock
        self.per_page = per_page
        self.on_progress = on_progress
        self.cancel = cancel
        self.max_pages = max_pages

    def run(self) -> ScanPullReport:
        report = ScanPullReport()
        with self.db.cache_session() as session:
            cursor = sync_state.read(session, CURSOR_KEY) or {}
        newest = parse_time(cursor.get("newest"))
        # Nothing older than the look-back is imported, so no walk goes further back.
        floor = max(newest - OVERLAP, self.clock() - LOOK_BACK) if newest \
            else self.clock() - LOOK_BACK
        backlog = cursor.get("backlog") if isinstance(cursor.get("backlog"), dict) else None
        back_floor = parse_time(backlog.get("floor")) if backlog else None
        meter = ProgressMeter("scans", self.on_progress, self.cancel)
        try:
            newest, stopped_at = self._walk(1, floor, newest, meter, report)
            if backlog and stopped_at is None:
                # The previous walk stopped at its page limit: go on where it stopped.
                floor = back_floor or floor
                newest, stopped_at = self._walk(int(backlog.get("page") or 1), floor, newest,
                                                meter, report)
            elif backlog and back_floor is not None:
                floor = min(floor, back_floor)  # the next walk still owes the older part
        except (NotOfferedError, NotFoundError):
            # The list is documented, but a 404 for it means this account lacks it.
            with self.db.cache_session() as session:
                sync_state.note_offered(session, SCANS, False, NOT_OFFERED_WORDS,
                                        _iso(self.clock()))
            report.offered = False
            return report
        with self.db.cache_session() as session:
            sync_state.note_offered(session, SCANS, True, "", _iso(self.clock()))
            report.placed = scan_import.place_scans(session)
            value: dict[str, Any] = {"newest": _iso(newest) if newest else None,
                                     "completed_at": _iso(self.clock())}
            if stopped_at is not None:
                value["backlog"] = {"page": stopped_at, "floor": _iso(floor)}
                report.backlog = True
            sync_state.write(session, CURSOR_KEY, value)
        return report

    def _walk(self, start: int, floor: datetime, newest: datetime | None,
              meter: ProgressMeter, report: ScanPullReport
              ) -> tuple[datetime | None, int | None]:
        """Read pages from ``start`` until one holds nothing new; (newest scan time seen,
        the page to go on from when the page limit stopped the walk, else None)."""
        pages = self.client.scans.pages(per_page=self.per_page, start_page=start)
        for read, page in enumerate(pages, start=1):
            meter.check_cancel()
            scans = [s for s in (from_record(r) for r in page.records) if s is not None]
            internal = {r.id for r in page.records if r.validation_type == INTERNAL}
            oldest = self.clock() - LOOK_BACK
            wanted = [s for s in scans if s.id in internal and s.scanned_at >= oldest]
            with self.db.cache_session() as session:
                known = scan_import.known_ids(session, (s.id for s in scans))
                report.imported += scan_import.import_scans(session, wanted)
            report.fetched += len(page.records)
            report.skipped += len(scans) - len(wanted)
            report.pages += 1
            meter.page_done(len(page.records), page.meta.total_count)
            for scan in scans:
                if newest is None or scan.scanned_at > newest:
                    newest = scan.scanned_at
            if all(s.id in known or s.scanned_at < floor for s in scans):
                return newest, None
            if read >= self.max_pages and page.meta.next_link:
                return newest, (page.number or start + read - 1) + 1
        return newest, None
