"""Add a template by its ID: PassEntry documents no template list, so a person names one.

The dialog reads the template from PassEntry on a worker thread
(``sync.templates.fetch_template``: ``GET /pass-templates/{id}``, falling
back to the deprecated route) and stores it. It says plainly when PassEntry
has no template with that ID, or cannot be reached; on success it closes
with ``template`` set. The Designer opens the template it added; the Passes
pane uses it to issue passes with a template no pass has shown yet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from passdesk.api.errors import ApiError
from passdesk.core.records import PassTemplate
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.templates import TemplateLater, fetch_template

#: Reads and stores one template by id; raises TemplateNotFound or an ApiError.
Fetch = Callable[[str], PassTemplate]


class TemplateByIdDialog(QDialog):
    """Type an ID, press Add; ``template`` is the stored template after it closes."""

    def __init__(self, fetch: Fetch, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="templateByIdDialog")
        self._fetch, self._tasks = fetch, tasks
        self.template: PassTemplate | None = None
        self.setWindowTitle(translate("passes", "Add template by ID"))
        self.setMinimumWidth(480)
        self.form = form = load_form("widgets/template_by_id_dialog.ui", self)
        form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        # Room for a two-line answer from the start, so a message never clips or jumps.
        form.messageLabel.setMinimumHeight(2 * form.messageLabel.fontMetrics().lineSpacing()
                                           + 12)
        form.messageLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.add_button = form.buttons.addButton(translate("passes", "Add"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)
        form.idEdit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()) and not self.busy))
        form.buttons.accepted.connect(self.add)
        form.buttons.rejected.connect(self.reject)
        self.busy = False

    @classmethod
    def from_services(cls, services, parent: QWidget | None = None) -> TemplateByIdDialog:
        """The dialog on the app's store and current PassEntry account."""
        database, link = services.database, services.link
        return cls(lambda template_id: fetch_template(database, link.client, template_id),
                   services.net_tasks, parent)

    def add(self) -> None:
        template_id = self.form.idEdit.text().strip()
        if not template_id or self.busy:
            return
        self.busy = True
        self.add_button.setEnabled(False)
        self.form.idEdit.setEnabled(False)
        self._say(translate("passes", "Asking PassEntry for template {id}…").format(
            id=template_id), Tone.BUSY)
        self._tasks.run(lambda: self._fetch(template_id), on_success=self._added,
                        on_failure=self._failed, owner=self)

    def _added(self, record: PassTemplate) -> None:
        self.busy = False
        self.template = record
        self._say(translate("passes", "Added “{name}”.").format(name=record.name or record.id),
                  Tone.SUCCESS)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.form.idEdit.setEnabled(True)
        self.add_button.setEnabled(bool(self.form.idEdit.text().strip()))
        if isinstance(exc, TemplateLater):  # offline: kept, and read at the next sync
            self._say(_words(exc), Tone.INFO)
            return
        if isinstance(exc, ChangeRefused):  # TemplateNotFound: its words are for a person
            words = _words(exc)
        elif isinstance(exc, ApiError):
            words = translate("passes", "The template could not be read: {reason}").format(
                reason=say(exc.message))
        else:
            words = translate("passes", "The template could not be read: {reason}").format(
                reason=_words(exc))
        self._say(words, Tone.ERROR)
        self.form.idEdit.setFocus()

    def _say(self, text: str, tone: Tone) -> None:
        set_tone(self.form.messageLabel, tone, text)

    def message(self) -> str:
        return self.form.messageLabel.text()


def _words(exc: Exception) -> str:
    """An error's message in the person's language (a core ``Text`` is said)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)
