"""The Staff pane: "What can I do?", "People and PINs" and "Audit trail".

Anyone may open it: the first tab is how a person at a desk finds out what it
may do. The people and the rules need a manager's PIN to change (asked there);
the audit trail needs a supervisor's to be read, asked when its tab is opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from passdesk.core.roles import Action
from passdesk.gui.gate import Gate
from passdesk.gui.i18n import translate
from passdesk.gui.services import Services
from passdesk.gui.staff.audit_view import AuditView
from passdesk.gui.staff.people import PeopleTab
from passdesk.gui.staff.what_can_i_do import WhatCanIDo
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretStore
from passdesk.store.database import Database

WHAT, PEOPLE, AUDIT = 0, 1, 2


class StaffPane(QWidget):
    def __init__(self, *, gate: Gate, database: Database, store_tasks: TaskRunner,
                 keychain: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gate = gate
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(translate("staff", "Staff"), objectName="paneTitle")
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.tabs = QTabWidget(objectName="staffTabs")
        self.what = WhatCanIDo(gate)
        self.people = PeopleTab(gate, database, keychain)
        self.audit = AuditView(database, store_tasks)
        self.tabs.addTab(self.what, translate("staff", "What can I do?"))
        self.tabs.addTab(self.people, translate("staff", "People and PINs"))
        self.tabs.addTab(self.audit, translate("staff", "Audit trail"))
        layout.addWidget(self.tabs, 1)
        self._shown_tab = WHAT
        self.tabs.currentChanged.connect(self._tab_chosen)
        gate.changed.connect(self.people.refresh)

    @classmethod
    def from_services(cls, services: Services) -> StaffPane:
        return cls(gate=services.gate, database=services.database,
                   store_tasks=services.store_tasks, keychain=services.keychain)

    def show_part(self, part: str) -> None:
        """"what", "people" or "audit" (the audit trail still asks its PIN)."""
        self.tabs.setCurrentIndex({"what": WHAT, "people": PEOPLE, "audit": AUDIT}[part])

    def _tab_chosen(self, index: int) -> None:
        if index == AUDIT:
            self.audit.hide()  # nothing of it shows until the PIN is given
            if self._gate.allow(Action.VIEW_AUDIT, self) is None:
                blocked = self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(self._shown_tab)
                self.tabs.blockSignals(blocked)
                return
        self._shown_tab = index
        if index == AUDIT:
            self.audit.show()
            self.audit.refresh()
        elif index == PEOPLE:
            self.people.refresh()
        else:
            self.what.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.tabs.currentIndex() != AUDIT:  # the trail is read again by its Refresh
            self._tab_chosen(self.tabs.currentIndex())
