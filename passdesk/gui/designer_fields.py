"""The designer's fields editor: group tabs over the slot table, and the buttons beside it.

The table (``designer_slot_table``) shows every slot of the chosen group.
Nothing here changes the document itself: each edit, drop or button becomes a
new state handed to ``commit`` (the editor's undo command).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabBar, QVBoxLayout, QWidget

from passdesk.core.template_checks import slot_words
from passdesk.core.template_doc import SLOT_GROUPS, SlotField, SlotsFull
from passdesk.gui.designer_commands import DesignState
from passdesk.gui.designer_slot_table import (
    COLUMNS,
    DEFAULT,
    ID,
    LABEL,
    ROW_MIME,
    SAMPLE,
    SlotTable,
)

__all__ = ["COLUMNS", "DEFAULT", "GROUP_TITLES", "ID", "LABEL", "ROW_MIME", "SAMPLE",
           "FieldsEditor", "SlotTable"]

#: The current template shape's groups; Details is where Apple shows its secondary and
#: auxiliary rows.
GROUP_TITLES = {"header": "Header", "central": "Central", "details": "Details", "back": "Back"}
#: The groups must fit the form column without scroll arrows.
GROUP_TABS_STYLE = """
QTabBar#groupTabs::tab {
    padding: 4px 7px;
    border: 1px solid #d6d9de;
    border-bottom: none;
    border-top-left-radius: 5px;
    border-top-right-radius: 5px;
    background: #f3f4f6;
    color: #374151;
    margin-right: 2px;
}
QTabBar#groupTabs::tab:selected { background: palette(base); color: #111827; font-weight: 600; }
QTabBar#groupTabs::tab:hover:!selected { background: #e5e7eb; }
"""


def _full(group: str) -> str:
    return (f"The {GROUP_TITLES[group]} group has no empty slot; remove or move a field "
            "first.")


def _typed(text: str) -> str | None:
    return text if text.strip() else None


class FieldsEditor(QWidget):
    """Group tabs over one slot table, with the buttons that act on the chosen slot."""

    def __init__(self, form: QWidget, state: Callable[[], DesignState],
                 commit: Callable[[DesignState, str], None], say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._state = state
        self._commit = commit
        self._say = say
        self.group = SLOT_GROUPS[0]
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("groupTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setStyleSheet(GROUP_TABS_STYLE)
        for group in SLOT_GROUPS:
            self.tabs.addTab(GROUP_TITLES[group])
        self.table = SlotTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table)
        form.fieldsHost.layout().addWidget(self)

        self.move_menu = QMenu(self)
        self.move_actions: dict[str, QAction] = {}
        for group in SLOT_GROUPS:
            action = self.move_menu.addAction(f"To {GROUP_TITLES[group]}")
            action.triggered.connect(lambda _=False, g=group: self.move_to_group(g))
            self.move_actions[group] = action
        form.moveToButton.setMenu(self.move_menu)
        self.tabs.currentChanged.connect(self._group_chosen)
        self.table.cell_edited.connect(self._cell_edited)
        self.table.row_moved.connect(self.move_row)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        form.addFieldButton.clicked.connect(self.add_field)
        form.removeFieldButton.clicked.connect(self.remove_field)
        form.moveUpButton.clicked.connect(lambda: self._step(-1))
        form.moveDownButton.clicked.connect(lambda: self._step(1))

    # --- showing --------------------------------------------------------------------

    def show_state(self, state: DesignState) -> None:
        doc = state.doc
        for index, group in enumerate(SLOT_GROUPS):
            slots = doc.slots(group)
            used = sum(1 for s in slots if not s.empty)
            self.tabs.setTabText(index, f"{GROUP_TITLES[group]} ({used})" if used
                                 else GROUP_TITLES[group])
            self.tabs.setTabToolTip(index, f"{used} of {len(slots)} slots used")
        self.table.fill(self.group, doc.slots(self.group), dict(state.samples))
        self._show_buttons()

    def select_group(self, group: str) -> None:
        self.tabs.setCurrentIndex(SLOT_GROUPS.index(group))

    def _group_chosen(self, index: int) -> None:
        self.group = SLOT_GROUPS[index]
        self.table.clearSelection()
        self.show_state(self._state())

    def _show_buttons(self) -> None:
        row = self._row()
        slots = self._state().doc.slots(self.group)
        filled = row is not None and row < len(slots) and not slots[row].empty
        self._form.removeFieldButton.setEnabled(filled)
        self._form.moveToButton.setEnabled(filled)
        self._form.moveUpButton.setEnabled(row is not None and row > 0)
        self._form.moveDownButton.setEnabled(row is not None and row < len(slots) - 1)
        for group, action in self.move_actions.items():
            action.setEnabled(group != self.group)

    def _row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _select(self, row: int) -> None:
        self.table.selectRow(row)

    # --- edits ----------------------------------------------------------------------

    def _slot(self, row: int) -> SlotField:
        return self._state().doc.slots(self.group)[row]

    def _cell_edited(self, row: int, column: int, text: str) -> None:
        state = self._state()
        slot = self._slot(row)
        where = slot_words(self.group, row)
        if column == SAMPLE:
            if not slot.field_id:
                return
            samples = state.sample_dict()
            if text:
                samples[slot.field_id] = text
            else:
                samples.pop(slot.field_id, None)
            self._commit(state.with_samples(samples), f"sample value of {slot.field_id}")
            return
        doc, samples = state.doc, state.sample_dict()
        if column == ID:
            new_id = _typed(text.strip())
            doc = doc.with_slot(self.group, slot.slot, field_id=new_id)
            old_id = slot.field_id
            # The sample follows its field to the new id, unless that id has one.
            if old_id and new_id and old_id in samples and new_id not in samples \
                    and old_id not in doc.field_ids():
                samples[new_id] = samples.pop(old_id)
            what = f"field id of {where}"
        elif column == LABEL:
            doc = doc.with_slot(self.group, slot.slot, label=_typed(text))
            what = f"label of {where}"
        else:
            doc = doc.with_slot(self.group, slot.slot, default_value=_typed(text))
            what = f"default of {where}"
        self._commit(DesignState.of(doc, samples), what)

    def add_field(self) -> None:
        state = self._state()
        taken = set(state.doc.field_ids())
        number = 1
        while f"field{number}" in taken:
            number += 1
        try:
            doc = state.doc.add_field(self.group, f"field{number}", f"Field {number}")
        except SlotsFull:
            self._say(_full(self.group))
            return
        except ValueError as exc:
            self._say(str(exc))
            return
        self._commit(state.with_doc(doc), f"add field{number}")
        row = next(i for i, s in enumerate(doc.slots(self.group))
                   if s.field_id == f"field{number}")
        self._select(row)

    def remove_field(self) -> None:
        row = self._row()
        if row is None:
            return
        state = self._state()
        slot = self._slot(row)
        self._commit(state.with_doc(state.doc.remove_field(self.group, slot.slot)),
                     f"remove {slot.field_id or slot_words(self.group, row)}")

    def move_row(self, from_row: int, to_row: int) -> None:
        state = self._state()
        try:
            doc = state.doc.move_field(self.group, from_row, to_row)
        except (IndexError, ValueError) as exc:
            self._say(str(exc))
            return
        self._commit(state.with_doc(doc), "reorder fields")
        self._select(to_row)

    def _step(self, delta: int) -> None:
        row = self._row()
        if row is not None and 0 <= row + delta < self.table.rowCount():
            self.move_row(row, row + delta)

    def move_to_group(self, group: str) -> None:
        row = self._row()
        if row is None or group == self.group:
            return
        state = self._state()
        slot = self._slot(row)
        try:
            doc = state.doc.move_to_group(self.group, slot.slot, group)
        except SlotsFull:
            self._say(_full(group))
            return
        except ValueError as exc:
            self._say(str(exc))
            return
        self._commit(state.with_doc(doc), f"move {slot.field_id} to {GROUP_TITLES[group]}")
