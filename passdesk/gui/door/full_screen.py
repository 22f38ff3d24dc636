"""The Door in full screen: the verdict and the counters fill the screen (F11; Esc
leaves, the main window's), and Ctrl+F, which leaves it to reach the search.

A mixin of ``DoorPane``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from passdesk.gui.i18n import translate
from passdesk.gui.pane_keys import label_with_keys


class FullScreen:
    def toggle_full_screen(self) -> None:
        """The verdict and the counters fill the screen, or go back (F11; Esc leaves)."""
        window = self.window()
        if not hasattr(window, "set_full_screen"):  # a pane on its own (tests)
            return
        if not self._full_screen_hooked:
            window.full_screen_changed.connect(self._show_full_screen_state)
            self._full_screen_hooked = True
        form = self.form
        window.set_full_screen(not window.is_full_screen, hide=(
            form.findChild(QVBoxLayout, "rightLayout"), form.exportButton, form.settingsButton))

    def _show_full_screen_state(self, on: bool) -> None:
        if on:
            label_with_keys(self.form.fullScreenButton,
                            translate("door", "Leave &full screen"), Qt.Key.Key_Escape)
        else:
            label_with_keys(self.form.fullScreenButton, translate("door", "&Full screen"),
                            Qt.Key.Key_F11)

    def find_guest(self) -> None:
        """Ctrl+F: to the search (out of full screen, where it is hidden)."""
        if getattr(self.window(), "is_full_screen", False):
            self.window().set_full_screen(False)
        if not self.form.searchEdit.isEnabled():  # the desk's role may not search
            self.unlock_search()
            return
        self.search.focus()
