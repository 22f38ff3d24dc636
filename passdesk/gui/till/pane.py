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
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.api import ApiError
from passdesk.core.admission import Outcome
from passdesk.core.loyalty import (
    Action,
    Plan,
    plan,
    unconfirmed_limit_units,
)
from passdesk.core.scan_values import ParsedScan, parse_scan
from passdesk.gui.pane_keys import pane_shortcut
from passdesk.gui.scanning.pass_search import PassSearch
from passdesk.gui.scanning.sound import VerdictSounds
from passdesk.gui.scanning.sources import ScanSources, SourceChoice
from passdesk.gui.services import Services
from passdesk.gui.sync.words import local_time
from passdesk.gui.till.ask import ask_set_balance, ask_supervisor
from passdesk.gui.till.card import (
    balance_note,
    change_words,
    done_words,
    message_for,
    plan_words,
    show_card,
)
from passdesk.gui.till.config import TillSetup, setup_from_json, setup_to_json
from passdesk.gui.till.history import (
    ExportLine,
    TillHistory,
    export_operations,
    safe_file_name,
)
from passdesk.gui.till.shift_dialog import CloseShiftDialog, read_shift_report
from passdesk.gui.widgets.csv_export import export_to_csv
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone, tone_of
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.scan.door import LOGGED_VALUE_MAX
from passdesk.scan.sources import ScanRead, as_read
from passdesk.scan.wedge import KeyboardWedge
from passdesk.settings import SettingsError, SettingsStore
from passdesk.store import loyalty as loyalty_store
from passdesk.store.admissions import find_pass
from passdesk.store.database import Database, DatabaseError
from passdesk.store.loyalty import Customer
from passdesk.store.outbox import NEEDS_A_PERSON, OutboxItem
from passdesk.store.till_queries import log_till_scan
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.loyalty import NeedsSupervisor, RepeatedChange, change_balance, read_balance
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)

#: The notice other panes get after each operation.
LOYALTY = "loyalty"

#: What the amount means for each action, and the keys that pick it.
AMOUNT_WORDS = {Action.EARN: "Amount spent", Action.ADD: "Points to add",
                Action.REDEEM: "Points to redeem", Action.SET: "New balance"}
ACTION_KEYS = {Action.EARN: Qt.Key.Key_F1, Action.ADD: Qt.Key.Key_F2,
               Action.REDEEM: Qt.Key.Key_F3, Action.SET: Qt.Key.Key_F4}
#: Narrowest and widest the keypad column gets, in pixels.
KEYPAD_WIDTH = (300, 380)
#: Long push messages are cut on lock screens.
MESSAGE_WARN_CHARS = 160

TILL_STYLE = """
QScrollArea#tillScroll, QWidget#tillScrollContents { background: transparent; }
QFrame#customerFrame, QFrame#tillFrame {
    border-radius: 12px;
    background: palette(base);
    border: 1px solid #d6d9de;
}
QFrame#customerFrame[state="refused"], QFrame#customerFrame[state="cancelled"] {
    border: 2px solid #b91c1c;
}
QFrame#customerFrame QLabel, QFrame#tillFrame QLabel { background: transparent; }
QLabel#customerName { font-size: 28px; font-weight: 600; color: #111827; }
QLabel#balanceValue { font-size: 52px; font-weight: 800; color: #111827; }
QLabel#balanceCaption { font-size: 15px; color: #4b5563; }
QLabel#balanceCaption[pending="true"] { color: #b45309; font-weight: 600; }
QLabel#rewardLabel { font-size: 15px; font-weight: 600; color: #15803d; }
QLabel#refusedLabel { font-size: 17px; font-weight: 600; color: #b91c1c; }
QLabel#cancelledLabel { font-size: 17px; font-weight: 700; color: #8a1f17; background: #fdeceb;
                        border: 2px solid #b91c1c; border-radius: 8px; padding: 8px 10px; }
QLabel#reviewLabel { color: #8a1f17; background: #fdeceb; border: 1px solid #f1b9b5;
                     border-radius: 6px; padding: 6px 8px; }
QLabel#amountLabel { font-size: 14px; color: #374151; }
QLineEdit#amountEdit { font-size: 30px; font-weight: 600; padding: 4px 10px; min-height: 46px; }
QPushButton[role="key"] { font-size: 20px; min-height: 42px; min-width: 44px; }
QPushButton[role="action"] { font-size: 13px; min-height: 44px; padding: 2px 6px; }
QPushButton[role="action"]:checked { background: #1d4ed8; color: white; border: 1px solid #1d4ed8;
                                     border-radius: 6px; font-weight: 600; }
QPushButton[role="action"]:checked:disabled { background: #d1d5db; border-color: #d1d5db;
                                              color: #6b7280; }
QPushButton#applyButton { font-size: 18px; font-weight: 700; background: #15803d; color: white;
                          border: 1px solid #15803d; border-radius: 6px; min-width: 80px; }
QPushButton#applyButton:disabled { background: #d1d5db; border-color: #d1d5db; color: #6b7280; }
QLabel#previewLabel { font-size: 15px; font-weight: 600; color: #111827; min-height: 40px; }
QLabel#previewLabel[problem="true"] { color: #b91c1c; }
"""


class TillPane(QWidget):
    def __init__(self, database: Database, settings: SettingsStore, bridge: SyncBridge,
                 store_tasks: TaskRunner, *, sync: SyncService | None = None,
                 net_tasks: TaskRunner | None = None, client_source=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._settings = settings
        self._bridge = bridge
        self._tasks = store_tasks
        self._net = net_tasks
        #: () -> PassEntryClient, or None: how to read a balance from PassEntry.
        self._client_source = client_source
        self._sync = sync
        self.setup: TillSetup = setup_from_json(settings.load().till)
        self.customer: Customer | None = None
        self.action = Action.EARN
        self.plan: Plan | None = None
        self._message_edited = False
        #: After a refused repeat, the same plan may be applied once more on purpose.
        self._repeat_armed: tuple | None = None
        self._review: list[OutboxItem] = []
        #: What the search held last time it changed (to tell when it is emptied).
        self._searched = ""

        self.sounds = VerdictSounds(self.setup.sound, self)
        self.wedge = KeyboardWedge(parent=self)
        self.wedge.read.connect(self.scan)
        self.sources = ScanSources(self)
        self.sources.configure(_choice(self.setup))
        self.sources.read.connect(self.scan)
        self.sources.changed.connect(self._show_sources)
        bridge.store_changed.connect(self._on_store_changed)

        self.setStyleSheet(TILL_STYLE)
        self.form = form = load_form("till/pane.ui", self)
        for label in (form.customerName, form.customerInfo, form.balanceNote, form.rewardLabel,
                      form.refusedLabel, form.reviewLabel, form.previewLabel, form.messageNote,
                      form.resultLabel, form.searchHint, form.tillSummary, form.sourcesLine,
                      form.cancelledLabel, form.customerHistoryTotals, form.shiftHistoryTotals):
            label.setTextFormat(Qt.TextFormat.PlainText)
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

        self.history = TillHistory(form, database, store_tasks)

        self.search = PassSearch(form.searchEdit, form.searchResults, form.searchHint, database,
                                 store_tasks, on_escape=form.amountEdit.setFocus, loyalty_only=True)
        self.results = self.search.results
        self.search.changed.connect(self._show_search_state)
        self.search.picked.connect(self._picked)
        form.searchEdit.returnPressed.connect(self.search.pick_first)
        form.searchResults.clicked.connect(
            lambda index: self._picked(index.data(Qt.ItemDataRole.UserRole)))

        self._action_buttons = {Action.EARN: form.earnButton, Action.ADD: form.addButton,
                                Action.REDEEM: form.redeemButton, Action.SET: form.setButton}
        for action, button in self._action_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.choose_action(a))
        for key in "0123456789":
            getattr(form, f"key{key}").clicked.connect(lambda _=False, k=key: self.press_key(k))
        form.keyPoint.clicked.connect(lambda: self.press_key("."))
        form.keyBack.clicked.connect(lambda: self.press_key("back"))
        form.keyClear.clicked.connect(lambda: self.press_key("clear"))
        form.amountEdit.textChanged.connect(self._replan)
        form.applyButton.clicked.connect(self.apply)  # Enter: keyPressEvent
        form.messageCheck.setChecked(self.setup.send_message)
        form.messageCheck.toggled.connect(self._show_message_state)
        form.messageEdit.textEdited.connect(self._message_typed)
        form.settingsButton.clicked.connect(self.open_settings)
        form.closeShiftButton.clicked.connect(self.close_shift)
        form.exportCustomerButton.clicked.connect(lambda: self.export(customer_only=True))
        form.exportShiftButton.clicked.connect(lambda: self.export(customer_only=False))
        form.retryButton.clicked.connect(lambda: self._decide_review(retry=True))
        form.discardButton.clicked.connect(lambda: self._decide_review(retry=False))

        # Window-wide while the Till is shown (focus may be in the sidebar).
        pane_shortcut(self, QKeySequence.StandardKey.Find, self.search.focus)
        pane_shortcut(self, Qt.Key.Key_Escape, self.escape)
        for action, key in ACTION_KEYS.items():
            pane_shortcut(self, key, lambda a=action: self.choose_action(a),
                          button=self._action_buttons[action])

        self.choose_action(Action.EARN)
        self._show_search_state()
        self._show_customer()
        self._show_setup()
        self._show_sources()
        self._load_shift()

    @classmethod
    def from_services(cls, services: Services) -> TillPane:
        link = services.link
        return cls(services.database, services.settings, services.bridge, services.store_tasks,
                   sync=services.sync, net_tasks=services.tasks,
                   client_source=lambda: link.client)

    # --- scan sources are live while the till is on screen ------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
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
        parsed = parse_scan(read.value)
        if not isinstance(parsed, ParsedScan):
            self._refuse_scan(f"That scan could not be read: {parsed.detail}")
            return None
        try:
            with self._db.session() as session:
                facts = find_pass(session, parsed.candidates)
        except (SQLAlchemyError, DatabaseError) as exc:
            self._refuse_scan(f"The local store could not be read: {exc}")
            return None
        if facts is None:
            self._refuse_scan(f"No pass {parsed.text!r} in the local store. "
                              "If it is new, wait for the next sync.")
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
            log_till_scan(self._db, reader_id=self.setup.log_as, scan_type=str(read.kind),
                          value=value[:LOGGED_VALUE_MAX], source=read.source,
                          pass_id=customer.id, loyalty=customer.loyalty_enabled,
                          desk=self.setup.desk, now=datetime.now(UTC))
        except (SQLAlchemyError, DatabaseError):
            # The customer is shown and served all the same; only PassEntry misses it.
            log.warning("the till's scan could not be queued for PassEntry", exc_info=True)
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
            with self._db.session() as session:
                return loyalty_store.customer(session, pass_id)
        except (SQLAlchemyError, DatabaseError) as exc:
            self._say_result(f"The local store could not be read: {exc}", Tone.ERROR)
            return None

    def reload_customer(self) -> None:
        if self.customer is not None:
            found = self._read_customer(self.customer.id)
            if found is not None:
                self.customer = found
                self._show_customer()

    def _read_balance(self, pass_id: str) -> None:
        """Ask PassEntry for the balance (network worker); the card shows it when it comes."""
        if self._net is None or self._client_source is None:
            return
        # The client is taken here, on the UI thread: the link builds one on first
        # use, and a worker doing that after the app closed the link would leak it.
        try:
            client = self._client_source()
        except ApiError as exc:  # e.g. a plain-http URL to another host
            self._balance_not_read(pass_id, exc)
            return
        db = self._db
        if self.customer is not None:
            self.form.balanceNote.setText(self._balance_note(reading=True))
        try:
            self._net.run(lambda: read_balance(db, client, pass_id), owner=self,
                          on_success=lambda _b: self._balance_read(pass_id),
                          on_failure=lambda exc: self._balance_not_read(pass_id, exc))
        except RuntimeError:  # the network worker was shut down: the app is closing
            log.debug("balance not read: the app is closing")

    def _balance_read(self, pass_id: str) -> None:
        if self.customer is not None and self.customer.id == pass_id:
            self.reload_customer()

    def _balance_not_read(self, pass_id: str, exc: Exception) -> None:
        if self.customer is None or self.customer.id != pass_id:
            return
        why = exc.message if isinstance(exc, ApiError) else str(exc)
        log.info("balance of %s not read: %s", pass_id, why)
        self.form.balanceNote.setText(self._balance_note(failed=why))

    def _limit(self) -> int:
        """The most a redemption may take without a confirmed balance, in the API's units."""
        return unconfirmed_limit_units(self.setup.unconfirmed_limit,
                                       self.customer.balance_type if self.customer else None)

    def _balance_note(self, **kwargs) -> str:
        assert self.customer is not None
        return balance_note(self.customer, limit=self._limit(), **kwargs)

    # --- search -----------------------------------------------------------------------

    def _show_search_state(self) -> None:
        typed, count = self.search.typed, self.search.count()
        if self._searched and not typed and tone_of(self.form.resultLabel) is Tone.ERROR:
            self._say_result("", None)  # the search was emptied: an old "No pass" goes too
        self._searched = typed
        self.form.searchResults.setVisible(bool(typed) and count > 0)
        if not typed:
            hint = ""
        elif count == 0:
            hint = "No pass matches." if self.search.searched == typed else "Searching…"
        else:
            hint = f"{count} found: pick one (Enter takes the first)"
        self.form.searchHint.setText(hint)
        self.form.searchHint.setVisible(bool(hint))

    def _picked(self, pass_id: str | None) -> None:
        if pass_id:
            self.search.clear()
            self.load_customer(pass_id)  # and the amount gets the keyboard

    def escape(self) -> None:
        """Esc: in the search, empty it and go back to the amount; else clear the amount."""
        form = self.form
        if form.searchEdit.hasFocus() or form.searchResults.hasFocus():
            self.search.clear()
            if form.amountEdit.isEnabled():
                form.amountEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.clear_amount()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter applies wherever the focus is in the Till (a mode button, the message
        tick, the keypad...), except in the search, where Enter picks a customer."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._enter_applies():
            event.accept()
            self.apply()
            return
        super().keyPressEvent(event)

    def _enter_applies(self) -> bool:
        focus = QApplication.focusWidget()
        form = self.form
        if focus is form.searchResults:
            return False
        if focus is form.searchEdit:
            return not self.search.typed
        return focus is None or self.isAncestorOf(focus)

    # --- the operation ------------------------------------------------------------------

    def choose_action(self, action: Action) -> None:
        self.action = action
        for each, button in self._action_buttons.items():
            button.setChecked(each is action)
        currency = f" ({self.setup.currency})" if self.setup.currency else ""
        self.form.amountLabel.setText(AMOUNT_WORDS[action]
                                      + (currency if action is Action.EARN else ""))
        self._message_edited = False
        self._replan()
        self.form.amountEdit.setFocus()

    def press_key(self, key: str) -> None:
        """The on-screen keypad: a digit, ".", "back" or "clear"."""
        edit = self.form.amountEdit
        if key == "clear":
            edit.clear()
        elif key == "back":
            edit.backspace()
        else:
            edit.insert(key)
        edit.setFocus()

    def clear_amount(self) -> None:
        self.form.amountEdit.clear()

    def _replan(self) -> None:
        customer = self.customer
        typed = self.form.amountEdit.text()
        if customer is None or not customer.loyalty_enabled or not typed.strip():
            self.plan = None
        else:
            self.plan = plan(self.action, typed, balance=customer.expected,
                             balance_type=customer.balance_type,
                             rules=self.setup.rules_for(customer.template_id),
                             confirmed=not customer.unconfirmed,
                             unconfirmed_limit=self._limit(), cancelled=customer.cancelled)
        self._show_plan()

    def _show_plan(self) -> None:
        form, p = self.form, self.plan
        problem = bool(p and p.problems)
        if p is None:
            text = ""
        elif p.problems:
            text = " ".join(p.problems)
        else:
            text = plan_words(p, self.customer, self.setup.currency)
        form.previewLabel.setText(text)  # blank keeps its room: the message tick never moves
        form.previewLabel.setProperty("problem", problem)
        form.previewLabel.style().unpolish(form.previewLabel)
        form.previewLabel.style().polish(form.previewLabel)
        form.applyButton.setEnabled(bool(p and p.ok))
        if not self._message_edited:
            form.messageEdit.setText(message_for(p, self.customer, self.setup) if p and p.ok
                                     else "")
            form.messageEdit.setCursorPosition(0)
        self._show_message_state()

    def _message_typed(self, _text: str) -> None:
        self._message_edited = True
        if not self.form.messageCheck.isChecked():
            self.form.messageCheck.setChecked(True)
        self._show_message_state()

    def _show_message_state(self) -> None:
        form = self.form
        on = form.messageCheck.isChecked()
        form.messageEdit.setEnabled(on)
        notes = []
        if on and self.customer is not None and not self.customer.active:
            notes.append(f"This pass is {self.customer.status or 'not active'}: PassEntry "
                         "delivers messages only to active passes, so this one will not "
                         "reach the customer.")
        length = len(form.messageEdit.text())
        if on and length > MESSAGE_WARN_CHARS:
            notes.append(f"{length} characters: a lock screen shows about "
                         f"{MESSAGE_WARN_CHARS}.")
        form.messageNote.setText(" ".join(notes))
        form.messageNote.setVisible(bool(notes))

    def apply(self) -> str | None:
        """Queue the planned operation; returns its id (None if refused or asked)."""
        p, customer = self.plan, self.customer
        if p is None or customer is None or not p.ok:
            return None
        if p.action is Action.SET and not ask_set_balance(self, customer, p):
            return None
        approved = p.supervisor and ask_supervisor(self, customer, p, self._limit())
        if p.supervisor and not approved:
            self._say_result("Not redeemed: a supervisor did not approve it.", Tone.WARNING)
            return None
        message = self.form.messageEdit.text().strip() if self.form.messageCheck.isChecked() \
            else ""
        key = (customer.id, p.delta, p.override)
        try:
            op_id = change_balance(self._db, pass_id=customer.id, delta=p.delta,
                                   override=p.override, message=message or None,
                                   desk=self.setup.desk, action=str(p.action),
                                   spent=p.spent, repeat=self._repeat_armed == key,
                                   unconfirmed_limit=self.setup.unconfirmed_limit,
                                   approved=approved)
        except NeedsSupervisor as exc:  # the queue saw what the screen did not (yet)
            self.reload_customer()
            self._say_result(f"Not redeemed: {exc} Apply again to ask.", Tone.WARNING)
            return None
        except RepeatedChange as exc:
            self._repeat_armed = key
            self._say_result(f"{exc} (Apply again to make it.)", Tone.WARNING)
            return None
        except ChangeRefused as exc:
            self._say_result(str(exc), Tone.ERROR)
            return None
        except (SQLAlchemyError, DatabaseError) as exc:
            log.error("a loyalty operation was not recorded: %s", exc)
            self._say_result(f"NOT recorded: {exc}. Check the disk, then try again.",
                             Tone.ERROR)
            return None
        self._repeat_armed = None
        self._done(customer, p, op_id, message)
        return op_id

    def _apply_scan_points(self, customer: Customer) -> None:
        scan = self.setup.scan
        p = plan(Action.ADD if scan.delta > 0 else Action.REDEEM, str(abs(scan.delta)),
                 balance=customer.expected, rules=self.setup.rules_for(customer.template_id))
        p = Plan(Action.SCAN, delta=scan.delta, balance_after=p.balance_after,
                 problems=p.problems, rewards=p.rewards)
        if p.problems:
            self._say_result(f"Scan points not applied: {' '.join(p.problems)}", Tone.WARNING)
            return
        message = message_for(p, customer, self.setup, scan.message) if scan.message else ""
        try:
            op_id = change_balance(self._db, pass_id=customer.id, delta=scan.delta,
                                   message=message or None, desk=self.setup.desk,
                                   action=str(Action.SCAN))
        except RepeatedChange:
            self._say_result("Scanned again: the points for this scan were already given.",
                             Tone.INFO)
            return
        except (ChangeRefused, SQLAlchemyError, DatabaseError) as exc:
            self._say_result(f"Scan points not applied: {exc}", Tone.ERROR)
            return
        self._done(customer, p, op_id, message)

    def _done(self, customer: Customer, p: Plan, op_id: str, message: str) -> None:
        self._say_result(done_words(p, customer, message), Tone.SUCCESS)
        self.sounds.play(Outcome.ADMIT)
        self.form.amountEdit.clear()
        self._message_edited = False
        self.form.messageCheck.setChecked(self.setup.send_message)  # a message is for one
        self.reload_customer()
        self._load_customer_history()
        self._load_shift()
        self._bridge.notice(StoreChanged(LOYALTY, (customer.id,)))
        if self._sync is not None:
            self._sync.push_soon()
        log.info("loyalty operation %s queued for %s", op_id, customer.id)

    def _say_result(self, text: str, tone: Tone | None) -> None:
        label = self.form.resultLabel
        if tone is None or not text:
            label.clear()
            label.hide()
            return
        set_tone(label, tone, text)
        label.show()

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
        for i in range(form.keypadLayout.count()):
            widget = form.keypadLayout.itemAt(i).widget()
            if isinstance(widget, QPushButton):
                widget.setEnabled(on)

    # --- needs review -------------------------------------------------------------------

    def _load_review(self) -> None:
        if self._sync is None or self.customer is None:
            self._review = []
            self._show_review()
            return
        sync, pass_id = self._sync, self.customer.id
        self._tasks.run(lambda: [i for i in sync.outbox_items(NEEDS_A_PERSON)
                                 if i.target_id == pass_id and i.kind == loyalty_store.KIND],
                        owner=self, on_success=lambda items: self._got_review(pass_id, items),
                        on_failure=lambda exc: log.warning("review list not read: %s", exc))

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
        state = "needs review" if first.state == "review" else "was refused"
        more = f" ({len(items) - 1} more after it)" if len(items) > 1 else ""
        words = change_words(first, self.customer.balance_type if self.customer else None)
        form.reviewLabel.setText(f"A change {state}{more}: {words}. "
                                 f"{first.last_error or ''}")
        form.reviewLabel.show()
        form.retryButton.show()
        form.discardButton.show()

    def _decide_review(self, *, retry: bool) -> None:
        if not self._review or self._sync is None:
            return
        first = self._review[0]
        sync = self._sync
        action = (lambda: sync.retry(first.seq)) if retry else (lambda: sync.discard(first.seq))
        self._tasks.run(action, owner=self, on_success=lambda _r: self._after_decision(),
                        on_failure=lambda exc: self._say_result(str(exc), Tone.ERROR))

    def _after_decision(self) -> None:
        self.reload_customer()
        self._load_review()
        self._load_customer_history()
        self._load_shift()

    # --- histories ----------------------------------------------------------------------

    @property
    def shift_start(self) -> datetime:
        if self.setup.shift_started is not None:
            return self.setup.shift_started
        return datetime.combine(date.today(), time()).astimezone()

    def _load_customer_history(self) -> None:
        self.history.load_customer(self.customer.id if self.customer else None)

    def _load_shift(self) -> None:
        self.history.currency = self.setup.currency
        self.history.load_shift(self.setup.desk, self.shift_start)

    def close_shift(self) -> None:
        """Read the shift's totals (store worker), then ask with them shown."""
        button, db, desk = self.form.closeShiftButton, self._db, self.setup.desk
        since, until = self.shift_start, datetime.now(UTC)
        button.setEnabled(False)

        def show(report) -> None:
            button.setEnabled(True)
            self.shift_dialog = dialog = CloseShiftDialog(
                report, db, self._tasks, currency=self.setup.currency, parent=self)
            dialog.accepted.connect(lambda: self._start_shift(report.ended))
            dialog.open()

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self._say_result(f"The shift's totals could not be read: {exc}", Tone.ERROR)

        try:
            self._tasks.run(lambda: read_shift_report(db, desk=desk, since=since, until=until),
                            owner=self, on_success=show, on_failure=failed)
        except RuntimeError:  # the store's worker was shut down: the app is closing
            button.setEnabled(True)

    def _start_shift(self, at: datetime) -> None:
        self._save_setup(replace(self.setup, shift_started=at))
        self._load_shift()
        self._say_result(f"Shift closed at {local_time(at)}; a new shift started.", Tone.INFO)

    def export(self, *, customer_only: bool) -> None:
        """Ask for a file, then write the list (and its totals) to it on the store's worker."""
        if customer_only and self.customer is None:
            return
        form, db = self.form, self._db
        if customer_only and self.customer:
            stem = f"loyalty-{self.customer.ext_id or self.customer.id}"
            scope: dict = {"pass_id": self.customer.id}
            button = form.exportCustomerButton
        else:
            stem = f"shift-{self.setup.desk}"
            scope = {"desk": self.setup.desk, "since": self.shift_start}
            button = form.exportShiftButton
        export_to_csv(self, self._tasks, button, form.exportLine,
                      title="Export operations", stem=safe_file_name(stem),
                      nouns=("operation", "operations"),
                      write=lambda path: export_operations(db, path, scope))

    # --- settings -------------------------------------------------------------------------

    def open_settings(self) -> None:
        from passdesk.gui.till.settings_dialog import (
            TillChoices,
            TillSettingsDialog,
            load_till_choices,
        )

        self.form.settingsButton.setEnabled(False)
        db = self._db

        def show(choices: TillChoices) -> None:
            self.form.settingsButton.setEnabled(True)
            self.settings_dialog = dialog = TillSettingsDialog(self.setup, choices, self)
            dialog.accepted.connect(lambda: self.apply_setup(dialog.setup()))
            dialog.open()

        self._tasks.run(lambda: load_till_choices(db), owner=self, on_success=show,
                        on_failure=lambda exc: show(TillChoices([])))

    def apply_setup(self, setup: TillSetup) -> None:
        """Use ``setup`` from now on, and keep it in the settings file."""
        self._save_setup(setup)
        self.sounds.enabled = setup.sound
        self.sources.configure(_choice(setup))
        self.form.messageCheck.setChecked(setup.send_message)
        self.choose_action(self.action)
        self._show_customer()
        self._load_shift()

    def _save_setup(self, setup: TillSetup) -> None:
        self.setup = setup
        try:
            settings = self._settings.load()
            settings.till = setup_to_json(setup)
            self._settings.save(settings)
        except SettingsError as exc:
            self.form.tillSummary.setText(f"In use, but not saved: {exc}")
            return
        self._show_setup()

    def _show_setup(self) -> None:
        s = self.setup
        parts = [f"Till “{s.desk}”"]
        rate = s.default_rules.earn.points_per_unit
        points = "point" if rate == 1 else "points"
        parts.append(f"{rate} {points} per {s.currency or 'unit'} spent, "
                     f"rounded {s.default_rules.earn.rounding}")
        if s.rules:
            count = len(s.rules)
            parts.append(f"own rules for {count} template{'' if count == 1 else 's'}")
        if s.scan.on:
            parts.append(f"scan with loyalty: {s.scan.delta:+d} per scan")
        self.form.tillSummary.setText(" · ".join(parts))

    def _show_sources(self) -> None:
        line = self.sources.summary()
        self.form.sourcesLine.setText(line)
        self.form.sourcesLine.setVisible(bool(line))

    # --- the store changed elsewhere ---------------------------------------------------------

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what in ("loyalty", "outbox", "all", "passes"):
            self.reload_customer()
            self._load_review()
            self._load_customer_history()
            self._load_shift()


def _choice(setup: TillSetup) -> SourceChoice:
    return SourceChoice(setup.nfc_path, setup.vtap_port, setup.camera, setup.camera_id)
