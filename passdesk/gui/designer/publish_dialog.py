"""The Publish question: a new template, an update of the one PassEntry has, or a copy.

A design of a template PassEntry has (published from it, or opened from it)
is sent as an update of that template, only what changed, with "Publish a
copy" beside it under a new name. A design that only has the name of a
template on PassEntry would make a second one with that name, so only a copy
is offered, Cancel being the default. The dialog names the open warnings of
the checks either way, so nothing goes out unread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QWidget

from passdesk.core.template_checks import Finding
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.template_drafts import OnPassEntry, name_key

#: Why the template is on PassEntry, in a sentence after its quoted name.
FOUND_WORDS = {
    "published": "was published from this design already",
    "opened": "was opened from a template PassEntry has",
    "name": "has the name of a template that is on PassEntry (or queued to be)",
}
NO_UPDATE_WORDS = ("Publishing it would make a second template with that name. You can "
                   "publish a copy as a new template under a new name.")
UPDATE_WORDS = ("Only what you changed is sent; passes made with the template show the "
                "changes. Or publish a copy as a new template under a new name.")
WHEN_WORDS = "It is sent now if the connection is up, otherwise as soon as it is."


class PublishDialog(QDialog):
    """Ask before publishing; ``as_copy`` says which button was chosen, ``copy_name()``
    the copy's name."""

    def __init__(self, name: str, warnings: list[Finding], *, found: OnPassEntry | None = None,
                 suggested: str = "", taken: set[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self._taken = taken or set()
        #: True when the answer is "Publish a copy".
        self.as_copy = False
        #: A template PassEntry has by its id: updated in place.
        self.updates = found is not None and found.why in ("published", "opened") \
            and bool(found.template_id)
        self.setWindowTitle("Publish template")
        self.resize(520, 330 if warnings else 230)
        self.form = form = load_form("designer/publish_dialog.ui", self)
        form.copyNameMessage.setTextFormat(Qt.TextFormat.PlainText)
        form.warningsList.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        form.warningsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for label in (form.whatLabel, form.titleLabel, form.warningsLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.whenLabel.setText(WHEN_WORDS)
        self.copy_button = None
        if self.updates:
            self.publish_button = form.buttons.addButton(
                "Update on PassEntry", QDialogButtonBox.ButtonRole.AcceptRole)
            self.copy_button = form.buttons.addButton(
                "Publish a copy", QDialogButtonBox.ButtonRole.ActionRole)
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self._copy_chosen)
        else:
            self.publish_button = form.buttons.addButton(
                "Publish a copy" if found else "Publish", QDialogButtonBox.ButtonRole.AcceptRole)
            self.as_copy = found is not None
        self.cancel_button = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if self.updates:
            assert found is not None
            form.titleLabel.setText(f"Update “{name}” on PassEntry?")
            why = FOUND_WORDS.get(found.why, "is there")
            form.whatLabel.setText(f"It {why}. {UPDATE_WORDS}")
            form.copyNameEdit.setText(suggested)
            form.copyNameEdit.textChanged.connect(self._check_name)
            self.publish_button.setDefault(True)
            self._check_name(suggested)
        elif found is None:
            form.titleLabel.setText(f"Publish \u201c{name}\u201d?")
            form.whatLabel.setText("It goes to PassEntry as a new template.")
            form.copyBox.hide()
            self.publish_button.setDefault(True)
        else:
            form.titleLabel.setText(f"\u201c{name}\u201d is already on PassEntry")
            why = FOUND_WORDS.get(found.why, "is there")
            if found.why == "published" and not found.template_id:
                why = "is queued to be published from this design already"
            form.whatLabel.setText(f"\u201c{name}\u201d {why}. {NO_UPDATE_WORDS}")
            form.copyNameEdit.setText(suggested)
            form.copyNameEdit.textChanged.connect(self._check_name)
            # Cancel is the answer to Enter: a copy is published only when clicked.
            self.publish_button.setAutoDefault(False)
            self.cancel_button.setAutoDefault(True)
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()
            self._check_name(suggested)
        self._show_warnings(warnings)
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)

    def _show_warnings(self, warnings: list[Finding]) -> None:
        form = self.form
        if not warnings:
            form.warningsLabel.setText("The checks found nothing to warn about.")
            form.warningsList.hide()
            return
        count = len(warnings)
        form.warningsLabel.setText(
            f"{count} open warning{'s' if count != 1 else ''} (it can be published anyway):")
        for finding in warnings:
            item = QListWidgetItem(f"{finding.place}: {finding.message}")
            item.setToolTip(item.text())
            form.warningsList.addItem(item)

    def _check_name(self, text: str) -> None:
        clean = " ".join(text.split())
        message = self.form.copyNameMessage
        problem = None
        if not clean:
            problem = "The copy needs a name."
        elif name_key(clean) in self._taken:
            problem = (f"\u201c{clean}\u201d is taken by a template on PassEntry (or queued); "
                       "choose another name.")
        (self.copy_button or self.publish_button).setEnabled(problem is None)
        if problem is None:
            set_tone(message, Tone.NONE, "The copy is published as a new template.")
        else:
            set_tone(message, Tone.ERROR, problem)

    def _copy_chosen(self) -> None:
        self.as_copy = True
        self.accept()

    def copy_name(self) -> str:
        return " ".join(self.form.copyNameEdit.text().split())

    def warnings(self) -> list[str]:
        """The warnings as listed (for tests and screen readers)."""
        items = self.form.warningsList
        return [items.item(row).text() for row in range(items.count())]
