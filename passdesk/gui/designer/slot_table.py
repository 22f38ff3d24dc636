"""The designer's slot table: one group's slots, edited inline, dragged by cells or row header.

The table shows every slot of the chosen group (empty ones too, as the wallet
has that many places): field id, label, default value and the designer's
sample value. Rows are numbered as the checks name them ("Secondary field 2")
and can be dragged by that number, the row header, as well as by their cells.
A drop is reported (``row_moved``), never done by Qt: the document is the truth.

In another language than the template's default the label and default columns
show and edit that language (their headers say which); an empty cell's tooltip
gives the default language's text, and the field id is edited in the default
language only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from passdesk.core.template_checks import slot_words
from passdesk.core.template_doc import SlotField
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.palette import Colour

#: The column headers, said with ``translate("designer", title)``.
COLUMNS = (QT_TRANSLATE_NOOP("designer", "Field id"), QT_TRANSLATE_NOOP("designer", "Label"),
           QT_TRANSLATE_NOOP("designer", "Default"), QT_TRANSLATE_NOOP("designer", "Sample value"))
ID, LABEL, DEFAULT, SAMPLE = range(4)
_EMPTY_COLOUR = QColor(Colour.GREY_400)
#: What a dragged row carries: "<group>:<row>".
ROW_MIME = "application/x-passdesk-slot-row"


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class RowHandles(QHeaderView):
    """The row header as a drag handle: press on a row's number and drag it elsewhere."""

    def __init__(self, table: SlotTable) -> None:
        super().__init__(Qt.Orientation.Vertical, table)
        self._table = table
        self._pressed: tuple[int, QPoint] | None = None
        self.setSectionsClickable(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(translate("designer", "Drag a row by its number to reorder"))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = self.logicalIndexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self._pressed = (row, event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            row, start = self._pressed
            moved = (event.position().toPoint() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._pressed = None
                self._table.drag_row(row)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._pressed = None
        super().mouseReleaseEvent(event)


class SlotTable(QTableWidget):
    """A group's slots; a row dropped elsewhere is reported, not moved by Qt."""

    #: (from row, to row) as a list move: the row ends up at ``to``.
    row_moved = Signal(int, int)
    #: (row, column, text) the user typed into a cell.
    cell_edited = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("slotTable")
        self.setAccessibleName(translate("designer", "Fields of the group"))
        self.setHorizontalHeaderLabels([translate("designer", c) for c in COLUMNS])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalHeader(RowHandles(self))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._filling = False
        #: The group shown, so a drop knows where its row came from.
        self.group = ""
        self.itemChanged.connect(self._changed)

    def fill(self, group: str, slots: list[SlotField], samples: dict[str, Any], *,
             base: list[SlotField] | None = None, language: str | None = None) -> None:
        """Show ``slots``; with ``language``, ``slots`` carry that language's texts and
        ``base`` the default language's (for tooltips and which slots are fields)."""
        self.group = group
        self._filling = True
        headers = [translate("designer", c) for c in COLUMNS]
        if language is not None:
            headers[LABEL] = translate("designer", "Label ({language})").format(language=language)
            headers[DEFAULT] = translate("designer", "Default ({language})").format(
                language=language)
        if [self.horizontalHeaderItem(c).text() if self.horizontalHeaderItem(c) else ""
                for c in range(len(COLUMNS))] != headers:
            self.setHorizontalHeaderLabels(headers)
        try:
            self.setRowCount(len(slots))
            self.setVerticalHeaderLabels([f"≡ {n}" for n in range(1, len(slots) + 1)])
            for row, slot in enumerate(slots):
                header = self.verticalHeaderItem(row)
                header.setToolTip(translate("designer", "{slot}: drag to reorder").format(
                    slot=say(slot_words(group, row))))
                named = bool(slot.field_id and slot.field_id.strip())
                sample = samples.get(slot.field_id) if named else None
                values = (slot.field_id, slot.label, slot.default_value, sample)
                if language is None or base is None:
                    for column, value in enumerate(values):
                        self._set(row, column, _shown(value),
                                  editable=column != SAMPLE or named, empty=slot.empty)
                    continue
                own = base[row]
                for column, value in enumerate(values):
                    editable = named and column in (LABEL, DEFAULT)
                    self._set(row, column, _shown(value), editable=editable,
                              empty=own.empty, locked=column in (ID, SAMPLE) and named)
                    if column in (LABEL, DEFAULT) and named:
                        fallback = own.label if column == LABEL else own.default_value
                        item = self.item(row, column)
                        item.setToolTip(translate("designer", "In the default language: {text}"
                                                  ).format(text=_shown(fallback))
                                        if _shown(fallback) else "")
        finally:
            self._filling = False

    def _set(self, row: int, column: int, text: str, *, editable: bool, empty: bool,
             locked: bool = False) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setToolTip("")
        if column == ID and empty:
            item.setToolTip(translate("designer", "An empty slot: type a field id to use it"))
        if locked:
            item.setToolTip(translate("designer", "Edited in the default language"))
        elif not editable:
            item.setToolTip(translate("designer", "Give the field an id first"))
        item.setForeground(_EMPTY_COLOUR if (empty or not editable) and not locked
                           else self.palette().text().color())

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.cell_edited.emit(item.row(), item.column(), item.text())

    # --- drag to reorder ------------------------------------------------------------

    def drop_row(self, event: QDropEvent) -> int:
        """The row a drop at the event's position puts the dragged row before."""
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return self.rowCount()
        rect = self.visualRect(index)
        below = event.position().y() > rect.center().y()
        return index.row() + (1 if below else 0)

    def drag_row(self, row: int) -> Qt.DropAction:
        """Start dragging ``row`` (from its header), as a drag from its cells would."""
        self.selectRow(row)
        items = [self.item(row, c) for c in range(self.columnCount())]
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([i for i in items if i is not None]))
        return drag.exec(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [*super().mimeTypes(), ROW_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt API
        data = super().mimeData(items)
        rows = sorted({item.row() for item in items})
        if rows:
            data.setData(ROW_MIME, QByteArray(f"{self.group}:{rows[0]}".encode()))
        return data

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        group, _colon, row = bytes(event.mimeData().data(ROW_MIME).data()).decode(
            "ascii", "replace").partition(":")
        if group != self.group or not row.isdigit():
            event.ignore()
            return
        source = int(row)
        target = self.drop_row(event)
        # Qt must not move or clear cells itself: the document is the truth.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        to = target - 1 if target > source else target
        to = max(0, min(to, self.rowCount() - 1))
        if to != source:
            self.row_moved.emit(source, to)
