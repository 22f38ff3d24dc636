"""The "Open draft…" and "Open synced template…" list: pick one, or type to filter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from passdesk.gui.i18n import say
from passdesk.gui.widgets.forms import load_form
from passdesk.sync.drafts import PickItem


def said_items(items: list[PickItem]) -> list[PickItem]:
    """The rows with their detail (a ``Text``) in the person's language and the
    locale's dates."""
    return [replace(item, detail=say(item.detail)) if item.detail else item for item in items]


class PickerDialog(QDialog):
    def __init__(self, title: str, items: list[PickItem], empty_words: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 400)
        self.form = form = load_form("designer/picker.ui", self)
        form.titleLabel.setText(title)
        form.emptyLabel.setText(empty_words)
        form.emptyLabel.setVisible(not items)
        form.filterEdit.setVisible(len(items) > 6)
        for item in items:
            row = QListWidgetItem(f"{item.title}\n{item.detail}" if item.detail else item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setToolTip(item.key)
            form.itemList.addItem(row)
        if items:
            form.itemList.setCurrentRow(0)
        self.open_button = form.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(bool(items))
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)
        form.itemList.itemDoubleClicked.connect(lambda _item: self.accept())
        form.filterEdit.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.form.itemList.count()):
            item = self.form.itemList.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def choose(self, key: str) -> None:
        """Select the row for ``key`` (as a click would)."""
        for row in range(self.form.itemList.count()):
            if self.form.itemList.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.form.itemList.setCurrentRow(row)
                return
        raise KeyError(key)

    def chosen(self) -> str | None:
        item = self.form.itemList.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
