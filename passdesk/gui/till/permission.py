"""Who may change a card at the Till (issue 23): the desk's role within the venue's
limits, or a supervisor's PIN for this change only; and the audit trail of every
change a PIN allowed, every balance set and every change under review discarded.

With no gate (old code paths) or roles off, everything is allowed, nothing is
asked and nothing is written: the Till works as it did before roles existed.

The venue's limits are in points as the card shows them (50, or 50.00); the
Till's amounts are in the store's units (hundredths on a decimal card), so
the limits are turned into units before they are compared.

A mixin of ``TillPane``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.exc import SQLAlchemyError

from passdesk.core import roles
from passdesk.core.loyalty import BalanceType, unconfirmed_limit_units
from passdesk.gui.gate import Gate, Grant, ask
from passdesk.gui.i18n import translate
from passdesk.gui.till.words import points
from passdesk.gui.widgets.style import Tone
from passdesk.store.card_changes import changed_this_hour
from passdesk.store.database import DatabaseError
from passdesk.store.loyalty import Customer

log = logging.getLogger(__name__)

#: A store read that failed for the store's sake (locked, lost, damaged).
READ_ERRORS = (SQLAlchemyError, DatabaseError, sqlite3.Error, OSError)



def no_pin() -> str:
    """What the Till says when the step-up dialog was cancelled."""
    return translate("till", "a supervisor's PIN was not given.")


@dataclass(frozen=True)
class Permission:
    """May it be done; and what to write in the audit trail once it is (None: nothing)."""

    allowed: bool
    grant: Grant | None = None


#: Roles off, or the desk's own role may: go ahead, nothing to record.
GO = Permission(True)


def in_units(rules: roles.VenueRules, balance_type: BalanceType | str | None
             ) -> roles.VenueRules:
    """The venue's limits (points as a card shows them) in the store's units."""
    def units(limit: int | None) -> int | None:
        return None if limit is None else unconfirmed_limit_units(limit, balance_type)
    return replace(rules, largest_redemption=units(rules.largest_redemption),
                   largest_change_per_hour=units(rules.largest_change_per_hour))


def change_detail(customer: Customer, delta: int) -> str:
    """The step-up dialog's words for a change: "Redeem 120 points for Ana Ruiz"."""
    amount, name = points(abs(delta), customer.balance_type), customer.name or customer.id
    if delta < 0:
        return translate("till", "Redeem {points} points for {name}").format(
            points=amount, name=name)
    return translate("till", "Add {points} points for {name}").format(points=amount, name=name)


class TillPermission:
    _gate: Gate | None

    def _roles_on(self) -> roles.VenueRules | None:
        """The venue's rules when roles are on at this desk; None: everything is allowed."""
        if self._gate is None:
            return None
        rules = self._gate.rules()
        return rules if rules.roles_on else None

    def _ask(self, action: roles.Action, detail: str) -> Permission:
        """``action`` by the desk's role, or after a PIN; recorded whenever roles are on
        (``Gate.record`` writes nothing with roles off)."""
        grant = ask(self._gate, action, self, detail=detail)
        return Permission(grant is not None, grant)

    def _ask_change(self, customer: Customer, delta: int, what: str = "") -> Permission:
        """May this desk add or redeem ``delta`` on ``customer``'s card now? Within the
        desk's role and the venue's limits: yes, with nothing to record; above them a
        supervisor's PIN, recorded with the change."""
        rules = self._roles_on()
        if rules is None:
            return GO
        bt = customer.balance_type
        rules = in_units(rules, bt)
        changed = self._changed_this_hour(customer.id, rules)
        needed = roles.till_step_up(self._gate.desk.role, points=abs(delta),
                                    redeeming=delta < 0, changed_this_hour=changed,
                                    rules=rules)
        if needed is None:
            return GO
        detail = what or change_detail(customer, delta)
        if needed is roles.Action.TILL_OVER_HOURLY_LIMIT:
            detail = translate("till", "{change} ({points} points changed on this card in "
                                       "the last hour)").format(change=detail,
                                                                points=points(changed, bt))
        grant = self._gate.allow(needed, self, detail=detail)
        return Permission(grant is not None, grant)

    def _changed_this_hour(self, pass_id: str, rules: roles.VenueRules) -> int:
        """The points changed on the card within the hour (0 when no hourly limit is set).
        A store that does not answer counts as the limit reached: a PIN decides, so a
        lost read never lifts the limit."""
        if rules.largest_change_per_hour is None:
            return 0
        try:
            return changed_this_hour(self._database, pass_id, datetime.now(UTC))
        except READ_ERRORS as exc:
            log.warning("the card's changes of the last hour not read: %s", exc)
            return rules.largest_change_per_hour

    def _record(self, permission: Permission, *, subject: str, before: object,
                after: object) -> bool:
        """Write what ``permission`` allowed to the audit trail; False when the store
        refused the entry (the Till says so)."""
        grant = permission.grant
        if grant is None or self._gate is None:
            return True
        recorded = self._gate.record(action=grant.action.value, subject=subject,
                                     before=before, after=after, grant=grant)
        if not recorded:
            label = self.form.resultLabel
            self._say_result(translate("till", "{result} It is not in the audit trail (the "
                                               "store refused the entry): tell a manager.")
                             .format(result=label.text()), Tone.WARNING)
        return recorded
