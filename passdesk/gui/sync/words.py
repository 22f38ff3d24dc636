"""The sync service's state in words, for the status bar and the Sync pane.

Plain functions over ``SyncStatus`` and friends: no widgets, tested without a
window. Times are shown in the computer's local time zone (``widgets.words``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.widgets.words import local_time
from passdesk.sync.progress import SyncProgress
from passdesk.sync.service import Connection, SyncStatus

if TYPE_CHECKING:
    from passdesk.sync.pull import PullReport

#: Said with ``translate("sync", word)``.
CONNECTION_WORDS = {
    Connection.UNKNOWN: QT_TRANSLATE_NOOP("sync", "Checking…"),
    Connection.ONLINE: QT_TRANSLATE_NOOP("sync", "Online"),
    Connection.OFFLINE: QT_TRANSLATE_NOOP("sync", "Offline"),
    Connection.KEY_REFUSED: QT_TRANSLATE_NOOP("sync", "Key refused"),
    Connection.NO_KEY: QT_TRANSLATE_NOOP("sync", "No API key"),
    Connection.OTHER_SERVER: QT_TRANSLATE_NOOP("sync", "Other server's data"),
}

#: Said with ``translate("sync", word)``.
PHASE_WORDS = {
    "entities": QT_TRANSLATE_NOOP("sync", "Entities"),
    "templates": QT_TRANSLATE_NOOP("sync", "Templates"),
    "events": QT_TRANSLATE_NOOP("sync", "Events"),
    "readers": QT_TRANSLATE_NOOP("sync", "Readers"),
    "passes (full)": QT_TRANSLATE_NOOP("sync", "Passes (first full download)"),
    "passes (incremental)": QT_TRANSLATE_NOOP("sync", "New passes"),
    "status check": QT_TRANSLATE_NOOP("sync", "Status of every pass"),
    "event passes": QT_TRANSLATE_NOOP("sync", "Which passes belong to which event"),
}


# --- connection ---------------------------------------------------------------


def connection_text(status: SyncStatus) -> str:
    return translate("sync", CONNECTION_WORDS[status.connection])


def connection_detail(status: SyncStatus) -> str:
    """What the state means and, when it is a problem, what to do."""
    detail = say(status.connection_detail).strip()
    match status.connection:
        case Connection.ONLINE:
            return detail or translate(
                "sync", "PassEntry answers. Changes made here are sent as they are made.")
        case Connection.OFFLINE:
            why = detail or translate("sync", "PassEntry cannot be reached.")
            return translate("sync", "{why}\nChanges made here are kept and sent when the "
                                     "connection is back.").format(why=why)
        case Connection.KEY_REFUSED:
            why = detail or translate("sync", "PassEntry did not accept the API key.")
            return translate("sync", "{why}\nEnter a valid key in Settings. Changes made here "
                                     "wait until then.").format(why=why)
        case Connection.NO_KEY:
            return translate("sync", "No API key for this server. Add one in Settings, or set "
                                     "PASSDESK_API_KEY before starting passdesk.")
        case Connection.OTHER_SERVER:
            return detail or translate(
                "sync", "The local data belongs to another server; nothing is sent.")
    return translate("sync", "Checking the connection…")


# --- the pull -----------------------------------------------------------------------


def phase_words(phase: str) -> str:
    if phase in PHASE_WORDS:
        return translate("sync", PHASE_WORDS[phase])
    return phase[:1].upper() + phase[1:]


def progress_text(progress: SyncProgress | None) -> str:
    """``Passes (first full download): 900 of 2,000 · 350 per second``."""
    if progress is None:
        return translate("sync", "Starting…")
    phase = phase_words(progress.phase)
    done = formats.number(progress.done)
    if progress.total:
        counted = translate("sync", "{done} of {total}", "sync progress: items done of all") \
            .format(done=done, total=formats.number(progress.total))
    else:
        counted = translate("sync", "{done} so far", "sync progress: items done, total unknown") \
            .format(done=done)
    if progress.rate_per_s >= 1:
        return translate("sync", "{phase}: {counted} · {rate} per second").format(
            phase=phase, counted=counted, rate=formats.number(round(progress.rate_per_s)))
    return translate("sync", "{phase}: {counted}").format(phase=phase, counted=counted)


def was_cancelled(status: SyncStatus) -> bool:
    return status.last_sync_cancelled


def report_text(report: PullReport | None) -> str:
    """What one pull did: ``2,000 passes fetched (2,000 new); 3 status changes``."""
    if report is None:
        return ""
    if report.passes_fetched:
        fetched = translate("sync", "%Ln pass(es) fetched ({new} new)", None,
                            report.passes_fetched).format(
            new=formats.number(report.passes_inserted))
    else:
        fetched = translate("sync", "No new passes")
    if report.passes_reconciled:
        if report.status_changes:
            return translate("sync", "{fetched}; %Ln status(es) checked, {changed} changed",
                             None, report.passes_reconciled).format(
                fetched=fetched, changed=formats.number(report.status_changes))
        return translate("sync", "{fetched}; %Ln status(es) checked, none changed",
                         None, report.passes_reconciled).format(fetched=fetched)
    if report.status_changes:
        return translate("sync", "{fetched}; %Ln status change(s)", None,
                         report.status_changes).format(fetched=fetched)
    return fetched


def last_sync_text(status: SyncStatus, *, now: datetime | None = None) -> str:
    if status.last_sync_at is None:
        return translate("sync", "Not synced yet.")
    when = local_time(status.last_sync_at, seconds=True, now=now)
    done = report_text(status.last_report)
    if done:
        return translate("sync", "{when} — {done}.").format(when=when, done=done)
    return translate("sync", "{when}.").format(when=when)


# --- compact, for the status bar --------------------------------------------------


def sync_indicator(status: SyncStatus, *, now: datetime | None = None) -> str:
    """``Syncing… 45%``, ``Synced 12:04``, ``Not synced yet``."""
    if status.syncing:
        # The whole sync's share, on one scale for its long phases: it only goes
        # forward. The short phases get none: "100%" after two pages of entities
        # would say the sync is done when it has hardly begun.
        overall = status.progress.overall if status.progress else None
        if overall is None:
            return translate("sync", "Syncing…")
        return translate("sync", "Syncing… {percent}%").format(
            percent=formats.number(round(overall * 100)))
    if status.last_sync_at is not None:
        return translate("sync", "Synced {when}").format(
            when=local_time(status.last_sync_at, now=now))
    return translate("sync", "Not synced yet")


def outbox_indicator(status: SyncStatus) -> str:
    """``3 waiting · 1 to check``; empty when the outbox is clear."""
    parts = []
    if status.pending:
        parts.append(translate("sync", "%Ln waiting", "status bar: changes not sent yet",
                               status.pending))
    if count := status.needs_a_person:
        parts.append(translate("sync", "%Ln to check", "status bar: changes refused, for a "
                               "person to retry or discard", count))
    return " · ".join(parts)


def outbox_summary(status: SyncStatus) -> str:
    """The longer form, for the Sync pane."""
    if not status.pending and not status.needs_a_person:
        return translate("sync", "Nothing waiting: every change made here has reached PassEntry.")
    waiting = translate("sync", "%Ln change(s) waiting to be sent", None, status.pending)
    count = status.needs_a_person
    needing = translate("sync", "%Ln change(s) to retry or discard", None, count)
    if status.pending and count:
        return translate("sync", "{waiting}; {needing}.").format(waiting=waiting,
                                                                 needing=needing)
    return translate("sync", "{what}.").format(what=waiting if status.pending else needing)
