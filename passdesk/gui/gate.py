"""The gate in front of every action a role limits: may this desk, or whose PIN?

The desk runs in its staff role (``settings.desk_access``); nobody logs in. An
action above that role opens the step-up dialog for a supervisor's or a
manager's PIN, and the permission lasts for that action only, or for the
desk's step-up window. Every step-up, and every override done with one, is an
entry of the audit trail (``store.audit``).

The venue's rules are read from the store at each question (one small read),
so a manager's change at one desk holds at every desk at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from passdesk.core.roles import (
    ROLE_WORDS,
    STEP_UP,
    Action,
    Role,
    VenueRules,
    may,
    step_up_role,
)
from passdesk.core.texts import translate
from passdesk.settings import Settings, SettingsStore
from passdesk.settings.desk_access import DeskAccess, desk_name
from passdesk.store import access, audit
from passdesk.store.access import Person, PinCheck
from passdesk.store.database import Database, DatabaseError

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class Grant:
    """Permission for one action: by the desk's own role (``authorised_by`` None) or
    by a person's PIN."""

    action: Action
    authorised_by: str | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class Gate(QObject):
    #: The desk's role, kiosk lock or the venue's rules changed.
    changed = Signal()

    def __init__(self, database: Database, settings: SettingsStore, *,
                 clock: Callable[[], datetime] = _now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._settings = settings
        self._clock = clock
        self._desk = DeskAccess.from_json(settings.load().access)
        self._window: tuple[Person, datetime] | None = None
        self._rules = VenueRules()
        self._unsubscribe = settings.subscribe(self._settings_saved)

    # --- what the desk is -------------------------------------------------------------

    @property
    def desk(self) -> DeskAccess:
        return self._desk

    @property
    def desk_name(self) -> str:
        return desk_name()

    def _actor(self, rules: VenueRules) -> str:
        """Who did it, as the audit trail says: the desk's role (nobody logs in)."""
        # The trail keeps English: it is data, read the same by every desk.
        return str(ROLE_WORDS[self._desk.role]) if rules.roles_on else "Anyone (roles off)"

    def _settings_saved(self, settings: Settings) -> None:
        desk = DeskAccess.from_json(settings.access)
        if desk != self._desk:
            self._desk = desk
            self.changed.emit()

    def set_desk(self, desk: DeskAccess) -> None:
        """Save this desk's role, kiosk lock and window (raises SettingsError)."""
        def change(settings: Settings) -> None:
            settings.access = desk.to_json()
        self._settings.update(change)
        self._desk = desk
        self.changed.emit()

    def rules(self) -> VenueRules:
        """The venue's rules now; the last ones read when the store cannot answer
        (a locked or lost database must not open every door: roles stay as they were)."""
        try:
            with self._database.session() as session:
                self._rules = access.rules(session)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("venue rules not read, keeping the last ones: %s", exc)
        return self._rules

    def may(self, action: Action, rules: VenueRules | None = None) -> bool:
        """May this desk do ``action`` without a PIN?"""
        return may(self._desk.role, action, rules or self.rules())

    # --- asking -----------------------------------------------------------------------

    def allow(self, action: Action, parent: QWidget | None, *, detail: str = "") -> Grant | None:
        """Permission for ``action`` now, asking for a PIN when the desk's role is not
        enough; None when refused or cancelled. ``detail`` says what exactly (shown
        in the dialog)."""
        rules = self.rules()
        if may(self._desk.role, action, rules):
            return Grant(action)
        needed = step_up_role(action, rules) or Role.SUPERVISOR
        if self._window is not None:
            person, until = self._window
            if self._clock() < until and person.role.rank >= needed.rank:
                return Grant(action, person.name)
            self._window = None
        person = self._ask_with_dialog(action, needed, parent, detail)
        if person is None:
            return None
        if self._desk.step_up_minutes:
            self._window = (person, self._clock() + timedelta(minutes=self._desk.step_up_minutes))
        self.record(action=STEP_UP, subject=action.value, authorised_by=person.name,
                    after={"role": person.role.value})
        return Grant(action, person.name)

    def people_for(self, needed: Role) -> list[Person]:
        """Who may allow an action needing ``needed``: that role and above, the
        nearest role first (a supervisor is asked before a manager is bothered)."""
        try:
            with self._database.session() as session:
                everyone = access.people(session)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("staff not read: %s", exc)
            return []
        return sorted((p for p in everyone if p.role.rank >= needed.rank),
                      key=lambda p: (p.role.rank, p.name.lower()))

    def check(self, name: str, pin: str) -> PinCheck:
        """Check ``name``'s PIN (counted in the store: every desk sees the tries)."""
        try:
            with self._database.session() as session:
                return access.check_pin(session, name, pin, self._clock())
        except (SQLAlchemyError, DatabaseError) as exc:
            log.error("PIN not checked: the store did not answer (%s)", type(exc).__name__)
            return PinCheck(False, translate("roles", "The PIN could not be checked: the "
                                             "database did not answer. Try again."))

    def _ask_with_dialog(self, action: Action, needed: Role, parent: QWidget | None,
                         detail: str) -> Person | None:
        from passdesk.gui.step_up_dialog import StepUpDialog  # the dialog on first need

        dialog = StepUpDialog(action, needed, self.people_for(needed), self.check,
                              detail=detail, parent=parent)
        try:
            return dialog.person if dialog.exec() else None
        finally:
            dialog.deleteLater()

    # --- the audit trail --------------------------------------------------------------

    def record(self, *, action: str, subject: str, before: object = None, after: object = None,
               authorised_by: str | None = None, grant: Grant | None = None) -> bool:
        """Write an audit entry for what this desk just did; False (and an error in the
        log) when the store refused it. With roles off nothing is written (True): there
        is no one to tell apart, as every pane does without a gate."""
        rules = self.rules()
        if not rules.roles_on:
            return True
        try:
            with self._database.session() as session:
                self.write_entry(session, action=action, subject=subject, before=before,
                                 after=after, grant=grant, authorised_by=authorised_by,
                                 rules=rules)
        except (SQLAlchemyError, DatabaseError, ValueError, TypeError) as exc:
            log.error("audit entry for %s not written: %s", action, exc)
            return False
        return True

    def write_entry(self, session: Session, *, action: str, subject: str,
                    before: object = None, after: object = None,
                    authorised_by: str | None = None, grant: Grant | None = None,
                    rules: VenueRules | None = None) -> None:
        """The audit entry of this desk's ``action``, in ``session``'s transaction (the
        change it records is made there too), whether roles are on or not. ``rules``:
        as read before the change (None: read now, in a transaction of its own)."""
        by = grant.authorised_by if grant is not None else authorised_by
        audit.append(session, desk=self.desk_name, actor=self._actor(rules or self.rules()),
                     authorised_by=by, action=action, subject=subject, before=before,
                     after=after, at=self._clock())

    def close(self) -> None:
        self._unsubscribe()



def ask(gate: Gate | None, action: Action, parent: QWidget | None, *,
        detail: str = "") -> Grant | None:
    """``gate.allow`` for a pane that may have no gate (no roles: everything allowed)."""
    return Grant(action) if gate is None else gate.allow(action, parent, detail=detail)
