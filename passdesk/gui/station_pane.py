"""The Door pane: scan, see a big green or red verdict, hear it, go on.

Scans come from the keyboard wedge (USB barcode scanners, VTAP readers in
keyboard mode) and the sources chosen in the station settings (NFC reader, VTAP
reader on its serial port, webcam; see ``station_sources``), all active while
this pane is shown, or from a search by name or ticket number. Each is judged
by ``Station.scan`` on the UI thread (≈1 ms: parse, look up, rules, durable
record) so the verdict is on screen at once, and shown on a VTAP reader on its
serial port; searches and loading the history run on the store's worker.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.api import ApiError
from passdesk.api.validation import ValidationClient
from passdesk.core.admission import Direction, Outcome
from passdesk.core.loyalty import ScanLoyalty, format_points
from passdesk.gui.atomic_file import write_atomically
from passdesk.gui.csv_export import export_to_csv
from passdesk.gui.forms import load_form
from passdesk.gui.hub_control import HubController
from passdesk.gui.pass_search import SEARCH_LIMIT, PassSearch
from passdesk.gui.services import Services
from passdesk.gui.station_camera import CameraPreview
from passdesk.gui.station_config import StationSetup, setup_from_json, setup_to_json
from passdesk.gui.station_model import WORDS, Column, RecentScan, RecentScansModel
from passdesk.gui.station_settings import Choices, StationSettingsDialog, load_choices
from passdesk.gui.station_sound import VerdictSounds
from passdesk.gui.station_sources import SourceChoice, StationSources
from passdesk.gui.sync_bridge import SyncBridge
from passdesk.gui.tasks import TaskRunner
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.scan.station import Station, StationResult
from passdesk.scan.third_party import Fallback, ThirdPartyStation
from passdesk.scan.wedge import KeyboardWedge
from passdesk.secrets import SecretStore
from passdesk.settings import SettingsError, SettingsStore
from passdesk.store.admissions import barcode_types, recent_scans, validation_settings
from passdesk.store.database import Database, DatabaseError
from passdesk.store.loyalty import customer
from passdesk.store.scans import export_csv
from passdesk.sync.readers import HUB_TOKEN
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)

#: A door person waits this long for a third-party answer before the fallback decides.
VALIDATION_TIMEOUT_S = 2.0

HISTORY_ROWS = 50
#: The notice other panes get after each scan or undo.
SCANS = "scans"

STATION_STYLE = """
QFrame#verdictFrame {
    border-radius: 14px;
    background: #f3f4f6;
    border: 1px solid #d6d9de;
}
QFrame#verdictFrame:focus { border: 2px solid #2f6fe4; }
QFrame#verdictFrame QLabel { background: transparent; color: #374151; }
QFrame#verdictFrame[outcome="admit"] { background: #15803d; border-color: #15803d; }
QFrame#verdictFrame[outcome="deny"]  { background: #b91c1c; border-color: #b91c1c; }
QFrame#verdictFrame[outcome="warn"]  { background: #f59e0b; border-color: #f59e0b; }
QFrame#verdictFrame[outcome="exit"]  { background: #1d4ed8; border-color: #1d4ed8; }
QFrame#verdictFrame[outcome="error"] { background: #7f1d1d; border-color: #7f1d1d; }
QFrame#verdictFrame[outcome="admit"] QLabel, QFrame#verdictFrame[outcome="deny"] QLabel,
QFrame#verdictFrame[outcome="exit"] QLabel, QFrame#verdictFrame[outcome="error"] QLabel {
    color: #ffffff;
}
QFrame#verdictFrame[outcome="warn"] QLabel { color: #1f1300; }
QLabel#verdictWord { font-size: 92px; font-weight: 800; }
QLabel#holderName { font-size: 38px; font-weight: 600; }
QLabel#verdictMessage { font-size: 26px; }
QLabel#verdictDetail { font-size: 13px; }
QFrame[role="counter"] {
    background: palette(base);
    border: 1px solid #d6d9de;
    border-radius: 10px;
}
QLabel[role="counterNumber"] { font-size: 34px; font-weight: 700; color: #111827; }
QLabel[role="counterCaption"] { font-size: 13px; color: #5b6573; }
QLabel#admittedCount { color: #15803d; }
QLabel#deniedCount { color: #b91c1c; }
QFrame#cameraPreview { border: 1px solid #d6d9de; border-radius: 8px; background: palette(base); }
QLabel#cameraMessage { font-size: 11px; color: #5b6573; padding: 4px; border: none; }
"""


class StationPane(QWidget):
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
        self.station = Station(database, self._setup.config, loyalty=self._setup.loyalty)
        # The station holds its own database connection: give it back with the pane.
        station = self.station
        self.destroyed.connect(lambda *_: station.close())
        # Third-party doors hold an HTTP client: closed with the pane too.
        self._open_doors: list[ThirdPartyStation] = []
        open_doors = self._open_doors
        self.destroyed.connect(lambda *_: [d.close() for d in open_doors])
        self.sounds = VerdictSounds(self._setup.sound, self)
        self.wedge = KeyboardWedge(parent=self)
        self.wedge.read.connect(self.scan)
        self.sources = StationSources(self)
        self.sources.configure(_choice(self._setup))
        self.sources.read.connect(self.scan)
        self.sources.changed.connect(self._show_sources)
        bridge.store_changed.connect(self._on_store_changed)
        self.last_result: StationResult | None = None
        #: Set when the reader configuration says third-party validation.
        self.third_party: ThirdPartyStation | None = None

        self.setStyleSheet(STATION_STYLE)
        self.form = form = load_form("station_pane.ui", self)
        for label in (form.holderName, form.verdictMessage, form.verdictDetail,
                      form.undoLabel, form.searchHint, form.stationSummary, form.sourcesLine,
                      form.exportLine):
            label.setTextFormat(Qt.TextFormat.PlainText)

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
        for column in (Column.WHO, Column.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

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
        form.exportButton.clicked.connect(self.export_scans)
        form.fullScreenButton.clicked.connect(self.toggle_full_screen)
        form.searchResults.selectionModel().selectionChanged.connect(self._show_search_state)

        for keys, slot in ((QKeySequence.StandardKey.Find, self.search.focus),
                           (QKeySequence.StandardKey.Undo, self.undo),
                           (QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._show_idle()
        self._show_setup()
        self._show_sources()
        self._show_search_state()
        self.refresh_counters()
        self._load_history()
        self._load_barcode_types()
        self._load_validation()

    @classmethod
    def from_services(cls, services: Services) -> StationPane:
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

    def scan(self, read: ScanRead | str) -> StationResult | None:
        """Judge ``read``, show, sound and log it; None if the store failed.

        In third-party validation mode the endpoint is asked off the UI thread
        and the verdict shows when it answers (None is returned meanwhile).
        """
        if self.third_party is not None:
            door = self.third_party
            self._show_verdict("warn", "CHECKING", "", "Asking the validation service…", "")
            self._tasks.run(lambda: door.scan(read), owner=self, on_success=self._scanned,
                            on_failure=self._not_recorded)
            return None
        try:
            result = self.station.scan(read)
        except (SQLAlchemyError, DatabaseError) as exc:  # disk full, database locked
            self._not_recorded(exc)
            return None
        return self._scanned(result)

    def _not_recorded(self, exc: Exception) -> None:
        log.error("a scan was not recorded: %s", exc)
        self._show_verdict("error", "ERROR", "",
                           "This scan was NOT recorded. Check the disk, then scan again.",
                           str(exc)[:200])
        self.sounds.play(Outcome.DENY)
        self.sources.signal_verdict(False)

    def _scanned(self, result: StationResult) -> StationResult:
        self.last_result = result
        self._show_result(result)
        self.sounds.play(result.verdict.outcome)
        self.sources.signal_verdict(result.verdict.lets_in)
        self.recent.add(RecentScan(result.scan_id, result.at, _who(result),
                                   result.verdict.outcome, result.verdict.message))
        if result.verdict.lets_in:
            self.form.undoLabel.setText(f"Last in: {_who(result)}")
        self.refresh_counters()
        self._bridge.notice(StoreChanged(SCANS, (result.scan_id,)))
        if result.loyalty_op and self._sync is not None:
            self._sync.push_soon()
        return result

    def _show_result(self, result: StationResult) -> None:
        verdict = result.verdict
        name = result.facts.name if result.facts and result.facts.name else ""
        if result.facts and not name:
            name = result.value
        detail = (f"{result.at.astimezone():%H:%M:%S} · {result.value} · {result.source}"
                  f" · {result.elapsed_ms:.1f} ms")
        message = verdict.message
        if result.loyalty_points:
            message = f"{message} · {self._points_added(result)}"
        self._show_verdict(str(verdict.outcome), WORDS[verdict.outcome], name, message, detail)

    def _points_added(self, result: StationResult) -> str:
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
        words = ("Scan a ticket to check it out" if self._setup.config.direction is Direction.EXIT
                 else "Scan a ticket")
        self._show_verdict("idle", "READY", "", words, "")

    def _show_verdict(self, outcome: str, word: str, name: str, message: str,
                      detail: str) -> None:
        form = self.form
        form.verdictWord.setText(word)
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

    @property
    def verdict_text(self) -> tuple[str, str, str]:
        """What the door person reads: the word, the name, the message."""
        form = self.form
        return form.verdictWord.text(), form.holderName.text(), form.verdictMessage.text()

    def refresh_counters(self) -> None:
        try:
            counts = self.station.counters()
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("counters not read: %s", exc)
            return
        form = self.form
        form.admittedCount.setText(f"{counts.admitted:,}")
        form.deniedCount.setText(f"{counts.denied:,}")
        capacity = self.station.config.capacity
        form.insideCount.setText(f"{counts.inside:,} / {capacity:,}" if capacity
                                 else f"{counts.inside:,}")
        form.insideCaption.setText("inside of capacity" if capacity else "inside")

    # --- undo ---------------------------------------------------------------------

    def undo(self) -> None:
        try:
            undone = self.station.undo_last_admission()
        except (SQLAlchemyError, DatabaseError) as exc:
            self.form.undoLabel.setText(f"Could not undo: {exc}")
            return
        if undone is None:
            self.form.undoLabel.setText("No admission to undo at this desk.")
            return
        who = undone.facts.name if undone.facts and undone.facts.name else undone.value
        taken = (f" ({_points_words(undone.points_taken_back)[1:]} taken back)"
                 if undone.points_taken_back else "")
        self.form.undoLabel.setText(f"Undone: {who}{taken}")
        if undone.points_taken_back and self._sync is not None:
            self._sync.push_soon()
        self._show_verdict("idle", "UNDONE", who,
                           f"Admission at {undone.admitted_at.astimezone():%H:%M} taken back",
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
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
            self.form.fullScreenButton.setText("&Full screen")
        else:
            window.showFullScreen()
            self.form.fullScreenButton.setText("Leave &full screen")

    def open_settings(self) -> None:
        self.form.settingsButton.setEnabled(False)
        db = self._db
        self._tasks.run(lambda: load_choices(db), owner=self,
                        on_success=self._show_settings_dialog,
                        on_failure=lambda exc: self._show_settings_dialog(Choices([], {})))

    def _show_settings_dialog(self, choices: Choices) -> None:
        self.form.settingsButton.setEnabled(True)
        self.settings_dialog = dialog = StationSettingsDialog(self._setup, choices, self)
        dialog.accepted.connect(lambda: self.apply_setup(dialog.setup()))
        dialog.open()

    def apply_setup(self, setup: StationSetup) -> None:
        """Use ``setup`` from the next scan on, and keep it in the settings file."""
        self._setup = setup
        self.station.config = setup.config
        self._give_loyalty()
        self.sounds.enabled = setup.sound
        self.sources.configure(_choice(setup))
        self._load_validation()  # desk name and fallback live in the third-party door too
        try:
            settings = self._settings.load()
            settings.station = setup_to_json(setup)
            self._settings.save(settings)
        except SettingsError as exc:
            self.form.stationSummary.setText(f"In use, but not saved: {exc}")
            return
        if self._hub is not None:  # the hub reads the rules from the saved settings
            self._hub.refresh()
        self._show_setup()
        self.refresh_counters()
        self._load_history()

    def _show_setup(self) -> None:
        config = self._setup.config
        parts = [f"Desk “{config.station}”",
                 "exit" if config.direction is Direction.EXIT else "entry",
                 f"event {config.event_id}" if config.event_id else "any event"]
        if config.doors_open or config.doors_close:
            opening = f"{config.doors_open.astimezone():%H:%M}" if config.doors_open else "…"
            closing = f"{config.doors_close.astimezone():%H:%M}" if config.doors_close else "…"
            parts.append(f"doors {opening} to {closing}")
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
        self.form.stationSummary.setText(" · ".join(parts))

    def _give_loyalty(self) -> None:
        """The station adds points unless a third-party service validates.

        The service owns loyalty then, so none are added here, not even when the
        offline fallback decides (the service may have counted the scan already).
        """
        self.station.loyalty = (ScanLoyalty() if self.third_party is not None
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
        if kind == "thirdParty" and url:
            token = self._secrets.get(HUB_TOKEN).value
            try:
                client = ValidationClient(url, token, timeout=VALIDATION_TIMEOUT_S)
            except ApiError as exc:  # e.g. plain http to another host
                log.error("third-party validation not used: %s", exc.message)
            else:
                self.third_party = ThirdPartyStation(
                    self.station, client, reader_id=self._setup.config.station,
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

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in ("all", "passes"):  # a sync brought passes: maybe new formats
            self._load_barcode_types()
        # Other doors and the hub admit into the same event (a shared database).
        if change.what in ("all", "scans"):
            self.refresh_counters()
        # A sync or the Readers pane may have changed the reader configuration.
        if change.what in ("all", "readers"):
            self._load_validation()

    def _load_history(self) -> None:
        db, desk = self._db, self._setup.config.station
        self._tasks.run(lambda: _history(db, desk), owner=self,
                        on_success=self.recent.set_rows,
                        on_failure=lambda exc: log.warning("scan history not read: %s", exc))


def _choice(setup: StationSetup) -> SourceChoice:
    return SourceChoice(setup.nfc_path, setup.vtap_port, setup.camera, setup.camera_id)


def _export(db: Database, path: str) -> int:
    """Write the scan log to ``path`` (whole, or not at all); on the store's worker."""
    with db.session() as session:
        return write_atomically(path, lambda out: export_csv(session, out))


def _points_words(points: int, balance_type: str | None = None) -> str:
    shown = format_points(points, balance_type)
    return f"+{shown} point{'' if shown == '1' else 's'}"


def _who(result: StationResult) -> str:
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
        out.append(RecentScan(row.id, _aware(row.at), row.holder or row.value, outcome,
                              row.detail or ""))
    return out


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
