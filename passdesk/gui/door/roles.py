"""The Door's part in "who may do what": what this desk's role allows at the door.

Door staff scan. Searching the guest list and seeing names are the venue's
choice; admitting by hand, undoing and deciding a hold are a supervisor's.
An action above the desk's role asks for a PIN (``gui/gate.py``); a
PIN given to search also admits the guest found, so a supervisor types it
once. Every one of these overrides goes into the audit trail, with the
desk's role as who did it and the PIN's owner as who allowed it.

A mixin of ``DoorPane``; ``_gate`` None is a desk without roles (tests of
other parts, the self-test): everything allowed, nothing recorded.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from passdesk.core.roles import Action
from passdesk.gui.gate import Grant, ask
from passdesk.gui.i18n import translate


class DoorRoles:
    _gate = None
    #: The PIN given for a search: the admission it leads to needs no second one.
    _hand_grant: Grant | None = None
    #: Names shown as initials: the door's setting, or the venue's rule for this role.
    _names_hidden_by_role = False
    #: What allowed the Door settings dialog open now (its change is audited with it).
    _settings_grant: Grant | None = None

    def _build_roles(self) -> None:
        form = self.form
        self.unlock_search_button = QPushButton(
            translate("door", "Search guests with a supervisor's PIN…"), form,
            objectName="unlockSearchButton")
        self.unlock_search_button.setAutoDefault(False)
        self.unlock_search_button.clicked.connect(self.unlock_search)
        form.searchLayout.insertWidget(0, self.unlock_search_button)
        self.unlock_search_button.hide()
        if self._gate is not None:
            self._gate.changed.connect(self.apply_roles)
        self.apply_roles()

    def apply_roles(self) -> None:
        """Lock or unlock the search and the names for this desk's role, as now."""
        gate = self._gate
        if gate is None:
            return
        rules = gate.rules()
        may_search = gate.may(Action.DOOR_SEARCH, rules) or self._hand_grant is not None
        self.form.searchEdit.setEnabled(may_search)
        self.form.searchResults.setEnabled(may_search)
        self.unlock_search_button.setVisible(not may_search)
        if not may_search:
            self.search.clear()
        hidden = not gate.may(Action.DOOR_SEE_NAMES, rules)
        if hidden != self._names_hidden_by_role:
            self._names_hidden_by_role = hidden
            if hasattr(self, "recent"):
                self.recent.set_hide_names(self.names_hidden)

    @property
    def names_hidden(self) -> bool:
        return self._setup.hide_names or self._names_hidden_by_role

    def unlock_search(self) -> bool:
        """Ask for the PIN that lets this desk search (and admit the guest it finds)."""
        if self._gate is None:
            return True
        grant = self._gate.allow(Action.DOOR_SEARCH, self, detail=translate(
            "door", "to admit a guest by hand"))
        if grant is None:
            return False
        self._hand_grant = grant if grant.authorised_by else None
        self.apply_roles()
        self.search.focus()
        return True

    def _end_hand_grant(self) -> None:
        if self._hand_grant is not None:
            self._hand_grant = None
            self.apply_roles()

    def _grant(self, action: Action, detail: str = "") -> Grant | None:
        """Permission for ``action`` at this door now (a search's PIN counts for the
        admission it leads to); None when refused."""
        gate = self._gate
        if gate is not None and action is Action.DOOR_ADMIT_BY_HAND \
                and self._hand_grant is not None and not gate.may(action):
            return Grant(action, self._hand_grant.authorised_by)
        return ask(gate, action, self, detail=detail)

    def _audit(self, grant: Grant, subject: str, before: object, after: object) -> None:
        if self._gate is not None:
            self._gate.record(action=grant.action.value, subject=subject, before=before,
                              after=after, grant=grant)
