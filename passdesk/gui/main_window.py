"""The main window: pane navigation on the left, the current pane on the right,
the server, its online state and sync in the status bar.

It opens to fit the screen it is on, its sidebar collapses to icons (by its
button, or by itself on a narrow window), and a pane can ask for full screen
(``set_full_screen``): the sidebar, status bar and notices go, with whatever of
the pane's own widgets it names, until Esc, the pane's own key or another pane.

Only the pane it opens on is built at start; each other pane is built on its
first show (or when ``pane(key)`` asks for it), so a start waits for one pane.

A pane whose spec ``needs`` an action above the desk's role opens only after a
step-up PIN (``gui/gate.py``). A kiosk desk (``settings.desk_access``)
shows its one pane full screen, with no sidebar, no pane keys and no closing,
until a supervisor's PIN unlocks it; a restart opens it locked again. What a
window manager offers beyond the window (switching apps, a virtual terminal)
is the system's to lock: the README says how.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.roles import Action
from passdesk.gui.i18n import say, translate
from passdesk.gui.nav_column import NavColumn, add_section
from passdesk.gui.panes import PANES, PaneSpec
from passdesk.gui.services import Services
from passdesk.gui.status_bar import ServerStatusBar
from passdesk.gui.widgets.icons import app_icon, icon
from passdesk.gui.widgets.style import APP_STYLE, Tone, set_tone
from passdesk.settings import SettingsError

DEFAULT_SIZE = QSize(1100, 720)
MINIMUM_SIZE = QSize(780, 540)
#: On a screen with room, the window opens this big (at most); smaller screens get it maximized.
ROOMY_SIZE = QSize(1440, 900)
#: Under this window width the sidebar shows icons only, unless the person chose.
NAV_COLLAPSE_BELOW = 1150
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
        set_tone(self.label, Tone.WARNING, say(text))
        close = QToolButton(self, text=translate("window", "Dismiss"), autoRaise=True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)


def opening_geometry(available: QRect) -> QRect | None:
    """Where the window opens on a screen with ``available`` room; None: maximized.

    A screen smaller than ``ROOMY_SIZE`` plus room for a frame gets the window
    maximized (the window manager keeps frame and status bar on screen);
    a larger one gets ``ROOMY_SIZE`` in its middle.
    """
    roomy = ROOMY_SIZE + QSize(80, 80)
    if available.width() < roomy.width() or available.height() < roomy.height():
        return None
    rect = QRect(0, 0, ROOMY_SIZE.width(), ROOMY_SIZE.height())
    rect.moveCenter(available.center())
    return rect


def widgets_in(layout: QLayout | None) -> list[QWidget]:
    """Every widget in ``layout`` and its nested layouts (for ``set_full_screen``).

    Asks the layouts for each widget's index rather than walking their items: a
    Python wrapper of a layout item outlives the item Qt deletes, and its address,
    reused by a later widget, then answers as the wrong type (a crash).
    """
    owner = layout.parentWidget() if layout is not None else None
    if owner is None:
        return []
    layouts = [layout, *layout.findChildren(QLayout)]
    return [w for w in owner.findChildren(QWidget)
            if any(lay.indexOf(w) >= 0 for lay in layouts)]


def _keep_room(widget: QWidget, restore: bool) -> None:
    """Drop a widget's "keep my room when hidden" for full screen; give it back after."""
    policy = widget.sizePolicy()
    if restore:
        if widget.property("_roomKept"):
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            widget.setProperty("_roomKept", None)
    elif policy.retainSizeWhenHidden():
        widget.setProperty("_roomKept", True)
        policy.setRetainSizeWhenHidden(False)
        widget.setSizePolicy(policy)


class MainWindow(QMainWindow):
    #: True on entering full screen, False on leaving it.
    full_screen_changed = Signal(bool)
    #: The pane a kiosk desk is locked to; None: not a kiosk (a class default: Qt
    #: sends events while ``__init__`` still runs).
    _kiosk: str | None = None

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
        #: The person's choice of the sidebar (collapsed or not); None: by the width.
        self._nav_choice: bool | None = None
        #: While full screen: the widgets hidden for it, and whether it was maximized.
        self._full_screen: list[QWidget] | None = None
        self._was_maximized = False

        self.nav_column = NavColumn()
        self.nav_column.toggle.clicked.connect(
            lambda: setattr(self, "_nav_choice", self.nav_column.collapsed))
        self.nav = self.nav_column.nav
        self.stack = QStackedWidget(objectName="paneStack")
        self._services = services
        self._gate = services.gate
        self._keys: list[str] = []
        #: What each pane's opening asks of the desk (``PaneSpec.needs``).
        self._needs: dict[str, Action | None] = {}
        self._pane_shortcuts: list[QShortcut] = []
        #: The row shown now: where a refused switch goes back to.
        self._shown_row = -1
        #: Each pane's title, as the sidebar shows it.
        self._titles: dict[str, str] = {}
        #: The panes not built yet: an empty placeholder holds each one's place in the stack.
        self._unbuilt: dict[str, PaneSpec] = {}
        for number, spec in enumerate(panes, start=1):
            self._add_pane(spec, number)
        self.nav.currentRowChanged.connect(self._switch_to)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        self.notice_bars = [NoticeBar(text, content) for text in services.notices]
        for bar in self.notice_bars:
            content_layout.addWidget(bar)
        content_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav_column)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.status = ServerStatusBar(services.link, services.bridge, self,
                                      database=services.database)
        self.status.open_sync.connect(self._open_sync_pane)
        self.setStatusBar(self.status)
        self.kiosk_button = QPushButton(translate("window", "Unlock desk…"), self,
                                        objectName="kioskUnlock")
        self.kiosk_button.setToolTip(translate(
            "window", "This desk is locked to one pane. A supervisor's PIN unlocks it."))
        self.kiosk_button.clicked.connect(self.unlock_kiosk)
        self.kiosk_button.hide()
        self.status.addPermanentWidget(self.kiosk_button)

        # Esc leaves full screen, window-wide; only then, so it takes no pane's Esc.
        self._leave_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_key.setEnabled(False)
        self._leave_key.activated.connect(lambda: self.set_full_screen(False))
        #: A pane that needs Esc for itself (the Door's hold: Esc turns away) lends it.
        self._escape_lent = False

        if self._keys:
            first = start_pane or self._keys[0]
            kiosk = self._gate.desk.kiosk if self._gate is not None else ""
            if kiosk in self._keys:
                first = kiosk
            self.pane(first)  # the only pane built at start: the others on first show
            self.show_pane(first)
            if kiosk in self._keys:
                self._enter_kiosk(kiosk)
        if self._gate is not None:
            self._gate.changed.connect(self._follow_kiosk_setting)

    def lend_escape(self, lent: bool) -> None:
        """A pane takes Esc for itself while ``lent`` (the Door's hold: Esc turns the
        guest away); meanwhile Esc does not leave full screen (F11 still does)."""
        self._escape_lent = lent
        self._leave_key.setEnabled(self.is_full_screen and not lent)

    # --- panes -----------------------------------------------------------

    @property
    def pane_keys(self) -> list[str]:
        return list(self._keys)

    @property
    def current_pane_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def pane(self, key: str) -> QWidget:
        """The pane ``key``, built now if it was not yet (it is not shown)."""
        row = self._keys.index(key)
        spec = self._unbuilt.pop(key, None)
        if spec is not None:
            placeholder = self.stack.widget(row)
            was_current = self.stack.currentWidget() is placeholder
            widget = spec.factory(self._services)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if was_current:
                self.stack.setCurrentWidget(widget)
        return self.stack.widget(row)

    def is_built(self, key: str) -> bool:
        """Whether pane ``key`` was built (at start only the first pane shown is)."""
        return key in self._keys and key not in self._unbuilt

    def show_pane(self, key: str, *, part: str | None = None) -> None:
        """Show pane ``key``; ``part`` names a part of it to show (a pane's
        ``show_part``, e.g. the Staff pane's "people")."""
        self.nav.setCurrentRow(self._keys.index(key))
        pane = self.stack.currentWidget()
        if part is not None and self.current_pane_key == key and hasattr(pane, "show_part"):
            pane.show_part(part)

    def _switch_to(self, row: int) -> None:
        key = self._keys[row] if 0 <= row < len(self._keys) else None
        if self._kiosk is not None and key != self._kiosk:
            self._go_back_to_shown()
            return
        needs = self._needs.get(key) if key is not None else None
        if (needs is not None and self._gate is not None and row != self._shown_row
                and self._gate.allow(needs, self) is None):
            self._go_back_to_shown()
            return
        self._shown_row = row
        self.set_full_screen(False)  # full screen belongs to the pane that asked
        if 0 <= row < len(self._keys):
            self.pane(self._keys[row])  # a pane is built on its first show
        self.stack.setCurrentIndex(row)
        # Keys go back to where they were in this pane (a click on the sidebar
        # takes no focus, but the pane that had it was hidden).
        pane = self.stack.currentWidget()
        last = pane.focusWidget() if pane is not None else None
        if last is not None and last.isVisible() and last.isEnabled() and not last.hasFocus():
            last.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_back_to_shown(self) -> None:
        """A switch that was refused: the sidebar shows the pane still shown."""
        blocked = self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._shown_row)
        self.nav.blockSignals(blocked)

    def _open_sync_pane(self) -> None:
        if SYNC_PANE in self._keys:
            self.show_pane(SYNC_PANE)

    def _add_pane(self, spec: PaneSpec, number: int) -> None:
        title = translate("window", spec.title)  # marked in panes.py
        self._titles[spec.key] = title
        item = QListWidgetItem(icon(spec.icon), title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(0, 38))
        hint = None
        if number <= 10:  # Ctrl+1 to Ctrl+9, then Ctrl+0 as on the keyboard's row
            keys = QKeySequence(f"Ctrl+{number % 10}")
            hint = keys.toString(QKeySequence.SequenceFormat.NativeText)
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda key=spec.key: self.show_pane(key))
            self._pane_shortcuts.append(shortcut)
        add_section(self.nav, item, hint)
        self._needs[spec.key] = spec.needs
        self.stack.addWidget(QWidget(objectName=f"unbuilt_{spec.key}"))
        self._keys.append(spec.key)
        self._unbuilt[spec.key] = spec

    # --- size and sidebar --------------------------------------------------------

    def show_fitted(self) -> None:
        """Show the window fitted to the screen it is on (maximized on small screens);
        a kiosk desk fills the screen."""
        if self._kiosk is not None:
            self.showFullScreen()
            return
        screen = self.screen()
        place = opening_geometry(screen.availableGeometry()) if screen is not None else None
        if place is None:
            self.showMaximized()
        else:
            self.setGeometry(place)
            self.show()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._nav_choice is None:
            self.nav_column.set_collapsed(self.width() < NAV_COLLAPSE_BELOW)

    # --- full screen ---------------------------------------------------------------

    @property
    def is_full_screen(self) -> bool:
        return self._full_screen is not None

    def set_full_screen(self, on: bool, *,
                        hide: Sequence[QWidget | QLayout | None] = ()) -> None:
        """Fill the screen with the current pane, or go back.

        The sidebar, the status bar and the notice bars go, and so do the pane's
        ``hide`` widgets (a layout: its widgets); leaving shows exactly those
        that were shown before. Esc leaves, and so does switching to another pane.
        """
        if on == self.is_full_screen:
            return
        if on:
            self._was_maximized = self.isMaximized()
            named: list[QWidget] = []
            for part in hide:
                named.extend(widgets_in(part) if isinstance(part, QLayout)
                             else [part] if part is not None else [])
            hidden = [w for w in (self.nav_column, self.status, *self.notice_bars, *named)
                      if not w.isHidden()]
            for widget in hidden:
                widget.hide()
                _keep_room(widget, False)  # gone for real: the verdict takes the room
            self._full_screen = hidden
            self.showFullScreen()
        else:
            hidden, self._full_screen = self._full_screen or [], None
            for widget in hidden:
                if shiboken6.isValid(widget):
                    _keep_room(widget, True)
                    widget.show()
            if self._kiosk is not None:
                self.showFullScreen()  # the pane's full screen ends, the kiosk's stays
            elif self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
        self._leave_key.setEnabled(on and not self._escape_lent)
        self.full_screen_changed.emit(on)

    # --- kiosk ------------------------------------------------------------------------

    @property
    def kiosk(self) -> str | None:
        """The pane this desk is locked to; None: not a kiosk."""
        return self._kiosk

    def _follow_kiosk_setting(self) -> None:
        kiosk = self._gate.desk.kiosk if self._gate is not None else ""
        if kiosk in self._keys and kiosk != self._kiosk:
            self._enter_kiosk(kiosk)
        elif not kiosk and self._kiosk is not None:
            self._leave_kiosk()

    def _enter_kiosk(self, key: str) -> None:
        self.set_full_screen(False)
        self._kiosk = None
        self.show_pane(key)
        self._kiosk = key
        self.nav_column.hide()
        for shortcut in self._pane_shortcuts:
            shortcut.setEnabled(False)
        self.kiosk_button.show()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.showFullScreen()

    def _leave_kiosk(self) -> None:
        self._kiosk = None
        self.nav_column.show()
        for shortcut in self._pane_shortcuts:
            shortcut.setEnabled(True)
        self.kiosk_button.hide()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        self.showNormal()
        self.show_fitted()

    def unlock_kiosk(self) -> bool:
        """Ask for a supervisor's PIN and, given it, unlock this desk (audited)."""
        gate = self._gate
        if gate is None or self._kiosk is None:
            return False
        detail = translate("window", "the {pane}", "the pane a kiosk desk is locked to")
        grant = gate.allow(Action.KIOSK_UNLOCK, self,
                           detail=detail.format(pane=self._titles[self._kiosk]))
        if grant is None:
            return False
        locked_to = self._kiosk
        try:
            gate.set_desk(replace(gate.desk, kiosk=""))
        except SettingsError as exc:  # the file could not be written
            self.status.showMessage(
                translate("window", "Not unlocked: {problem}").format(problem=say(exc)), 10_000)
            return False
        gate.record(action=Action.KIOSK_UNLOCK.value, subject=locked_to, before=locked_to,
                    after="", grant=grant)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._kiosk is not None:
            event.ignore()  # Alt+F4, the window's close: a kiosk stays
            self.status.showMessage(translate(
                "window", 'This desk is locked. A supervisor unlocks it with "{unlock}".')
                .format(unlock=self.kiosk_button.text()), 8000)
            return
        super().closeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if (self._kiosk is not None and event.type() == QEvent.Type.WindowStateChange
                and not self.isFullScreen()):
            QTimer.singleShot(0, self._back_to_full_screen)  # minimised or restored: back

    def _back_to_full_screen(self) -> None:
        if self._kiosk is not None and not self.isFullScreen():
            self.showFullScreen()
