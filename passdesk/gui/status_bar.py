"""The main window's status bar: which server, and whether it answers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from passdesk.gui.monitor import ConnectionMonitor, ConnectionStatus, OnlineState
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.style import Tone, set_tone

MAX_STATUS_CHARS = 72

TONES = {
    OnlineState.CHECKING: Tone.BUSY,
    OnlineState.ONLINE: Tone.SUCCESS,
    OnlineState.OFFLINE: Tone.ERROR,
    OnlineState.KEY_REFUSED: Tone.WARNING,
    OnlineState.NO_KEY: Tone.WARNING,
}


def shorten(text: str, limit: int = MAX_STATUS_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ServerStatusBar(QStatusBar):
    def __init__(self, link: ServerLink, monitor: ConnectionMonitor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.server_label = QLabel(self, objectName="serverLabel")
        self.online_label = QLabel(self, objectName="onlineLabel")
        self.check_button = QToolButton(self, text="Check now", objectName="checkButton",
                                        autoRaise=True)
        self.check_button.setToolTip("Check the connection to the server now")
        self.addWidget(self.server_label, 1)
        self.addPermanentWidget(self.online_label)
        self.addPermanentWidget(self.check_button)

        self.check_button.clicked.connect(monitor.check_now)
        link.changed.connect(self.show_target)
        monitor.status_changed.connect(self.show_status)
        self.show_target(link.target)
        self.show_status(monitor.status)

    def show_target(self, target: ServerTarget) -> None:
        self.server_label.setText(target.label)
        self.server_label.setToolTip(f"API base URL: {target.base_url}")

    def show_status(self, status: ConnectionStatus) -> None:
        set_tone(self.online_label, TONES[status.state], f"● {shorten(status.text)}")
        when = f"\nLast checked {status.checked_at:%H:%M:%S}." if status.checked_at else ""
        self.online_label.setToolTip(f"{status.detail}{when}")
