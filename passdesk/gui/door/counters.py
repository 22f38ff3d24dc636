"""The Door's counters: admitted, denied and inside (of capacity) for its event.

A mixin of ``DoorPane``; ``Door.counters`` reads them (a few indexed counts).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from passdesk.gui.i18n import formats, translate
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
        form.admittedCount.setText(formats.number(counts.admitted))
        form.deniedCount.setText(formats.number(counts.denied))
        capacity = self.door.config.capacity
        form.insideCount.setText(translate("door", "{inside} / {capacity}", "people inside of "
                                           "the capacity").format(
            inside=formats.number(counts.inside), capacity=formats.number(capacity))
            if capacity else formats.number(counts.inside))
        form.insideCaption.setText(translate("door", "inside of capacity") if capacity
                                   else translate("door", "inside", "people inside now"))
