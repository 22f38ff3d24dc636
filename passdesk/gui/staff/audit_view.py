"""The audit trail, as a manager reads it: who did what, where, on whose PIN.

Above the list, in a bold framed line, whether the trail is whole (every
entry's seal and link checked by ``store.audit.verify``) or was tampered with,
and where. Entries named by a break are shown in red in the list.

The list shows the newest entries first (at most ``SHOWN``), narrowed by an
action, words (desk, person, subject, values) and days. Each read (the
check, the list and the actions to pick from, in one transaction) runs on the
store's worker; a read asked for while another runs replaces it. "Export
CSV…" writes every entry the filter matches (``store.audit_export``'s form).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.audit_chain import AuditEntry, ChainBreak, sealed_json
from passdesk.core.roles import STEP_UP, audit_words
from passdesk.core.storage_failure import Cause, classify
from passdesk.files import write_atomically
from passdesk.gui.i18n import formats, translate
from passdesk.gui.i18n import say as said
from passdesk.gui.widgets.csv_export import export_to_csv, say
from passdesk.gui.widgets.palette import Colour, qss
from passdesk.gui.widgets.rows_model import RowsModel
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store import audit
from passdesk.store.audit import AuditFilter
from passdesk.store.audit_export import write_csv
from passdesk.store.database import Database

log = logging.getLogger(__name__)

#: The most entries the list shows (the export writes them all).
SHOWN = 5000
#: Breaks named in the status line; the rest are counted.
BREAKS_NAMED = 5
#: Typing in the words field reads again after this pause (ms).
TYPING_PAUSE_MS = 300
#: The action choice's width, in characters (its list opens wider).
COMBO_CHARS = 26
#: The columns' first widths in characters; "What" takes the room left.
WIDTHS = {0: 4, 2: 8, 3: 11, 4: 12, 6: 14, 7: 14, 8: 16}
WHAT = 5
#: A date field at its lowest shows "Any": no bound.
NO_DATE = QDate(2000, 1, 1)

STYLE = qss("""
QLabel#auditChainStatus {
    font-weight: 700;
    font-size: 14px;
    padding: 10px 12px;
    border-radius: 6px;
    border: 2px solid $border;
    background: $grey_100;
    color: $grey_700;
}
QLabel#auditChainStatus[state="whole"] {
    border-color: $ok_green; background: $success_background; color: $success_text;
}
QLabel#auditChainStatus[state="tampered"] {
    border-color: $red_700; background: $error_background; color: $red_800;
}
QLabel#auditChainStatus[state="failed"] {
    border-color: $amber_700; background: $warning_background; color: $warning_text;
}
""")


def action_words(action: str, subject: str = "") -> str:
    """What an entry's action means in words; a step-up names the action it allowed."""
    if action == STEP_UP:
        allowed = _words_of(subject) if subject else ""
        if allowed:
            return translate("staff", "PIN step-up: {allowed}").format(allowed=allowed)
        return translate("staff", "PIN step-up")
    return _words_of(action)


def _words_of(value: str) -> str:
    return said(audit_words(value))


def _compact(value: object) -> str:
    return "" if value is None else sealed_json(value)


def _local(at: datetime) -> str:
    """The entry's moment to the second, written the same in every language (ISO 8601)."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class EntriesModel(RowsModel[AuditEntry]):
    #: Said with ``translate("staff", header)``.
    HEADERS = ("#", QT_TRANSLATE_NOOP("staff", "When"), QT_TRANSLATE_NOOP("staff", "Desk"),
               QT_TRANSLATE_NOOP("staff", "Who"), QT_TRANSLATE_NOOP("staff", "Authorised by"),
               QT_TRANSLATE_NOOP("staff", "What"), QT_TRANSLATE_NOOP("staff", "Subject"),
               QT_TRANSLATE_NOOP("staff", "Before"), QT_TRANSLATE_NOOP("staff", "After"))

    def __init__(self, parent=None) -> None:
        super().__init__([translate("staff", header) for header in self.HEADERS], parent)
        #: Words of the breaks found, by the entry they name.
        self._broken: dict[int, list[str]] = {}

    def set_entries(self, rows: list[AuditEntry], breaks: list[ChainBreak]) -> None:
        broken: dict[int, list[str]] = {}
        for chain_break in breaks:
            broken.setdefault(chain_break.seq, []).append(said(chain_break.words))
        self._broken = broken
        self.set_rows(rows)

    def text(self, row: int, column: int) -> str:
        entry = self.row(row)
        return (str(entry.seq), _local(entry.at), entry.desk, entry.actor,
                entry.authorised_by or "", action_words(entry.action, entry.subject),
                entry.subject, _compact(entry.before), _compact(entry.after))[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._broken.get(entry.seq)
            if problems:
                return "\n".join(problems)
            if index.column() == 5:
                return entry.action
            shown = self.text(index.row(), index.column())
            return shown if len(shown) > 30 else None
        if role == Qt.ItemDataRole.BackgroundRole and entry.seq in self._broken:
            return QBrush(QColor(Colour.ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and entry.seq in self._broken:
            return QBrush(QColor(Colour.RED_800))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class _Read:
    """One read of the store: plain data for the UI thread."""

    actions: list[str]
    entries: list[AuditEntry]
    breaks: list[ChainBreak]
    #: Entries written (the head's number): how many were checked when whole.
    written: int


def _read(database: Database, flt: AuditFilter) -> _Read:
    with database.session() as session:
        breaks = audit.verify(session)
        return _Read(actions=audit.actions(session), entries=audit.entries(
            session, flt, limit=SHOWN), breaks=breaks, written=audit.head(session).seq)


def chain_words(breaks: list[ChainBreak], written: int) -> str:
    """The status line's words for a check's result."""
    if not breaks:
        return translate("staff", "The audit trail is whole: %Ln entr(y|ies), each checked.",
                         None, written)
    lines = [translate("staff", "The audit trail was tampered with:")]
    lines += [f"• {said(chain_break.words)}" for chain_break in breaks[:BREAKS_NAMED]]
    if len(breaks) > BREAKS_NAMED:
        lines.append(translate("staff", "and %Ln more", "more breaks of the audit trail",
                               len(breaks) - BREAKS_NAMED))
    return "\n".join(lines)


def export_entries(database: Database, path: str, flt: AuditFilter) -> int:
    """Write every entry ``flt`` matches to ``path`` (whole, or not at all); how many.
    On the store's worker."""
    with database.session() as session:
        return write_atomically(path, lambda out: write_csv(session, out, flt))


class AuditView(QWidget):
    def __init__(self, database: Database, store_tasks: TaskRunner, parent=None) -> None:
        super().__init__(parent, objectName="auditView")
        self._database = database
        self._store_tasks = store_tasks
        #: Counts reads asked for: an answer to an older one is dropped.
        self._asked = 0
        self._loading = False
        self.setStyleSheet(STYLE)

        self.action_combo = QComboBox(self, objectName="auditActionCombo")
        self.action_combo.setAccessibleName(translate("staff", "Action"))
        # As wide as its longer choices, never as wide as the longest: the popup is.
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo.setMinimumContentsLength(COMBO_CHARS)
        self.action_combo.addItem(translate("staff", "All actions"), "")
        self.words_field = QLineEdit(self, objectName="auditWordsField",
                                     placeholderText=translate(
                                         "staff", "Desk, person, subject or value"),
                                     clearButtonEnabled=True)
        self.words_field.setAccessibleName(translate("staff", "Words"))
        self.words_field.setMinimumWidth(220)
        self.since_field = self._date_field("auditSinceField",
                                            translate("staff", "From", "from a day"))
        self.until_field = self._date_field("auditUntilField",
                                            translate("staff", "To", "up to a day"))
        self.refresh_button = QPushButton(translate("staff", "Refresh"), self,
                                          objectName="auditRefreshButton", autoDefault=False)
        self.export_button = QPushButton(translate("staff", "Export CSV…"), self,
                                         objectName="auditExportButton", autoDefault=False)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for caption, field in ((translate("staff", "Action"), self.action_combo),
                               (translate("staff", "Words"), self.words_field),
                               (translate("staff", "From", "from a day"), self.since_field),
                               (translate("staff", "To", "up to a day"), self.until_field)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if field is self.words_field else 0)
        filters.addSpacing(8)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)

        self.status_label = QLabel(self, objectName="auditChainStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(translate("staff", "Audit trail check"))

        self.model = EntriesModel(self)
        self.table = QTableView(self, objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("staff", "Audit entries"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The time: always whole.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        chars = self.table.fontMetrics().horizontalAdvance("0")
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, (width + 2) * chars)

        self.count_label = QLabel(self, objectName="auditCountLabel")
        self.count_label.setProperty("role", "help")
        self.export_line = QLabel(self, objectName="auditExportLine")
        self.export_line.setWordWrap(True)
        self.export_line.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.export_line)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self.words_field.textChanged.connect(self._typing.start)
        self.words_field.returnPressed.connect(self.refresh)
        self.action_combo.activated.connect(self.refresh)
        self.since_field.dateChanged.connect(self.refresh)
        self.until_field.dateChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._ask_to_export)
        self._show_status("busy", translate("staff", "Checking the audit trail…"))
        self.refresh()

    def _date_field(self, name: str, caption: str) -> QDateEdit:
        field = QDateEdit(self, objectName=name, calendarPopup=True)
        field.setAccessibleName(caption)
        field.setDisplayFormat("yyyy-MM-dd")
        field.setMinimumDate(NO_DATE)
        field.setSpecialValueText(translate("staff", "Any", "no first or last day"))  # no bound
        field.setDate(NO_DATE)
        field.calendarWidget().installEventFilter(self)
        return field

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """A calendar opened from "Any" shows this month, not the year 2000."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget) \
                and watched.selectedDate() == NO_DATE:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    # --- what a test (and a person) reads -------------------------------------------

    def status_text(self) -> str:
        return self.status_label.text()

    def status_state(self) -> str:
        """"busy", "whole", "tampered" or "failed"."""
        return str(self.status_label.property("state"))

    def row_count(self) -> int:
        return self.model.rowCount()

    def cell(self, row: int, column: int) -> str:
        return self.model.text(row, column)

    @property
    def loading(self) -> bool:
        return self._loading

    def current_filter(self) -> AuditFilter:
        since = self._day(self.since_field)
        until = self._day(self.until_field)
        return AuditFilter(
            action=self.action_combo.currentData() or "", words=self.words_field.text(),
            since=since, until=until + timedelta(days=1) if until is not None else None)

    @staticmethod
    def _day(field: QDateEdit) -> datetime | None:
        """Local midnight at the start of the field's day; None: "Any"."""
        picked = field.date()
        if picked == NO_DATE:
            return None
        return datetime.combine(date(picked.year(), picked.month(), picked.day()),
                                time()).astimezone()

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the trail and read the list again, with the filter as it is now."""
        self._typing.stop()
        self._asked += 1
        asked, flt, database = self._asked, self.current_filter(), self._database
        self._loading = True
        self.refresh_button.setEnabled(False)
        try:
            self._store_tasks.run(lambda: _read(database, flt), owner=self,
                                  on_success=lambda read: self._show(asked, read),
                                  on_failure=lambda exc: self._failed(asked, exc))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            self._loading = False

    def _show(self, asked: int, read: _Read) -> None:
        if asked != self._asked:
            return
        self._loading = False
        self.refresh_button.setEnabled(True)
        self._set_actions(read.actions)
        self.model.set_entries(read.entries, read.breaks)
        self._show_status("tampered" if read.breaks else "whole",
                          chain_words(read.breaks, read.written))
        count = len(read.entries)
        if count >= SHOWN:
            self.count_label.setText(translate(
                "staff", "%Ln entries shown, newest first (the newest {shown}; the export has "
                         "them all)", None, count).format(shown=formats.number(SHOWN)))
        else:
            self.count_label.setText(
                translate("staff", "%Ln entr(y|ies) shown, newest first", None, count))

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked != self._asked:
            return
        self._loading = False
        self.refresh_button.setEnabled(True)
        failure = classify(exc)
        log.warning("The audit trail could not be read: %s", failure.log_line)
        reason = failure.message if failure.cause is Cause.OTHER else failure.what
        self._show_status("failed", translate(
            "staff", "Could not read the audit trail: {reason}. Nothing is known about it "
                     "until it can be read: try Refresh.").format(reason=said(reason)))

    def _set_actions(self, actions: list[str]) -> None:
        combo = self.action_combo
        chosen = combo.currentData() or ""
        known = [combo.itemData(i) for i in range(1, combo.count())]
        if chosen and chosen not in actions:
            actions = [*actions, chosen]  # it stays picked until a person changes it
        if known == actions:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("staff", "All actions"), "")
        for action in sorted(actions, key=lambda a: _choice_words(a).lower()):
            combo.addItem(_choice_words(action), action)
            combo.setItemData(combo.count() - 1, action, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        combo.view().setMinimumWidth(widest + 40)

    def _show_status(self, state: str, words: str) -> None:
        label = self.status_label
        label.setText(words)
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)

    # --- exporting --------------------------------------------------------------------

    def _ask_to_export(self) -> None:
        flt, database = self.current_filter(), self._database
        export_to_csv(self, self._store_tasks, self.export_button, self.export_line,
                      title=translate("staff", "Export the audit trail"), stem="audit-trail",
                      writing=translate("staff", "Writing audit entries…"),
                      counted=audit_entries,
                      write=lambda path: export_entries(database, path, flt))

    def export_csv(self, path: str) -> int:
        """Write every entry the current filter matches to ``path`` now; how many.
        A write error is said on the export line (and 0 returned)."""
        try:
            count = export_entries(self._database, path, self.current_filter())
        except OSError as exc:
            say(self.export_line, translate("common", "Could not write {path}: {problem}")
                .format(path=path, problem=exc.strerror or exc))
            return 0
        except SQLAlchemyError as exc:
            say(self.export_line, translate("staff", "Could not read the audit trail: {reason}")
                .format(reason=said(classify(exc).what)))
            return 0
        say(self.export_line, translate("common", "{rows} written to {path}").format(
            rows=audit_entries(count), path=path))
        return count


def _choice_words(action: str) -> str:
    return translate("staff", "PIN step-ups") if action == STEP_UP else _words_of(action)


def audit_entries(count: int) -> str:
    """"1 audit entry", "5 audit entries": the export line's count."""
    return translate("staff", "%Ln audit entr(y|ies)", None, count)
