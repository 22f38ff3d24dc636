"""The Door's verdict panel: the big word, the holder, the message and the detail,
for a scan's result, for READY (or LOADING, NO EVENT) between scans, and the fade
back to READY after the door's setting. Each verdict has its own badge left of
the word (``verdict_look``); the door's setup may ask for high contrast, and for
initials instead of holders' names.

A mixin of ``DoorPane``: it reads the pane's setup, store state and form.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QObject, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsOpacityEffect, QHBoxLayout
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.admission import Direction, Outcome, Reason
from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType
from passdesk.core.names import initials
from passdesk.gui.door.verdict_look import VerdictSymbol
from passdesk.gui.door.words import outcome_word, source_words, word
from passdesk.gui.i18n import formats, say, translate
from passdesk.scan.door import DoorResult
from passdesk.store.database import DatabaseError
from passdesk.store.door_panel import balance_type_of

log = logging.getLogger(__name__)

#: How long the verdict takes to fade back to READY.
FADE_MS = 350
#: The badge's side beside the big word, and beside a long one (NOT RECORDED).
SYMBOL_SIDE, SYMBOL_SIDE_LONG = 96, 64
#: The big word's size (pixels; the style sheet's), and the least it may shrink to.
WORD_PX, WORD_PX_LONG, WORD_PX_LEAST = 92, 60, 28


class VerdictPanel:
    def _build_verdict_panel(self) -> None:
        """The fade and the timer back to READY; labels that show text as it is."""
        form = self.form
        #: Back to READY after the door's setting; a scan restarts it.
        self._ready_timer = QTimer(self, singleShot=True)
        self._ready_timer.timeout.connect(self._fade_to_ready)
        # The verdict fades out before READY comes back; a scan meanwhile stops it.
        self._fade_effect = QGraphicsOpacityEffect(form.verdictFrame, enabled=False)
        form.verdictFrame.setGraphicsEffect(self._fade_effect)
        self._fade = QPropertyAnimation(self._fade_effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.2)
        self._fade.finished.connect(self._show_idle)
        # The badge sits left of the word; both stay centred together.
        self.verdict_symbol = VerdictSymbol(form.verdictFrame)
        self._word_row = form.findChild(QHBoxLayout, "verdictWordRow")
        self._word_row.insertWidget(1, self.verdict_symbol)
        # The word never widens the panel: it shrinks to fit beside the badge instead.
        form.verdictWord.setMinimumWidth(1)
        self._word_fitter = _OnResize(form.verdictFrame, self._fit_word)
        for label in (form.holderName, form.verdictMessage, form.verdictDetail,
                      form.undoLabel, form.searchHint, form.doorSummary, form.sourcesLine,
                      form.exportLine, form.bannerLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Lines that come and go keep their room, so the verdict never moves.
        for label in (form.exportLine, form.undoLabel):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setHorizontalPolicy(policy.Policy.Ignored)
            label.setSizePolicy(policy)

    def _show_result(self, result: DoorResult) -> None:
        verdict = result.verdict
        name = result.facts.name if result.facts and result.facts.name else ""
        if result.facts and not name:
            name = result.value
        detail = scan_detail(result.at, "" if result.source == "manual" else result.value,
                             result.source, result.elapsed_ms)
        if self._not_loaded_yet(result):
            if self._loading_done.endswith("%"):
                message = translate("verdicts", "Passes are still loading ({done}): check the "
                                    "ticket by hand").format(done=self._loading_done)
            else:
                message = translate("verdicts", "Passes are still loading: check the ticket "
                                    "by hand")
            self._show_verdict("unsure", word("unsure"), name, message, detail)
            return
        message = say(verdict.message)
        if verdict.reason is Reason.WRONG_EVENT and self.event_missing():
            # Not the guest's fault: the door is set to an event that is gone.
            message = translate("verdicts", "{verdict}. This door's event is no longer in the "
                                "events list: choose tonight's event above").format(
                                    verdict=message)
        if result.loyalty_points:
            message = translate("verdicts", "{verdict} · {points}").format(
                verdict=message, points=self._points_added(result))
        # A hold stays until a person decides it (``holds.py``).
        self._show_verdict(str(verdict.outcome), outcome_word(verdict.outcome), name, message,
                           detail, stays=verdict.outcome is Outcome.HOLD)

    def _not_loaded_yet(self, result: DoorResult) -> bool:
        """A "no such pass" (or "no event") that may only mean "not synced yet"."""
        if self.loaded:
            return False
        reason = result.verdict.reason
        return reason is Reason.UNKNOWN_PASS or (
            reason is Reason.WRONG_EVENT and result.facts is not None
            and result.facts.event_id is None)

    def _points_added(self, result: DoorResult) -> str:
        """What the scan added, as the pass shows it: "+5 points" ("+0.05 points": decimal)."""
        balance_type = None
        try:
            # A few rows by key: fine on the UI thread.
            balance_type = (balance_type_of(self._database, result.facts.id) if result.facts
                            else None)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("balance type not read: %s", exc)
        return points_words(result.loyalty_points, balance_type)

    def _show_idle(self) -> None:
        if not self.loaded:
            loading = (translate("verdicts", "Loading passes… {done}").format(
                done=self._loading_done) if self._loading_done
                else translate("verdicts", "Loading passes…"))
            self._show_verdict("loading", word("loading"), "", loading,
                               translate("verdicts", "Until every pass is here, a ticket not "
                                         "found must be checked by hand."), stays=True)
            return
        if self.event_missing():
            self._show_verdict("noevent", word("noevent"), "",
                               translate("verdicts",
                                         "This door's event is no longer in the events list"),
                               translate("verdicts", "Every ticket is denied until tonight's "
                                         "event is chosen above."),
                               stays=True)
            return
        words = (translate("verdicts", "Scan a ticket to check it out")
                 if self._setup.config.direction is Direction.EXIT
                 else translate("verdicts", "Scan a ticket"))
        self._show_verdict("idle", word("idle"), "", words, "", stays=True)

    def _show_verdict(self, outcome: str, word: str, name: str, message: str,
                      detail: str, *, stays: bool = False) -> None:
        """Show a verdict; unless it ``stays`` (READY and the like), READY comes back later."""
        form = self.form
        self._ready_timer.stop()
        self._fade.stop()
        self._fade_effect.setEnabled(False)
        if not stays and self._setup.verdict_seconds > 0:
            self._ready_timer.start(self._setup.verdict_seconds * 1000)
        long = len(word) > 7  # NO EVENT, NOT LOADED, CHECKING, NOT RECORDED
        name = self.shown_name(name)
        form.verdictWord.setText(word)
        form.verdictWord.setProperty("long", long)
        form.holderName.setText(name)
        form.holderName.setVisible(bool(name))
        form.verdictMessage.setText(message)
        # Its lines keep their height: a reason that wraps (longer in most languages
        # than in English) takes room from the spacers, not from its own last line.
        form.verdictMessage.setMinimumHeight(
            form.verdictMessage.heightForWidth(max(form.verdictMessage.width(), 1)))
        form.verdictDetail.setText(detail)
        frame = form.verdictFrame
        frame.setProperty("outcome", outcome)
        high = self._setup.high_contrast
        frame.setProperty("contrast", "high" if high else "normal")
        self.verdict_symbol.show_outcome(outcome, high, SYMBOL_SIDE_LONG if long else SYMBOL_SIDE)
        if hasattr(self, "hold_buttons"):
            self._panel_shows(outcome)  # holds.py: Let in / Turn away live with a hold
        if hasattr(self, "recent"):
            self.recent.set_hide_names(self.names_hidden)
        self._fit_word()
        frame.setAccessibleDescription(translate("verdicts", "{verdict}. {name}. {message}")
                                       .format(verdict=word, name=name, message=message))
        for widget in (frame, form.verdictWord, form.holderName, form.verdictMessage,
                       form.verdictDetail):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        frame.update()

    def _fit_word(self) -> None:
        """The word at its full size when it fits beside the badge, else as large as fits."""
        form = self.form
        label, frame = form.verdictWord, form.verdictFrame
        full = WORD_PX_LONG if label.property("long") else WORD_PX
        margins = frame.layout().contentsMargins()
        room = frame.contentsRect().width() - margins.left() - margins.right() - 8
        if not self.verdict_symbol.isHidden():
            room -= self.verdict_symbol.width() + self._word_row.spacing()
        font = label.font()
        font.setPixelSize(full)
        wide = QFontMetrics(font).horizontalAdvance(label.text())
        px = full if wide <= room else max(WORD_PX_LEAST, full * room // max(wide, 1))
        wanted = "" if px == full else f"font-size: {px}px;"
        if label.styleSheet() != wanted:
            label.setStyleSheet(wanted)

    def shown_name(self, name: str) -> str:
        """``name`` as the door shows it: initials when the setup hides names."""
        return initials(name) if self.names_hidden else name

    def _fade_to_ready(self) -> None:
        self._fade_effect.setOpacity(1.0)
        self._fade_effect.setEnabled(True)
        self._fade.start()

    @property
    def verdict_text(self) -> tuple[str, str, str]:
        """What the door person reads: the word, the name, the message."""
        form = self.form
        return form.verdictWord.text(), form.holderName.text(), form.verdictMessage.text()


class _OnResize(QObject):
    """Calls ``then`` each time ``watched`` is resized."""

    def __init__(self, watched, then) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._then()
        return False


def points_words(points: int, balance_type: str | None = None) -> str:
    """"+5 points", "+1 point", "+0.05 points"."""
    if BalanceType.of(balance_type) is not BalanceType.DECIMAL:
        return translate("door", "+%Ln point(s)", None, points)
    shown = QLocale().toString(float(Decimal(points) / Decimal(10) ** DECIMAL_PLACES), "f",
                               DECIMAL_PLACES)
    return translate("door", "+{points} points", "decimal points, e.g. +0.05").format(
        points=shown)


def scan_detail(at, value: str, source: str, elapsed_ms: float) -> str:
    """The panel's small line: when, what was read (when shown), from where, how fast."""
    when = f"{formats.clock(at, seconds=True)} {at.astimezone():%Z}".strip()
    took = translate("door", "{ms} ms", "milliseconds").format(
        ms=QLocale().toString(float(elapsed_ms), "f", 1))
    if value:
        return translate("door", "{time} · {value} · {source} · {took}").format(
            time=when, value=value, source=source_words(source), took=took)
    return translate("door", "{time} · {source} · {took}").format(
        time=when, source=source_words(source), took=took)
