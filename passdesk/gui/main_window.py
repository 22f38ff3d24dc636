"""The main window: pane navigation on the left, the current pane on the right,
the server, its online state and sync in the status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.gui.icons import app_icon, icon
from passdesk.gui.panes import PANES, PaneSpec
from passdesk.gui.services import Services
from passdesk.gui.status_bar import ServerStatusBar
from passdesk.gui.style import APP_STYLE, Tone, set_tone

DEFAULT_SIZE = QSize(1100, 720)
MINIMUM_SIZE = QSize(860, 560)
NAV_WIDTH = 200
#: The pane the status bar's sync part opens.
SYNC_PANE = "sync"


class NoticeBar(QFrame):
    """A dismissible message above the panes (e.g. "the settings file was damaged")."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 0)
        self.label = QLabel(self, wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.label, Tone.WARNING, text)
        close = QToolButton(self, text="Dismiss", autoRaise=True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        *,
        panes: Sequence[PaneSpec] = PANES,
        start_pane: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("passdesk")
        self.setWindowIcon(app_icon())
        self.setStyleSheet(APP_STYLE)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)

        self.nav = QListWidget(objectName="navList")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName("Sections")
        self.stack = QStackedWidget(objectName="paneStack")
        self._keys: list[str] = []
        for number, spec in enumerate(panes, start=1):
            self._add_pane(spec, spec.factory(services), number)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        for text in services.notices:
            content_layout.addWidget(NoticeBar(text, content))
        content_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav_column())
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.status = ServerStatusBar(services.link, services.bridge, self)
        self.status.open_sync.connect(self._open_sync_pane)
        self.setStatusBar(self.status)

        if self._keys:
            self.show_pane(start_pane or self._keys[0])

    # --- panes -----------------------------------------------------------

    @property
    def pane_keys(self) -> list[str]:
        return list(self._keys)

    @property
    def current_pane_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def pane(self, key: str) -> QWidget:
        return self.stack.widget(self._keys.index(key))

    def show_pane(self, key: str) -> None:
        self.nav.setCurrentRow(self._keys.index(key))

    def _open_sync_pane(self) -> None:
        if SYNC_PANE in self._keys:
            self.show_pane(SYNC_PANE)

    def _add_pane(self, spec: PaneSpec, widget: QWidget, number: int) -> None:
        item = QListWidgetItem(icon(spec.icon), spec.title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(0, 38))
        if number <= 9:
            item.setToolTip(f"{spec.title} (Ctrl+{number})")
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_pane(key))
        self.nav.addItem(item)
        self.stack.addWidget(widget)
        self._keys.append(spec.key)

    def _nav_column(self) -> QWidget:
        column = QFrame(objectName="navColumn")
        column.setFixedWidth(NAV_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        brand = QWidget(objectName="brand")
        brand_layout = QHBoxLayout(brand)
        brand_layout.setContentsMargins(18, 16, 12, 8)
        brand_layout.setSpacing(10)
        logo = QLabel(brand)
        logo.setPixmap(app_icon().pixmap(QSize(28, 28)))
        name = QLabel("passdesk", brand, objectName="brandName")
        brand_layout.addWidget(logo)
        brand_layout.addWidget(name, 1)

        layout.addWidget(brand)
        layout.addWidget(self.nav, 1)
        return column
