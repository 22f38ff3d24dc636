"""The door's settings dialog: which event, when doors open, capacity, re-entry,
the removed-from-wallet policy, the templates let in, points per admission ("scan
with loyalty"), the direction, sound, and the scan sources besides the keyboard
wedge (NFC reader, VTAP serial port, camera).

The events and templates to choose from are read by the caller (off the UI
thread) and passed in as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from passdesk.core.admission import Direction, RemovedPolicy, StationConfig
from passdesk.core.loyalty import ScanLoyalty
from passdesk.gui.form_dialog import FormDialog
from passdesk.gui.forms import load_form
from passdesk.gui.station_camera import fill_camera_picker
from passdesk.gui.station_config import StationSetup
from passdesk.scan.third_party import Fallback
from passdesk.store.admissions import events_by_start, template_names
from passdesk.store.database import Database

DIRECTIONS = {Direction.ENTRY: "Entry: let people in", Direction.EXIT: "Exit: check people out"}
REMOVED = {RemovedPolicy.ADMIT: "Admit", RemovedPolicy.WARN: "Admit, but ask to check ID",
           RemovedPolicy.DENY: "Deny"}


@dataclass(frozen=True)
class Choices:
    """What the dialog offers: (id, label) of events, template id -> name."""

    events: list[tuple[str, str]]
    templates: dict[str, str]


def load_choices(database: Database) -> Choices:
    """Events and templates from the store (run it off the UI thread)."""
    with database.session() as session:
        events = [(event_id, _event_label(name, start, event_id))
                  for event_id, name, start in events_by_start(session)]
        return Choices(events, template_names(session))


def _event_label(name: str | None, start: datetime | None, event_id: str) -> str:
    when = f" · {start.astimezone():%d %b %Y %H:%M}" if start else ""
    return f"{name or event_id}{when}"


class StationSettingsDialog(FormDialog):
    def __init__(self, setup: StationSetup, choices: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Station settings")
        self.form = form = load_form("station_settings.ui", self)
        config = setup.config
        form.stationEdit.setText(config.station)
        for direction, words in DIRECTIONS.items():
            form.directionCombo.addItem(words, str(direction))
        form.directionCombo.setCurrentIndex(form.directionCombo.findData(str(config.direction)))
        form.eventCombo.addItem("Any event", None)
        for event_id, words in choices.events:
            form.eventCombo.addItem(words, event_id)
        if config.event_id and form.eventCombo.findData(config.event_id) < 0:
            form.eventCombo.addItem(config.event_id, config.event_id)  # not synced (yet)
        form.eventCombo.setCurrentIndex(max(0, form.eventCombo.findData(config.event_id)))
        now = QDateTime.currentDateTime()
        for check, edit, value in ((form.openCheck, form.openEdit, config.doors_open),
                                   (form.closeCheck, form.closeEdit, config.doors_close)):
            check.setChecked(value is not None)
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
                             if value else now)
            edit.setEnabled(value is not None)
            check.toggled.connect(edit.setEnabled)
        form.capacitySpin.setValue(config.capacity or 0)
        form.reentryCheck.setChecked(config.allow_reentry)
        for policy, words in REMOVED.items():
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
        form.nfcEdit.setText(setup.nfc_path)
        form.vtapEdit.setText(setup.vtap_port)
        fill_camera_picker(form.cameraCheck, form.cameraCombo, setup.camera, setup.camera_id)
        for policy, words in FALLBACKS.items():
            form.fallbackCombo.addItem(words, policy)
        form.fallbackCombo.setCurrentIndex(
            max(0, form.fallbackCombo.findData(setup.third_party_fallback)))
        self.connect_buttons(QDialogButtonBox.StandardButton.Save)

    def setup(self) -> StationSetup:
        form = self.form
        templates = frozenset(
            form.templatesList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(form.templatesList.count())
            if form.templatesList.item(i).checkState() == Qt.CheckState.Checked)
        config = StationConfig(
            station=form.stationEdit.text().strip() or StationConfig().station,
            direction=Direction(form.directionCombo.currentData()),
            event_id=form.eventCombo.currentData(),
            doors_open=_moment(form.openEdit.dateTime()) if form.openCheck.isChecked() else None,
            doors_close=(_moment(form.closeEdit.dateTime())
                         if form.closeCheck.isChecked() else None),
            allowed_templates=templates,
            capacity=form.capacitySpin.value() or None,
            allow_reentry=form.reentryCheck.isChecked(),
            removed_policy=RemovedPolicy(form.removedCombo.currentData()),
        )
        return StationSetup(config, sound=form.soundCheck.isChecked(),
                            nfc_path=form.nfcEdit.text().strip(),
                            vtap_port=form.vtapEdit.text().strip(),
                            camera=form.cameraCheck.isChecked(),
                            camera_id=form.cameraCombo.currentData() or "",
                            third_party_fallback=form.fallbackCombo.currentData(),
                            loyalty=ScanLoyalty(form.pointsSpin.value(),
                                                form.pointsMessageEdit.text().strip()))


#: What the door does when a third-party validation service fails, in words.
FALLBACKS = {
    str(Fallback.OFFLINE_CHECK): "Check the pass here, from the local copy",
    str(Fallback.DENY): "Deny entry",
}


def _moment(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)
