"""The Till pane: find a loyalty customer, add or redeem points, exactly once.

A customer is found by a scan (keyboard wedge, NFC, VTAP, camera: the door's
sources) or by a search. Each operation is one local transaction plus an
outbox row (``sync.loyalty.change_balance``), so it is on its way whether or
not the network is up; the screen shows the balance the customer will have
and marks it pending until PassEntry confirms. The rules (never below zero,
loyalty templates only, a double click or double scan not doubled) are checked
where the change is queued, not only here.

Lookups for a scan and the customer card run on the UI thread (a few
indexed reads, like the door's verdict); searches, histories and exports on
the store's worker; reading the balance from PassEntry on the network worker.

The pane's parts live beside it, one mixin each: ``operation``, ``permission``,
``search_keys``, ``balance``, ``review``, ``shift`` and ``setup``; its store reads are
``store.till_queries``'.

Who may do what (issue 23) is the ``gate``'s: with none (or roles off) every
change is allowed as before; with roles on, a change above the desk's role or
the venue's limits, a set balance, a discard under review and the Till's
settings ask for a supervisor's PIN, and the audit trail records them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSizePolicy, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.admission import Outcome, unreadable_words
from passdesk.core.loyalty import (
    Action,
    Plan,
)
from passdesk.core.scan_values import ParsedScan
from passdesk.core.storage_failure import classify
from passdesk.gui.gate import Gate
from passdesk.gui.i18n import say, translate
from passdesk.gui.pane_keys import pane_shortcut
from passdesk.gui.scanning.corrected_wedge import corrected_wedge
from passdesk.gui.scanning.pass_search import PassSearch
from passdesk.gui.scanning.sound import VerdictSounds
from passdesk.gui.scanning.sources import ScanSources
from passdesk.gui.server import ServerLink
from passdesk.gui.services import Services
from passdesk.gui.till.balance import BalanceReading
from passdesk.gui.till.card import (
    show_card,
)
from passdesk.gui.till.history import (
    ExportLine,
    TillHistory,
)
from passdesk.gui.till.operation import TillOperation
from passdesk.gui.till.permission import TillPermission
from passdesk.gui.till.review import NeedsReview
from passdesk.gui.till.search_keys import SearchAndKeys
from passdesk.gui.till.setup import TillSetupInUse, source_choice
from passdesk.gui.till.shift import TillShift
from passdesk.gui.till.style import TILL_STYLE
from passdesk.gui.till.words import error_words
from passdesk.gui.widgets.fit_text import FitText
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.scan.door_step import LOGGED_VALUE_MAX, find
from passdesk.scan.sources import ScanRead, as_read
from passdesk.settings import SettingsStore
from passdesk.settings.till import TillSetup, setup_from_json
from passdesk.store.database import Database, DatabaseError
from passdesk.store.loyalty import Customer
from passdesk.store.outbox import OutboxItem
from passdesk.store.till_queries import log_till_scan, read_customer, scanned_pass
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)

#: The keys that pick each action.
ACTION_KEYS = {Action.EARN: Qt.Key.Key_F1, Action.ADD: Qt.Key.Key_F2,
               Action.REDEEM: Qt.Key.Key_F3, Action.SET: Qt.Key.Key_F4}
#: Narrowest and widest the keypad column gets, in pixels.
KEYPAD_WIDTH = (300, 380)
#: The Apply key's type (the style sheet's), which shrinks for a longer word.
APPLY_PX = 18


class TillPane(TillOperation, TillPermission, SearchAndKeys, BalanceReading, NeedsReview,
               TillShift, TillSetupInUse, QWidget):
    def __init__(self, *, database: Database, settings: SettingsStore, bridge: SyncBridge,
                 store_tasks: TaskRunner, sync: SyncService | None = None,
                 net_tasks: TaskRunner | None = None, link: ServerLink | None = None,
                 gate: Gate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        #: Who may do what at this desk; None: roles off (nothing asked, nothing recorded).
        self._gate = gate
        self._settings = settings
        self._bridge = bridge
        self._store_tasks = store_tasks
        self._net_tasks = net_tasks
        #: The server's API client, or None: how to read a balance from PassEntry.
        self._link = link
        self._sync = sync
        self.setup: TillSetup = setup_from_json(settings.load().till)
        self.customer: Customer | None = None
        self.action = Action.EARN
        self.plan: Plan | None = None
        self._message_edited = False
        #: After a refused repeat, the same plan may be applied once more on purpose.
        self._repeat_armed: tuple | None = None
        self._review: list[OutboxItem] = []
        #: The review list is read again on store notices, one read at a time.
        self._review_reads = OneReadAtATime(self._load_review)
        #: What the search held last time it changed (to tell when it is emptied).
        self._searched = ""

        self._build_sources()
        bridge.store_changed.connect(self._on_store_changed)
        SettingsFollower(settings, self).saved.connect(self._follow_settings)
        if gate is not None:
            gate.changed.connect(self._show_setup)  # its line on what needs a PIN

        self.setStyleSheet(TILL_STYLE)
        self.form = load_form("till/pane.ui", self)
        self._build_layout()
        self.history = TillHistory(self.form, database=database, store_tasks=store_tasks)
        self._build_search()
        self._wire_keypad()
        self._wire_buttons()
        self._wire_keys()

        self.choose_action(Action.EARN)
        self._show_search_state()
        self._show_customer()
        self._show_setup()
        self._show_sources()
        self._load_shift()

    def _build_sources(self) -> None:
        """The sound, the keyboard wedge and the till's other scan sources."""
        self.sounds = VerdictSounds(self.setup.sound, self)
        self.wedge = corrected_wedge(self._settings, self)  # the scanner check's correction
        self.wedge.read.connect(self.scan)
        self.sources = ScanSources(self)
        self.sources.configure(source_choice(self.setup))
        self.sources.read.connect(self.scan)
        self.sources.changed.connect(self._show_sources)

    def _build_layout(self) -> None:
        form = self.form
        for label in (form.customerName, form.customerInfo, form.balanceNote, form.rewardLabel,
                      form.refusedLabel, form.reviewLabel, form.previewLabel, form.messageNote,
                      form.resultLabel, form.searchHint, form.tillSummary, form.sourcesLine,
                      form.cancelledLabel, form.customerHistoryTotals, form.shiftHistoryTotals):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # The lines beside the balance take the row's width (a longer language's
        # "last synced …, not confirmed" stays on its line, not cut in height).
        caption = form.balanceCaption.sizePolicy()
        caption.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        caption.setHorizontalStretch(1)
        form.balanceCaption.setSizePolicy(caption)
        # How an export went: one line beside the title that keeps its room, so
        # showing it never pushes the pane down.
        form.exportLine = ExportLine(form)
        form.headerLayout.insertWidget(1, form.exportLine, 2)
        form.exportLine.hide()
        form.headerLayout.setStretch(0, 3)  # the title column takes most of the width
        # The keypad column keeps a touchable width; the customer and the lists take the rest.
        scroll = form.tillScroll
        scroll.setMinimumWidth(KEYPAD_WIDTH[0])
        scroll.setMaximumWidth(KEYPAD_WIDTH[1])
        policy = scroll.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the stretch decides
        scroll.setSizePolicy(policy)
        form.bodyLayout.setStretch(0, 1)
        form.bodyLayout.setStretch(1, 1)

    def _build_search(self) -> None:
        form = self.form
        self.search = PassSearch(form.searchEdit, form.searchResults, form.searchHint,
                                 database=self._database, store_tasks=self._store_tasks,
                                 on_escape=form.amountEdit.setFocus, loyalty_only=True)
        self.results = self.search.results
        self.search.changed.connect(self._show_search_state)
        self.search.picked.connect(self._picked)
        form.searchEdit.returnPressed.connect(self.search.pick_first)
        form.searchResults.clicked.connect(
            lambda index: self._picked(index.data(Qt.ItemDataRole.UserRole)))

    def _wire_keypad(self) -> None:
        """The action buttons, the keypad, the amount and the message."""
        form = self.form
        self._action_buttons = {Action.EARN: form.earnButton, Action.ADD: form.addButton,
                                Action.REDEEM: form.redeemButton, Action.SET: form.setButton}
        for action, button in self._action_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.choose_action(a))
        for key in "0123456789":
            getattr(form, f"key{key}").clicked.connect(lambda _=False, k=key: self.press_key(k))
        #: The keypad's buttons, held by name: asking the layout for its items would
        #: leave Python wrappers of items Qt deletes with the form (a crash later).
        self._keypad_buttons = [getattr(form, f"key{key}") for key in "0123456789"] + [
            form.keyPoint, form.keyBack, form.keyClear, form.applyButton]
        form.keyPoint.clicked.connect(lambda: self.press_key("."))
        form.keyBack.clicked.connect(lambda: self.press_key("back"))
        form.keyClear.clicked.connect(lambda: self.press_key("clear"))
        form.amountEdit.textChanged.connect(self._replan)
        form.applyButton.clicked.connect(self.apply)  # Enter: keyPressEvent
        # Apply's one word stays whole in every language, its type a little smaller.
        self._apply_fit = FitText(form.applyButton, full=APPLY_PX, least=13)
        form.messageCheck.setChecked(self.setup.send_message)
        form.messageCheck.toggled.connect(self._show_message_state)
        form.messageEdit.textEdited.connect(self._message_typed)

    def _wire_buttons(self) -> None:
        form = self.form
        form.settingsButton.clicked.connect(self.open_settings)
        form.closeShiftButton.clicked.connect(self.close_shift)
        form.exportCustomerButton.clicked.connect(lambda: self.export(customer_only=True))
        form.exportShiftButton.clicked.connect(lambda: self.export(customer_only=False))
        form.retryButton.clicked.connect(lambda: self._decide_review(retry=True))
        form.discardButton.clicked.connect(lambda: self._decide_review(retry=False))

    def _wire_keys(self) -> None:
        """Window-wide while the Till is shown (focus may be in the sidebar)."""
        pane_shortcut(self, QKeySequence.StandardKey.Find, self.search.focus)
        pane_shortcut(self, Qt.Key.Key_Escape, self.escape)
        for action, key in ACTION_KEYS.items():
            pane_shortcut(self, key, lambda a=action: self.choose_action(a),
                          button=self._action_buttons[action])

    @classmethod
    def from_services(cls, services: Services) -> TillPane:
        return cls(database=services.database, settings=services.settings,
                   bridge=services.bridge, store_tasks=services.store_tasks,
                   sync=services.sync, net_tasks=services.net_tasks, link=services.link,
                   gate=services.gate)

    # --- scan sources are live while the till is on screen ------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._show_setup()  # the desk's role or the venue's limits may have changed
        self.wedge.start()
        self.sources.start()
        if self.focusWidget() is None:
            self.form.amountEdit.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.wedge.stop()
        self.sources.stop()
        self.search.stop()
        super().hideEvent(event)

    # --- finding the customer -------------------------------------------------------

    def scan(self, read: ScanRead | str) -> Customer | None:
        """A card was scanned: load its holder; with "scan with loyalty", apply it too."""
        read = as_read(read)
        try:  # the Door's finder: an unreadable value is refused without a lookup
            found = find(lambda candidates: scanned_pass(self._database, candidates), read.value)
        except (SQLAlchemyError, DatabaseError) as exc:
            self._refuse_scan(translate("till", "The local store could not be read: {why}")
                              .format(why=error_words(exc)))
            return None
        parsed, facts = found.scan, found.facts
        if not isinstance(parsed, ParsedScan):
            self._refuse_scan(say(unreadable_words(parsed.detail)))  # the Door's words
            return None
        if facts is None:
            self._refuse_scan(translate("till", "No pass {value} in the local store. If it is "
                                                "new, wait for the next sync.").format(
                value=repr(parsed.text)))
            return None
        customer = self.load_customer(facts.id)
        if customer is not None and self.setup.log_as:
            self._log_scan(read, parsed.text, customer)
        if customer is not None and customer.loyalty_enabled and self.setup.scan.on:
            self._apply_scan_points(customer)
        return customer

    def _log_scan(self, read: ScanRead, value: str, customer: Customer) -> None:
        """The card found is logged in PassEntry as the chosen reader (never its points)."""
        try:
            log_till_scan(self._database, reader_id=self.setup.log_as, scan_type=str(read.kind),
                          value=value[:LOGGED_VALUE_MAX], source=read.source,
                          pass_id=customer.id, loyalty=customer.loyalty_enabled,
                          desk=self.setup.desk, now=datetime.now(UTC))
        except (SQLAlchemyError, DatabaseError) as exc:
            # The customer is shown and served all the same; only PassEntry misses it.
            log.warning("the till's scan not queued for PassEntry (%s)",
                        classify(exc).log_line)
            return
        if self._sync is not None:
            self._sync.push_soon()

    def _refuse_scan(self, why: str) -> None:
        self.sounds.play(Outcome.DENY)
        self.sources.signal_verdict(False)
        self._say_result(why, Tone.ERROR)

    def load_customer(self, pass_id: str) -> Customer | None:
        """Show ``pass_id``'s holder and start reading the balance from PassEntry.

        A new customer starts afresh: Earn, the push message as the till's default,
        no amount; and the keyboard types the amount next.
        """
        found = self._read_customer(pass_id)
        if found is None:
            return None
        changed = self.customer is None or self.customer.id != found.id
        self.customer = found
        self._say_result("", None)  # what was said before is about someone else
        if self.search.typed:
            self.search.clear()
        if changed:
            self._repeat_armed = None
            self.clear_amount()
            self._message_edited = False
            self.form.messageCheck.setChecked(self.setup.send_message)
            self.choose_action(Action.EARN)
        self._show_customer()
        self._load_customer_history()
        self._load_review()
        usable = found.loyalty_enabled and not found.cancelled
        self.sounds.play(Outcome.ADMIT if usable else Outcome.DENY)
        self.sources.signal_verdict(usable)
        if found.loyalty_enabled:
            self._read_balance(found.id)
        if usable:
            self.form.amountEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _read_customer(self, pass_id: str) -> Customer | None:
        try:
            return read_customer(self._database, pass_id)
        except (SQLAlchemyError, DatabaseError) as exc:
            self._say_result(translate("till", "The local store could not be read: {why}")
                             .format(why=error_words(exc)), Tone.ERROR)
            return None

    def reload_customer(self) -> None:
        if self.customer is not None:
            found = self._read_customer(self.customer.id)
            if found is not None:
                self.customer = found
                self._show_customer()

    # --- what the customer card shows -----------------------------------------------------

    def _show_customer(self) -> None:
        c = self.customer
        show_card(self.form, c, self.setup)
        self._set_till_enabled(c is not None and c.loyalty_enabled and not c.cancelled)
        if c is not None and c.loyalty_enabled:
            self.form.balanceNote.setText(self._balance_note())
        self._show_review()
        self._replan()

    def _set_till_enabled(self, on: bool) -> None:
        # A cancelled card's balance is not changed here (the queue refuses it too).
        form = self.form
        for widget in (*self._action_buttons.values(), form.amountEdit, form.messageCheck):
            widget.setEnabled(on)
        for button in self._keypad_buttons:
            button.setEnabled(on)

    # --- the scan sources -----------------------------------------------------------------

    def _show_sources(self) -> None:
        line = self.sources.summary()
        self.form.sourcesLine.setText(line)
        self.form.sourcesLine.setVisible(bool(line))

    # --- the store changed elsewhere ---------------------------------------------------------

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in (Topic.LOYALTY, Topic.OUTBOX, Topic.ALL, Topic.PASSES):
            self.reload_customer()
            self._load_review()
            self._load_customer_history()
            self._load_shift()
