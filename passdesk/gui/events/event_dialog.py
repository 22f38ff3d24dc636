"""Create or edit an event: name, venue, its time zone, start and end.

The date-time pickers hold wall times IN THE CHOSEN ZONE (what the poster
says); beneath each the same moment is shown in the user's zone. The pickers
themselves run in UTC so they never skip or bend a time for the *user's*
daylight saving; the event zone's gaps and folds are judged by
``core.event_times``: a time the clocks skip keeps OK disabled with the
reason, one that happens twice takes the first and says so.

The zone picker finds a zone as people say it: "new york" as well as "New_Y",
any case, by its city, and by a few common abbreviations ("NYC", "CET").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, QTimeZone
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QDateTimeEdit, QSizePolicy, QWidget

from passdesk.core.event_times import (
    Moment,
    NonexistentWallTime,
    offset_words,
    same_offset,
    to_utc,
    to_wall,
    zone_names,
)
from passdesk.core.event_times import zone as zone_info
from passdesk.core.payloads import EventInput
from passdesk.gui.events.model import local_zone_name
from passdesk.gui.i18n import translate
from passdesk.gui.i18n.formats import clock_words, date_words, wall_words
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.event_list import EventListRow

#: A new event starts tomorrow evening, for four hours, until the person says otherwise.
DEFAULT_START, DEFAULT_HOURS = time(19, 0), 4
#: What the completer matches a zone by (its display text stays the IANA name).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
#: Names people use for a zone that are not in its IANA name (cheap to list, often typed).
ZONE_ALIASES = {
    "America/New_York": "NYC NY EST EDT Eastern",
    "America/Chicago": "CST CDT Central",
    "America/Denver": "MST MDT Mountain",
    "America/Los_Angeles": "LA SF San Francisco PST PDT Pacific",
    "Europe/London": "UK GB GMT BST England",
    "Europe/Paris": "CET CEST",
    "Europe/Berlin": "CET CEST Germany",
    "Europe/Dublin": "IST Ireland",
    "Asia/Kolkata": "IST India Mumbai Bombay Delhi Calcutta",
    "Asia/Tokyo": "JST Japan",
    "Asia/Shanghai": "Beijing China",
    "Asia/Hong_Kong": "HK HKT",
    "Australia/Sydney": "AEST AEDT",
    "Pacific/Auckland": "NZ NZST NZDT",
    "Etc/UTC": "GMT Z Zulu",
    "UTC": "GMT Z Zulu",
}


def zone_words(name: str) -> str:
    """What a zone is found by, lower case: its name, with spaces for underscores
    ("america/new york"), its city alone, and its aliases."""
    spaced = name.replace("_", " ")
    return " | ".join((name, spaced, ZONE_ALIASES.get(name, ""))).lower()


def zone_for(typed: str, zones: list[str]) -> str | None:
    """The one zone ``typed`` names: its IANA name in any case, its city ("new york",
    "new_york"), or an alias; None if none or several do."""
    wanted = " ".join(typed.replace("_", " ").split()).lower()
    if not wanted:
        return None
    for zone in zones:
        if zone.lower() == wanted or zone.replace("_", " ").lower() == wanted:
            return zone
    found = {z for z in zones if z.rsplit("/", 1)[-1].replace("_", " ").lower() == wanted}
    found |= {z for z in zones if wanted in ZONE_ALIASES.get(z, "").lower().split()
              or wanted == ZONE_ALIASES.get(z, "").lower()}
    return found.pop() if len(found) == 1 else None


class ZoneCompleter(QCompleter):
    """Matches what was typed inside each zone's words; puts the IANA name in the field."""

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt API
        return index.data(Qt.ItemDataRole.DisplayRole)


class EventDialog(FormDialog):
    """``event`` None: a new event; else that event, to edit."""

    def __init__(self, parent: QWidget | None = None, *, event: EventListRow | None = None,
                 local_zone: str | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("events", "Edit event") if event
                            else translate("events", "New event"))
        self.setMinimumSize(600, 340)
        self._event = event
        self._local_zone = local_zone or local_zone_name()
        self._zones = zone_names()
        self._by_lower = {name.lower(): name for name in self._zones}
        #: The moments as last judged valid (None while invalid).
        self._start: Moment | None = None
        self._end: Moment | None = None

        self.form = form = load_form("events/event_dialog.ui", self)
        for label in (form.startLocal, form.endLocal, form.problemLabel, form.noteLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (form.startLocal, form.endLocal):  # longer in other languages
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._setup_zone_picker()
        for widget in (form.zoneCombo, form.startEdit, form.endEdit):
            widget.setFixedWidth(260)  # one column of pickers, whatever the lines below say
        for edit in (form.startEdit, form.endEdit):
            # UTC: no zone of the user's distorts the wall time typed for the event's.
            edit.setTimeZone(QTimeZone.utc())
            edit.setCurrentSection(QDateTimeEdit.Section.YearSection)

        self._fill(event, now or datetime.now(UTC))
        self._last_start = self.start_wall()
        form.nameEdit.textChanged.connect(self._check)
        form.venueEdit.textChanged.connect(self._check)
        form.zoneCombo.currentTextChanged.connect(self._check)
        form.startEdit.dateTimeChanged.connect(self._start_moved)
        form.endEdit.dateTimeChanged.connect(self._check)
        self.connect_buttons()
        self._check()

    # --- what the person entered ------------------------------------------------------

    def zone_name(self) -> str | None:
        """The picked zone's IANA name (any case typed, or its city or an alias when
        that names one zone), or None if it is not one."""
        typed = self.form.zoneCombo.currentText().strip()
        return self._by_lower.get(typed.lower()) or zone_for(typed, self._zones)

    def start_wall(self) -> datetime:
        return _wall(self.form.startEdit)

    def end_wall(self) -> datetime:
        return _wall(self.form.endEdit)

    def problem(self) -> str:
        """Why OK is disabled ("" when it is not)."""
        return self.form.problemLabel.text() if not self.ok_button.isEnabled() else ""

    def event_input(self) -> EventInput | None:
        """What to create, or only what changed (None: nothing did). Call once accepted."""
        zone = self.zone_name()
        if self._start is None or self._end is None or zone is None:
            return None
        # Sent with the zone's own offset: the API and a person reading the body see 20:00.
        tz = zone_info(zone)
        start, end = self._start.utc.astimezone(tz), self._end.utc.astimezone(tz)
        name, venue = self.form.nameEdit.text().strip(), self.form.venueEdit.text().strip()
        old = self._event
        if old is None:
            return EventInput(name=name, venue_name=venue, start=start, end=end, time_zone=zone)
        moved = zone != old.time_zone  # the same wall times mean other moments now
        changes = EventInput(
            name=name if name != old.name else None,
            venue_name=venue if venue != old.venue_name else None,
            time_zone=zone if zone != old.time_zone else None,
            # Compared in UTC: an aware time in a fold never equals another zone's (PEP 495).
            start=start if moved or self._start.utc != old.start else None,
            end=end if moved or self._end.utc != old.end else None)
        return None if changes == EventInput() else changes

    # --- setting up -----------------------------------------------------------------------

    def _setup_zone_picker(self) -> None:
        combo = self.form.zoneCombo
        combo.addItems(self._zones)
        words = QStandardItemModel(self)
        for name in self._zones:
            item = QStandardItem(name)
            item.setData(zone_words(name), SEARCH_ROLE)
            words.appendRow(item)
        completer = ZoneCompleter(words, combo)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # "york", "new york", "New_Y" and "nyc" all find America/New_York.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        combo.setCompleter(completer)
        combo.lineEdit().setPlaceholderText(translate("events", "Type a city, e.g. London"))
        combo.lineEdit().editingFinished.connect(self._tidy_zone)

    def _tidy_zone(self) -> None:
        # "america/new_york" typed: show the list's spelling once the person moves on.
        zone = self.zone_name()
        if zone is not None and zone != self.form.zoneCombo.currentText():
            self.form.zoneCombo.setCurrentText(zone)

    def _fill(self, event: EventListRow | None, now: datetime) -> None:
        form = self.form
        zone = (event.time_zone if event else None) or self._local_zone
        zone = self._by_lower.get(zone.lower(), "UTC")
        form.zoneCombo.setCurrentText(zone)
        if event is not None:
            form.nameEdit.setText(event.name)
            form.venueEdit.setText(event.venue_name)
        tomorrow = to_wall(now, zone).date() + timedelta(days=1)
        start = (to_wall(event.start, zone) if event and event.start
                 else datetime.combine(tomorrow, DEFAULT_START))
        end = (to_wall(event.end, zone) if event and event.end
               else start + timedelta(hours=DEFAULT_HOURS))
        _set_wall(form.startEdit, start)
        _set_wall(form.endEdit, end)

    # --- checking as the person types ------------------------------------------------

    def _start_moved(self) -> None:
        # The end moves with the start, as in a calendar: the length stays.
        start = self.start_wall()
        moved = start - self._last_start
        self._last_start = start
        if moved:
            edit = self.form.endEdit
            edit.blockSignals(True)
            _set_wall(edit, self.end_wall() + moved)
            edit.blockSignals(False)
        self._check()

    def _check(self) -> None:
        form = self.form
        zone = self.zone_name()
        self._start = self._end = None
        problems: list[str] = []
        notes: list[str] = []
        if not form.nameEdit.text().strip():
            problems.append(translate("events", "Enter the event's name."))
        if not form.venueEdit.text().strip():
            problems.append(translate("events", "Enter the venue."))
        if zone is None:
            problems.append(translate("events", "Pick a time zone from the list (type part "
                                      "of a city, e.g. London)."))
            form.startLocal.clear()
            form.endLocal.clear()
        else:
            self._start = self._resolve(self.start_wall(), zone, "start", form.startLocal,
                                        problems, notes)
            self._end = self._resolve(self.end_wall(), zone, "end", form.endLocal,
                                      problems, notes)
            if self._start and self._end and self._end.utc <= self._start.utc:
                problems.append(translate("events", "The event must end after it starts."))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(" ".join(problems))
        set_tone(form.problemLabel, Tone.WARNING, " ".join(problems))
        form.problemLabel.setVisible(bool(problems))
        set_tone(form.noteLabel, Tone.INFO, " ".join(notes))
        form.noteLabel.setVisible(bool(notes))
        self._fit_height()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        """The lines under the pickers wrap (a longer language): the form layout does not
        ask a label in a nested layout how tall it is at its width, so it is told."""
        if not self.isVisible():  # widths are known once shown
            return
        for label in (self.form.startLocal, self.form.endLocal):
            if label.width() > 0:
                label.setMinimumHeight(0)  # heightForWidth answers at least the minimum
                # -1: an empty line has no height for a width.
                label.setMinimumHeight(max(0, label.heightForWidth(label.width())))

    def _fit_height(self) -> None:
        # A reason or a note may take lines the dialog has no room for: grow, never shrink.
        self._fit_lines()
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _resolve(self, wall: datetime, zone: str, which: str, line, problems: list[str],
                 notes: list[str]) -> Moment | None:
        try:
            moment = to_utc(wall, zone)
        except NonexistentWallTime as gap:
            problems.append(_gap_words(which, gap))
            line.setText(translate("events", "Not a time in {zone}: see below.").format(zone=zone))
            return None
        if moment.ambiguous:
            notes.append(_fold_words(which, wall, zone, offset_words(moment.utc, zone)))
        line.setText(self._local_line(wall, moment, zone))
        return moment

    def _local_line(self, wall: datetime, moment: Moment, zone: str) -> str:
        """Two lines: the weekday and offset there (the picker shows neither), then here."""
        there = translate("events", "{when} in {zone} ({offset})").format(
            when=wall_words(wall), zone=zone, offset=offset_words(moment.utc, zone))
        if zone == self._local_zone or same_offset(moment.utc, zone, self._local_zone):
            return translate("events", "{there}\n= the same in your time ({zone})").format(
                there=there, zone=self._local_zone)
        here = wall_words(to_wall(moment.utc, self._local_zone))
        return translate("events", "{there}\n= {here} in your time ({zone})").format(
            there=there, here=here, zone=self._local_zone)


def _gap_words(which: str, gap: NonexistentWallTime) -> str:
    """Why a start or end time the clocks skip is refused, in the locale's words."""
    if gap.wall is None or gap.skipped_from is None or gap.skipped_to is None:
        return str(gap)
    args = {"time": clock_words(gap.wall), "day": date_words(gap.wall.date()),
            "zone": gap.zone_name, "before": clock_words(gap.skipped_from),
            "after": clock_words(gap.skipped_to)}
    if which == "start":
        return translate("events", "The start time {time} on {day} does not exist in {zone}: "
                         "the clocks jump from {before} to {after}. Pick a time outside that "
                         "gap.").format(**args)
    return translate("events", "The end time {time} on {day} does not exist in {zone}: "
                     "the clocks jump from {before} to {after}. Pick a time outside that "
                     "gap.").format(**args)


def _fold_words(which: str, wall: datetime, zone: str, offset: str) -> str:
    """A start or end time that happens twice: the first is taken, and said."""
    args = {"time": clock_words(wall), "day": date_words(wall.date()), "zone": zone,
            "offset": offset}
    if which == "start":
        return translate("events", "The start time {time} happens twice on {day} in {zone} "
                         "(the clocks go back); the first one ({offset}) is used.").format(**args)
    return translate("events", "The end time {time} happens twice on {day} in {zone} (the "
                     "clocks go back); the first one ({offset}) is used.").format(**args)


def _wall(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    return datetime.combine(value.date().toPython(), value.time().toPython()).replace(
        second=0, microsecond=0)


def _set_wall(edit: QDateTimeEdit, wall: datetime) -> None:
    day: date = wall.date()
    edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day),
                               QTime(wall.hour, wall.minute), QTimeZone.utc()))
