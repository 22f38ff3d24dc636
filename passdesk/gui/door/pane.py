"""The Door pane: scan, see a big green or red verdict, hear it, go on.

Scans come from the keyboard wedge (USB barcode scanners, VTAP readers in
keyboard mode) and the sources chosen in the door settings (NFC reader, VTAP
reader on its serial port, webcam; see ``scanning.sources``), all active while
this pane is shown, or from a search by name or ticket number. Each is judged
by ``Door.scan`` on the UI thread (≈1 ms: parse, look up, rules, durable
record) so the verdict is on screen at once, and shown on a VTAP reader on its
serial port; searches and loading the history run on the store's worker.

The door is tied to an event a person chose (or to "any event", chosen as
such): until then a banner asks which, and a chosen event that is no longer in
the store is a red banner. Until the first sync has finished the panel says
"Loading passes… N %", and a pass it cannot find is "not loaded yet", never a
plain "unknown pass". A verdict goes back to READY after the door's setting.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from passdesk.api import ApiError
from passdesk.api.validation import ValidationClient
from passdesk.core.admission import Direction, EventFacts, Outcome, Reason
from passdesk.core.loyalty import ScanLoyalty, format_points
from passdesk.gui.door.config import DoorSetup, setup_from_json, setup_to_json
from passdesk.gui.door.history_model import WORDS, Column, RecentScan, RecentScansModel
from passdesk.gui.door.settings_dialog import (
    ANY,
    CHOOSE,
    Choices,
    DoorSettingsDialog,
    at_words,
    fill_event_combo,
    load_choices,
)
from passdesk.gui.door.style import DOOR_STYLE
from passdesk.gui.hub_control import HubController
from passdesk.gui.pane_keys import label_with_keys, pane_shortcut
from passdesk.gui.scanning.camera import CameraPreview
from passdesk.gui.scanning.pass_search import SEARCH_LIMIT, PassSearch
from passdesk.gui.scanning.sound import VerdictSounds, sound_problem_line
from passdesk.gui.scanning.sources import ScanSources, SourceChoice
from passdesk.gui.services import Services
from passdesk.gui.widgets.atomic_file import write_atomically
from passdesk.gui.widgets.csv_export import export_to_csv
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.scan.door import Door, DoorResult
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.scan.third_party import ExternalDoor, Fallback
from passdesk.scan.wedge import KeyboardWedge
from passdesk.secrets import SecretStore
from passdesk.settings import SettingsError, SettingsStore
from passdesk.store.admissions import (
    barcode_types,
    can_undo,
    first_sync_done,
    recent_scans,
    validation_settings,
)
from passdesk.store.database import Database, DatabaseError
from passdesk.store.loyalty import customer
from passdesk.store.scans import export_csv
from passdesk.sync.readers import HUB_TOKEN
from passdesk.sync.service import StoreChanged, SyncService, SyncStatus

log = logging.getLogger(__name__)

#: A door person waits this long for a third-party answer before the fallback decides.
VALIDATION_TIMEOUT_S = 2.0

HISTORY_ROWS = 50
#: How long the verdict takes to fade back to READY.
FADE_MS = 350
#: How the footer names where a scan came from.
SOURCE_WORDS = {"wedge": "scanner", "manual": "picked by hand", "nfc": "NFC reader",
                "vtap": "VTAP reader", "camera": "camera"}
#: The notice other panes get after each scan or undo.
SCANS = "scans"


class DoorPane(QWidget):
    def __init__(self, database: Database, settings: SettingsStore, bridge: SyncBridge,
                 store_tasks: TaskRunner, parent: QWidget | None = None, *,
                 sync: SyncService | None = None, secrets: SecretStore | None = None,
                 hub: HubController | None = None) -> None:
        super().__init__(parent)
        self._db = database
        #: The venue hub run in this app: it judges with this door's rules.
        self._hub = hub
        #: The app's secret store (the self-test's has no keychain): the validation token.
        self._secrets = secrets or SecretStore()
        #: Told when an admission queued points, so they are sent at once.
        self._sync = sync
        self._settings = settings
        self._bridge = bridge
        self._tasks = store_tasks
        self._setup = setup_from_json(settings.load().station)
        self.door = Door(database, self._setup.config, loyalty=self._setup.loyalty,
                               log_as=self._setup.log_as or None)
        # The Door holds its own database connection: give it back with the pane.
        door = self.door
        self.destroyed.connect(lambda *_: door.close())
        # Third-party doors hold an HTTP client: closed with the pane too.
        self._open_doors: list[ExternalDoor] = []
        open_doors = self._open_doors
        self.destroyed.connect(lambda *_: [d.close() for d in open_doors])
        self.sounds = VerdictSounds(self._setup.sound, self)
        self.wedge = KeyboardWedge(parent=self)
        self._full_screen_hooked = False
        self.wedge.read.connect(self.scan)
        self.sources = ScanSources(self)
        self.sources.configure(_choice(self._setup))
        self.sources.read.connect(self.scan)
        self.sources.changed.connect(self._show_sources)
        bridge.store_changed.connect(self._on_store_changed)
        bridge.status_changed.connect(self._on_sync_status)
        self.last_result: DoorResult | None = None
        #: The events in the store (None until read): the door names its event from them.
        self._events: list[EventFacts] | None = None
        #: Whether the store holds every pass (a first sync finished); read below.
        self.loaded = True
        #: How far the first sync got, in words ("45 %"; "" before the first report).
        self._loading_done = ""
        #: Back to READY after the door's setting; a scan restarts it.
        self._ready_timer = QTimer(self, singleShot=True)
        self._ready_timer.timeout.connect(self._fade_to_ready)
        #: Set when the reader configuration says third-party validation.
        self.third_party: ExternalDoor | None = None

        self.setStyleSheet(DOOR_STYLE)
        self.form = form = load_form("door/pane.ui", self)
        # The verdict fades out before READY comes back; a scan meanwhile stops it.
        self._fade_effect = QGraphicsOpacityEffect(form.verdictFrame, enabled=False)
        form.verdictFrame.setGraphicsEffect(self._fade_effect)
        self._fade = QPropertyAnimation(self._fade_effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.2)
        self._fade.finished.connect(self._show_idle)
        for label in (form.holderName, form.verdictMessage, form.verdictDetail,
                      form.undoLabel, form.searchHint, form.doorSummary, form.sourcesLine,
                      form.exportLine, form.bannerLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Lines that come and go keep their room, so the verdict never moves.
        for label in (form.exportLine, form.undoLabel):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setHorizontalPolicy(policy.Policy.Ignored)
            label.setSizePolicy(policy)

        self.recent = RecentScansModel(self)
        table = form.recentTable
        table.setModel(self.recent)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        for column, widest in ((Column.TIME, "00:00:00"), (Column.VERDICT, "ADMIT")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 18)
        # The reason gets most of the room (``_share_columns``); cut text has its tooltip.
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        # Two lines a row: a reason ("Ticket for Autumn Jazz Festival, Tue 5 Jan: …") wraps
        # instead of being cut after a word at 1024 px; the whole of it is in the tooltip.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 8)

        self.preview = CameraPreview(form)
        header = form.findChild(QHBoxLayout, "headerLayout")
        header.addWidget(self.preview)  # the top right corner, beside the buttons
        header.setStretch(0, 1)  # the title column takes the width: its lines wrap less
        form.exportLine.hide()

        self.search = PassSearch(form.searchEdit, form.searchResults, form.searchHint, database,
                                 store_tasks, on_escape=form.verdictFrame.setFocus)
        self.results = self.search.results
        self.search.changed.connect(self._show_search_state)
        self.search.picked.connect(self._admit)
        form.searchEdit.returnPressed.connect(self.search.go_to_results)
        form.admitButton.clicked.connect(self.admit_selected)
        form.undoButton.clicked.connect(self.undo)
        form.settingsButton.clicked.connect(self.open_settings)
        form.bannerButton.clicked.connect(self.use_banner_event)
        form.exportButton.clicked.connect(self.export_scans)
        form.fullScreenButton.clicked.connect(self.toggle_full_screen)
        form.searchResults.selectionModel().selectionChanged.connect(self._show_search_state)

        # Window-wide while the Door is shown (focus may be in the sidebar); Esc
        # leaves full screen (the main window's). The buttons name their keys.
        pane_shortcut(self, QKeySequence.StandardKey.Find, self.find_guest)
        pane_shortcut(self, QKeySequence.StandardKey.Undo, self.undo, button=form.undoButton)
        pane_shortcut(self, Qt.Key.Key_F11, self.toggle_full_screen)
        self._show_full_screen_state(False)
        # Sound that cannot be heard is said on the Door, once (m19).
        title = form.findChild(QVBoxLayout, "titleLayout")
        (title or form.layout()).addWidget(sound_problem_line(self.sounds, form))

        self.loaded = self._store_loaded()
        self._show_idle()
        self._show_setup()
        self._show_sources()
        self._show_search_state()
        self.refresh_counters()
        self._load_history()
        self._load_events()
        self._load_barcode_types()
        self._load_validation()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self.form.recentTable.viewport():
            self._share_columns()
        return super().eventFilter(watched, event)

    def _share_columns(self) -> None:
        """Names get a third of what the fixed columns leave, the reason the rest."""
        table = self.form.recentTable
        header = table.horizontalHeader()
        fixed = header.sectionSize(Column.TIME) + header.sectionSize(Column.VERDICT)
        free = table.viewport().width() - fixed
        header.resizeSection(Column.WHO, max(80, free * 3 // 8))

    @classmethod
    def from_services(cls, services: Services) -> DoorPane:
        return cls(services.database, services.settings, services.bridge, services.store_tasks,
                   sync=services.sync, secrets=services.secrets, hub=services.hub)

    # --- the wedge is live while the door is on screen ------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.wedge.start()
        self.sources.start()
        if self.focusWidget() is None:
            self.form.verdictFrame.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.wedge.stop()
        self.sources.stop()
        self.search.stop()
        super().hideEvent(event)

    # --- scanning -----------------------------------------------------------------

    def scan(self, read: ScanRead | str) -> DoorResult | None:
        """Judge ``read``, show, sound and log it; None if the store failed.

        In third-party validation mode the endpoint is asked off the UI thread
        and the verdict shows when it answers (None is returned meanwhile).
        """
        if self.third_party is not None:
            door = self.third_party
            self._show_verdict("warn", "CHECKING", "", "Asking the validation service…", "",
                               stays=True)  # until the answer replaces it
            self._tasks.run(lambda: door.scan(read), owner=self, on_success=self._scanned,
                            on_failure=self._not_recorded)
            return None
        try:
            result = self.door.scan(read)
        except (SQLAlchemyError, DatabaseError) as exc:  # disk full, database locked
            self._not_recorded(exc)
            return None
        return self._scanned(result)

    def _not_recorded(self, exc: Exception) -> None:
        log.error("a scan was not recorded: %s", exc)
        self._show_verdict("error", "ERROR", "",
                           "This scan was NOT recorded. Check the disk, then scan again.",
                           str(exc)[:200], stays=True)  # until the next scan: it must be seen
        self.sounds.play(Outcome.DENY)
        self.sources.signal_verdict(False)

    def _scanned(self, result: DoorResult) -> DoorResult:
        self.last_result = result
        self._show_result(result)
        self.sounds.play(result.verdict.outcome)
        self.sources.signal_verdict(result.verdict.lets_in)
        # The row says what the panel said (e.g. "Passes are still loading…").
        self.recent.add(RecentScan(result.scan_id, result.at, _who(result),
                                   result.verdict.outcome, self.form.verdictMessage.text()))
        if result.verdict.lets_in:
            self._say_undo(f"Last in: {_who(result)}")
            self.form.undoButton.setEnabled(True)
        self.refresh_counters()
        self._bridge.notice(StoreChanged(SCANS, (result.scan_id,)))
        if (result.loyalty_op or result.log_op) and self._sync is not None:
            self._sync.push_soon()
        return result

    def _show_result(self, result: DoorResult) -> None:
        verdict = result.verdict
        name = result.facts.name if result.facts and result.facts.name else ""
        if result.facts and not name:
            name = result.value
        # A pass picked by hand is named above; its value is an internal id.
        read = ("" if result.source == "manual" else f"{result.value} · ")
        detail = (f"{result.at.astimezone():%H:%M:%S %Z} · {read}"
                  f"{SOURCE_WORDS.get(result.source, result.source)}"
                  f" · {result.elapsed_ms:.1f} ms")
        if self._not_loaded_yet(result):
            done = f" ({self._loading_done})" if self._loading_done.endswith("%") else ""
            self._show_verdict("unsure", "NOT LOADED", name,
                               f"Passes are still loading{done}: check the ticket by hand",
                               detail)
            return
        message = verdict.message
        if verdict.reason is Reason.WRONG_EVENT and self.event_missing():
            # Not the guest's fault: the door is set to an event that is gone.
            message = (f"{message}. This door's event is no longer in the events list: "
                       "choose tonight's event above")
        if result.loyalty_points:
            message = f"{message} · {self._points_added(result)}"
        self._show_verdict(str(verdict.outcome), WORDS[verdict.outcome], name, message, detail)

    def _not_loaded_yet(self, result: DoorResult) -> bool:
        """A "no such pass" (or "no event") that may only mean "not synced yet"."""
        if self.loaded:
            return False
        reason = result.verdict.reason
        return reason is Reason.UNKNOWN_PASS or (
            reason is Reason.WRONG_EVENT and result.facts is not None
            and result.facts.event_id is None)

    def _points_added(self, result: DoorResult) -> str:
        """What the scan added, as the pass shows it: "+5 points" ("+0.05 points": decimal)."""
        balance_type = None
        try:
            with self._db.session() as session:  # a few rows by key: fine on the UI thread
                found = customer(session, result.facts.id) if result.facts else None
            balance_type = found.balance_type if found else None
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("balance type not read: %s", exc)
        return _points_words(result.loyalty_points, balance_type)

    def _show_idle(self) -> None:
        if not self.loaded:
            self._show_verdict("loading", "LOADING", "",
                               f"Loading passes… {self._loading_done}".rstrip(),
                               "Until every pass is here, a ticket not found must be "
                               "checked by hand.", stays=True)
            return
        if self.event_missing():
            self._show_verdict("noevent", "NO EVENT", "",
                               "This door's event is no longer in the events list",
                               "Every ticket is denied until tonight's event is chosen above.",
                               stays=True)
            return
        words = ("Scan a ticket to check it out" if self._setup.config.direction is Direction.EXIT
                 else "Scan a ticket")
        self._show_verdict("idle", "READY", "", words, "", stays=True)

    def _show_verdict(self, outcome: str, word: str, name: str, message: str,
                      detail: str, *, stays: bool = False) -> None:
        """Show a verdict; unless it ``stays`` (READY and the like), READY comes back later."""
        form = self.form
        self._ready_timer.stop()
        self._fade.stop()
        self._fade_effect.setEnabled(False)
        if not stays and self._setup.verdict_seconds > 0:
            self._ready_timer.start(self._setup.verdict_seconds * 1000)
        form.verdictWord.setText(word)
        form.verdictWord.setProperty("long", len(word) > 7)  # NO EVENT, NOT LOADED, CHECKING
        form.holderName.setText(name)
        form.holderName.setVisible(bool(name))
        form.verdictMessage.setText(message)
        form.verdictDetail.setText(detail)
        frame = form.verdictFrame
        frame.setProperty("outcome", outcome)
        frame.setAccessibleDescription(f"{word}. {name}. {message}")
        for widget in (frame, form.verdictWord, form.holderName, form.verdictMessage,
                       form.verdictDetail):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        frame.update()

    def _fade_to_ready(self) -> None:
        self._fade_effect.setOpacity(1.0)
        self._fade_effect.setEnabled(True)
        self._fade.start()

    @property
    def verdict_text(self) -> tuple[str, str, str]:
        """What the door person reads: the word, the name, the message."""
        form = self.form
        return form.verdictWord.text(), form.holderName.text(), form.verdictMessage.text()

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

    # --- undo ---------------------------------------------------------------------

    def _say_undo(self, words: str) -> None:
        """One line beside the Undo button, cut to fit (the whole of it in the tooltip)."""
        label = self.form.undoLabel
        width = label.width() if label.isVisible() and label.width() > 40 else 260
        label.setText(label.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight, width))
        label.setToolTip(words)

    @property
    def undo_words(self) -> str:
        """The whole line beside the Undo button (the label may show it cut)."""
        return self.form.undoLabel.toolTip()

    def _refresh_undo(self) -> None:
        """Undo is offered only when this desk has an admission to take back."""
        try:
            with self._db.session() as session:  # one indexed read: fine on the UI thread
                possible = can_undo(session, self._setup.config.desk)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("undo state not read: %s", exc)
            possible = True  # let the person try: the undo itself says what happened
        self.form.undoButton.setEnabled(possible)

    def undo(self) -> None:
        try:
            undone = self.door.undo_last_admission()
        except (SQLAlchemyError, DatabaseError) as exc:
            self._say_undo(f"Could not undo: {exc}")
            return
        if undone is None:
            self._say_undo("No admission to undo at this desk.")
            self.form.undoButton.setEnabled(False)
            return
        who = undone.facts.name if undone.facts and undone.facts.name else undone.value
        taken = (f" ({_points_words(undone.points_taken_back)[1:]} taken back)"
                 if undone.points_taken_back else "")
        self._say_undo(f"Undone: {who}{taken}")
        self.recent.mark_undone(undone.scan_id)
        self._refresh_undo()
        if undone.points_taken_back and self._sync is not None:
            self._sync.push_soon()
        self._show_verdict("undone", "UNDONE", who,
                           f"Admission at {undone.admitted_at.astimezone():%H:%M %Z} taken back",
                           "The pass can be scanned again.")
        self.refresh_counters()
        self._bridge.notice(StoreChanged(SCANS, (undone.scan_id,)))

    # --- search and admit by hand -------------------------------------------------

    def _show_search_state(self, *_: object) -> None:
        count, typed = self.search.count(), self.search.typed
        if not typed:
            hint = "Type a name or ticket number."
        elif count == 0:
            hint = "No pass matches." if self.search.searched == typed else "Searching…"
        else:
            more = f" (the first {SEARCH_LIMIT})" if count >= SEARCH_LIMIT else ""
            hint = f"{count} found{more}: pick one, then Admit (Enter)"
        self.form.searchHint.setText(hint)
        self.form.admitButton.setEnabled(bool(self.form.searchResults.selectedIndexes()))

    def admit_selected(self) -> None:
        selected = self.form.searchResults.selectedIndexes()
        pass_id = selected[0].data(Qt.ItemDataRole.UserRole) if selected else None
        if pass_id:
            self._admit(pass_id)

    def _admit(self, pass_id: str) -> None:
        self.scan(ScanRead(pass_id, source="manual", kind=ScanKind.BARCODE))
        self.search.clear()
        self.form.verdictFrame.setFocus()

    # --- settings and full screen -------------------------------------------------

    def toggle_full_screen(self) -> None:
        """The verdict and the counters fill the screen, or go back (F11; Esc leaves)."""
        window = self.window()
        if not hasattr(window, "set_full_screen"):  # a pane on its own (tests)
            return
        if not self._full_screen_hooked:
            window.full_screen_changed.connect(self._show_full_screen_state)
            self._full_screen_hooked = True
        form = self.form
        window.set_full_screen(not window.is_full_screen, hide=(
            form.findChild(QVBoxLayout, "rightLayout"), form.exportButton, form.settingsButton))

    def _show_full_screen_state(self, on: bool) -> None:
        if on:
            label_with_keys(self.form.fullScreenButton, "Leave &full screen", Qt.Key.Key_Escape)
        else:
            label_with_keys(self.form.fullScreenButton, "&Full screen", Qt.Key.Key_F11)

    def find_guest(self) -> None:
        """Ctrl+F: to the search (out of full screen, where it is hidden)."""
        if getattr(self.window(), "is_full_screen", False):
            self.window().set_full_screen(False)
        self.search.focus()

    def open_settings(self) -> None:
        self.form.settingsButton.setEnabled(False)
        db = self._db
        self._tasks.run(lambda: load_choices(db), owner=self,
                        on_success=self._show_settings_dialog,
                        on_failure=lambda exc: self._show_settings_dialog(
                            Choices(self._events or [], {})))

    def _show_settings_dialog(self, choices: Choices) -> None:
        self.form.settingsButton.setEnabled(True)
        if choices.events or self._events is None:
            self._set_events(choices.events)
        self.settings_dialog = dialog = DoorSettingsDialog(self._setup, choices, self)
        dialog.accepted.connect(lambda: self.apply_setup(dialog.setup()))
        dialog.open()

    def apply_setup(self, setup: DoorSetup) -> None:
        """Use ``setup`` from the next scan on, and keep it in the settings file."""
        self._setup = setup
        self.door.config = setup.config
        self.door.log_as = setup.log_as or None
        self._give_loyalty()
        self.sounds.enabled = setup.sound
        self.sources.configure(_choice(setup))
        self._load_validation()  # desk name and fallback live in the third-party door too
        try:
            settings = self._settings.load()
            settings.station = setup_to_json(setup)
            self._settings.save(settings)
        except SettingsError as exc:
            self.form.doorSummary.setText(f"In use, but not saved: {exc}")
            return
        if self._hub is not None:  # the hub reads the rules from the saved settings
            self._hub.refresh()
        self._show_setup()
        self._show_idle()
        self.refresh_counters()
        self._load_history()

    def use_banner_event(self) -> None:
        """The banner's choice: this door admits that event (or any event) from now on."""
        picked = self.form.bannerCombo.currentData()
        if picked in (None, CHOOSE):
            self.form.bannerLabel.setText("Pick tonight's event in the list first.")
            return
        config = self._setup.config
        event_id = None if picked == ANY else picked
        if event_id != config.event_id:  # a doors' window belongs to the event it was set for
            config = replace(config, event_id=event_id, doors_open=None, doors_close=None)
        self.apply_setup(replace(self._setup, config=config, event_chosen=True))
        self.form.verdictFrame.setFocus()

    def _event(self) -> EventFacts | None:
        """The door's event as the store knows it (None: any, not chosen, or missing)."""
        event_id = self._setup.config.event_id
        return next((e for e in self._events or () if e.id == event_id), None)

    def event_missing(self) -> bool:
        """The door is set to an event the store (fully loaded) no longer has."""
        return (bool(self._setup.config.event_id) and self._events is not None
                and self.loaded and self._event() is None)

    def _event_words(self) -> str:
        config = self._setup.config
        if not self._setup.event_chosen:
            return "no event chosen yet"
        if config.event_id is None:
            return "any event"
        event = self._event()
        if event is not None:
            return event.title()
        return "event missing" if self.event_missing() else "event not loaded yet"

    def _show_banner(self) -> None:
        """Ask which event, or warn that the chosen one is gone; hidden otherwise."""
        form, setup = self.form, self._setup
        missing = self.event_missing()
        if setup.event_chosen and not missing:
            form.eventBanner.hide()
            return
        event_id = setup.config.event_id or ""
        if missing:
            words = (f"This door admits “event {event_id[:4]}…”, which is no longer in the "
                     "events list: every ticket is denied. Choose tonight's event here or "
                     "in Door settings.")
        else:
            words = ("Which event does this door admit? Choose tonight's event, or "
                     "“Any event” to let in tickets of every event on now.")
        form.bannerLabel.setText(words)
        fill_event_combo(form.bannerCombo, self._events or [], None, chosen=False)
        banner = form.eventBanner
        banner.setProperty("alarm", missing)
        banner.style().unpolish(banner)
        banner.style().polish(banner)
        banner.show()

    def _show_setup(self) -> None:
        config = self._setup.config
        parts = [f"Desk “{config.desk}”",
                 "exit" if config.direction is Direction.EXIT else "entry",
                 self._event_words()]
        if config.doors_open or config.doors_close:
            event = self._event()
            opening = _clock(config.doors_open, event) if config.doors_open else "…"
            closing = _clock(config.doors_close, event) if config.doors_close else "…"
            parts.append(f"doors {opening} to {closing}")
        if config.admit_non_tickets:
            parts.append("loyalty and member cards let in")
        if config.capacity:
            parts.append(f"capacity {config.capacity:,}")
        if config.allow_reentry:
            parts.append("re-entry allowed")
        if config.allowed_templates:
            parts.append(f"{len(config.allowed_templates)} template(s)")
        if self.third_party is not None:
            parts.append(f"validated by {self.third_party.client.url} "
                         f"(if it does not answer: {self._setup.third_party_fallback})")
        if self._setup.loyalty.on:
            parts.append("points left to the validation service" if self.third_party
                         else f"{_points_words(self._setup.loyalty.delta)} per admission")
            if not config.admit_non_tickets and not self.third_party:
                parts.append("loyalty cards are not let in here")
        self.form.doorSummary.setText(" · ".join(parts))
        self._show_banner()

    def _give_loyalty(self) -> None:
        """The Door adds points unless a third-party service validates.

        The service owns loyalty then, so none are added here, not even when the
        offline fallback decides (the service may have counted the scan already).
        """
        self.door.loyalty = (ScanLoyalty() if self.third_party is not None
                                else self._setup.loyalty)

    def _show_sources(self) -> None:
        line = self.sources.summary()
        self.form.sourcesLine.setText(line)
        self.form.sourcesLine.setVisible(bool(line))
        sources = self.sources
        self.preview.show_source(sources.camera, sources.choice.camera, sources.active)

    # --- export -------------------------------------------------------------------

    def export_scans(self) -> None:
        """Ask for a file, then write the whole scan log to it as CSV on the store's worker."""
        db, form = self._db, self.form
        export_to_csv(self, self._tasks, form.exportButton, form.exportLine,
                      title="Export scans", stem="scans", nouns=("scan", "scans"),
                      write=lambda path: _export(db, path))

    # --- history ------------------------------------------------------------------

    # --- third-party validation ------------------------------------------------------

    def _load_validation(self) -> None:
        """Third-party mode when the synced reader configuration says so."""
        db = self._db

        def read():
            with db.session() as session:
                return validation_settings(session)

        self._tasks.run(read, owner=self, on_success=self._use_validation,
                        on_failure=lambda exc: log.warning("reader configuration: %s", exc))

    def _use_validation(self, found: tuple[str | None, str | None] | None) -> None:
        kind, url = found or (None, None)
        old, self.third_party = self.third_party, None
        if kind == "external" and url:
            token = self._secrets.get(HUB_TOKEN).value
            try:
                client = ValidationClient(url, token, timeout=VALIDATION_TIMEOUT_S)
            except ApiError as exc:  # e.g. plain http to another host
                log.error("third-party validation not used: %s", exc.message)
            else:
                self.third_party = ExternalDoor(
                    self.door, client, reader_id=self._setup.config.desk,
                    fallback=Fallback(self._setup.third_party_fallback))
                self._open_doors.append(self.third_party)
        if old is not None:
            old.close()
            self._open_doors.remove(old)
        self._give_loyalty()
        self._show_setup()

    def _load_barcode_types(self) -> None:
        db = self._db

        def read() -> set[str | None]:
            with db.session() as session:
                return barcode_types(session)

        self._tasks.run(read, owner=self, on_success=self.sources.set_barcode_types,
                        on_failure=lambda exc: log.warning("barcode types not read: %s", exc))

    # --- events and the first sync ---------------------------------------------------

    def _load_events(self) -> None:
        db = self._db
        self._tasks.run(lambda: load_choices(db).events, owner=self,
                        on_success=self._set_events,
                        on_failure=lambda exc: log.warning("events not read: %s", exc))

    def _set_events(self, events: list[EventFacts]) -> None:
        self._events = list(events)
        self._show_setup()
        if self.form.verdictFrame.property("outcome") in ("idle", "noevent", "loading"):
            self._show_idle()

    def _store_loaded(self) -> bool:
        try:
            with self._db.session() as session:  # two rows by key: fine on the UI thread
                return first_sync_done(session)
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
            self._loading_done = "stopped, see Sync"  # e.g. offline on a first start
        progress = status.progress
        # The whole sync's share, as the status bar says it; else the passes' own.
        overall = getattr(progress, "overall", None)
        fraction = progress.fraction if progress is not None else None
        if overall is not None:
            self._loading_done = f"{overall * 100:.0f} %"
        elif progress is not None and progress.phase.startswith("passes") \
                and fraction is not None:
            self._loading_done = f"{fraction * 100:.0f} %"
        elif progress is not None and progress.phase == "event passes":
            self._loading_done = "linking tickets to their events"
        if self.form.verdictFrame.property("outcome") == "loading":
            self._show_idle()

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in ("all", "events"):  # the door's event may have come, or gone
            self._load_events()
        if change.what in ("all", "passes"):  # a sync brought passes: maybe new formats
            self._load_barcode_types()
        # Other doors and the hub admit into the same event (a shared database).
        if change.what in ("all", "scans"):
            self.refresh_counters()
        # A sync or the Readers pane may have changed the reader configuration.
        if change.what in ("all", "readers"):
            self._load_validation()

    def _load_history(self) -> None:
        db, desk = self._db, self._setup.config.desk
        started = self.door.clock()
        self._tasks.run(lambda: _history(db, desk), owner=self,
                        on_success=lambda rows: self.recent.set_rows(rows, keep_since=started),
                        on_failure=lambda exc: log.warning("scan history not read: %s", exc))
        self._refresh_undo()


def _choice(setup: DoorSetup) -> SourceChoice:
    return SourceChoice(setup.nfc_path, setup.vtap_port, setup.camera, setup.camera_id)


def _export(db: Database, path: str) -> int:
    """Write the scan log to ``path`` (whole, or not at all); on the store's worker."""
    with db.session() as session:
        return write_atomically(path, lambda out: export_csv(session, out))


def _points_words(points: int, balance_type: str | None = None) -> str:
    shown = format_points(points, balance_type)
    return f"+{shown} point{'' if shown == '1' else 's'}"


def _who(result: DoorResult) -> str:
    if result.facts is not None and result.facts.name:
        return result.facts.name
    return result.value



def _history(db: Database, desk: str) -> list[RecentScan]:
    """This desk's last scans, newest first; on the store's worker."""
    with db.session() as session:
        rows = recent_scans(session, desk, HISTORY_ROWS)
    out = []
    for row in rows:
        try:
            outcome = Outcome(row.verdict)
        except ValueError:
            continue
        who = row.holder or ("a pass picked by hand" if row.source == "manual" else row.value)
        out.append(RecentScan(row.id, _aware(row.at), who, outcome, row.detail or "",
                              undone=row.undone_at is not None))
    return out


def _clock(moment: datetime, event: EventFacts | None) -> str:
    """A door time with its zone: on the event's clock when it has one."""
    if event is not None and event.zone is not None:
        words = at_words(event, moment)
        return words.split(", ", 1)[1]  # the time (and zone), not the day again
    return f"{moment.astimezone():%H:%M %Z}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
