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

The pane's parts live beside it, one mixin each: ``verdict_panel``,
``recent_table``, ``counters``, ``undo``, ``event`` (the banner and summary),
``first_sync``, ``third_party`` and ``full_screen``; its store reads are
``store.door_panel``'s.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.admission import EventFacts, Outcome
from passdesk.core.roles import Action
from passdesk.files import write_atomically
from passdesk.gui.door.counters import DoorCounters
from passdesk.gui.door.event import DoorEvent
from passdesk.gui.door.first_sync import FirstSync
from passdesk.gui.door.full_screen import FullScreen
from passdesk.gui.door.glance import DoorGlance
from passdesk.gui.door.history_model import RecentScan
from passdesk.gui.door.holds import DoorHolds
from passdesk.gui.door.not_recorded import STORE_ERRORS, NotRecordedScans
from passdesk.gui.door.recent_table import RecentScansTable
from passdesk.gui.door.roles import DoorRoles
from passdesk.gui.door.settings_dialog import (
    Choices,
    DoorSettingsDialog,
    load_choices,
)
from passdesk.gui.door.style import DOOR_STYLE
from passdesk.gui.door.third_party import ThirdPartyValidation
from passdesk.gui.door.undo import UndoLastAdmission
from passdesk.gui.door.verdict_panel import VerdictPanel
from passdesk.gui.gate import Gate
from passdesk.gui.i18n import say, translate
from passdesk.gui.pane_keys import pane_shortcut
from passdesk.gui.scanning.camera import CameraPreview
from passdesk.gui.scanning.corrected_wedge import corrected_wedge
from passdesk.gui.scanning.pass_search import SEARCH_LIMIT, PassSearch
from passdesk.gui.scanning.sound import VerdictSounds, sound_problem_line
from passdesk.gui.scanning.sources import ScanSources, SourceChoice
from passdesk.gui.services import Services
from passdesk.gui.widgets.csv_export import export_to_csv
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretStore
from passdesk.scan.door import Door, DoorResult
from passdesk.scan.sources import ScanRead, as_read
from passdesk.settings import Settings, SettingsError, SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from passdesk.store.database import Database
from passdesk.store.door_panel import (
    barcode_types,
    write_scans_csv,
)
from passdesk.store.topics import Topic
from passdesk.sync.external_door import ExternalDoor
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)


class DoorPane(NotRecordedScans, VerdictPanel, DoorHolds, RecentScansTable, DoorCounters,
               UndoLastAdmission, DoorEvent, FirstSync, ThirdPartyValidation, FullScreen,
               DoorRoles, QWidget):
    def __init__(self, *, database: Database, settings: SettingsStore, bridge: SyncBridge,
                 store_tasks: TaskRunner, sync: SyncService | None = None,
                 keychain: SecretStore | None = None, net_tasks: TaskRunner | None = None,
                 gate: Gate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        #: Who may do what at this desk (None: no roles, as in the self-test).
        self._gate = gate
        #: The app's secret store (the self-test's has no keychain): the validation token.
        self._keychain = keychain or SecretStore()
        #: Told when an admission queued points, so they are sent at once.
        self._sync = sync
        self._settings = settings
        self._bridge = bridge
        self._store_tasks = store_tasks
        #: Third-party validation's calls (a pane built without one asks on the store's).
        self._net_tasks = net_tasks or store_tasks
        self._setup = setup_from_json(settings.load().door)
        self._build_door()
        self._build_sources()
        bridge.store_changed.connect(self._on_store_changed)
        SettingsFollower(settings, self).saved.connect(self._follow_settings)
        bridge.status_changed.connect(self._on_sync_status)
        self.last_result: DoorResult | None = None
        #: The events in the store (None until read): the door names its event from them.
        self._events: list[EventFacts] | None = None
        #: The events are read again on store notices, one read at a time.
        self._events_reads = OneReadAtATime(self._load_events)
        #: Whether the store holds every pass (a first sync finished); read below.
        self.loaded = True
        #: How far the first sync got, in words ("45 %"; "" before the first report).
        self._loading_done = ""
        #: Set when the reader configuration says third-party validation.
        self.third_party: ExternalDoor | None = None

        self.setStyleSheet(DOOR_STYLE)
        self.form = load_form("door/pane.ui", self)
        self._build_verdict_panel()
        self._build_holds()
        self._build_recent_table()
        self._build_header()
        self._build_search()
        self._build_roles()
        self._build_glance()
        self._wire_buttons()
        self._wire_keys()
        self._show_first()

    def _build_door(self) -> None:
        """The door engine, and the third-party doors that may stand before it."""
        self.door = Door(self._database, self._setup.config, loyalty=self._setup.loyalty,
                         log_as=self._setup.log_as or None)
        # The Door holds its own database connection: give it back with the pane.
        door = self.door
        self.destroyed.connect(lambda *_: door.close())
        # Third-party doors hold an HTTP client: closed with the pane too.
        self._open_doors: list[ExternalDoor] = []
        open_doors = self._open_doors
        self.destroyed.connect(lambda *_: [d.close() for d in open_doors])

    def _build_sources(self) -> None:
        """The sound, the keyboard wedge and the door's other scan sources."""
        self.sounds = VerdictSounds(self._setup.sound, self)
        self.wedge = corrected_wedge(self._settings, self)  # the scanner check's correction
        self._full_screen_hooked = False
        self.wedge.read.connect(self.scan)
        # A pull holds its next page back while the scanner types: the verdict finds
        # the store's write lock free.
        self.wedge.arriving.connect(lambda: self.door.expect_scan())
        self.sources = ScanSources(self)
        self.sources.configure(_choice(self._setup))
        self.sources.read.connect(self.scan)
        self.sources.changed.connect(self._show_sources)

    def _build_header(self) -> None:
        form = self.form
        self.preview = CameraPreview(form)
        header = form.findChild(QHBoxLayout, "headerLayout")
        header.addWidget(self.preview)  # the top right corner, beside the buttons
        header.setStretch(0, 1)  # the title column takes the width: its lines wrap less
        form.exportLine.hide()

    def _build_glance(self) -> None:
        """This door's pace and the venue's head count, under the counters (``glance``)."""
        self.glance = DoorGlance(database=self._database, store_tasks=self._store_tasks,
                                 bridge=self._bridge, config=lambda: self._setup.config,
                                 parent=self.form)
        self.form.findChild(QVBoxLayout, "leftLayout").addWidget(self.glance)

    def _build_search(self) -> None:
        form = self.form
        self.search = PassSearch(form.searchEdit, form.searchResults, form.searchHint,
                                 database=self._database, store_tasks=self._store_tasks,
                                 on_escape=form.verdictFrame.setFocus)
        self.results = self.search.results
        self.search.changed.connect(self._show_search_state)
        self.search.picked.connect(self._admit)
        form.searchEdit.returnPressed.connect(self.search.go_to_results)

    def _wire_buttons(self) -> None:
        form = self.form
        form.admitButton.clicked.connect(self.admit_selected)
        form.undoButton.clicked.connect(self.undo)
        form.settingsButton.clicked.connect(self.open_settings)
        form.bannerButton.clicked.connect(self.use_banner_event)
        form.exportButton.clicked.connect(self.export_scans)
        form.fullScreenButton.clicked.connect(self.toggle_full_screen)
        form.searchResults.selectionModel().selectionChanged.connect(self._show_search_state)

    def _wire_keys(self) -> None:
        """Window-wide while the Door is shown (focus may be in the sidebar); Esc
        leaves full screen (the main window's). The buttons name their keys."""
        form = self.form
        pane_shortcut(self, QKeySequence.StandardKey.Find, self.find_guest)
        pane_shortcut(self, QKeySequence.StandardKey.Undo, self.undo, button=form.undoButton)
        pane_shortcut(self, Qt.Key.Key_F11, self.toggle_full_screen)
        self._show_full_screen_state(False)
        # Sound that cannot be heard is said on the Door, once (m19).
        title = form.findChild(QVBoxLayout, "titleLayout")
        (title or form.layout()).addWidget(sound_problem_line(self.sounds, form))
        # Scans the store refused, for a supervisor to have them scanned again.
        (title or form.layout()).addWidget(self._build_not_recorded(form))

    def _show_first(self) -> None:
        """What the pane shows at once, and the reads that fill in the rest."""
        self.loaded = self._store_loaded()
        self._show_idle()
        self._show_setup()
        self._show_sources()
        self._show_search_state()
        self.refresh_counters()
        self._load_history()
        self._load_holds()
        self._load_events()
        self._load_barcode_types()
        self._load_validation()

    @classmethod
    def from_services(cls, services: Services) -> DoorPane:
        return cls(database=services.database, settings=services.settings,
                   bridge=services.bridge, store_tasks=services.store_tasks,
                   sync=services.sync, keychain=services.keychain,
                   net_tasks=services.net_tasks, gate=services.gate)

    # --- the wedge is live while the door is on screen ------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.apply_roles()  # roles may have been turned on at another desk meanwhile
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
        A slot: nothing raises out of it. A scan the store refused (disk full,
        locked, damaged) shows NOT RECORDED (``not_recorded.py``), never the
        verdict before it.
        """
        read = as_read(read)
        if self.third_party is not None:
            self._ask_third_party(read)  # third_party.py
            return None
        try:
            result = self.door.scan(read)
        except Exception as exc:  # a slot: the panel must say it failed
            self._not_recorded(exc, read)
            return None
        return self._scanned(result)

    def _scanned(self, result: DoorResult) -> DoorResult:
        """Show a recorded scan; what follows the commit may fail without hiding it."""
        self.last_result = result
        self._recorded(result)  # not_recorded.py: NOT RECORDED ends here
        self._show_result(result)
        if result.verdict.outcome is Outcome.HOLD:
            self._hold_arrived(result)  # holds.py: it waits until a person decides
        self.sounds.play(result.verdict.outcome)
        self._signal(result.verdict.lets_in)
        try:
            self._after_scan(result)
        except STORE_ERRORS as exc:  # the scan is recorded: only the side lines are behind
            log.warning("after a recorded scan: %s", exc)
        return result

    def _signal(self, lets_in: bool) -> None:
        try:
            self.sources.signal_verdict(lets_in)
        except Exception as exc:  # a reader's light must not stop the door
            log.warning("reader not told of the verdict: %s", exc)

    def _after_scan(self, result: DoorResult) -> None:
        # The row says what the panel said (e.g. "Passes are still loading…").
        self.recent.add(RecentScan(result.scan_id, result.at, _who(result),
                                   result.verdict.outcome, self.form.verdictMessage.text()))
        if result.verdict.lets_in:
            self._say_undo(translate("door", "Last in: {name}").format(
                name=self.shown_name(_who(result))))
            self.form.undoButton.setEnabled(True)
        self.refresh_counters()
        self._bridge.notice(StoreChanged(Topic.SCANS, (result.scan_id,)))
        if (result.loyalty_op or result.log_op) and self._sync is not None:
            self._sync.push_soon()

    # --- search and admit by hand -------------------------------------------------

    def _show_search_state(self, *_: object) -> None:
        count, typed = self.search.count(), self.search.typed
        if not typed:
            hint = translate("door", "Type a name or ticket number.")
        elif count == 0:
            hint = (translate("door", "No pass matches.") if self.search.searched == typed
                    else translate("door", "Searching…"))
        elif count >= SEARCH_LIMIT:
            hint = translate("door", "%Ln found (the first %Ln): pick one, then Admit (Enter)",
                             None, count)
        else:
            hint = translate("door", "%Ln found: pick one, then Admit (Enter)", None, count)
        self.form.searchHint.setText(hint)
        self.form.admitButton.setEnabled(bool(self.form.searchResults.selectedIndexes()))

    def admit_selected(self) -> None:
        selected = self.form.searchResults.selectedIndexes()
        pass_id = selected[0].data(Qt.ItemDataRole.UserRole) if selected else None
        if pass_id:
            self._admit(pass_id)

    def _admit(self, pass_id: str) -> None:
        grant = self._grant(Action.DOOR_ADMIT_BY_HAND)
        if grant is None:
            self.form.searchHint.setText(translate(
                "door", "Not admitted: admitting by hand needs a supervisor's PIN."))
            return
        result = self.scan(as_read(pass_id))  # a read picked by hand: the door step
        if result is not None:
            self._audit(grant, pass_id, None, {"verdict": result.verdict.outcome.value,
                                               "holder": _who(result),
                                               "scan": result.scan_id})
        self._end_hand_grant()
        self.search.clear()
        self.form.verdictFrame.setFocus()

    # --- settings -----------------------------------------------------------------

    def open_settings(self) -> None:
        self._settings_grant = self._grant(Action.DESK_SETTINGS)
        if self._settings_grant is None:
            return
        self.form.settingsButton.setEnabled(False)
        db = self._database
        self._store_tasks.run(lambda: load_choices(db), owner=self,
                              on_success=self._show_settings_dialog,
                              on_failure=lambda exc: self._show_settings_dialog(
                                  Choices(self._events or [], {})))

    def _show_settings_dialog(self, choices: Choices) -> None:
        self.form.settingsButton.setEnabled(True)
        if choices.events or self._events is None:
            self._set_events(choices.events)
        self.settings_dialog = dialog = DoorSettingsDialog(self._setup, choices, self,
                                                           settings=self._settings)
        dialog.accepted.connect(lambda: self._apply_from_dialog(dialog.setup()))
        dialog.open()

    def _apply_from_dialog(self, setup: DoorSetup) -> None:
        before = setup_to_json(self._setup)
        self.apply_setup(setup)
        after = setup_to_json(setup)
        if after != before and self._settings_grant is not None:
            self._audit(self._settings_grant, "door", before, after)

    def apply_setup(self, setup: DoorSetup) -> None:
        """Use ``setup`` from the next scan on, and save it (the hub follows the save)."""
        self._use_setup(setup)
        try:
            self._settings.update(lambda settings: setattr(settings, "door", setup_to_json(setup)))
        except SettingsError as exc:
            self.form.doorSummary.setText(translate("door", "In use, but not saved: {error}")
                                          .format(error=say(exc.args[0]) if len(exc.args) == 1
                                                  else str(exc)))
            return
        self._show_setup_in_use()

    def _follow_settings(self, settings: Settings) -> None:
        """Settings were saved elsewhere (or here): a changed door setup is used at once."""
        setup = setup_from_json(settings.door)
        if setup != self._setup:
            self._use_setup(setup)
            self._show_setup_in_use()

    def _use_setup(self, setup: DoorSetup) -> None:
        self._setup = setup
        self.door.config = setup.config
        self.door.log_as = setup.log_as or None
        self._give_loyalty()
        self.sounds.enabled = setup.sound
        self.sources.configure(_choice(setup))
        self._load_validation()  # desk name and fallback live in the third-party door too

    def _show_setup_in_use(self) -> None:
        self._show_setup()
        self._show_idle()
        self.refresh_counters()
        self.glance.refresh()
        self._load_history()
        self._load_holds()

    def _show_sources(self) -> None:
        line = self.sources.summary()
        self.form.sourcesLine.setText(line)
        self.form.sourcesLine.setVisible(bool(line))
        sources = self.sources
        self.preview.show_source(sources.camera, sources.choice.camera, sources.active)

    # --- export -------------------------------------------------------------------

    def export_scans(self) -> None:
        """Ask for a file, then write the whole scan log to it as CSV on the store's worker."""
        db, form = self._database, self.form
        export_to_csv(self, self._store_tasks, form.exportButton, form.exportLine,
                      title=translate("door", "Export scans"), stem="scans",
                      writing=translate("door", "Writing scans…"),
                      counted=lambda n: translate("door", "%Ln scan(s)",
                                                  "rows of the scan log", n),
                      write=lambda path: _export(db, path))

    # --- what the store holds -------------------------------------------------------

    def _load_barcode_types(self) -> None:
        db = self._database
        self._store_tasks.run(lambda: barcode_types(db), owner=self,
                              on_success=self.sources.set_barcode_types,
                              on_failure=lambda exc: log.warning("barcode types not read: %s",
                                                                 exc))

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in (Topic.ALL, Topic.EVENTS):  # the door's event may have come, or gone
            self._load_events()
        # A sync brought passes: maybe new formats. Read once it is over (ALL), not at
        # each page it writes: the read scans every pass (0.2-0.6 s at 1,000,000) on the
        # store's worker, which the door's other reads wait behind.
        if change.what == Topic.ALL:
            self._load_barcode_types()
        # Other doors and the hub admit into the same event (a shared database).
        if change.what in (Topic.ALL, Topic.SCANS):
            self.refresh_counters()
            # A late scan from a desk that was cut off may make one of ours a conflict.
            if change.what == Topic.SCANS:
                self._load_history()
        # A sync or the Readers pane may have changed the reader configuration.
        if change.what in (Topic.ALL, Topic.READERS):
            self._load_validation()


def _choice(setup: DoorSetup) -> SourceChoice:
    return SourceChoice(setup.nfc_path, setup.vtap_port, setup.camera, setup.camera_id)


def _export(db: Database, path: str) -> int:
    """Write the scan log to ``path`` (whole, or not at all); on the store's worker."""
    return write_atomically(path, lambda out: write_scans_csv(db, out))


def _who(result: DoorResult) -> str:
    if result.facts is not None and result.facts.name:
        return result.facts.name
    return result.value
