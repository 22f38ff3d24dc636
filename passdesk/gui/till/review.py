"""The Till's "needs review" line: a change of this customer's balance that
PassEntry refused, or whose outcome is unknown, with Retry and Discard.

A mixin of ``TillPane``; the outbox is read and changed on the store's worker. With
roles on, Discard is a supervisor's (``Action.DISCARD_REVIEW``) and is audited.
"""

from __future__ import annotations

import logging

from passdesk.core.roles import Action
from passdesk.gui.i18n import say, translate
from passdesk.gui.till.card import change_words
from passdesk.gui.till.permission import no_pin
from passdesk.gui.till.words import error_words
from passdesk.gui.widgets.style import Tone
from passdesk.store.outbox import NEEDS_A_PERSON, OutboxItem
from passdesk.store.outbox_kinds import OutboxKind

log = logging.getLogger(__name__)


class NeedsReview:
    def _load_review(self) -> None:
        if self._sync is None or self.customer is None:
            self._review = []
            self._show_review()
            return
        reads = self._review_reads
        if not reads.begin():
            return  # a read runs: this customer's is read after it
        sync, pass_id = self._sync, self.customer.id

        def got(items: list[OutboxItem]) -> None:
            self._got_review(pass_id, items)

        def failed(exc: Exception) -> None:
            log.warning("review list not read: %s", exc)

        self._store_tasks.run(
            lambda: [i for i in sync.outbox_items(NEEDS_A_PERSON)
                     if i.target_id == pass_id and i.kind == OutboxKind.LOYALTY_CHANGE],
            owner=self, on_success=reads.shown(got), on_failure=reads.shown(failed))

    def _got_review(self, pass_id: str, items: list[OutboxItem]) -> None:
        if self.customer is not None and self.customer.id == pass_id:
            self._review = items
            self._show_review()

    def _show_review(self) -> None:
        form, items = self.form, self._review if self.customer else []
        if not items:
            form.reviewLabel.hide()
            form.retryButton.hide()
            form.discardButton.hide()
            return
        first = items[0]
        words = change_words(first, self.customer.balance_type if self.customer else None)
        more = len(items) - 1
        if first.state == "review":
            text = translate("till", "A change needs review (%Ln more after it): {change}. "
                                     "{error}", None, more) if more else \
                translate("till", "A change needs review: {change}. {error}")
        else:
            text = translate("till", "A change was refused (%Ln more after it): {change}. "
                                     "{error}", None, more) if more else \
                translate("till", "A change was refused: {change}. {error}")
        form.reviewLabel.setText(text.format(change=words, error=say(first.last_error or "")))
        form.reviewLabel.show()
        form.retryButton.show()
        form.discardButton.show()

    def _decide_review(self, *, retry: bool) -> None:
        if not self._review or self._sync is None:
            return
        first = self._review[0]
        sync = self._sync
        if retry:
            self._store_tasks.run(lambda: sync.retry(first.seq), owner=self,
                                  on_success=lambda _r: self._after_decision(),
                                  on_failure=lambda exc: self._say_result(error_words(exc),
                                                                          Tone.ERROR))
            return
        # A discarded change never reaches PassEntry: a supervisor's, with roles on.
        words = change_words(first, self.customer.balance_type if self.customer else None)
        name = (self.customer.name if self.customer else None) or first.target_id
        allowed = self._ask(Action.DISCARD_REVIEW, translate(
            "till", "Discard “{change}” for {name}").format(change=words, name=name))
        if not allowed.allowed:
            self._say_result(translate("till", "Not discarded: {why}").format(why=no_pin()),
                             Tone.WARNING)
            return

        def discarded(_result: object) -> None:
            self._record(allowed, subject=first.target_id or first.order_key, before=words,
                         after="discarded")
            self._after_decision()

        self._store_tasks.run(lambda: sync.discard(first.seq), owner=self,
                              on_success=discarded,
                              on_failure=lambda exc: self._say_result(error_words(exc), Tone.ERROR))

    def _after_decision(self) -> None:
        self.reload_customer()
        self._load_review()
        self._load_customer_history()
        self._load_shift()
