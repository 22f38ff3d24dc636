"""The Readers pane's table: sorted by name, columns fitted, the reader ID left out when narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from passdesk.gui.readers.model import Column, ReadersModel
from passdesk.gui.widgets.id_table import IdTable

#: Pixels added to each fitted column, so neighbouring texts do not touch.
COLUMN_AIR = 16
#: Narrower than this, the table leaves out the reader ID (the dialog shows it).
HIDE_ID_BELOW = 720


class ReadersTable(IdTable):
    def __init__(self, view: QTableView, model: ReadersModel, parent: QObject) -> None:
        super().__init__(view, model, parent)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # "Enabled": what is left
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self._narrow = _HideIdWhenNarrow(parent)
        view.installEventFilter(self._narrow)

    def fit_columns(self) -> None:
        """Each column as wide as its widest cell, plus air between columns."""
        view = self.view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in Column:
            if column is not Column.ENABLED:
                header.resizeSection(column, header.sectionSize(column) + COLUMN_AIR)


class _HideIdWhenNarrow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(watched, QTableView) and event.type() == QEvent.Type.Resize:
            watched.setColumnHidden(Column.ID, watched.width() < HIDE_ID_BELOW)
        return super().eventFilter(watched, event)
