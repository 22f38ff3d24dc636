"""Loyalty balance of a pass: show, add/subtract, override (GET/PATCH /loyalty/{id}).

``{id}`` is the pass UUID or its External ID. Balances are whole numbers on
integer templates and Decimals (≤ 2 places) on decimal ones.

A delta is not idempotent and the API has no idempotency key: a delta whose
answer was lost (``NetworkError.outcome_unknown``) must be checked by reading
the balance back, never resent blindly. That decision belongs to the outbox.
"""

from __future__ import annotations

from passdesk.api import errors
from passdesk.api.groups import Endpoint
from passdesk.api.http import ApiResponse
from passdesk.core.payloads import LoyaltyChange, Number
from passdesk.core.records import LoyaltyState, NotificationResult, Pass, balance_from_api


class Loyalty(Endpoint[Pass]):
    KIND = Pass
    PREFIX = "loyalty"

    def _state(self, response: ApiResponse) -> LoyaltyState:
        doc = response.document()
        record = self._one(response)
        loyalty = doc.meta.get("loyalty")
        raw = loyalty.get("balance") if isinstance(loyalty, dict) else None
        try:
            balance = balance_from_api(raw)
        except ValueError as exc:
            raise errors.ResponseFormatError(f"the loyalty balance is not a number: "
                                             f"{raw!r}") from exc
        header = response.headers.get("X-Notification-Status")
        return LoyaltyState(record, balance, NotificationResult.from_meta(doc.meta, header))

    def get(self, pass_id: str) -> LoyaltyState:
        return self._state(self._call("get", id=pass_id))

    def update(self, pass_id: str, change: LoyaltyChange) -> LoyaltyState:
        return self._state(self._call("update", id=pass_id, body=change.to_body()))

    def add(self, pass_id: str, points: Number, *, message: str | None = None) -> LoyaltyState:
        return self.update(pass_id, LoyaltyChange(delta=points, message=message))

    def override(self, pass_id: str, balance: Number, *,
                 message: str | None = None) -> LoyaltyState:
        return self.update(pass_id, LoyaltyChange(override=balance, message=message))
