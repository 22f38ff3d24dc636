"""The Passes list's columns: widths, the sort arrow, and which columns a narrow
window hides (the least needed first, so the list never scrolls sideways).

``PassesColumns`` is mixed into ``PassesPane``; it uses the pane's ``form`` and
``model``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate

from passdesk.gui.passes.model import SORTS_BY, Column, sortable

#: Columns beside the name, most needed first: the last ones hide first when narrow.
#: A person looks a pass up by its printed number and its event; the ext id (the
#: number when a pass has none) matters least. In this order on screen, so a
#: narrow window hides columns from the right.
SHOWN_FIRST = (Column.NUMBER, Column.EVENT, Column.STATUS, Column.CREATED, Column.TEMPLATE,
               Column.DEVICE, Column.GROUP_TAG, Column.EXT_ID)


class MiddleElide(QStyledItemDelegate):
    """Shortens a cell in the middle ("d994df…3267"), not at the end."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class PassesColumns:
    """The table's set-up and column fitting, for ``PassesPane``."""

    def _setup_table(self) -> None:
        table = self.form.passesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        metrics = table.fontMetrics()
        # Fixed, uniform row heights: the view never measures a million rows.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # Long ext ids and template names elide (ids in the middle: both ends tell
        # them apart) with the whole value in the tooltip; the name gets the rest.
        for column in (Column.NUMBER, Column.EXT_ID):
            table.setItemDelegateForColumn(column, MiddleElide(table))
        # A printed number shows whole (a card's is the longest); an event's name may
        # elide at its end: at 1024 wide the status still fits beside both.
        for column, widest in ((Column.NUMBER, "CARD-KQWZ2-6YMBF"),
                               (Column.EVENT, "Autumn Jazz Fe"),
                               (Column.EXT_ID, "TKT-0IX6N-BADU"),
                               (Column.STATUS, "Deactivated"), (Column.DEVICE, "Google"),
                               (Column.TEMPLATE, "Riverside Aren"),
                               (Column.GROUP_TAG, "Group tag"),
                               (Column.CREATED, "0000-00-00 00:00")):
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 16)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Name") + 30)
        self._name_min = metrics.horizontalAdvance("Mmmmmmmmmm Mmmmmmm")
        self._widths = {column: header.sectionSize(column) for column in SHOWN_FIRST}
        # Room to spare beside the name goes to the event's name first, up to this.
        self._event_roomy = metrics.horizontalAdvance("Autumn Jazz Festival 2026") + 16
        #: The event column's width as fit_columns last set it (not a person's drag).
        self._event_fitted = 0
        table.viewport().installEventFilter(self)
        header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        selection = table.selectionModel()
        selection.selectionChanged.connect(self._show_actions)
        selection.currentRowChanged.connect(self._current_row_changed)

    def _keep_sort_indicator(self, column: int, _order) -> None:
        """A click on a header the list cannot sort by (the model ignores it) leaves
        the arrow where the list's order is."""
        if sortable(column):
            return
        header, key = self.form.passesTable.horizontalHeader(), self.model.sort_key
        at = next(c for c, by in SORTS_BY.items() if by == key.column)
        header.blockSignals(True)
        header.setSortIndicator(at, Qt.SortOrder.DescendingOrder if key.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.form.passesTable.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Hide the least needed columns while the table is too narrow for them,
        so it never scrolls sideways and names stay readable (the detail panel
        shows every value of the current pass)."""
        table = self.form.passesTable
        header = table.horizontalHeader()
        # The scroll bar's room is kept whether it shows or not: a list that empties
        # (a search finding nothing) must not bring hidden columns back.
        room = (table.width() - 2 * table.frameWidth()
                - table.verticalScrollBar().sizeHint().width() - self._name_min)
        spare = room
        for column in SHOWN_FIRST:
            # A hidden section measures 0: remember the width it had (or was dragged to).
            if not header.isSectionHidden(column) and not (
                    column == Column.EVENT and header.sectionSize(column) == self._event_fitted):
                self._widths[column] = header.sectionSize(column)
            width = self._widths[column]
            fits = width <= room
            header.setSectionHidden(column, not fits)
            if fits:
                room -= width
                spare = room
            else:
                room = -1  # a less needed column never shows while a more needed one is hidden
        if not header.isSectionHidden(Column.EVENT):
            base = self._widths[Column.EVENT]
            self._event_fitted = base + max(0, min(spare, self._event_roomy - base))
            header.resizeSection(Column.EVENT, self._event_fitted)
