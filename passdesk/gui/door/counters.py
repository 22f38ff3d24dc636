"""The Door's counters: admitted, denied and inside (of capacity) for its event.

A mixin of ``DoorPane``; ``Door.counters`` reads them (a few indexed counts).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from passdesk.store.database import DatabaseError

log = logging.getLogger(__name__)


class DoorCounters:
    def refresh_counters(self) -> None:
        try:
            counts = self.door.counters()
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("counters not read: %s", exc)
            return
        form = self.form
        form.admittedCount.setText(f"{counts.admitted:,}")
        form.deniedCount.setText(f"{counts.denied:,}")
        capacity = self.door.config.capacity
        form.insideCount.setText(f"{counts.inside:,} / {capacity:,}" if capacity
                                 else f"{counts.inside:,}")
        form.insideCaption.setText("inside of capacity" if capacity else "inside")
