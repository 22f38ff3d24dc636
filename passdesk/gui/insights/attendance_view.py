"""The Attendance tab: the night's figures, admissions over time per door, inside
against capacity, denials by reason, and each door's last scan.

Shows one ``Attendance`` at a time (``show_attendance``); it reads nothing itself.
Laid out to be read whole at 1024 by 768: the figures in one row, the two big charts
side by side, the denials and the doors below; under that size it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.insights import Attendance
from passdesk.gui.i18n import formats, translate
from passdesk.gui.insights.charts import AdmissionsChart, DenialsChart, InsideGauge
from passdesk.gui.insights.doors_model import Column, DoorsModel, rate_words
from passdesk.gui.insights.figure import Figure
from passdesk.gui.widgets.style import set_role
from passdesk.gui.widgets.words import local_time


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "section")
    return label


class AttendanceView(QWidget):
    #: The conflicts figure was clicked: show the list.
    conflicts_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance: Attendance | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_figures())
        layout.addLayout(self._build_charts(), 3)
        layout.addLayout(self._build_lower(), 2)

    def _build_figures(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.rate = Figure(translate("insights", "rate now", "a figure's caption"), self)
        self.peak = Figure(translate("insights", "peak per 5 min", "a figure's caption"), self)
        self.admitted = Figure(translate("insights", "admitted", "a figure's caption"), self)
        self.re_entries = Figure(translate("insights", "re-entries", "a figure's caption"), self)
        self.exits = Figure(translate("insights", "exits", "a figure's caption"), self)
        self.denied = Figure(translate("insights", "denied", "a figure's caption"), self)
        self.no_shows = Figure(translate("insights", "no-shows", "a figure's caption"), self)
        self.conflicts = Figure(translate("insights", "offline conflicts", "a figure's caption"),
                                self)
        self.conflicts.clicked.connect(self.conflicts_asked)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.figures = (self.rate, self.peak, self.admitted, self.re_entries, self.exits,
                        self.denied, self.no_shows, self.conflicts)
        for figure in self.figures:
            row.addWidget(figure, 1)
        return row

    def _build_charts(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(_section(translate("insights", "Admissions per 5 minutes, by door "
                                                      "(dotted: still counting)"), self))
        self.admissions = AdmissionsChart(self)
        self.admissions.setAccessibleName(translate("insights",
                                                    "Admissions per 5 minutes, by door"))
        self.no_admissions = QLabel(
            translate("insights", "No admission yet: a line for each door from its first."),
            self, objectName="admissionsNone", wordWrap=True)
        self.no_admissions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.admissions_stack = QStackedWidget(self)
        self.admissions_stack.addWidget(self.no_admissions)
        self.admissions_stack.addWidget(self.admissions)
        left.addWidget(self.admissions_stack, 1)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(_section(translate("insights", "Inside now"), self))
        self.gauge = InsideGauge(self)
        right.addWidget(self.gauge, 1)
        row.addLayout(left, 3)
        row.addLayout(right, 1)
        return row

    def _build_lower(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(_section(translate("insights", "Denied, by reason"), self), 0, 0)
        grid.addWidget(_section(translate("insights", "Doors: last scan"), self), 0, 1)
        self.denials = DenialsChart(self)
        self.denials.setAccessibleName(translate("insights", "Denied, by reason"))
        self.no_denials = QLabel(translate("insights", "No one was turned away."), self,
                                 objectName="denialsNone", wordWrap=True)
        self.no_denials.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.denials_stack = QStackedWidget(self)
        self.denials_stack.addWidget(self.no_denials)
        self.denials_stack.addWidget(self.denials)
        grid.addWidget(self.denials_stack, 1, 0)
        self.doors_model = DoorsModel(self)
        self.doors = QTableView(self, objectName="doorsTable")
        self.doors.setModel(self.doors_model)
        self.doors.verticalHeader().hide()
        self.doors.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.doors.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doors.setMinimumHeight(150)
        header = self.doors.horizontalHeader()
        header.setSectionResizeMode(Column.DOOR, QHeaderView.ResizeMode.Stretch)
        for column in (Column.ADMITTED, Column.RATE, Column.LAST, Column.QUIET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_doors = QLabel(
            translate("insights", "No scan yet: each door shows here from its first scan."),
            self, objectName="doorsNone", wordWrap=True)
        self.no_doors.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.doors_stack = QStackedWidget(self)
        self.doors_stack.addWidget(self.no_doors)
        self.doors_stack.addWidget(self.doors)
        grid.addWidget(self.doors_stack, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return grid

    # --- showing ------------------------------------------------------------------

    def show_attendance(self, attendance: Attendance) -> None:
        self.attendance = a = attendance
        self._show_figures(a)
        self.admissions.show_attendance(a)
        self.admissions_stack.setCurrentWidget(self.admissions if a.doors else
                                               self.no_admissions)
        self.gauge.set_inside(a.inside, a.capacity)
        self.denials.show_denied(a.denied)
        self.denials_stack.setCurrentWidget(self.denials if a.denied else self.no_denials)
        self.doors_model.show_doors(a.doors, a.now)
        self.doors_stack.setCurrentWidget(self.doors if a.doors else self.no_doors)
        self.set_stale(False)

    def _show_figures(self, a: Attendance) -> None:
        number = formats.number
        self.rate.set(rate_words(a.rate_now), translate("insights", "every door, last 5 min"))
        peak, at = a.peak
        self.peak.set(number(peak), translate("insights", "from {when}").format(
            when=local_time(at, now=a.now)) if at
            else translate("insights", "no admission yet"))
        undone = translate("insights", "%Ln undone", None, int(a.undone)) if a.undone else ""
        self.admitted.set(number(a.admitted), undone)
        self.re_entries.set(number(a.re_entries), translate("insights", "back in after an exit"))
        self.exits.set(number(a.exits))
        held = translate("insights", "%Ln held, waiting", None,
                         int(a.holds_waiting)) \
            if a.holds_waiting else ""
        self.denied.set(number(a.denied_total), held)
        if a.no_shows is None:
            self.no_shows.set("—", translate("insights", "for an event only"))
        else:
            self.no_shows.set(number(a.no_shows), translate(
                "insights", "of %Ln ticket(s)", None, int(a.tickets or 0)))
        count = len(a.conflicts)
        self.conflicts.set(number(count), translate("insights", "click to list them") if count
                           else translate("insights", "none", "no offline conflicts"),
                           warning=count > 0)

    def set_stale(self, stale: bool) -> None:
        """The figures shown are old (the last read failed): greyed until a read succeeds."""
        for figure in self.figures:
            figure.set_stale(stale)
        self.gauge.set_stale(stale)
