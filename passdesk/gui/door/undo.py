"""The Door's Undo: take back this desk's last admission, and the line beside the button.

A mixin of ``DoorPane``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.roles import Action
from passdesk.core.storage_failure import classify
from passdesk.gui.door.words import word
from passdesk.gui.i18n import formats, say, translate
from passdesk.store.database import DatabaseError
from passdesk.store.door_panel import desk_can_undo
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)


class UndoLastAdmission:
    def _say_undo(self, words: str) -> None:
        """One line beside the Undo button, cut to fit (the whole of it in the tooltip)."""
        label = self.form.undoLabel
        width = label.width() if label.isVisible() and label.width() > 40 else 260
        label.setText(label.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight, width))
        label.setToolTip(words)

    @property
    def undo_words(self) -> str:
        """The whole line beside the Undo button (the label may show it cut)."""
        return self.form.undoLabel.toolTip()

    def _refresh_undo(self) -> None:
        """Undo is offered only when this desk has an admission to take back."""
        try:
            # One indexed read: fine on the UI thread.
            possible = desk_can_undo(self._database, self._setup.config.desk)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("undo state not read: %s", exc)
            possible = True  # let the person try: the undo itself says what happened
        self.form.undoButton.setEnabled(possible)

    def undo(self) -> None:
        grant = self._grant(Action.DOOR_UNDO)
        if grant is None:
            self._say_undo(translate("door", "Not undone: undoing an admission needs a "
                                     "supervisor's PIN."))
            return
        try:
            undone = self.door.undo_last_admission()
        except (SQLAlchemyError, DatabaseError) as exc:  # disk full, locked, damaged
            failure = classify(exc)
            log.error("undo not recorded (%s)", failure.log_line)
            self._say_undo(translate("door", "Not undone — {what}. The admission stands.")
                           .format(what=say(failure.what)))
            return
        if undone is None:
            self._say_undo(translate("door", "No admission to undo at this desk."))
            self.form.undoButton.setEnabled(False)
            return
        who = undone.facts.name if undone.facts and undone.facts.name else undone.value
        if undone.points_taken_back:
            self._say_undo(translate("door", "Undone: {name} (%Ln point(s) taken back)", None,
                                     undone.points_taken_back).format(name=self.shown_name(who)))
        else:
            self._say_undo(translate("door", "Undone: {name}").format(name=self.shown_name(who)))
        self._audit(grant, undone.value, {"admitted_at": undone.admitted_at.isoformat(),
                                          "scan": undone.scan_id}, "undone")
        self.recent.mark_undone(undone.scan_id)
        self._refresh_undo()
        if undone.points_taken_back and self._sync is not None:
            self._sync.push_soon()
        admitted = f"{formats.clock(undone.admitted_at)} {undone.admitted_at.astimezone():%Z}"
        self._show_verdict("undone", word("undone"), who,
                           translate("door", "Admission at {time} taken back").format(
                               time=admitted.strip()),
                           translate("door", "The pass can be scanned again."))
        self.refresh_counters()
        self._bridge.notice(StoreChanged(Topic.SCANS, (undone.scan_id,)))
