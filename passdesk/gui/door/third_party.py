"""Third-party validation at the Door: when the synced reader configuration says
so, scans are judged by that service (``ExternalDoor``), which owns loyalty then.

A mixin of ``DoorPane``.
"""

from __future__ import annotations

import logging

from passdesk.api import ApiError
from passdesk.core.loyalty import ScanLoyalty
from passdesk.keychain import SecretName
from passdesk.store.door_panel import validation_mode
from passdesk.sync.external_door import ExternalDoor, Fallback

log = logging.getLogger(__name__)

#: A door person waits this long for a third-party answer before the fallback decides.
VALIDATION_TIMEOUT_S = 2.0


class ThirdPartyValidation:
    def _give_loyalty(self) -> None:
        """The Door adds points unless a third-party service validates.

        The service owns loyalty then, so none are added here, not even when the
        offline fallback decides (the service may have counted the scan already).
        """
        self.door.loyalty = (ScanLoyalty() if self.third_party is not None
                             else self._setup.loyalty)

    def _load_validation(self) -> None:
        """Third-party mode when the synced reader configuration says so."""
        db = self._database
        self._store_tasks.run(lambda: validation_mode(db), owner=self,
                              on_success=self._use_validation,
                              on_failure=lambda exc: log.warning("reader configuration: %s", exc))

    def _use_validation(self, found: tuple[str | None, str | None] | None) -> None:
        kind, url = found or (None, None)
        old, self.third_party = self.third_party, None
        if kind == "external" and url:
            token = self._keychain.get(SecretName.HUB_TOKEN).value
            try:
                self.third_party = ExternalDoor.connect(
                    self.door, url, token, reader_id=self._setup.config.desk,
                    fallback=Fallback(self._setup.third_party_fallback),
                    timeout=VALIDATION_TIMEOUT_S)
            except ApiError as exc:  # e.g. plain http to another host
                log.error("third-party validation not used: %s", exc.message)
            else:
                self._open_doors.append(self.third_party)
        if old is not None:
            old.close()
            self._open_doors.remove(old)
        self._give_loyalty()
        self._show_setup()
