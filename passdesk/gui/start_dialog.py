"""Asked at start-up when no API key is configured: demo, settings, or quit."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.gui.i18n import translate
from passdesk.gui.widgets.icons import app_icon
from passdesk.gui.widgets.style import APP_STYLE, set_role


class StartChoice(StrEnum):
    DEMO = "demo"
    SETTINGS = "settings"
    QUIT = "quit"


class NoKeyDialog(QDialog):
    """Offers "Start demo", "Open Settings" and "Quit"; the answer is in ``choice``."""

    def __init__(self, server_address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = StartChoice.QUIT
        self.setWindowTitle(translate("window", "Welcome to passdesk"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(APP_STYLE)

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(48, 48)))
        title = QLabel(translate("window", "No API key yet"), self, objectName="paneTitle")
        self.message = text = QLabel(translate(
            "window", "passdesk has no PassEntry API key for {server}.\n\n"
            "Start the demo to try passdesk on a local sandbox with made-up data, "
            "or open Settings to enter the key from the PassEntry Dashboard "
            "(Developer tools).").format(server=server_address), self, wordWrap=True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped labels need a width to compute their height from.
        text.setMinimumWidth(400)
        hint = QLabel(translate("window", "On a computer without a keychain, set "
                                "PASSDESK_API_KEY instead."), self, wordWrap=True)
        set_role(hint, "help")

        self.buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(translate("window", "Start &demo"), self)
        self.settings_button = QPushButton(translate("window", "Open &Settings"), self)
        self.quit_button = QPushButton(translate("window", "&Quit"), self)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(StartChoice.DEMO))
        self.settings_button.clicked.connect(lambda: self._choose(StartChoice.SETTINGS))
        self.quit_button.clicked.connect(self.reject)

        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(title)
        words.addWidget(text)
        words.addWidget(hint)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = StartChoice.QUIT
        super().reject()


def ask_start_choice(server_address: str, parent: QWidget | None = None) -> StartChoice:
    """Show the dialog modally and return what the user picked (closing it = quit)."""
    dialog = NoKeyDialog(server_address, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
