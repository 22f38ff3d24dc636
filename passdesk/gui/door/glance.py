"""The Door's glance strip: this door's pace and the venue's head count, in type
big enough to read from two metres.

"This door 4.2 a minute" is the desk's admissions over the last five minutes;
"inside 812 of 1,000" counts every door of the door's event (other desks, the
hub, PassEntry's readers), against the capacity of this door's settings.
Read by ``store.insights.glance`` on the store's worker, one read at a time,
whenever the Door's counters are (a scan here or a store notice of scans), and
every 15 s while shown, so the pace falls back when the queue stops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from passdesk.core.admission import DoorConfig
from passdesk.gui.i18n import formats, translate
from passdesk.gui.widgets.palette import qss
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.insights import Glance, glance
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)

#: With no scan at all, the strip is read again this often while shown.
TICK_MS = 15_000

GLANCE_STYLE = qss("""
QFrame#glanceStrip {
    background: $grey_900;
    border-radius: 10px;
}
QFrame#glanceStrip QLabel { background: transparent; color: $white; }
QLabel[role="glanceNumber"] { font-size: 36px; font-weight: 700; }
QLabel[role="glanceCaption"] { font-size: 13px; color: $grey_300; }
QProgressBar#glanceFill { background: $grey_700; border: none; border-radius: 4px; }
QProgressBar#glanceFill::chunk { background: $green_700; border-radius: 4px; }
QFrame#glanceStrip[full="true"] QProgressBar#glanceFill::chunk { background: $yellow_300; }
QFrame#glanceStrip[stale="true"] QLabel[role="glanceNumber"] { color: $grey_400; }
QFrame#glanceStrip[full="true"] QLabel#glanceInside { color: $yellow_300; }
""")


def rate_text(rate: float) -> str:
    return QLocale().toString(float(rate), "f", 1)


def inside_text(inside: int, capacity: int | None) -> str:
    if not capacity:
        return formats.number(inside)
    return translate("door", "{inside} / {capacity}", "people inside of the capacity").format(
        inside=formats.number(inside), capacity=formats.number(capacity))


class DoorGlance(QFrame):
    def __init__(self, *, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 config: Callable[[], DoorConfig],
                 clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="glanceStrip")
        self.setStyleSheet(GLANCE_STYLE)
        self._database = database
        self._tasks = store_tasks
        self._config = config
        self.clock = clock or (lambda: datetime.now(UTC))
        self._reads = OneReadAtATime(self.refresh)
        #: The last figures read (None before the first answer).
        self.shown: Glance | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 4, 16, 6)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.rate, _words = self._figure(row, "glanceRate",
                                         translate("door", "per minute\nat this door"))
        row.addStretch(1)
        self.inside, self.inside_caption = self._figure(
            row, "glanceInside", translate("door", "inside\nthe venue"))
        outer.addLayout(row)
        #: How full the venue is, when the door has a capacity.
        self.fill = QProgressBar(self, objectName="glanceFill", textVisible=False)
        self.fill.setFixedHeight(8)
        self.fill.hide()
        outer.addWidget(self.fill)
        self.setAccessibleName(translate("door", "This door's pace and the venue's head count"))
        bridge.store_changed.connect(self._on_store_changed)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.refresh)

    def _figure(self, row: QHBoxLayout, name: str, caption: str) -> tuple[QLabel, QLabel]:
        """A big number with its words beside it; returns both labels."""
        number = QLabel("—", self, objectName=name)
        number.setProperty("role", "glanceNumber")
        words = QLabel(caption, self)
        words.setProperty("role", "glanceCaption")
        row.addWidget(number, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(words, 0, Qt.AlignmentFlag.AlignVCenter)
        return number, words

    def refresh(self) -> None:
        """Read the strip's figures again (after the read that runs, if one does);
        hidden, it reads when shown."""
        if not self.isVisible() or not self._reads.begin():
            return
        config, database, now = self._config(), self._database, self.clock()

        def read() -> Glance:
            with database.session() as session:
                return glance(session, config.event_id, config.desk, now)

        try:
            self._tasks.run(read, owner=self,
                            on_success=self._reads.shown(lambda got: self._show(got, config)),
                            on_failure=self._reads.shown(self._failed))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            self._reads = OneReadAtATime(self.refresh)

    def _show(self, figures: Glance, config: DoorConfig) -> None:
        self.shown = figures
        capacity = config.capacity
        self.rate.setText(rate_text(figures.rate_now))
        self.inside.setText(inside_text(figures.inside, capacity))
        self.inside_caption.setText(translate("door", "inside the venue\nof its capacity")
                                    if capacity else translate("door", "inside\nthe venue"))
        self.fill.setVisible(bool(capacity))
        if capacity:
            self.fill.setRange(0, capacity)
            self.fill.setValue(min(figures.inside, capacity))
        self._restyle(stale=False, full=bool(capacity) and figures.inside >= (capacity or 0))
        self.setToolTip(translate("door", "This door: {rate} admissions a minute over the last "
                                  "5 minutes. Inside: {inside}.").format(
            rate=rate_text(figures.rate_now), inside=inside_text(figures.inside, capacity)))

    def _failed(self, exc: Exception) -> None:
        log.warning("glance not read: %s", exc)
        self._restyle(stale=True, full=False)
        self.setToolTip(translate("door", "These figures could not be read again: they may be "
                                  "out of date."))

    def _restyle(self, *, stale: bool, full: bool) -> None:
        self.setProperty("stale", stale)
        self.setProperty("full", full)
        for widget in (self, self.rate, self.inside, self.fill):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in (Topic.SCANS, Topic.ALL):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._ticker.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._ticker.stop()
        super().hideEvent(event)
