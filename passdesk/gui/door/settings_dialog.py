"""The door's settings dialog: which event, when doors open, capacity, re-entry,
the removed-from-wallet policy, the templates let in, points per admission ("scan
with loyalty"), the direction, sound, the scan sources besides the keyboard
wedge (NFC reader, VTAP serial port, camera), the reader this desk logs its
scans in PassEntry as (``scanning.log_as``, shared with the Till's settings), and
the verdict panel's high contrast and hidden names.

The events and templates to choose from are read by the caller (off the UI
thread) and passed in as plain data. Events are named by name, date and time
zone, never by id. Picking an event fills the doors' window from its times,
shown on the event's clock (and the desk's, when that differs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidgetItem, QWidget

from passdesk.core.admission import (
    Direction,
    DoorConfig,
    EventFacts,
    RemovedPolicy,
)
from passdesk.core.loyalty import ScanLoyalty
from passdesk.gui.door.hold_rules import HoldRulesEditor
from passdesk.gui.i18n import translate
from passdesk.gui.scanning.camera import fill_camera_picker
from passdesk.gui.scanning.log_as import fill_log_combo, log_hint
from passdesk.gui.scanning.scanner_check_dialog import ScannerCheckDialog
from passdesk.gui.widgets.fit_text import WrappedHeight
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup
from passdesk.store.database import Database
from passdesk.store.door_panel import door_choices
from passdesk.sync.external_door import Fallback


def _directions() -> dict[Direction, str]:
    return {Direction.ENTRY: translate("door", "Entry: let people in"),
            Direction.EXIT: translate("door", "Exit: check people out")}


def _removed() -> dict[RemovedPolicy, str]:
    """What the door does with a pass removed from the wallet."""
    return {RemovedPolicy.ADMIT: translate("door", "Admit", "a pass removed from the wallet"),
            RemovedPolicy.WARN: translate("door", "Admit, but ask to check ID"),
            RemovedPolicy.DENY: translate("door", "Deny", "a pass removed from the wallet")}


#: The event combo's two entries that are no event.
CHOOSE, ANY = "<choose>", "<any>"
#: Picking an event opens the doors this long before its start.
DOORS_BEFORE = timedelta(hours=1)


@dataclass(frozen=True)
class Choices:
    """What the dialog offers: the events, template id -> name, reader id -> name."""

    events: list[EventFacts]
    templates: dict[str, str]
    readers: dict[str, str] = field(default_factory=dict)


def load_choices(database: Database) -> Choices:
    """Events, templates and readers from the store (run it off the UI thread)."""
    return Choices(*door_choices(database))


def desk_differs(event: EventFacts, moment: datetime) -> bool:
    """Whether the desk's clock shows ``moment`` differently from the event's."""
    zone = event.zone
    return zone is not None and moment.astimezone(zone).utcoffset() != \
        moment.astimezone().utcoffset()


def time_words(event: EventFacts, moment: datetime) -> str:
    """``moment``'s time on the event's clock with its zone, and the desk's when it
    differs: "19:00 London time (20:00 here)"."""
    words = f"{event.local(moment):%H:%M}"
    if event.place:
        words = translate("door", "{time} {place} time", "a time on a city's clock").format(
            time=words, place=event.place)
    if desk_differs(event, moment):
        words = translate("door", "{time} ({desk_time} here)", "here: at this desk").format(
            time=words, desk_time=f"{moment.astimezone():%H:%M}")
    return words


def at_words(event: EventFacts, moment: datetime) -> str:
    """``moment`` on the event's clock with its zone, and the desk's when it differs:
    "Sun 6 Dec 2026, 19:00 London time (20:00 here)"."""
    local = event.local(moment)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
    return translate("door", "{day}, {time}", "an event's day and time").format(
        day=day, time=time_words(event, moment))


def event_label(event: EventFacts) -> str:
    """How a door names an event: "Summer Nights Live · Sun 6 Dec 2026, 19:00 London time"."""
    name = event.name or translate("door", "Unnamed event")
    if not event.start:
        return name
    return translate("door", "{event} · {when}", "an event's name and start").format(
        event=name, when=at_words(event, event.start))


def fill_event_combo(combo: QComboBox, events: list[EventFacts], event_id: str | None,
                     chosen: bool) -> None:
    """The events to pick from, "Any event", and "Choose…" until a choice was made."""
    combo.clear()
    if not chosen:
        combo.addItem(translate("door", "Choose tonight's event…"), CHOOSE)
    combo.addItem(translate("door", "Any event: tickets of every event on now"), ANY)
    for event in events:
        combo.addItem(event_label(event), event.id)
    if event_id and combo.findData(event_id) < 0:
        # Deleted, or not synced (yet).
        combo.addItem(translate("door", "Missing event: no longer in the events list"), event_id)
    wanted = event_id if event_id else (ANY if chosen else CHOOSE)
    combo.setCurrentIndex(max(0, combo.findData(wanted)))


class DoorSettingsDialog(FormDialog):
    def __init__(self, setup: DoorSetup, choices: Choices,
                 parent: QWidget | None = None, *, settings: SettingsStore | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("door", "Door settings"))
        self.form = form = load_form("door/settings_dialog.ui", self)
        config = setup.config
        form.deskEdit.setText(config.desk)
        for direction, words in _directions().items():
            form.directionCombo.addItem(words, str(direction))
        form.directionCombo.setCurrentIndex(form.directionCombo.findData(str(config.direction)))
        self._events = {event.id: event for event in choices.events}
        fill_event_combo(form.eventCombo, choices.events, config.event_id, setup.event_chosen)
        now = datetime.now(UTC)
        for check, edit, value in ((form.openCheck, form.openEdit, config.doors_open),
                                   (form.closeCheck, form.closeEdit, config.doors_close)):
            check.setChecked(value is not None)
            _show_moment(edit, value or now, self._event())
            edit.setEnabled(value is not None)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._show_window_zone)
            edit.dateTimeChanged.connect(self._show_window_zone)
        form.earlySpin.setValue(int(config.early_entry.total_seconds() // 3600))
        form.cardsCheck.setChecked(config.admit_non_tickets)
        form.verdictSpin.setValue(setup.verdict_seconds)
        form.eventCombo.activated.connect(self._event_picked)
        # A narrow dialog may cut the label: the whole of it is a hover away.
        combo = form.eventCombo
        combo.currentTextChanged.connect(lambda text: combo.setToolTip(text))
        form.eventCombo.setToolTip(form.eventCombo.currentText())
        self._show_window_zone()
        form.capacitySpin.setValue(config.capacity or 0)
        form.reentryCheck.setChecked(config.allow_reentry)
        for policy, words in _removed().items():
            form.removedCombo.addItem(words, str(policy))
        form.removedCombo.setCurrentIndex(form.removedCombo.findData(str(config.removed_policy)))
        names = dict(choices.templates)
        names.update({t: t for t in config.allowed_templates if t not in names})
        for template_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            item = QListWidgetItem(name, form.templatesList)
            item.setData(Qt.ItemDataRole.UserRole, template_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if template_id in config.allowed_templates
                               else Qt.CheckState.Unchecked)
        form.pointsSpin.setValue(setup.loyalty.delta)
        form.pointsMessageEdit.setText(setup.loyalty.message)
        form.pointsMessageEdit.setEnabled(setup.loyalty.on)
        # Wide enough for the example in it, so the placeholders it names are seen.
        edit = form.pointsMessageEdit
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        form.pointsSpin.valueChanged.connect(lambda v: form.pointsMessageEdit.setEnabled(v > 0))
        form.soundCheck.setChecked(setup.sound)
        form.highContrastCheck.setChecked(setup.high_contrast)
        form.hideNamesCheck.setChecked(setup.hide_names)
        # The scanner check saves its correction itself (it needs the settings store).
        self._settings = settings
        form.scannerButton.setVisible(settings is not None)
        form.scannerLabel.setVisible(settings is not None)
        form.scannerButton.clicked.connect(self.check_scanner)
        form.nfcEdit.setText(setup.nfc_path)
        form.vtapEdit.setText(setup.vtap_port)
        fill_camera_picker(form.cameraCheck, form.cameraCombo, setup.camera, setup.camera_id)
        for policy, words in _fallbacks().items():
            form.fallbackCombo.addItem(words, policy)
        form.fallbackCombo.setCurrentIndex(
            max(0, form.fallbackCombo.findData(setup.third_party_fallback)))
        fill_log_combo(form.logCombo, choices.readers, setup.log_as)
        form.logHintLabel.setText(log_hint(choices.readers))
        self._hint_height = WrappedHeight(form.logHintLabel)  # long in Italian, say
        # Holds for special tickets (``hold_rules.py``): a tab of their own.
        self.hold_rules = HoldRulesEditor(config.holds, choices.templates, form.tabs)
        form.tabs.addTab(self.hold_rules, translate("door", "&Holds", "a settings tab"))
        self.connect_buttons(QDialogButtonBox.StandardButton.Save)

    def _event(self) -> EventFacts | None:
        return self._events.get(self.form.eventCombo.currentData())

    def _event_picked(self, _index: int = -1) -> None:
        """A person picked an entry: an event fills the doors' window from its times."""
        event = self._event()
        form = self.form
        for edit in (form.openEdit, form.closeEdit):  # the moment stays; its clock changes
            _show_moment(edit, _moment(edit.dateTime()), event)
        if event is not None and event.start is not None:
            form.openCheck.setChecked(True)
            _show_moment(form.openEdit, event.start - DOORS_BEFORE, event)
            if event.ends is not None:
                form.closeCheck.setChecked(True)
                _show_moment(form.closeEdit, event.ends, event)
        elif form.eventCombo.currentData() in (ANY, CHOOSE):
            # A window belongs to one event: "any event" has none.
            form.openCheck.setChecked(False)
            form.closeCheck.setChecked(False)
        self._show_window_zone()

    def _show_window_zone(self, *_: object) -> None:
        """Which clock the doors' times are on, and the desk's when it differs."""
        form, event = self.form, self._event()
        if event is None or event.zone is None:
            words = translate("door", "Times on this desk's clock ({zone}).").format(
                zone=f"{datetime.now().astimezone():%Z}")
        else:
            words = translate("door", "Times in {place} time, the event's clock.").format(
                place=event.place)
            opening, closing = (
                f"{_moment(edit.dateTime()).astimezone():%H:%M}"
                if check.isChecked() and desk_differs(event, _moment(edit.dateTime())) else ""
                for check, edit in ((form.openCheck, form.openEdit),
                                    (form.closeCheck, form.closeEdit)))
            if opening and closing:
                words = translate("door", "{clock} Here: open {opening}, close {closing}.").format(
                    clock=words, opening=opening, closing=closing)
            elif opening:
                words = translate("door", "{clock} Here: open {opening}.").format(
                    clock=words, opening=opening)
            elif closing:
                words = translate("door", "{clock} Here: close {closing}.").format(
                    clock=words, closing=closing)
        form.windowZoneLabel.setText(words)

    def setup(self) -> DoorSetup:
        form = self.form
        templates = frozenset(
            form.templatesList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(form.templatesList.count())
            if form.templatesList.item(i).checkState() == Qt.CheckState.Checked)
        picked = form.eventCombo.currentData()
        config = DoorConfig(
            desk=form.deskEdit.text().strip() or DoorConfig().desk,
            direction=Direction(form.directionCombo.currentData()),
            event_id=None if picked in (ANY, CHOOSE) else picked,
            doors_open=_moment(form.openEdit.dateTime()) if form.openCheck.isChecked() else None,
            doors_close=(_moment(form.closeEdit.dateTime())
                         if form.closeCheck.isChecked() else None),
            allowed_templates=templates,
            capacity=form.capacitySpin.value() or None,
            allow_reentry=form.reentryCheck.isChecked(),
            removed_policy=RemovedPolicy(form.removedCombo.currentData()),
            admit_non_tickets=form.cardsCheck.isChecked(),
            early_entry=timedelta(hours=form.earlySpin.value()),
            holds=self.hold_rules.rules(),
        )
        return DoorSetup(config, sound=form.soundCheck.isChecked(),
                            nfc_path=form.nfcEdit.text().strip(),
                            vtap_port=form.vtapEdit.text().strip(),
                            camera=form.cameraCheck.isChecked(),
                            camera_id=form.cameraCombo.currentData() or "",
                            third_party_fallback=form.fallbackCombo.currentData(),
                            loyalty=ScanLoyalty(form.pointsSpin.value(),
                                                form.pointsMessageEdit.text().strip()),
                            event_chosen=picked != CHOOSE,
                            verdict_seconds=form.verdictSpin.value(),
                            log_as=form.logCombo.currentData() or "",
                            high_contrast=form.highContrastCheck.isChecked(),
                            hide_names=form.hideNamesCheck.isChecked())

    def check_scanner(self) -> None:
        """The scanner check; what it finds is used and saved at once."""
        if self._settings is not None:
            self.scanner_check = ScannerCheckDialog(self._settings, self)
            self.scanner_check.open()


def _fallbacks() -> dict[str, str]:
    """What the door does when a third-party validation service fails, in words."""
    return {str(Fallback.OFFLINE_CHECK): translate("door", "Check the pass here, from the "
                                                   "local copy"),
            str(Fallback.DENY): translate("door", "Deny entry")}


def _moment(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)


def _show_moment(edit, moment: datetime, event: EventFacts | None) -> None:
    """``moment`` in ``edit``, on the event's clock (the desk's without an event zone)."""
    zone = QTimeZone(event.time_zone.encode()) if event and event.zone else \
        QTimeZone.systemTimeZone()
    edit.setTimeZone(zone)
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone))

