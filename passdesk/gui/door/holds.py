"""The Door's holds: a ticket a hold rule holds (``core/holds.py``) shows an amber
HOLD with the rule's reason ("Check photo ID") and two buttons, "Let in (Enter)"
and "Turn away (Esc)". The guest is not let in, nor counted inside, until a
person decides.

A next scan is never swallowed: a scanner's burst (its Enter is the scanner's,
never the hold's: ``scan/wedge.py``) is judged and shown at once, and the hold
waits in the "Waiting holds" list under the panel, where a click (or Enter in
the list) brings it back to the panel to decide. The list is read again from
the store at start and when the desk changes, so a hold is never forgotten.

Enter and Esc decide only while a hold is on the panel. The decision is the
door's durable step (``Door.decide_hold``): the scan log keeps what was
decided, when and by which desk.

A mixin of ``DoorPane``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.holds import Decision, said_reason
from passdesk.core.roles import Action
from passdesk.core.storage_failure import classify
from passdesk.gui.door.not_recorded import STORE_ERRORS
from passdesk.gui.door.words import word
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.pane_keys import label_with_keys, pane_shortcut
from passdesk.scan.door import DoorResult
from passdesk.store.door_panel import desk_waiting_holds
from passdesk.store.held_scans import WaitingHold
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)

#: The panel's key for a hold (``verdict_look.py`` gives it its badge, ``words`` its word).
OUTCOME = "hold"
#: The waiting list shows this many holds before it scrolls (the panel keeps its room).
LIST_ROWS = 3
BUTTON_STYLE = "QPushButton { font-size: 20px; font-weight: 600; padding: 10px 28px; }"


class DoorHolds:
    def _build_holds(self) -> None:
        """The two decision buttons inside the panel, the waiting list under it, the keys."""
        form = self.form
        #: Undecided holds of this desk, oldest first, by scan id.
        self._held_waiting: dict[str, WaitingHold] = {}
        #: The hold the panel shows now (None: the panel shows something else).
        self._shown_hold: str | None = None

        self.hold_buttons = QWidget(form.verdictFrame, objectName="holdButtons")
        # The buttons never widen the panel (the verdict never moves): they shrink.
        self.hold_buttons.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.hold_buttons)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(16)
        self.let_in_button = QPushButton(self.hold_buttons, objectName="letInButton",
                                         autoDefault=False)
        self.turn_away_button = QPushButton(self.hold_buttons, objectName="turnAwayButton",
                                            autoDefault=False)
        # Big enough to hit without looking twice; the keys do the same.
        self.hold_buttons.setStyleSheet(BUTTON_STYLE)
        for button in (self.let_in_button, self.turn_away_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys, not the focus, decide
            button.setMinimumWidth(1)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.insertStretch(0)
        row.addStretch()
        self.let_in_button.clicked.connect(self.let_in)
        self.turn_away_button.clicked.connect(self.turn_away)
        verdict_layout = form.verdictFrame.layout()
        # Under the message, above the detail line.
        verdict_layout.insertWidget(verdict_layout.indexOf(form.verdictDetail), self.hold_buttons)
        self.hold_buttons.hide()

        self.holds_box = QGroupBox(translate("door", "Waiting holds"), form,
                                   objectName="holdsGroup")
        box = QVBoxLayout(self.holds_box)
        hint = QLabel(translate("door", "Not let in yet. Pick one to decide it."),
                      self.holds_box, wordWrap=True)
        hint.setProperty("role", "help")
        self.holds_list = QListWidget(self.holds_box, objectName="holdsList")
        self.holds_list.setAccessibleName(translate("door", "Holds waiting for a decision"))
        self.holds_list.setMaximumHeight(self.holds_list.fontMetrics().lineSpacing()
                                         * LIST_ROWS + 8)
        self.holds_list.itemClicked.connect(self._pick_hold)
        self.holds_list.itemActivated.connect(self._pick_hold)
        box.addWidget(hint)
        box.addWidget(self.holds_list)
        # In the left column, under the panel: full screen keeps it in view.
        left = form.findChild(QVBoxLayout, "leftLayout")
        left.insertWidget(1, self.holds_box)
        self.holds_box.hide()

        self._hold_keys = [pane_shortcut(self, key, self.let_in)
                           for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        self._hold_keys.append(pane_shortcut(self, Qt.Key.Key_Escape, self.turn_away))
        label_with_keys(self.let_in_button, translate("door", "Let in", "a held guest"),
                        Qt.Key.Key_Enter)
        label_with_keys(self.turn_away_button, translate("door", "Turn away", "a held guest"),
                        Qt.Key.Key_Escape)
        self._hold_on_panel = False
        self._hold_keys_on(False)
        # A slot of the pane: Qt drops the connection with the pane.
        QApplication.instance().focusChanged.connect(self._refresh_hold_keys)

    # --- what the panel shows -------------------------------------------------------

    def _panel_shows(self, outcome: str) -> None:
        """Called by the panel for each state: the buttons and keys live with a hold."""
        on = outcome == OUTCOME
        if not on:
            self._shown_hold = None
            self.holds_list.clearSelection()  # none of them is on the panel
        self._hold_on_panel = on
        self.hold_buttons.setVisible(on)
        self._refresh_hold_keys()

    def _refresh_hold_keys(self, *_: object) -> None:
        """Enter and Esc decide while a hold is on the panel, except while a person
        works in the search (its Enter picks a guest, its Esc clears it)."""
        focus = QApplication.focusWidget()
        searching = focus is not None and self.form.searchGroup.isAncestorOf(focus)
        self._hold_keys_on(self._hold_on_panel and not searching)

    def _hold_keys_on(self, on: bool) -> None:
        for key in self._hold_keys:
            key.setEnabled(on)
        window = self.window()
        if hasattr(window, "lend_escape"):  # in full screen, Esc turns away first
            window.lend_escape(on)

    def _hold_arrived(self, result: DoorResult) -> None:
        """A scan was held: it waits, and is the one on the panel."""
        facts = result.facts
        self._held_waiting[result.scan_id] = WaitingHold(
            result.scan_id, result.at, facts.name if facts else None, result.value,
            say(result.verdict.message))
        self._shown_hold = result.scan_id
        self._list_holds()

    def show_hold(self, scan_id: str) -> None:
        """Bring waiting hold ``scan_id`` back to the panel, to decide it."""
        hold = self._held_waiting.get(scan_id)
        if hold is None:
            return
        held_at = f"{formats.clock(hold.at, seconds=True)} {hold.at.astimezone():%Z}".strip()
        self._show_verdict(OUTCOME, word(OUTCOME), hold.holder or hold.value,
                           say(said_reason(hold.reason)),
                           translate("door", "Held at {time} · Not let in yet: Enter lets in, "
                                     "Esc turns away").format(time=held_at),
                           stays=True)
        self._shown_hold = scan_id
        self._list_holds()

    def _pick_hold(self, item: QListWidgetItem) -> None:
        self.show_hold(item.data(Qt.ItemDataRole.UserRole))

    def _list_holds(self) -> None:
        items = self.holds_list
        items.clear()
        for hold in self._held_waiting.values():
            who = self.shown_name(hold.holder) if hold.holder else hold.value
            item = QListWidgetItem(translate("door", "{time}  {name} — {reason}",
                                             "a waiting hold").format(
                time=formats.clock(hold.at), name=who, reason=say(said_reason(hold.reason))))
            item.setData(Qt.ItemDataRole.UserRole, hold.scan_id)
            items.addItem(item)
            if hold.scan_id == self._shown_hold:
                item.setSelected(True)
        count = len(self._held_waiting)
        self.holds_box.setTitle(translate("door", "Waiting holds (%Ln)", None, count))
        self.holds_box.setVisible(count > 0)

    @property
    def waiting_hold_ids(self) -> list[str]:
        return list(self._held_waiting)

    # --- deciding -------------------------------------------------------------------

    def let_in(self) -> None:
        self._decide(Decision.CONFIRMED)

    def turn_away(self) -> None:
        self._decide(Decision.REFUSED)

    def _decide(self, decision: Decision) -> None:
        scan_id = self._shown_hold
        if scan_id is None:
            return
        hold = self._held_waiting[scan_id]
        grant = self._grant(Action.DOOR_HOLD_DECISION, detail=hold.holder or hold.value)
        if grant is None:
            return  # the hold stays on the panel, to decide with a PIN
        try:
            result = self.door.decide_hold(scan_id, decision)
        except STORE_ERRORS as exc:  # the hold stays, to decide again
            failure = classify(exc)
            log.error("hold decision not recorded (%s)", failure.log_line)
            self._show_verdict("notrecorded", word("notrecorded"), hold.holder or hold.value,
                               translate("door", "Not saved — {what}. Decide again: the guest "
                                         "still waits").format(what=say(failure.what)),
                               "", stays=True)
            return
        del self._held_waiting[scan_id]
        self._audit(grant, hold.value, "held", str(decision.value))
        self._list_holds()
        if result is None:  # another screen of this desk decided it meanwhile
            self._show_verdict("idle", word("idle"), "",
                               translate("door", "That hold was decided already"), "",
                               stays=True)
            return
        self.recent.mark_decided(scan_id, result.verdict.outcome,
                                 self._decision_words(result, hold, decision))
        self._decided(result)

    def _decision_words(self, result: DoorResult, hold: WaitingHold,
                        decision: Decision) -> str:
        """What the last scans list says of a decided hold (the scan log's words)."""
        desk, reason = self._setup.config.desk, say(said_reason(hold.reason))
        if decision is Decision.REFUSED:
            return translate("door", "{reason} · turned away by {desk}").format(
                reason=reason, desk=desk)
        if result.verdict.lets_in:
            return translate("door", "{reason} · let in by {desk}").format(
                reason=reason, desk=desk)
        # Let in, but the rules said no meanwhile (let in elsewhere, a full house).
        return translate("door", "{verdict} · {reason} · let in by {desk}").format(
            verdict=say(result.verdict.message), reason=reason, desk=desk)

    def _decided(self, result: DoorResult) -> None:
        self.last_result = result
        self._show_result(result)
        self.sounds.play(result.verdict.outcome)
        self._signal(result.verdict.lets_in)
        if result.verdict.lets_in:
            who = result.facts.name if result.facts and result.facts.name else result.value
            self._say_undo(translate("door", "Last in: {name}").format(
                name=self.shown_name(who)))
            self.form.undoButton.setEnabled(True)
        self._load_history()  # the held row now says what was decided
        self.refresh_counters()
        self._bridge.notice(StoreChanged(Topic.SCANS, (result.scan_id,)))
        if (result.loyalty_op or result.log_op) and self._sync is not None:
            self._sync.push_soon()

    # --- the store ------------------------------------------------------------------

    def _load_holds(self) -> None:
        db, desk = self._database, self._setup.config.desk
        self._store_tasks.run(lambda: desk_waiting_holds(db, desk), owner=self,
                              on_success=lambda holds: self._set_holds(desk, holds),
                              on_failure=lambda exc: log.warning("holds not read: %s", exc))

    def _set_holds(self, desk: str, holds: list[WaitingHold]) -> None:
        if desk != self._setup.config.desk:
            return  # the desk changed meanwhile: its own read follows
        # Holds that came while the read ran stay (decided ones left the dict already).
        listed = self._held_waiting if desk == getattr(self, "_holds_desk", desk) else {}
        self._holds_desk = desk
        self._held_waiting = {h.scan_id: h for h in holds} | listed
        self._list_holds()

