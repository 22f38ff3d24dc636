"""The Till's search and keys: the search's hint, picking a customer from it, Esc
(empty the search, or the amount) and Enter (apply, except in the search).

A mixin of ``TillPane``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from passdesk.gui.i18n import translate
from passdesk.gui.widgets.style import Tone, tone_of


class SearchAndKeys:
    def _show_search_state(self) -> None:
        typed, count = self.search.typed, self.search.count()
        if self._searched and not typed and tone_of(self.form.resultLabel) is Tone.ERROR:
            self._say_result("", None)  # the search was emptied: an old "No pass" goes too
        self._searched = typed
        self.form.searchResults.setVisible(bool(typed) and count > 0)
        if not typed:
            hint = ""
        elif count == 0:
            hint = translate("till", "No pass matches.") if self.search.searched == typed \
                else translate("till", "Searching…")
        else:
            hint = translate("till", "%Ln found: pick one (Enter takes the first)", None, count)
        self.form.searchHint.setText(hint)
        self.form.searchHint.setVisible(bool(hint))

    def _picked(self, pass_id: str | None) -> None:
        if pass_id:
            self.search.clear()
            self.load_customer(pass_id)  # and the amount gets the keyboard

    def escape(self) -> None:
        """Esc: in the search, empty it and go back to the amount; else clear the amount."""
        form = self.form
        if form.searchEdit.hasFocus() or form.searchResults.hasFocus():
            self.search.clear()
            if form.amountEdit.isEnabled():
                form.amountEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.clear_amount()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter applies wherever the focus is in the Till (a mode button, the message
        tick, the keypad...), except in the search, where Enter picks a customer."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._enter_applies():
            event.accept()
            self.apply()
            return
        super().keyPressEvent(event)

    def _enter_applies(self) -> bool:
        focus = QApplication.focusWidget()
        form = self.form
        if focus is form.searchResults:
            return False
        if focus is form.searchEdit:
            return not self.search.typed
        return focus is None or self.isAncestorOf(focus)
