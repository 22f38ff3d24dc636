"""The Till's balance from PassEntry: read on the network worker when a
customer is shown, and the note under the balance (confirmed, reading, failed).

A mixin of ``TillPane``.
"""

from __future__ import annotations

import logging

from passdesk.api import ApiError
from passdesk.core.loyalty import unconfirmed_limit_units
from passdesk.gui.i18n import say
from passdesk.gui.till.card import balance_note
from passdesk.gui.till.words import error_words
from passdesk.sync.loyalty import read_balance

log = logging.getLogger(__name__)


class BalanceReading:
    def _read_balance(self, pass_id: str) -> None:
        """Ask PassEntry for the balance (network worker); the card shows it when it comes."""
        if self._net_tasks is None or self._link is None:
            return
        # The client is taken here, on the UI thread: the link builds one on first
        # use, and a worker doing that after the app closed the link would leak it.
        try:
            client = self._link.client
        except ApiError as exc:  # e.g. a plain-http URL to another host
            self._balance_not_read(pass_id, exc)
            return
        db = self._database
        if self.customer is not None:
            self.form.balanceNote.setText(self._balance_note(reading=True))
        try:
            self._net_tasks.run(lambda: read_balance(db, client, pass_id), owner=self,
                                on_success=lambda _b: self._balance_read(pass_id),
                                on_failure=lambda exc: self._balance_not_read(pass_id, exc))
        except RuntimeError:  # the network worker was shut down: the app is closing
            log.debug("balance not read: the app is closing")

    def _balance_read(self, pass_id: str) -> None:
        if self.customer is not None and self.customer.id == pass_id:
            self.reload_customer()

    def _balance_not_read(self, pass_id: str, exc: Exception) -> None:
        if self.customer is None or self.customer.id != pass_id:
            return
        why = say(exc.message) if isinstance(exc, ApiError) else error_words(exc)
        log.info("balance of %s not read: %s", pass_id, why)
        self.form.balanceNote.setText(self._balance_note(failed=why))

    def _limit(self) -> int:
        """The most a redemption may take without a confirmed balance, in the API's units."""
        return unconfirmed_limit_units(self.setup.unconfirmed_limit,
                                       self.customer.balance_type if self.customer else None)

    def _balance_note(self, **kwargs) -> str:
        assert self.customer is not None
        return balance_note(self.customer, limit=self._limit(), **kwargs)
