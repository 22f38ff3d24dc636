"""The Insights pane's Loyalty tab: ``loyalty_view.LoyaltyView`` over the figures of
the period picked (Today, or the local days an event spans), read by
``store.loyalty_insights`` on the store's worker.

Read only while the tab is shown (``live.LiveReads`` over the tab), again on store
notices of loyalty operations and the outbox (changes waiting or under review),
and once more when the period or the Till's reward rules change. A failed read
keeps the last figures and says so above them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from passdesk.core.loyalty_insights import LoyaltyInsights
from passdesk.gui.i18n import translate
from passdesk.gui.insights.live import LiveReads
from passdesk.gui.insights.loyalty_view import LoyaltyView
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.settings.till import TillSetup
from passdesk.store.database import Database
from passdesk.store.insights import event_scope
from passdesk.store.loyalty_insights import loyalty_insights
from passdesk.store.topics import Topic

log = logging.getLogger(__name__)

#: What the loyalty figures show, as store notices name it.
WATCHED = frozenset({Topic.LOYALTY, Topic.OUTBOX, Topic.ALL})


def local_days(start: datetime, end: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) widened to whole local days: midnight before ``start`` to the
    midnight after ``end`` (an event's evening is its whole day)."""
    first = datetime.combine(start.astimezone(zone).date(), time(0), tzinfo=zone)
    last_day = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return first, datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)


def read_loyalty(database: Database, event_id: str | None, now: datetime, zone: tzinfo,
                 till: TillSetup) -> LoyaltyInsights:
    """The loyalty figures of today (``event_id`` None) or of the days of an event;
    on the store's worker."""
    with database.session() as session:
        start = end = None
        if event_id is not None:
            scope = event_scope(session, event_id)
            if scope is not None:
                start, end = scope.start, scope.end
            if start is not None and end is None:
                end = start + timedelta(hours=1)
        if start is None or end is None:  # today, or an event without its times
            start = end = now
        start, end = local_days(start, end, zone)
        return loyalty_insights(session, start=start, end=end, tz=zone, now=now,
                                rules=till.rules, default_rules=till.default_rules)


class LoyaltyTab(QWidget):
    def __init__(self, *, database: Database, store_tasks: TaskRunner,
                 event_id: Callable[[], str | None], till: Callable[[], TillSetup],
                 clock: Callable[[], datetime], zone: Callable[[], tzinfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._event_id = event_id
        self._till = till
        self._clock = clock
        self._zone = zone
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.state = QLabel("", self, objectName="loyaltyState", wordWrap=True)
        self.state.hide()
        layout.addWidget(self.state)
        self.view = LoyaltyView(self)
        layout.addWidget(self.view, 1)
        #: The figures shown (None until the tab was first shown and read).
        self.insights: LoyaltyInsights | None = None
        self.live = LiveReads(self, store_tasks, self._job, on_read=self._show,
                              on_failed=self._failed)

    def _job(self) -> Callable[[], LoyaltyInsights]:
        database, event_id, till = self._database, self._event_id(), self._till()
        now, zone = self._clock(), self._zone()
        return lambda: read_loyalty(database, event_id, now, zone, till)

    def _show(self, insights: LoyaltyInsights) -> None:
        self.insights = insights
        self.view.show_insights(insights)
        self.state.hide()

    def _failed(self, exc: Exception) -> None:
        log.warning("loyalty insights not read: %s", exc)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        why = (reason or ["?"])[0][:140]
        if self.insights is not None:
            words = translate("insights", "The loyalty figures could not be read ({why}). Those "
                                          "below may be out of date; trying again every 15 "
                                          "seconds.").format(why=why)
        else:
            words = translate("insights", "The loyalty figures could not be read ({why}).").format(
                why=why)
        set_tone(self.state, Tone.ERROR, words)
        self.state.show()

    def period_changed(self) -> None:
        """Another event or day: read it now if shown, else when the tab is shown."""
        self.insights = None
        self.live.restart()

    def store_changed(self, topic: str) -> None:
        if topic in WATCHED:
            self.live.changed()
