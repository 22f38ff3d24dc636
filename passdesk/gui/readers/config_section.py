"""The Readers pane's reader configuration: save it on PassEntry, or show the dashboard steps.

Changing the configuration by API is a sandbox-only extension. Where the
server does not take it (404/405: ``SetInDashboard`` from ``sync.readers``, or
``NotOfferedError``) nothing changes on PassEntry and the pane shows what to
set in the dashboard, with the hub URL to copy; it then asks PassEntry no more
("Save" becomes "Show dashboard steps").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from passdesk.api import NetworkError
from passdesk.api.errors import NotOfferedError
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.gui.i18n import translate
from passdesk.gui.readers.words import CONFIG_NOT_OFFERED, NO_ENTITY, error_words, saved_words
from passdesk.gui.widgets.style import Tone
from passdesk.store.topics import Topic
from passdesk.sync import readers as reader_admin
from passdesk.sync.service import StoreChanged

if TYPE_CHECKING:
    from passdesk.gui.readers.pane import ReadersPane



class ConfigurationActions:
    """Mixed into ``ReadersPane``: its configuration form, steps and messages."""

    def save_configuration(self: ReadersPane, changes: ReaderConfigurationInput) -> None:
        if self._config_offered is False:
            self._show_steps()
            return
        client, entity = self._client(), self.entity_id()
        if client is None:
            return
        if entity is None:
            self._say(Tone.WARNING, translate("readers", NO_ENTITY))
            return
        db, secrets = self._database, self._keychain
        self.config.set_busy(True)
        self._say(Tone.BUSY, translate("readers", "Saving the reader configuration on "
                                                  "PassEntry…"))

        def done(saved: reader_admin.ConfigurationSaved | reader_admin.SetInDashboard) -> None:
            if isinstance(saved, reader_admin.SetInDashboard):
                failed(NotOfferedError(saved.words))
                return
            self._config_offered = True
            self._hide_steps()
            self.config.set_busy(False)
            self.config.show_live(saved.view)
            row = saved.view.row
            self._say(Tone.SUCCESS, saved_words(row.validation_type, row.validation_url))
            # The Door follows the configuration; it reloads on "all" (a sync) too.
            self._bridge.notice(StoreChanged(Topic.READERS))
            self.reload()

        def failed(exc: Exception) -> None:
            self.config.set_busy(False)
            if isinstance(exc, NotOfferedError):
                self._config_offered = False
                self._set_online(True)
                self._show_steps()
                return
            self._set_online(not isinstance(exc, NetworkError))
            self._say(Tone.ERROR, error_words(
                exc, translate("readers", "Saving the reader configuration")))

        self._net_tasks.run(
            lambda: reader_admin.update_configuration(client, db, secrets, entity_id=entity,
                                                      changes=changes),
            owner=self, on_success=done, on_failure=failed)

    def _show_steps(self: ReadersPane) -> None:
        """What to set in the dashboard: the validation chosen here, and the hub URL."""
        kind, url = self.config.staged_validation()
        self.steps.show_for(kind or "", url)
        self.form.stepsHost.show()
        self._say(Tone.WARNING, translate("readers", CONFIG_NOT_OFFERED))

    def _hide_steps(self: ReadersPane) -> None:
        self.form.stepsHost.hide()
