"""NOT RECORDED at the Door: a scan the store refused is never shown as a verdict.

When the door step cannot commit (the disk is full, the database is locked,
damaged, or the disk fails), the panel shows NOT RECORDED with words a door
person can act on (``core.storage_failure``), plays its own alarm, and signals
a failure on the reader. It stays, even past the door's "back to READY"
setting, until a scan IS recorded: a guest must never see the green of the
guest before.

The value is kept on a list a supervisor can open ("3 scans not recorded —
show") to have them scanned again; each leaves the list when a scan of it is
recorded; below it, a warning when the store's disk runs low
(``FreeSpaceWatch``), before any scan is lost. The log gets one line per
failure, no traceback. The Door's own
connection is left usable by ``DoorStore`` (rolled back, or reconnected), so
scanning resumes by itself when the cause clears.

A mixin of ``DoorPane``, placed before ``VerdictPanel`` (it wraps ``_show_idle``).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.storage_failure import StorageFailure, classify
from passdesk.gui.door.words import source_words, word
from passdesk.gui.free_space_watch import FreeSpaceWatch
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.scanning.sound import NOT_RECORDED
from passdesk.gui.widgets.palette import qss
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.scan.door import DoorResult
from passdesk.scan.sources import ScanRead
from passdesk.store.database import DatabaseError

log = logging.getLogger(__name__)

#: What a store write can raise when the store, not the code, is at fault.
STORE_ERRORS = (sqlite3.Error, SQLAlchemyError, DatabaseError, OSError)
#: The panel's outcome key and word (``style.py``/``verdict_look.py`` give it its look).
OUTCOME = "notrecorded"

BUTTON_STYLE = qss("""
QPushButton#notRecordedButton {
    color: $red_900; background: $red_100; border: 1px solid $red_700;
    border-radius: 6px; padding: 4px 10px; font-weight: 600; text-align: left;
}
""")


@dataclass(frozen=True)
class FailedScan:
    value: str
    source: str
    at: datetime
    failure: StorageFailure

    def line(self) -> str:
        return translate("door", "{time} · {value} · {source} · {what}",
                         "a scan not recorded").format(
            time=formats.clock(self.at, seconds=True), value=self.value,
            source=source_words(self.source), what=say(self.failure.what))


class NotRecordedScans:
    #: The NOT RECORDED state on show (None: a recorded scan cleared it).
    _failure_shown: tuple[str, str] | None = None

    def _build_not_recorded(self, parent: QWidget) -> QWidget:
        """The supervisor's lines, each hidden while it has nothing to say: "2 scans not
        recorded — show", and the low-space warning (before scans go unrecorded)."""
        lines = QWidget(parent, objectName="storageLines")
        layout = QVBoxLayout(lines)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_failed_button(lines))
        self.space_line = QLabel(lines, objectName="spaceLine", wordWrap=True)
        self.space_line.setTextFormat(Qt.TextFormat.PlainText)
        self.space_line.setAccessibleName(translate("door", "Disk space"))
        self.space_line.hide()
        layout.addWidget(self.space_line)
        self.space_watch = FreeSpaceWatch(self._database, lines)
        self.space_watch.changed.connect(self._show_space)
        return lines

    def _show_space(self, words: str) -> None:
        set_tone(self.space_line, Tone.WARNING if words else Tone.NONE, words)
        self.space_line.setVisible(bool(words))

    def _build_failed_button(self, parent: QWidget) -> QPushButton:
        #: Scans the store refused, oldest first, one per value (the latest try).
        self.failed_scans: list[FailedScan] = []
        button = QPushButton(parent, objectName="notRecordedButton", flat=True)
        button.setStyleSheet(BUTTON_STYLE)
        button.setAccessibleName(translate("door", "Scans not recorded"))
        button.setToolTip(translate("door", "Scans the database refused: open the list to scan "
                                    "them again."))
        button.clicked.connect(self.show_failed_scans)
        button.hide()
        self.failed_button = button
        return button

    def _not_recorded(self, exc: BaseException, read: ScanRead | None = None) -> None:
        """The store refused this scan: say so, loudly, until a scan is recorded."""
        failure = classify(exc)
        at = datetime.now(UTC)
        value = read.value if read is not None else ""
        if isinstance(exc, STORE_ERRORS):
            log.error("scan not recorded (%s)%s", failure.log_line,
                      f": {value[:80]!r} kept for a re-scan" if value else "")
        else:  # not the store: a bug, whose traceback is wanted
            log.error("scan not recorded (unexpected error)", exc_info=exc)
        if read is not None:
            self.failed_scans = [f for f in self.failed_scans if f.value != value]
            self.failed_scans.append(FailedScan(value, read.source, at, failure))
        shown = read is not None and read.source != "manual"
        detail = " · ".join(part for part in (
            f"{formats.clock(at, seconds=True)} {at.astimezone():%Z}".strip(),
            value[:60] if shown else "",
            source_words(read.source) if read is not None else "",
            translate("storage", failure.cause.value)) if part)
        self._failure_shown = (say(failure.door_words), detail)
        self._show_failure()
        self.sounds.play(NOT_RECORDED)
        self._signal_failure()
        self._show_failed_count()

    def _show_failure(self) -> None:
        words, detail = self._failure_shown
        # Stays: READY must not come back over a scan that was not recorded.
        self._show_verdict(OUTCOME, word(OUTCOME), "", words, detail, stays=True)

    def _signal_failure(self) -> None:
        try:
            self.sources.signal_verdict(False)
        except Exception as exc:  # a reader's light must not hide the panel
            log.warning("reader not told of the failure: %s", exc)

    def _show_idle(self) -> None:
        """READY (or LOADING…), unless a scan was not recorded since the last recorded one."""
        if self._failure_shown is not None:
            self._show_failure()
            return
        super()._show_idle()

    def _recorded(self, result: DoorResult) -> None:
        """A scan was recorded: NOT RECORDED ends, and its value leaves the list."""
        self._failure_shown = None
        value = result.value.strip()
        kept = [f for f in self.failed_scans
                if f.value.strip() != value and f.value != (result.facts.id if result.facts
                                                             else None)]
        if len(kept) != len(self.failed_scans):
            self.failed_scans = kept
            self._show_failed_count()

    def _show_failed_count(self) -> None:
        count = len(self.failed_scans)
        button = self.failed_button
        words = translate("door", "%Ln scan(s) not recorded — show", None, count)
        button.setText(words if count else "")
        button.setVisible(bool(count))

    def show_failed_scans(self) -> QDialog:
        """The list, for a supervisor: each value, when, from where, and why."""
        dialog = QDialog(self, objectName="notRecordedDialog")
        dialog.setWindowTitle(translate("door", "Scans not recorded"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(translate("door", "These scans were not recorded. Once the cause is "
                                 "fixed, scan each again (or find it with Find guest): it "
                                 "leaves this list when it is recorded."), dialog, wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        items = QListWidget(dialog, objectName="notRecordedList")
        items.addItems([f.line() for f in self.failed_scans])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        for widget in (intro, items, buttons):
            layout.addWidget(widget)
        dialog.resize(560, 320)
        dialog.open()
        self.failed_dialog = dialog
        return dialog
