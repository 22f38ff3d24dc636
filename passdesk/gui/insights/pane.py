"""The Insights pane: how the night is going at the doors, live.

Pick an event, or "Today" (every event of the desk's day): the pane shows the
figures (``attendance_view``), the offline conflicts (``conflicts_view``) and,
where it is built, the loyalty figures. Everything is read by
``store.insights.attendance`` on the store's worker, again on each store notice
about scans, passes or events while the pane is shown, and every 15 s so the
clock-bound figures move (``live.LiveReads`` folds bursts: one read at a time).
A read that fails keeps the last figures on screen, greyed, and says so in words.

Capacity is the one this desk's door settings give, when the event shown is the
door's own: the gauge then fills towards it; otherwise inside is a plain count.
A desk whose role may not see guests' names (the Door's rule) shows and saves
the conflicts' holders as initials. What the figures cover, and their read, is
``scope``'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.admission import EventFacts
from passdesk.core.insights import Attendance
from passdesk.core.loyalty_insights import LoyaltyInsights
from passdesk.core.roles import Action
from passdesk.gui.gate import Gate
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.insights.attendance_view import AttendanceView
from passdesk.gui.insights.conflicts_view import ConflictsView, without_names
from passdesk.gui.insights.live import PASSES_FOLD_MS, LiveReads
from passdesk.gui.insights.loyalty_tab import LoyaltyTab
from passdesk.gui.insights.saving import ReportSaving
from passdesk.gui.insights.scope import (
    TODAY,
    failure_words,
    local_zone,
    pick_default,
    read_attendance,
)
from passdesk.gui.insights.style import INSIGHTS_STYLE
from passdesk.gui.services import Services
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.widgets.words import local_time
from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.settings import Settings, SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json
from passdesk.settings.till import TillSetup
from passdesk.settings.till import setup_from_json as till_from_json
from passdesk.store.admissions import door_events
from passdesk.store.database import Database
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)

#: What the figures show, as store notices name it.
WATCHED = frozenset({Topic.SCANS, Topic.PASSES, Topic.EVENTS, Topic.ALL})
ATTENDANCE, CONFLICTS, LOYALTY = 0, 1, 2


class InsightsPane(QWidget):
    #: The figures just shown (an ``Attendance``): after each read that answered.
    figures_shown = Signal(object)

    def __init__(self, *, database: Database, settings: SettingsStore, bridge: SyncBridge,
                 store_tasks: TaskRunner, gate: Gate | None = None,
                 clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPane")
        self.setStyleSheet(INSIGHTS_STYLE)
        self._database = database
        self._store_tasks = store_tasks
        self.clock = clock or (lambda: datetime.now(UTC))
        saved = settings.load()
        self._setup: DoorSetup = setup_from_json(saved.door)
        #: The Till's reward rules: what "rewards reached" counts.
        self._till: TillSetup = till_from_json(saved.till)
        self.events: list[EventFacts] | None = None
        #: The figures shown (None until the first read answers).
        self.attendance: Attendance | None = None
        self.stale = False
        #: Who may do what at this desk (None: no roles): whether names show.
        self._gate = gate
        self._build()
        if gate is not None:
            gate.changed.connect(self.apply_roles)
        #: The shown event's ticket count and the passes' generation it was counted in:
        #: while only scans change, the next reads need not count a million passes again.
        self._tickets: tuple[str, int, int] | None = None
        #: Bumped on every notice that passes changed.
        self._passes_generation = 0
        self.live = LiveReads(self, store_tasks, self._read_job, on_read=self._answered,
                              on_failed=self._failed)
        bridge.store_changed.connect(self._on_store_changed)
        SettingsFollower(settings, self).saved.connect(self._follow_settings)
        self._load_events()

    @classmethod
    def from_services(cls, services: Services) -> InsightsPane:
        return cls(database=services.database, settings=services.settings,
                   bridge=services.bridge, store_tasks=services.store_tasks,
                   gate=services.gate)

    def names_hidden(self) -> bool:
        """Whether this desk's role may not see guests' names (the Door's rule)."""
        return self._gate is not None and not self._gate.may(Action.DOOR_SEE_NAMES)

    def apply_roles(self) -> None:
        """Holders as initials, or not, for this desk's role as it is now."""
        self.conflicts.model.set_hide_names(self.names_hidden())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.apply_roles()  # roles may have been changed at another desk meanwhile

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        header = QHBoxLayout()
        title = QLabel(translate("insights", "Insights"), self, objectName="paneTitle")
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(QLabel(translate("insights", "Figures for"), self))
        self.scope_combo = QComboBox(self, objectName="scopeCombo")
        # Room for "Summer Nights Live, Mon 7 Dec"; a longer name is cut in the box, whole
        # in the list.
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_combo.setMinimumContentsLength(28)
        self.scope_combo.addItem(translate("insights", "Today"), TODAY)
        self.scope_combo.activated.connect(lambda _: self._scope_chosen())
        header.addWidget(self.scope_combo)
        self.updated = QLabel("", self, objectName="updatedLabel")
        self.updated.setProperty("role", "subtitle")
        header.addWidget(self.updated)
        header.addStretch(1)
        self.pdf_button = QPushButton(translate("insights", "Save &PDF…"), self,
                                      objectName="pdfButton")
        self.csv_button = QPushButton(translate("insights", "Save figures as &CSV…"), self,
                                      objectName="csvButton")
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(False)  # until there are figures to save
            header.addWidget(button)
        layout.addLayout(header)
        self.saved_line = QLabel("", self, objectName="savedLabel", wordWrap=True)
        self.saved_line.hide()
        layout.addWidget(self.saved_line)
        self.state = QLabel("", self, objectName="stateLabel", wordWrap=True)
        self.state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.state.hide()
        layout.addWidget(self.state)
        self.tabs = QTabWidget(self, objectName="insightsTabs")
        self.figures = AttendanceView(self)
        self.conflicts = ConflictsView(self)
        scroll = QScrollArea(self, objectName="attendanceScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.figures)  # a window smaller than the figures scrolls
        self.tabs.addTab(scroll, translate("insights", "Attendance"))
        self.tabs.addTab(self.conflicts, translate("insights", "Conflicts"))
        self.loyalty = LoyaltyTab(database=self._database, store_tasks=self._store_tasks,
                                  event_id=lambda: None if self.choice == TODAY else self.choice,
                                  till=lambda: self._till, clock=lambda: self.clock(),
                                  zone=local_zone, parent=self)
        self.tabs.addTab(self.loyalty, translate("insights", "Loyalty"))
        self.figures.conflicts_asked.connect(lambda: self.tabs.setCurrentIndex(CONFLICTS))
        layout.addWidget(self.tabs, 1)
        self.saving = ReportSaving(self, self.saved_line, figures=self.figures_to_save,
                                   title=self.title, charts=self.chart_images, zone=local_zone,
                                   loyalty=self.loyalty_for_report)
        self.pdf_button.clicked.connect(self.saving.save_pdf)
        self.csv_button.clicked.connect(self.saving.save_csv)

    # --- what is shown ---------------------------------------------------------------

    @property
    def choice(self) -> str:
        return self.scope_combo.currentData() or TODAY

    def title(self) -> str:
        """What the figures cover, as the report's title says it."""
        if self.choice == TODAY:
            today = self.clock().astimezone(local_zone())
            day = QLocale().toString(QDate(today.year, today.month, today.day),
                                     QLocale.FormatType.LongFormat)
            return translate("insights", "Today, {day}").format(day=day)
        return self.scope_combo.currentText()

    def chart_images(self) -> list[QImage]:
        """The pane's chart of admissions as a picture, for the report (its figures,
        denials and doors are tables there: a gauge or bars would take a page each)."""
        if self.attendance is None or not self.attendance.doors:
            return []
        return [self.figures.admissions.grab().toImage()]

    def figures_to_save(self) -> Attendance | None:
        """The figures shown, as the report and the CSV files write them: holders as
        initials where this desk may not see names."""
        if self.attendance is None:
            return None
        return without_names(self.attendance) if self.conflicts.model.hide_names \
            else self.attendance

    def loyalty_for_report(self) -> LoyaltyInsights | None:
        """A day's report carries the day's loyalty figures, once the tab has read them."""
        return self.loyalty.insights if self.choice == TODAY else None

    def capacity(self) -> int | None:
        """This desk's capacity, when the event shown is its door's event."""
        config = self._setup.config
        return config.capacity if config.event_id and config.event_id == self.choice else None

    def _read_job(self) -> Callable[[], tuple[Attendance, int]]:
        database, choice, capacity = self._database, self.choice, self.capacity()
        now, zone, generation = self.clock(), local_zone(), self._passes_generation
        known = self._tickets
        tickets = known[2] if known is not None and known[:2] == (choice, generation) else None

        def read() -> tuple[Attendance, int]:
            return read_attendance(database, choice, now, zone, capacity, tickets), generation

        return read

    def _answered(self, answer: tuple[Attendance, int]) -> None:
        figures, generation = answer
        event_id = figures.scope.event_id
        if event_id is not None and figures.tickets is not None:
            self._tickets = (event_id, generation, figures.tickets)
        self._show(figures)

    def _show(self, figures: Attendance) -> None:
        self.attendance = figures
        self.stale = False
        self.figures.show_attendance(figures)
        self.conflicts.show_conflicts(figures.conflicts, figures.now)
        count = max(figures.conflict_count, len(figures.conflicts))
        self.tabs.setTabText(CONFLICTS, translate("insights", "Conflicts ({count})").format(
            count=formats.number(count)) if count else translate("insights", "Conflicts"))
        self.updated.setText(translate("insights", "Updated {when}").format(
            when=local_time(figures.now, seconds=True)))
        if count > len(figures.conflicts):
            set_tone(self.state, Tone.WARNING, translate(
                "insights", "%Ln pass(es) were let in twice; the Conflicts tab lists the "
                            "first {listed}.", None, int(count)).format(
                listed=formats.number(len(figures.conflicts))))
            self.state.show()
        else:
            self.state.hide()
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(True)
        self.figures_shown.emit(figures)

    def _failed(self, exc: Exception) -> None:
        log.warning("insights not read: %s", exc)
        self.stale = self.attendance is not None
        words = failure_words(exc)
        if self.attendance is not None:
            shown = local_time(self.attendance.now, seconds=True)
            words = translate("insights", "{why} The figures below are from {when} and may be "
                                          "out of date; trying again every 15 seconds.").format(
                why=words, when=shown)
            self.figures.set_stale(True)
            self.updated.setText(translate("insights", "Out of date: from {when}").format(
                when=shown))
        set_tone(self.state, Tone.ERROR, words)
        self.state.show()

    # --- following the store and the settings ------------------------------------------

    def _on_store_changed(self, change: StoreChanged) -> None:
        self.loyalty.store_changed(change.what)
        if change.what not in WATCHED:
            return
        if change.what in (Topic.EVENTS, Topic.ALL):
            self._load_events()
        if change.what in (Topic.PASSES, Topic.ALL):
            self._passes_generation += 1  # the tickets are counted again
        # A first sync writes passes page after page: their count (no-shows) may wait.
        self.live.changed(within_ms=PASSES_FOLD_MS if change.what == Topic.PASSES else None)

    def _follow_settings(self, settings: Settings) -> None:
        till = till_from_json(settings.till)
        if till != self._till:
            self._till = till
            self.loyalty.live.changed()  # the rewards counted may be others
        setup = setup_from_json(settings.door)
        if setup.config != self._setup.config:
            self._setup = setup
            self.live.changed()  # the capacity shown may be another

    def _scope_chosen(self) -> None:
        """Another event (or Today): what shows is greyed until its figures are read."""
        self.attendance = None
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(False)  # the figures shown are not the ones picked
        self.figures.set_stale(True)
        self.updated.setText(translate("insights", "Reading…"))
        self.state.hide()
        self.live.restart()
        self.loyalty.period_changed()

    def choose(self, choice: str) -> None:
        """Show ``choice`` (an event id or ``TODAY``), as picking it in the list does."""
        index = self.scope_combo.findData(choice)
        if index >= 0 and index != self.scope_combo.currentIndex():
            self.scope_combo.setCurrentIndex(index)
            self._scope_chosen()

    def _load_events(self) -> None:
        database = self._database

        def read() -> list[EventFacts]:
            with database.session() as session:
                return door_events(session)

        self._store_tasks.run(read, owner=self, on_success=self._set_events,
                              on_failure=lambda exc: log.warning("events not read: %s", exc))

    def _set_events(self, events: list[EventFacts]) -> None:
        first = self.events is None
        self.events = events
        combo, was = self.scope_combo, self.choice
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("insights", "Today"), TODAY)
        for event in reversed(events):  # the latest first: tonight's is near the top
            combo.addItem(say(event.title()), event.id)
        wanted = pick_default(events, self._setup.config.event_id, self.clock()) if first \
            else was
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(blocked)
        if self.choice != was:
            self._scope_chosen()
