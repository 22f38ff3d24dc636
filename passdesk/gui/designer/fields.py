"""The designer's fields editor: group tabs over the slot table, and the buttons beside it.

The table (``designer_slot_table``) shows every slot of the chosen group.
Nothing here changes the document itself: each edit, drop or button becomes a
new state handed to ``commit`` (the editor's undo command).

The language bar above the table chooses which language's labels and default
values the table edits: the template's default language edits the base
values, another language edits each field's ``localisation`` entry. Adding a
language lists it (in the state, so undo takes it back); removing one drops
its entries from every field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QTabBar, QVBoxLayout, QWidget

from passdesk.core.template_checks import slot_words
from passdesk.core.template_doc import SLOT_GROUPS, SlotField, SlotsFull
from passdesk.core.template_locale import (
    COMMON_LANGUAGES,
    LanguageTagError,
    default_language,
    language_name,
    language_words,
)
from passdesk.gui.designer.commands import DesignState
from passdesk.gui.designer.languages import design_languages, tag_of
from passdesk.gui.designer.slot_table import (
    COLUMNS,
    DEFAULT,
    ID,
    LABEL,
    ROW_MIME,
    SAMPLE,
    SlotTable,
)
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.widgets.palette import qss

__all__ = ["COLUMNS", "DEFAULT", "GROUP_TITLES", "ID", "LABEL", "ROW_MIME", "SAMPLE",
           "FieldsEditor", "SlotTable"]

#: The current template shape's groups; Details is where Apple shows its secondary and
#: auxiliary rows.
#: Said with ``translate("designer", title)``.
GROUP_TITLES = {"header": QT_TRANSLATE_NOOP("designer", "Header"),
                "central": QT_TRANSLATE_NOOP("designer", "Central"),
                "details": QT_TRANSLATE_NOOP("designer", "Details"),
                "back": QT_TRANSLATE_NOOP("designer", "Back")}
#: Each group's Move to… entry.
MOVE_TITLES = {"header": QT_TRANSLATE_NOOP("designer", "To Header"),
               "central": QT_TRANSLATE_NOOP("designer", "To Central"),
               "details": QT_TRANSLATE_NOOP("designer", "To Details"),
               "back": QT_TRANSLATE_NOOP("designer", "To Back")}


def group_title(group: str) -> str:
    return translate("designer", GROUP_TITLES[group])
#: The groups must fit the form column without scroll arrows.
GROUP_TABS_STYLE = qss("""
QTabBar#groupTabs::tab {
    padding: 4px 7px;
    border: 1px solid $border;
    border-bottom: none;
    border-top-left-radius: 5px;
    border-top-right-radius: 5px;
    background: $grey_100;
    color: $grey_700;
    margin-right: 2px;
}
QTabBar#groupTabs::tab:selected { background: palette(base); color: $grey_900; font-weight: 600; }
QTabBar#groupTabs::tab:hover:!selected { background: $grey_200; }
""")


def _full(group: str) -> str:
    return translate("designer", "The {group} group has no empty slot; remove or move a field "
                                 "first.").format(group=group_title(group))


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
        #: The language the table edits; None: the template's default language.
        self.language: str | None = None
        self._language_tags: list[str | None] = []
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("groupTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setStyleSheet(GROUP_TABS_STYLE)
        for group in SLOT_GROUPS:
            self.tabs.addTab(group_title(group))
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
            action = self.move_menu.addAction(translate("designer", MOVE_TITLES[group]))
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
        form.languageCombo.activated.connect(self._language_chosen)
        form.addLanguageButton.clicked.connect(lambda: self.add_language())
        form.removeLanguageButton.clicked.connect(self.remove_language)

    # --- showing --------------------------------------------------------------------

    def show_state(self, state: DesignState) -> None:
        doc = state.doc
        for index, group in enumerate(SLOT_GROUPS):
            slots = doc.slots(group)
            used = sum(1 for s in slots if not s.empty)
            self.tabs.setTabText(index, translate("designer", "{group} ({count})").format(
                group=group_title(group), count=formats.number(used)) if used
                else group_title(group))
            count = len(slots)  # (a name, not a call: lupdate reads the count's argument)
            self.tabs.setTabToolTip(index, translate("designer", "{used} of %Ln slot(s) used",
                                                     None, count).format(
                used=formats.number(used)))
        self._show_languages(state)
        slots = doc.slots(self.group)
        if self.language is None:
            self.table.fill(self.group, slots, dict(state.samples))
        else:
            shown = []
            for slot in slots:
                loc = (doc.localisation(self.group, slot.slot) or {}).get(self.language)
                loc = loc if isinstance(loc, dict) else {}
                shown.append(replace(slot, label=loc.get("label"),
                                     default_value=loc.get("defaultValue")))
            self.table.fill(self.group, shown, dict(state.samples), base=slots,
                            language=self.language)
        self._show_buttons()

    def _show_languages(self, state: DesignState) -> None:
        default = default_language(state.doc)
        tags: list[str | None] = [None, *design_languages(state)]
        if self.language not in tags:
            self.language = None
        combo = self._form.languageCombo
        titles = [translate("designer", "{language} · default").format(
            language=say(language_words(default))), *(say(language_words(t))
                                                      for t in tags[1:])]
        if tags != self._language_tags or [combo.itemText(i) for i in range(combo.count())] \
                != titles:
            combo.clear()
            for tag, title in zip(tags, titles, strict=True):
                combo.addItem(title, tag)
            self._language_tags = tags
        combo.setCurrentIndex(tags.index(self.language))
        self._form.removeLanguageButton.setEnabled(self.language is not None)

    def _language_chosen(self, index: int) -> None:
        self.language = self._form.languageCombo.itemData(index)
        self.table.clearSelection()
        self.show_state(self._state())

    def select_language(self, tag: str | None) -> None:
        """Edit ``tag``'s labels (None: the default language's)."""
        self.language = tag
        self.show_state(self._state())

    def add_language(self, typed: str | None = None) -> str | None:
        """Ask for a language (or take ``typed``), list it and edit it; its tag, or None."""
        state = self._state()
        present = {t.lower() for t in design_languages(state)}
        default = default_language(state.doc)
        titles = {tag: say(language_words(tag)) for tag in COMMON_LANGUAGES
                  if tag.lower() not in present and tag.lower() != default.lower()}
        if typed is None:
            dialog = QInputDialog(self.window())
            dialog.setWindowTitle(translate("designer", "Add a language"))
            dialog.setLabelText(translate("designer", "Language of the labels and default "
                                                      "values\n(pick one, or type a tag such as "
                                                      "de-AT or pt-BR):"))
            dialog.setComboBoxItems(list(titles.values()))
            dialog.setComboBoxEditable(True)
            dialog.setOkButtonText(translate("designer", "Add", "adds a language"))
            dialog.setCancelButtonText(translate("common", "Cancel"))
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            typed = dialog.textValue()
        try:
            tag = tag_of(typed, titles)
        except LanguageTagError as exc:
            self._say(translate("designer", "{reason}. No language was added.").format(
                reason=say(exc.args[0]) if exc.args else str(exc)))
            return None
        if tag.lower() == default.lower():
            self._say(translate("designer", "{language} is the default language already: its "
                                            "labels are the base ones.").format(
                language=say(language_name(tag))))
            self.select_language(None)
            return tag
        if tag.lower() in present:
            self.select_language(next(t for t in design_languages(state)
                                      if t.lower() == tag.lower()))
            return tag
        self.language = tag
        self._commit(state.with_languages((*state.languages, tag)),
                     translate("designer", "add {language}", "an undo step").format(
                         language=say(language_name(tag))))
        return tag

    def remove_language(self) -> None:
        tag = self.language
        if tag is None:
            return
        state = self._state()
        kept = tuple(t for t in state.languages if t.lower() != tag.lower())
        self.language = None
        self._commit(DesignState(state.doc.without_language(tag), state.samples, kept),
                     translate("designer", "remove {language}", "an undo step").format(
                         language=say(language_name(tag))))

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
        where = say(slot_words(self.group, row))
        if column == SAMPLE:
            if not slot.field_id:
                return
            samples = state.sample_dict()
            if text:
                samples[slot.field_id] = text
            else:
                samples.pop(slot.field_id, None)
            self._commit(state.with_samples(samples),
                         translate("designer", "sample value of {field}", "an undo step"
                                   ).format(field=slot.field_id))
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
            what = translate("designer", "field id of {where}", "an undo step").format(
                where=where)
        elif self.language is not None:
            name = say(language_name(self.language))
            if not slot.field_id:
                return
            if column == LABEL:
                doc = doc.with_localisation(self.group, slot.slot, self.language,
                                            label=_typed(text))
                what = translate("designer", "{language} label of {where}", "an undo step"
                                 ).format(language=name, where=where)
            else:
                doc = doc.with_localisation(self.group, slot.slot, self.language,
                                            default_value=_typed(text))
                what = translate("designer", "{language} default of {where}", "an undo step"
                                 ).format(language=name, where=where)
            self._commit(state.with_doc(doc), what)
            return
        elif column == LABEL:
            doc = doc.with_slot(self.group, slot.slot, label=_typed(text))
            what = translate("designer", "label of {where}", "an undo step").format(
                where=where)
        else:
            doc = doc.with_slot(self.group, slot.slot, default_value=_typed(text))
            what = translate("designer", "default of {where}", "an undo step").format(
                where=where)
        self._commit(DesignState.of(doc, samples), what)

    def add_field(self) -> None:
        state = self._state()
        taken = set(state.doc.field_ids())
        number = 1
        while f"field{number}" in taken:
            number += 1
        try:
            # The label is the template's data from then on, first in the person's language.
            label = translate("designer", "Field {number}", "a new field's label").format(
                number=str(number))
            doc = state.doc.add_field(self.group, f"field{number}", label)
        except SlotsFull:
            self._say(_full(self.group))
            return
        except ValueError as exc:
            self._say(say(exc.args[0]) if exc.args else str(exc))
            return
        self._commit(state.with_doc(doc), translate("designer", "add {field}", "an undo step"
                                                    ).format(field=f"field{number}"))
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
                     translate("designer", "remove {field}", "an undo step").format(
                         field=slot.field_id or say(slot_words(self.group, row))))

    def move_row(self, from_row: int, to_row: int) -> None:
        state = self._state()
        try:
            doc = state.doc.move_field(self.group, from_row, to_row)
        except (IndexError, ValueError) as exc:
            self._say(say(exc.args[0]) if exc.args else str(exc))
            return
        self._commit(state.with_doc(doc), translate("designer", "reorder fields", "an undo step"))
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
            self._say(say(exc.args[0]) if exc.args else str(exc))
            return
        self._commit(state.with_doc(doc), translate("designer", "move {field} to {group}",
                                                    "an undo step").format(
            field=slot.field_id, group=group_title(group)))
