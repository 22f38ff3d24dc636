"""A sortable table of rows that carry an ``id``: which row is selected, and selecting
it again after the rows were read anew. The Events and Readers panes' lists."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from passdesk.gui.widgets.rows_model import RowsModel

#: Each column's sort key (moments, counts), for the proxy.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's id, for selecting and editing.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=HasId)


class IdRowsModel(RowsModel[Row]):
    """Rows with an ``id``; ``data()`` answers ``ID_ROLE`` and ``SORT_ROLE``."""

    def row_of(self, row_id: str) -> int | None:
        for number in range(self.rowCount()):
            if self.row(number).id == row_id:
                return number
        return None


class IdTable:
    """``view`` showing ``model`` sorted through a proxy made here (``SORT_ROLE``)."""

    def __init__(self, view: QTableView, model: IdRowsModel[Any], parent: QObject) -> None:
        self.view = view
        self.model = model
        self.proxy = QSortFilterProxyModel(parent)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        view.setModel(self.proxy)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_row(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select(self, row_id: str) -> bool:
        """Select and show the row with ``row_id``; False when no row has it."""
        number = self.model.row_of(row_id)
        if number is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(number, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True
