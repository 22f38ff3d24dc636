"""Scans made here reach PassEntry: the outbox kind ``scan.log`` (PASSENTRY-API.md §7.4).

A door, a till or the hub that logs its scans queues one row per scan in the
scan's own transaction (store/scans.py, store/door_queries.py); this module
delivers it with ``POST /scans/log`` and keeps the ``scanId`` PassEntry
answered in ``scans.remote_id``. The body is the row's payload as queued
(readerId, scanType, status, statusDetail, scanValue, passId when known) and
never carries ``loyalty``: points go once, through their own outbox row.

The API takes no idempotency key, so the row is marked "about to send"
before the request. After a lost answer the next attempt lists ``GET /scans``
newest first and looks for a scan with the same reader, value, status and
pass, made no earlier than ``CLOCK_SLACK`` before the mark (PassEntry's clock
may differ from this desk's), whose id no scan here holds yet (an earlier scan
of the same value, logged before, is not this one). Found: the row is done
and the id kept. None: PassEntry does not have it, and it is sent again. One
reader's rows go in order (order key ``scanlog:<readerId>``), so the earlier
scans of the same value are logged, and their ids held, before this one is
checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from passdesk.api import NotFoundError, PassEntryClient
from passdesk.api.errors import ApiError
from passdesk.core.payloads import ScanLogInput
from passdesk.core.records import Scan, parse_time
from passdesk.store import outbox
from passdesk.store import scans as scan_store
from passdesk.store.outbox import OutboxItem
from passdesk.store.schema import OutboxRow

if TYPE_CHECKING:  # sync/delivery.py registers this module's handler: no import cycle
    from passdesk.sync.delivery import Applied, MarkSending, Result

#: A found scan may be this much older than the "about to send" mark (clock skew).
CLOCK_SLACK = timedelta(minutes=10)
#: Scans per page of the lost-answer check (it stops at the first older than the slack).
CHECK_PER_PAGE = 100
#: Said when PassEntry does not know the reader a desk logs as (§7.4 answers 404).
UNKNOWN_READER = ("PassEntry does not know the reader \"{reader}\" this desk logs its scans "
                  "as. Add it in the Readers pane and retry, or discard this change and "
                  "choose another reader in the Door's or the Till's settings.")
#: Said when every matching scan on PassEntry belongs to another scan here.
ALL_HELD = ("answer lost; the matching scans on PassEntry are other scans made here: "
            "not logged, sending again")


def log_input(payload: dict[str, Any]) -> ScanLogInput:
    """The request for a queued row (no ``loyalty``, whatever the payload says)."""
    return ScanLogInput(reader_id=payload["readerId"], scan_type=payload["scanType"],
                        status=payload["status"], scan_value=payload["scanValue"],
                        status_detail=payload.get("statusDetail"),
                        pass_id=payload.get("passId") or None)


def deliver(item: OutboxItem, client: PassEntryClient, mark_sending: MarkSending) -> Result:
    if item.facts.get("sent_at"):
        return _check(item, client)
    mark_sending(item, {})
    try:
        answer = client.scans.log(log_input(item.payload))
    except NotFoundError as exc:
        # A plain ApiError: the row is refused with words a door person can act on.
        raise ApiError(UNKNOWN_READER.format(reader=item.payload["readerId"]),
                       status=exc.status) from exc
    remote_id = answer.scan_info.scan_id if answer.scan_info else None
    return _logged(item, [remote_id] if remote_id else [], "logged",
                   {"remote_id": remote_id})


def _logged(item: OutboxItem, candidates: list[str], why: str,
            facts: dict[str, Any]) -> Applied:
    """Done: the first of ``candidates`` no scan here holds becomes the scan's remote id."""
    from passdesk.sync.delivery import Applied

    def on_commit(session: Session, now: datetime) -> None:
        if not candidates or item.target_id is None:
            return
        held = scan_store.held_remote_ids(session, candidates)
        free = [c for c in candidates if c not in held]
        if free:
            scan_store.set_remote_id(session, item.target_id, free[0])
        elif "found" in facts:
            _send_again(session, item)

    return Applied(why, facts, on_commit)


def _send_again(session: Session, item: OutboxItem) -> None:
    """Every match is another scan's: the row goes back to waiting, to be sent.

    Decided here, in the pusher's "done" transaction, because only the store
    knows which ids scans here hold; the row stays one row, in its order.
    """
    row = session.get(OutboxRow, item.seq)
    if row is None:
        return
    row.state = outbox.PENDING
    row.next_attempt_at = None
    row.last_error = ALL_HELD
    row.facts = {k: v for k, v in (row.facts or {}).items()
                 if k not in ("sent_at", "done_at", "found")}


def _marked_at(item: OutboxItem) -> datetime:
    marked = item.facts.get("sent_at")
    at = parse_time(marked) if isinstance(marked, str) else None
    return at or item.created_at


def matches(scan: Scan, payload: dict[str, Any], since: datetime) -> bool:
    """Whether ``scan`` on PassEntry could be this row's scan (D3 of issue 19)."""
    at = parse_time(scan.scanned_at)
    if at is None or at < since:
        return False
    wanted_pass = payload.get("passId")
    # PassEntry may leave a scan unlinked when it cannot place the pass id (§7.4).
    return (scan.reader_id == payload["readerId"]
            and scan.scan_value == payload["scanValue"]
            and scan.status == payload["status"]
            and (scan.pass_id in (None, wanted_pass) if wanted_pass else scan.pass_id is None))


def candidates(scans: Iterable[Scan], payload: dict[str, Any], since: datetime) -> list[str]:
    """Ids of matching scans, newest first, from a newest-first listing."""
    found: list[str] = []
    for scan in scans:
        at = parse_time(scan.scanned_at)
        if at is not None and at < since:
            break  # newest first: everything after is older still
        if matches(scan, payload, since):
            found.append(scan.id)
    return found


def _listing(client: PassEntryClient) -> Iterable[Scan]:
    for page in client.scans.pages(per_page=CHECK_PER_PAGE):
        yield from page.records


def _check(item: OutboxItem, client: PassEntryClient) -> Result:
    from passdesk.sync.delivery import NotApplied, Undecidable

    since = _marked_at(item) - CLOCK_SLACK
    try:
        found = candidates(_listing(client), item.payload, since)
    except NotFoundError:
        return Undecidable(
            "The answer to logging this scan was lost, and PassEntry offers no list of "
            "scans to check. Look in PassEntry's dashboard: if the scan is there, discard "
            "this change; if it is not, retry.")
    if not found:
        return NotApplied("answer lost; PassEntry has no such scan: not logged, sending again")
    return _logged(item, found, "answer lost; the scan was found on PassEntry",
                   {"found": found})
