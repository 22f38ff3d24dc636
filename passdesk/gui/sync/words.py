"""The sync service's state in words, for the status bar and the Sync pane.

Plain functions over ``SyncStatus`` and friends: no widgets, tested without a
window. Times are shown in the computer's local time zone (``widgets.words``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from passdesk.gui.widgets.words import local_time, plural
from passdesk.sync.progress import SyncProgress
from passdesk.sync.service import Connection, SyncStatus

if TYPE_CHECKING:
    from passdesk.sync.pull import PullReport

CONNECTION_WORDS = {
    Connection.UNKNOWN: "Checking…",
    Connection.ONLINE: "Online",
    Connection.OFFLINE: "Offline",
    Connection.KEY_REFUSED: "Key refused",
    Connection.NO_KEY: "No API key",
    Connection.OTHER_SERVER: "Other server's data",
}

PHASE_WORDS = {
    "entities": "Entities",
    "templates": "Templates",
    "events": "Events",
    "readers": "Readers",
    "passes (full)": "Passes (first full download)",
    "passes (incremental)": "New passes",
    "status check": "Status of every pass",
    "event passes": "Which passes belong to which event",
}


# --- connection ---------------------------------------------------------------


def connection_text(status: SyncStatus) -> str:
    return CONNECTION_WORDS[status.connection]


def connection_detail(status: SyncStatus) -> str:
    """What the state means and, when it is a problem, what to do."""
    detail = status.connection_detail.strip()
    match status.connection:
        case Connection.ONLINE:
            return detail or "PassEntry answers. Changes made here are sent as they are made."
        case Connection.OFFLINE:
            why = detail or "PassEntry cannot be reached."
            return f"{why}\nChanges made here are kept and sent when the connection is back."
        case Connection.KEY_REFUSED:
            why = detail or "PassEntry did not accept the API key."
            return f"{why}\nEnter a valid key in Settings. Changes made here wait until then."
        case Connection.NO_KEY:
            return ("No API key for this server. Add one in Settings, or set "
                    "PASSDESK_API_KEY before starting passdesk.")
        case Connection.OTHER_SERVER:
            return detail or "The local data belongs to another server; nothing is sent."
    return "Checking the connection…"


# --- the pull -----------------------------------------------------------------------


def phase_words(phase: str) -> str:
    return PHASE_WORDS.get(phase, phase[:1].upper() + phase[1:])


def progress_text(progress: SyncProgress | None) -> str:
    """``Passes (first full download): 900 of 2,000 · 350 per second``."""
    if progress is None:
        return "Starting…"
    counted = (f"{progress.done:,} of {progress.total:,}" if progress.total
               else f"{progress.done:,} so far")
    rate = f" · {progress.rate_per_s:,.0f} per second" if progress.rate_per_s >= 1 else ""
    return f"{phase_words(progress.phase)}: {counted}{rate}"


def was_cancelled(status: SyncStatus) -> bool:
    return status.last_sync_cancelled


def report_text(report: PullReport | None) -> str:
    """What one pull did: ``2,000 passes fetched (2,000 new); 3 status changes``."""
    if report is None:
        return ""
    if report.passes_fetched:
        parts = [f"{plural(report.passes_fetched, 'pass', 'passes')} fetched "
                 f"({report.passes_inserted:,} new)"]
    else:
        parts = ["no new passes"]
    if report.passes_reconciled:
        changed = f"{report.status_changes:,} changed" if report.status_changes else "none changed"
        parts.append(f"{plural(report.passes_reconciled, 'status', 'statuses')} checked, "
                     f"{changed}")
    elif report.status_changes:
        parts.append(plural(report.status_changes, "status change"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def last_sync_text(status: SyncStatus, *, now: datetime | None = None) -> str:
    if status.last_sync_at is None:
        return "Not synced yet."
    when = local_time(status.last_sync_at, seconds=True, now=now)
    done = report_text(status.last_report)
    return f"{when} — {done}." if done else f"{when}."


# --- compact, for the status bar --------------------------------------------------


def sync_indicator(status: SyncStatus, *, now: datetime | None = None) -> str:
    """``Syncing… 45%``, ``Synced 12:04``, ``Not synced yet``."""
    if status.syncing:
        # The whole sync's share, on one scale for its long phases: it only goes
        # forward. The short phases get none: "100%" after two pages of entities
        # would say the sync is done when it has hardly begun.
        overall = status.progress.overall if status.progress else None
        return "Syncing…" if overall is None else f"Syncing… {overall:.0%}"
    if status.last_sync_at is not None:
        return f"Synced {local_time(status.last_sync_at, now=now)}"
    return "Not synced yet"


def outbox_indicator(status: SyncStatus) -> str:
    """``3 waiting · 1 needs attention``; empty when the outbox is clear."""
    parts = []
    if status.pending:
        parts.append(f"{status.pending:,} waiting")
    if status.needs_a_person:
        verb = "needs" if status.needs_a_person == 1 else "need"
        parts.append(f"{status.needs_a_person:,} {verb} attention")
    return " · ".join(parts)


def outbox_summary(status: SyncStatus) -> str:
    """The longer form, for the Sync pane."""
    if not status.pending and not status.needs_a_person:
        return "Nothing waiting: every change made here has reached PassEntry."
    parts = []
    if status.pending:
        parts.append(f"{plural(status.pending, 'change')} waiting to be sent")
    if status.needs_a_person:
        parts.append(f"{plural(status.needs_a_person, 'change')} "
                     f"{'needs' if status.needs_a_person == 1 else 'need'} you to retry "
                     "or discard")
    return "; ".join(parts) + "."
