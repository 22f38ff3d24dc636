"""The door settings' "Holds" tab: the rules that turn an admission into a HOLD
a door person decides (``core/holds.py``). A rule holds a template's passes, the
passes whose content field has a value, or the passes flagged with a group tag;
each says what staff must check ("Check photo ID").

Add a rule with the row at the top; the list under it says each rule in words,
and "Remove" takes the selected one away. The dialog reads ``rules()`` on Save.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.holds import DEFAULT_REASON, HoldKind, HoldRule
from passdesk.gui.i18n import say, translate


def _kind_words() -> dict[HoldKind, str]:
    return {HoldKind.TEMPLATE: translate("door", "Template is", "a hold rule: when"),
            HoldKind.FIELD: translate("door", "Pass field has value", "a hold rule: when"),
            HoldKind.FLAG: translate("door", "Pass flagged with tag", "a hold rule: when")}


def _which_hint(kind: HoldKind) -> str:
    if kind is HoldKind.TEMPLATE:
        return translate("door", "Pick a template")
    if kind is HoldKind.FIELD:
        return translate("door", "Field id, e.g. ticketType")
    return translate("door", "Group tag, e.g. attention")


def rule_words(rule: HoldRule, templates: Mapping[str, str]) -> str:
    """A rule as the list says it: "Template “Over 18” → Check photo ID"."""
    what = say(rule.words)
    if rule.kind is HoldKind.TEMPLATE:
        return translate("door", "Template “{template}” → {reason}").format(
            template=templates.get(rule.key, rule.key), reason=what)
    if rule.kind is HoldKind.FIELD:
        return translate("door", "Field {field} is “{value}” → {reason}").format(
            field=rule.key, value=rule.value, reason=what)
    return translate("door", "Flagged “{tag}” → {reason}").format(tag=rule.key, reason=what)


class HoldRulesEditor(QWidget):
    def __init__(self, rules: tuple[HoldRule, ...], templates: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdsPage")
        self._templates = dict(templates)
        self._templates.update({r.key: r.key for r in rules
                                if r.kind is HoldKind.TEMPLATE and r.key not in templates})
        layout = QVBoxLayout(self)
        help_line = QLabel(translate(
            "door", "A held ticket shows an amber HOLD with what to check. Staff let the guest "
            "in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader "
            "through the venue hub cannot ask: it answers “ask staff” instead."), self,
            wordWrap=True)
        help_line.setProperty("role", "help")
        layout.addWidget(help_line)

        grid = QGridLayout()
        self.kind_combo = QComboBox(self, accessibleName=translate("door", "Hold when"))
        for kind, words in _kind_words().items():
            self.kind_combo.addItem(words, str(kind))
        self.which_combo = QComboBox(self, editable=True,
                                     accessibleName=translate("door", "Which", "a hold rule"))
        self.value_edit = QLineEdit(self, placeholderText=translate("door", "Value, e.g. Student"),
                                    accessibleName=translate("door", "Field value"))
        self.reason_edit = QLineEdit(self, placeholderText=translate(
            "door", "Tell staff, e.g. Check photo ID"),
            accessibleName=translate("door", "What staff must check"))
        self.add_button = QPushButton(translate("door", "&Add rule"), self, autoDefault=False)
        grid.addWidget(self.kind_combo, 0, 0)
        grid.addWidget(self.which_combo, 0, 1)
        grid.addWidget(self.value_edit, 0, 2)
        grid.addWidget(self.reason_edit, 1, 0, 1, 2)
        grid.addWidget(self.add_button, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.rules_list = QListWidget(self, accessibleName=translate("door", "Hold rules"))
        layout.addWidget(self.rules_list, 1)
        row = QHBoxLayout()
        self.remove_button = QPushButton(translate("door", "&Remove rule"), self,
                                         autoDefault=False)
        row.addStretch()
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.rules_list.itemSelectionChanged.connect(self._show_state)
        self.which_combo.editTextChanged.connect(self._show_state)
        self.value_edit.textChanged.connect(self._show_state)
        for rule in rules:
            self._list(rule)
        self._kind_changed()

    def _kind(self) -> HoldKind:
        return HoldKind(self.kind_combo.currentData())

    def _kind_changed(self, *_: object) -> None:
        kind, combo = self._kind(), self.which_combo
        combo.clear()
        if kind is HoldKind.TEMPLATE:
            for template_id, name in sorted(self._templates.items(),
                                            key=lambda kv: kv[1].casefold()):
                combo.addItem(name, template_id)
        combo.setEditable(kind is not HoldKind.TEMPLATE)
        if combo.isEditable():
            combo.lineEdit().setPlaceholderText(_which_hint(kind))
            combo.setEditText("")
        combo.setToolTip(_which_hint(kind))
        self.value_edit.setEnabled(kind is HoldKind.FIELD)
        self._show_state()

    def _typed(self) -> HoldRule | None:
        """The rule the add row says, or None while it is incomplete."""
        kind = self._kind()
        key = (self.which_combo.currentData() if kind is HoldKind.TEMPLATE
               else self.which_combo.currentText().strip())
        value = self.value_edit.text().strip() if kind is HoldKind.FIELD else ""
        if not key or (kind is HoldKind.FIELD and not value):
            return None
        return HoldRule(kind, key, value, self.reason_edit.text().strip() or DEFAULT_REASON)

    def _show_state(self, *_: object) -> None:
        self.add_button.setEnabled(self._typed() is not None)
        self.remove_button.setEnabled(bool(self.rules_list.selectedItems()))

    def _list(self, rule: HoldRule) -> None:
        item = QListWidgetItem(rule_words(rule, self._templates), self.rules_list)
        item.setData(Qt.ItemDataRole.UserRole, rule)

    def add_rule(self) -> None:
        rule = self._typed()
        if rule is None or rule in self.rules():
            return
        self._list(rule)
        self.value_edit.clear()
        self.reason_edit.clear()
        self._show_state()

    def remove_rule(self) -> None:
        for item in self.rules_list.selectedItems():
            self.rules_list.takeItem(self.rules_list.row(item))
        self._show_state()

    def rules(self) -> tuple[HoldRule, ...]:
        items = (self.rules_list.item(i) for i in range(self.rules_list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items)
