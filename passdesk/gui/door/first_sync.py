"""The Door before the first sync has finished: whether the store holds every
pass, and how far the sync got ("Loading passes… 45 %").

A mixin of ``DoorPane``.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from passdesk.gui.i18n import formats, translate
from passdesk.store.database import DatabaseError
from passdesk.store.door_panel import first_sync_finished
from passdesk.sync.service import SyncStatus

log = logging.getLogger(__name__)


class FirstSync:
    def _store_loaded(self) -> bool:
        try:
            return first_sync_finished(self._database)  # two rows by key: fine on the UI thread
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("sync state not read: %s", exc)
            return True  # the verdicts say what the store knows; no false alarm

    def _on_sync_status(self, status: SyncStatus) -> None:
        """Until the first sync has finished, the panel says how far it got."""
        if self.loaded:
            return
        if not status.syncing and status.last_sync_at is not None \
                and not status.last_sync_error:
            self.loaded = True  # a whole pull just finished
            self._loading_done = ""
            self._show_setup()
            if self.form.verdictFrame.property("outcome") == "loading":
                self._show_idle()
            return
        if not status.syncing and status.last_sync_error:
            # e.g. offline on a first start
            self._loading_done = translate("door", "stopped, see Sync", "loading passes")
        progress = status.progress
        # The whole sync's share, as the status bar says it; else the passes' own.
        overall = getattr(progress, "overall", None)
        fraction = progress.fraction if progress is not None else None
        if overall is not None:
            self._loading_done = percent(overall)
        elif progress is not None and progress.phase.startswith("passes") \
                and fraction is not None:
            self._loading_done = percent(fraction)
        elif progress is not None and progress.phase == "event passes":
            self._loading_done = translate("door", "linking tickets to their events",
                                           "loading passes")
        if self.form.verdictFrame.property("outcome") == "loading":
            self._show_idle()


def percent(fraction: float) -> str:
    """How far, as the panel says it ("45 %"): it ends in "%" (``verdict_panel`` looks)."""
    return translate("door", "{percent} %", "how far the passes have loaded").format(
        percent=formats.number(round(fraction * 100)))
