"""Push: outbox -> API, one row at a time, in order per pass, exactly once.

For each change that is not idempotent (a loyalty delta, a create, a push
message) the pusher commits "about to send" before sending. If the answer is
lost (timeout, dropped connection, 5xx, or this process killed), the row
keeps that mark and the next attempt first checks the API to learn whether
the change landed: it reads the balance back, finds the pass by its ext id,
the event by its name and start, the message as the pass's latest. When the
facts fit neither outcome, the row goes to a person ("review"); it never
guesses.

Several desks may push from one shared database: each Pusher claims rows
under its own name (``claimer``) with a lease (``store/outbox.py``), so a row
is delivered by one of them, and a desk that died gives its rows up when the
lease runs out.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from passdesk.api import (
    ApiError,
    ForbiddenError,
    NetworkError,
    PassEntryClient,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    UnauthorizedError,
)
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import OutboxRow
from passdesk.sync import delivery
from passdesk.sync.changes import Clock, utcnow
from passdesk.sync.delivery import Applied, NotApplied, Undecidable

log = logging.getLogger(__name__)

#: How long after a lost answer before reading back: a server may still be
#: applying a request it received just before the connection failed.
VERIFY_DELAY = timedelta(seconds=5)
BACKOFF_BASE = timedelta(seconds=2)
BACKOFF_CAP = timedelta(minutes=5)


class PushResult(StrEnum):
    """What one delivery attempt came to, as ``PushOutcome.result``."""

    #: The API has the change; the row is done.
    DONE = "done"
    #: Not delivered (network, rate limit, not applied): sent again later.
    RETRY = "retry"
    #: The answer was lost: the next attempt checks whether it was applied.
    VERIFY = "verify"
    #: The API refused it as sent: the row waits for a person.
    FAILED = "failed"
    #: Applied or not cannot be told: a person decides.
    REVIEW = "review"
    #: Another desk took the row over (this one's claim had expired).
    LOST = "lost"


@dataclass(frozen=True)
class PushOutcome:
    seq: int
    kind: str
    result: PushResult
    message: str = ""


class ClaimLost(Exception):
    """Another pusher took the row over (this one's lease ran out): hands off."""


class PushStopped(Exception):
    """Pushing cannot go on (the key was refused); the rows wait."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


class Pusher:
    def __init__(self, client: PassEntryClient, database: Database, *, clock: Clock = utcnow,
                 verify_delay: timedelta = VERIFY_DELAY,
                 rand: Callable[[], float] = random.random, claimer: str | None = None,
                 lease: timedelta = outbox.CLAIM_LEASE) -> None:
        self.client = client
        self.db = database
        self.clock = clock
        self.verify_delay = verify_delay
        self.rand = rand
        #: Whose claims these are in the outbox (a desk's pusher; unique per process).
        self.claimer = claimer or outbox.default_claimer()
        self.lease = lease

    def recover(self) -> int:
        """Rows a dead pusher left ``sending`` become due again (their marks stay).

        On a shared database only this pusher's rows and rows whose claim
        expired: another desk may be delivering the rest right now.
        """
        with self.db.session() as session:
            return outbox.recover(session, self.clock(), self.claimer)

    def drain(self, *, max_rows: int | None = None,
              should_stop: Callable[[], bool] = lambda: False) -> list[PushOutcome]:
        """Deliver every row that is due now; stops early when told or when auth fails."""
        done: list[PushOutcome] = []
        while (max_rows is None or len(done) < max_rows) and not should_stop():
            outcome = self.push_once()
            if outcome is None:
                break
            done.append(outcome)
        return done

    def push_once(self) -> PushOutcome | None:
        """Claim and deliver the next due row; None when nothing is due."""
        with self.db.session() as session:
            row = outbox.claim_next(session, self.clock(), claimer=self.claimer,
                                    lease=self.lease)
            item = outbox.OutboxItem.of(row) if row is not None else None
        if item is None:
            return None
        try:
            return self._deliver(item)
        except ClaimLost:
            why = "another desk took this change over (this desk's claim had expired)"
            log.warning("outbox %s (%s): %s", item.seq, item.kind, why)
            return PushOutcome(item.seq, item.kind, PushResult.LOST, why)

    def _deliver(self, item: outbox.OutboxItem) -> PushOutcome:
        # Marked before this attempt: we are checking, and an error while
        # checking says nothing about the change, so the mark must stay.
        # Otherwise an error after marking came from the sending request.
        checking = bool(item.facts.get("sent_at"))
        try:
            result = delivery.deliver(item, self.client, self._mark_sending)
        except ClaimLost:
            raise
        except (UnauthorizedError, ForbiddenError) as exc:
            self._reschedule(item, exc.message, delay=timedelta(0), unsent=not checking)
            raise PushStopped(exc) from exc
        except RateLimitedError as exc:
            wait = timedelta(seconds=exc.retry_after) if exc.retry_after is not None else None
            return self._reschedule(item, exc.message, delay=wait, unsent=not checking)
        except NetworkError as exc:
            if exc.outcome_unknown or checking:
                return self._verify_later(item, exc.message)
            return self._reschedule(item, exc.message, unsent=True)
        except (ServerError, ResponseFormatError) as exc:
            # A 5xx or a garbled 2xx may hide an applied change.
            if item.facts.get("sent_at"):
                return self._verify_later(item, exc.message)
            return self._reschedule(item, exc.message, unsent=True)
        except ApiError as exc:  # 400, 404, 422: the API refused it as sent
            return self._finish(item, outbox.FAILED, exc.message)
        except Exception as exc:  # a bug here must not strand the row in "sending"
            log.exception("outbox %s (%s): delivery failed", item.seq, item.kind)
            why = f"Unexpected error while sending: {type(exc).__name__}: {exc}"
            if item.facts.get("sent_at"):
                return self._verify_later(item, why)
            return self._reschedule(item, why, unsent=True)
        if isinstance(result, Applied):
            return self._done(item, result)
        if isinstance(result, Undecidable):
            return self._finish(item, outbox.REVIEW, result.why)
        if isinstance(result, NotApplied):  # checked: not there, send again now
            return self._reschedule(item, result.why, delay=result.retry_in, unsent=True)
        raise TypeError(f"unexpected delivery result {result!r}")

    # --- marks and endings -------------------------------------------------------

    def _held(self, session: Session, item: outbox.OutboxItem) -> OutboxRow:
        """The row, locked, while this pusher's claim holds (else ClaimLost)."""
        row = outbox.held(session, item.seq, self.claimer)
        if row is None:
            raise ClaimLost(item.seq)
        return row

    def _mark_sending(self, item: outbox.OutboxItem, facts: dict[str, Any]) -> None:
        """Commit the facts and "about to send" before a request that is not idempotent.

        Only while this pusher still holds the row: a desk whose lease ran out
        while it hung must not send what another desk has taken over.
        """
        with self.db.session() as session:
            row = self._held(session, item)
            row.facts = {**(row.facts or {}), **facts, "sent_at": self.clock().isoformat()}
            outbox.renew_claim(row, self.clock(), self.lease)
        item.facts.update(facts, sent_at=True)

    def _backoff(self, attempts: int) -> timedelta:
        step = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
        return step * (0.5 + self.rand() / 2)

    def _reschedule(self, item: outbox.OutboxItem, why: str, *,
                    delay: timedelta | None = None, unsent: bool) -> PushOutcome:
        wait = self._backoff(item.attempts) if delay is None else delay
        with self.db.session() as session:
            row = self._held(session, item)
            row.state = outbox.PENDING
            row.next_attempt_at = self.clock() + wait
            row.last_error = why
            if unsent:  # known not applied: the next attempt sends without checking
                row.facts = {k: v for k, v in (row.facts or {}).items() if k != "sent_at"}
        log.info("outbox %s (%s): retry in %.1f s: %s", item.seq, item.kind,
                 wait.total_seconds(), why)
        return PushOutcome(item.seq, item.kind, PushResult.RETRY, why)

    def _verify_later(self, item: outbox.OutboxItem, why: str) -> PushOutcome:
        with self.db.session() as session:
            row = self._held(session, item)
            row.state = outbox.PENDING
            row.next_attempt_at = self.clock() + max(self.verify_delay,
                                                     self._backoff(item.attempts))
            row.last_error = f"{why}; will check whether it was applied"
        return PushOutcome(item.seq, item.kind, PushResult.VERIFY, why)

    def _finish(self, item: outbox.OutboxItem, state: str, why: str) -> PushOutcome:
        """The row ends ``failed`` or ``review``; its kind's finish hook
        (``delivery.FINISH_HOOKS``: a loyalty operation, a template draft) follows."""
        with self.db.session() as session:
            row = self._held(session, item)
            row.state = state
            row.last_error = why
            delivery.on_finish(session, item, state, why)
        log.warning("outbox %s (%s) %s: %s", item.seq, item.kind, state, why)
        result = PushResult.FAILED if state == outbox.FAILED else PushResult.REVIEW
        return PushOutcome(item.seq, item.kind, result, why)

    def _done(self, item: outbox.OutboxItem, result: Applied) -> PushOutcome:
        now = self.clock()
        with self.db.session() as session:
            row = self._held(session, item)
            row.state = outbox.DONE
            row.last_error = None
            row.facts = {**(row.facts or {}), **result.facts, "done_at": now.isoformat()}
            result.apply(session, now)
        return PushOutcome(item.seq, item.kind, PushResult.DONE, result.why)


def next_due(database: Database) -> datetime | None:
    with database.session() as session:
        return outbox.next_due(session)
