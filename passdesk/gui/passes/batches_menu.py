"""The Passes pane's "Batches" button: PassEntry's own batches, many passes or one
message to many (Notify many, Update from CSV, the list of batches).

``BatchesMenu`` is mixed into ``PassesPane``; it uses the pane's ``form``,
``_batches`` (None: no menu) and ``_store_tasks``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialog, QMenu, QPushButton, QWidget

from passdesk.gui.i18n import translate
from passdesk.gui.passes.batch_update_dialog import BatchUpdateDialog
from passdesk.gui.passes.batches_dialog import BatchesDialog
from passdesk.gui.passes.notify_many_dialog import NotifyManyDialog


class BatchesMenu:
    """The Batches button and the batch dialog open now (``batch_dialog``)."""

    def _setup_batches_menu(self) -> None:
        """A "Batches" button beside Bulk issue: Notify many, Update from CSV, the list."""
        self.batches_button = None
        if self._batches is None:
            return
        bulk = self.form.bulkButton
        button = self.batches_button = QPushButton(translate("passes", "Ba&tches"),
                                                   bulk.parentWidget(),
                                                   objectName="batchesButton")
        button.setAutoDefault(False)
        button.setToolTip(translate("passes", "Batches run on PassEntry: a message to many "
                                    "passes, updating passes from a CSV file, and the list of "
                                    "batches"))
        menu = self.batches_menu = QMenu(button)
        self.notify_many_action = menu.addAction(translate("passes", "&Notify many…"),
                                                 self.notify_many)
        self.update_action = menu.addAction(translate("passes", "&Update from CSV…"),
                                            self.update_from_csv)
        menu.addSeparator()
        self.batches_action = menu.addAction(translate("passes", "&Batches…"),
                                             self.show_batches)
        button.setMenu(menu)
        found = _layout_holding(bulk.parentWidget(), bulk)
        if found is not None:
            layout, at = found
            layout.insertWidget(at + 1, button)

    def _open_batch_dialog(self, dialog: QDialog) -> QDialog:
        self.batch_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def notify_many(self) -> None:
        if self._batches is None:
            return
        combo = self.form.groupCombo
        tags = [combo.itemData(i) for i in range(1, combo.count()) if combo.itemData(i)]
        self._open_batch_dialog(NotifyManyDialog(self._batches, self.selected_ids(), tags,
                                                 self, group_tag=combo.currentData()))

    def update_from_csv(self) -> None:
        if self._batches is not None:
            self._open_batch_dialog(BatchUpdateDialog(self._batches, self._store_tasks, self))

    def show_batches(self) -> None:
        if self._batches is not None:
            self._open_batch_dialog(BatchesDialog(self._batches, self))


def _layout_holding(parent: QWidget, widget: QWidget):
    """(the box layout, index) that holds ``widget``, among ``parent``'s layouts.

    Asks each layout for the widget's index rather than walking its items: a Python
    wrapper of a layout item outlives the item Qt deletes, and its address, reused
    by a later widget, then answers as the wrong type (a crash).
    """
    for layout in (parent.layout(), *parent.findChildren(QBoxLayout)):
        at = layout.indexOf(widget) if isinstance(layout, QBoxLayout) else -1
        if at >= 0:
            return layout, at
    return None
