"""The Publish question: a new template, an update of the one PassEntry has, or a copy.

A design of a template PassEntry has (published from it, or opened from it)
is sent as an update of that template, only what changed, with "Publish a
copy" beside it under a new name. A design that only has the name of a
template on PassEntry would make a second one with that name, so only a copy
is offered, Cancel being the default. The dialog names the open warnings of
the checks either way, so nothing goes out unread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QWidget

from passdesk.core.template_checks import Finding
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.template_drafts import OnPassEntry, name_key

#: Why the template is on PassEntry, in a sentence after its quoted name.
#: (Each whole sentence is one message below: a translator orders its words.)
NO_UPDATE_WORDS = QT_TRANSLATE_NOOP(
    "designer", "Publishing it would make a second template with that name. You can "
                "publish a copy as a new template under a new name.")
UPDATE_WORDS = QT_TRANSLATE_NOOP(
    "designer", "Only what you changed is sent; passes made with the template show the "
                "changes. Or publish a copy as a new template under a new name.")
WHEN_WORDS = QT_TRANSLATE_NOOP(
    "designer", "It is sent now if the connection is up, otherwise as soon as it is.")


def _update_what(why: str) -> str:
    """The Update question's first sentence: why the template is on PassEntry."""
    if why == "published":
        return translate("designer", "It was published from this design already.")
    if why == "opened":
        return translate("designer", "It was opened from a template PassEntry has.")
    if why == "name":
        return translate("designer", "It has the name of a template that is on PassEntry "
                                     "(or queued to be).")
    return translate("designer", "It is there.")


def _copy_what(why: str, name: str, queued: bool) -> str:
    """The Copy question's first sentence, after the template's quoted name."""
    if queued:
        said = translate("designer", "“{name}” is queued to be published from this "
                                     "design already.")
    elif why == "published":
        said = translate("designer", "“{name}” was published from this design "
                                     "already.")
    elif why == "opened":
        said = translate("designer", "“{name}” was opened from a template PassEntry "
                                     "has.")
    elif why == "name":
        said = translate("designer", "“{name}” has the name of a template that is on "
                                     "PassEntry (or queued to be).")
    else:
        said = translate("designer", "“{name}” is there.")
    return said.format(name=name)


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
        self.setWindowTitle(translate("designer", "Publish template"))
        self.resize(520, 330 if warnings else 230)
        self.form = form = load_form("designer/publish_dialog.ui", self)
        form.copyNameMessage.setTextFormat(Qt.TextFormat.PlainText)
        form.warningsList.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        form.warningsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for label in (form.whatLabel, form.titleLabel, form.warningsLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.whenLabel.setText(translate("designer", WHEN_WORDS))
        self.copy_button = None
        if self.updates:
            self.publish_button = form.buttons.addButton(
                translate("designer", "Update on PassEntry"),
                QDialogButtonBox.ButtonRole.AcceptRole)
            self.copy_button = form.buttons.addButton(
                translate("designer", "Publish a copy"), QDialogButtonBox.ButtonRole.ActionRole)
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self._copy_chosen)
        else:
            self.publish_button = form.buttons.addButton(
                translate("designer", "Publish a copy") if found
                else translate("designer", "Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.as_copy = found is not None
        self.cancel_button = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("common", "Cancel"))
        if self.updates:
            assert found is not None
            form.titleLabel.setText(translate("designer", "Update “{name}” on PassEntry?").format(
                name=name))
            form.whatLabel.setText(translate("designer", "{why} {then}", "two sentences").format(
                why=_update_what(found.why), then=translate("designer", UPDATE_WORDS)))
            form.copyNameEdit.setText(suggested)
            form.copyNameEdit.textChanged.connect(self._check_name)
            self.publish_button.setDefault(True)
            self._check_name(suggested)
        elif found is None:
            form.titleLabel.setText(translate("designer", "Publish “{name}”?").format(
                name=name))
            form.whatLabel.setText(translate("designer", "It goes to PassEntry as a new template."))
            form.copyBox.hide()
            self.publish_button.setDefault(True)
        else:
            form.titleLabel.setText(translate("designer", "“{name}” is already on "
                                                          "PassEntry").format(name=name))
            why = _copy_what(found.why, name,
                             queued=found.why == "published" and not found.template_id)
            form.whatLabel.setText(translate("designer", "{why} {then}", "two sentences").format(
                why=why, then=translate("designer", NO_UPDATE_WORDS)))
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
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped sentences at this width (a longer language's
        sentences take more lines: none is cut)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_warnings(self, warnings: list[Finding]) -> None:
        form = self.form
        if not warnings:
            form.warningsLabel.setText(translate("designer",
                                                 "The checks found nothing to warn about."))
            form.warningsList.hide()
            return
        count = len(warnings)
        form.warningsLabel.setText(translate(
            "designer", "%Ln open warning(s) (it can be published anyway):", None, count))
        for finding in warnings:
            item = QListWidgetItem(translate("designer", "{place}: {message}").format(
                place=say(finding.place), message=say(finding.message)))
            item.setToolTip(item.text())
            form.warningsList.addItem(item)

    def _check_name(self, text: str) -> None:
        clean = " ".join(text.split())
        message = self.form.copyNameMessage
        problem = None
        if not clean:
            problem = translate("designer", "The copy needs a name.")
        elif name_key(clean) in self._taken:
            problem = translate("designer", "“{name}” is taken by a template on "
                                            "PassEntry (or queued); choose another name."
                                ).format(name=clean)
        (self.copy_button or self.publish_button).setEnabled(problem is None)
        if problem is None:
            set_tone(message, Tone.NONE,
                     translate("designer", "The copy is published as a new template."))
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
