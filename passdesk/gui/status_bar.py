"""The main window's status bar: which server, whether it answers, how sync goes.

Everything but the server's name comes from the sync service (through the
``SyncBridge``): every pull and push is a contact, and the service checks by
itself when idle, so there is one source of truth for "online". The sync and
outbox parts are buttons: clicking them asks for the Sync pane (``open_sync``).
Given the store, it also warns when the store's disk runs low (``FreeSpaceWatch``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from passdesk.gui.free_space_watch import FreeSpaceWatch
from passdesk.gui.i18n import say, translate
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.sync.words import (
    connection_detail,
    connection_text,
    outbox_indicator,
    progress_text,
    sync_indicator,
    was_cancelled,
)
from passdesk.gui.widgets.icons import icon
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.widgets.words import local_time
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.store.database import Database
from passdesk.sync.service import Connection, SyncStatus

SYNC_ICON = "sync.svg"

TONES = {
    Connection.UNKNOWN: Tone.BUSY,
    Connection.ONLINE: Tone.SUCCESS,
    Connection.OFFLINE: Tone.ERROR,
    Connection.KEY_REFUSED: Tone.WARNING,
    Connection.NO_KEY: Tone.WARNING,
    Connection.OTHER_SERVER: Tone.WARNING,
}


def server_words(target: ServerTarget) -> str:
    """``target.label``: ``Demo sandbox · 127.0.0.1:8765`` in the installed language."""
    return target.label


class ServerStatusBar(QStatusBar):
    #: The sync or outbox part was clicked: show the Sync pane.
    open_sync = Signal()

    def __init__(self, link: ServerLink, bridge: SyncBridge,
                 parent: QWidget | None = None, *, database: Database | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.server_label = QLabel(self, objectName="serverLabel")
        self.online_label = QLabel(self, objectName="onlineLabel")
        self.sync_button = QToolButton(self, objectName="syncButton", autoRaise=True)
        self.sync_button.setIcon(icon(SYNC_ICON))
        self.sync_button.setIconSize(QSize(14, 14))
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.outbox_button = QToolButton(self, objectName="outboxButton", autoRaise=True)
        self.outbox_button.setToolTip(translate(
            "window", "Changes made here that PassEntry does not have yet. "
            "Click to see them in the Sync pane."))
        self.outbox_button.hide()
        self.space_label = QLabel(self, objectName="spaceLabel")
        self.space_label.setAccessibleName(translate("window", "Disk space"))
        self.space_label.hide()
        self.addWidget(self.server_label, 1)
        self.addPermanentWidget(self.space_label)
        self.addPermanentWidget(self.online_label)
        self.addPermanentWidget(self.sync_button)
        self.addPermanentWidget(self.outbox_button)

        self.sync_button.clicked.connect(self.open_sync)
        self.outbox_button.clicked.connect(self.open_sync)
        link.changed.connect(self.show_target)
        bridge.status_changed.connect(self.show_status)
        self.show_target(link.target)
        self.show_status(bridge.status)
        self.space_watch: FreeSpaceWatch | None = None
        if database is not None:
            self.space_watch = FreeSpaceWatch(database, self)
            self.space_watch.changed.connect(self.show_space)

    def show_space(self, words: str) -> None:
        """The low-space warning, short here; the whole of it in the tooltip."""
        short = self.space_watch.short if self.space_watch is not None and words else ""
        set_tone(self.space_label, Tone.WARNING if words else Tone.NONE,
                 f"⚠ {short or words}" if words else "")
        self.space_label.setToolTip(words)
        self.space_label.setVisible(bool(words))

    def show_target(self, target: ServerTarget) -> None:
        self.server_label.setText(server_words(target))
        self.server_label.setToolTip(
            translate("window", "API base URL: {url}").format(url=target.base_url))

    def show_status(self, status: SyncStatus) -> None:
        set_tone(self.online_label, TONES[status.connection],
                 f"● {say(connection_text(status))}")
        self.online_label.setToolTip(say(connection_detail(status)))

        self.sync_button.setText(say(sync_indicator(status)))
        self.sync_button.setToolTip(self._sync_tooltip(status))

        outbox = say(outbox_indicator(status))
        self.outbox_button.setText(outbox)
        self.outbox_button.setProperty("attention", bool(status.needs_a_person))
        self.outbox_button.style().unpolish(self.outbox_button)
        self.outbox_button.style().polish(self.outbox_button)
        self.outbox_button.setVisible(bool(outbox))

    @staticmethod
    def _sync_tooltip(status: SyncStatus) -> str:
        if status.syncing:
            lines = [say(progress_text(status.progress))]
        elif status.last_sync_at is not None:
            lines = [translate("window", "Last sync {time}.").format(
                time=local_time(status.last_sync_at, seconds=True))]
        else:
            lines = [translate("window", "No sync has finished yet.")]
        if not status.syncing and was_cancelled(status):
            lines.append(translate("window", "The last sync was cancelled."))
        elif not status.syncing and status.last_sync_error:
            lines.append(translate("window", "Last attempt: {problem}").format(
                problem=say(status.last_sync_error)))
        lines.append(translate("window", "Click to open the Sync pane."))
        return "\n".join(lines)
