"""Third-party validation at the Door: when the synced reader configuration says
so, scans are judged by that service (``ExternalDoor``), which owns loyalty then.

The call to the service runs on the network runner (``net_tasks``), so a slow
service never holds up the store's single worker; the verdict is then recorded
(or the fallback judges) on the store's worker. One read is asked at a time and
the reads that come meanwhile wait their turn, so verdicts show and are
recorded in the order the reads came, as a door person expects.

A mixin of ``DoorPane``.
"""

from __future__ import annotations

import logging

from passdesk.api import ApiError
from passdesk.core.loyalty import ScanLoyalty
from passdesk.gui.door.words import word
from passdesk.gui.i18n import translate
from passdesk.keychain import SecretName
from passdesk.scan.sources import ScanRead
from passdesk.store.door_panel import validation_mode
from passdesk.sync.external_door import Asked, ExternalDoor, Fallback

log = logging.getLogger(__name__)

#: A door person waits this long for a third-party answer before the fallback decides.
VALIDATION_TIMEOUT_S = 2.0


class ThirdPartyValidation:
    #: A read is with the service; the reads that came meanwhile, oldest first.
    _asking = False
    _waiting: tuple[ScanRead, ...] = ()

    def _ask_third_party(self, read: ScanRead) -> None:
        """Have the service judge ``read``; the verdict shows when it answers."""
        self._show_verdict("warn", word("checking"), "",
                           translate("verdicts", "Asking the validation service…"), "",
                           stays=True)  # until the answer replaces it
        if self._asking:
            self._waiting += (read,)
        else:
            self._ask(self.third_party, read)

    def _ask(self, door: ExternalDoor, read: ScanRead) -> None:
        self._asking = True
        self._net_tasks.run(lambda: door.ask(read), owner=self,
                            on_success=lambda asked: self._answered(door, asked),
                            on_failure=lambda exc: self._not_asked(exc, read))

    def _answered(self, door: ExternalDoor, asked: Asked) -> None:
        """Record the answer (or let the fallback judge) on the store's worker."""
        self._store_tasks.run(lambda: door.decide(asked), owner=self,
                              on_success=self._scanned,
                              on_failure=lambda exc: self._not_recorded(exc, asked.read))
        self._ask_next()

    def _not_asked(self, exc: Exception, read: ScanRead) -> None:
        self._not_recorded(exc, read)
        self._ask_next()

    def _ask_next(self) -> None:
        self._asking = False
        if not self._waiting:
            return
        read, self._waiting = self._waiting[0], self._waiting[1:]
        if self.third_party is not None:
            self._ask(self.third_party, read)
        else:  # the service was switched off meanwhile: the local rules judge
            self.scan(read)

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
