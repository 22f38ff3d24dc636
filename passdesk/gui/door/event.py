"""The Door's event: which one it admits, the banner that asks for it (or warns
that it is gone), and the summary line of the door's setup.

A mixin of ``DoorPane``: the events are read on the store's worker.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from passdesk.core.admission import Direction, EventFacts
from passdesk.gui.door.settings_dialog import (
    ANY,
    CHOOSE,
    fill_event_combo,
    load_choices,
    time_words,
)
from passdesk.gui.door.verdict_panel import points_words
from passdesk.gui.door.words import fallback_words
from passdesk.gui.i18n import formats, say, translate

log = logging.getLogger(__name__)


class DoorEvent:
    def use_banner_event(self) -> None:
        """The banner's choice: this door admits that event (or any event) from now on."""
        picked = self.form.bannerCombo.currentData()
        if picked in (None, CHOOSE):
            self.form.bannerLabel.setText(translate("door", "Pick tonight's event in the list "
                                                    "first."))
            return
        config = self._setup.config
        event_id = None if picked == ANY else picked
        if event_id != config.event_id:  # a doors' window belongs to the event it was set for
            config = replace(config, event_id=event_id, doors_open=None, doors_close=None)
        self.apply_setup(replace(self._setup, config=config, event_chosen=True))
        self.form.verdictFrame.setFocus()

    def _event(self) -> EventFacts | None:
        """The door's event as the store knows it (None: any, not chosen, or missing)."""
        event_id = self._setup.config.event_id
        return next((e for e in self._events or () if e.id == event_id), None)

    def event_missing(self) -> bool:
        """The door is set to an event the store (fully loaded) no longer has."""
        return (bool(self._setup.config.event_id) and self._events is not None
                and self.loaded and self._event() is None)

    def _event_words(self) -> str:
        config = self._setup.config
        if not self._setup.event_chosen:
            return translate("door", "no event chosen yet")
        if config.event_id is None:
            return translate("door", "any event")
        event = self._event()
        if event is not None:
            return say(event.title())
        return (translate("door", "event missing") if self.event_missing()
                else translate("door", "event not loaded yet"))

    def _show_banner(self) -> None:
        """Ask which event, or warn that the chosen one is gone; hidden otherwise."""
        form, setup = self.form, self._setup
        missing = self.event_missing()
        if setup.event_chosen and not missing:
            form.eventBanner.hide()
            return
        event_id = setup.config.event_id or ""
        if missing:
            words = translate("door", "This door admits “event {id}…”, which is no longer in "
                              "the events list: every ticket is denied. Choose tonight's event "
                              "here or in Door settings.").format(id=event_id[:4])
        else:
            words = translate("door", "Which event does this door admit? Choose tonight's "
                              "event, or “Any event” to let in tickets of every event on now.")
        form.bannerLabel.setText(words)
        fill_event_combo(form.bannerCombo, self._events or [], None, chosen=False)
        banner = form.eventBanner
        banner.setProperty("alarm", missing)
        banner.style().unpolish(banner)
        banner.style().polish(banner)
        banner.show()

    def _show_setup(self) -> None:
        config = self._setup.config
        parts = [translate("door", "Desk “{desk}”").format(desk=config.desk),
                 translate("door", "exit", "the door's direction") if config.direction
                 is Direction.EXIT else translate("door", "entry", "the door's direction"),
                 self._event_words()]
        if config.doors_open or config.doors_close:
            event = self._event()
            opening = _clock(config.doors_open, event) if config.doors_open else "…"
            closing = _clock(config.doors_close, event) if config.doors_close else "…"
            parts.append(translate("door", "doors {opening} to {closing}").format(
                opening=opening, closing=closing))
        if config.admit_non_tickets:
            parts.append(translate("door", "loyalty and member cards let in"))
        if config.capacity:
            parts.append(translate("door", "capacity {capacity}").format(
                capacity=formats.number(config.capacity)))
        if config.allow_reentry:
            parts.append(translate("door", "re-entry allowed"))
        if config.allowed_templates:
            parts.append(translate("door", "%n template(s)", None,
                                   len(config.allowed_templates)))
        if self.third_party is not None:
            parts.append(translate("door", "validated by {url} (if it does not answer: "
                                   "{fallback})").format(
                url=self.third_party.client.url,
                fallback=fallback_words(self._setup.third_party_fallback)))
        if self._setup.loyalty.on:
            parts.append(translate("door", "points left to the validation service")
                         if self.third_party
                         else translate("door", "{points} per admission").format(
                             points=points_words(self._setup.loyalty.delta)))
            if not config.admit_non_tickets and not self.third_party:
                parts.append(translate("door", "loyalty cards are not let in here"))
        self.form.doorSummary.setText(" · ".join(parts))
        self._show_banner()

    def _load_events(self) -> None:
        """Read the events on the store's worker; one read at a time (store notices)."""
        reads = self._events_reads
        if not reads.begin():
            return
        db = self._database

        def failed(exc: Exception) -> None:
            log.warning("events not read: %s", exc)

        self._store_tasks.run(lambda: load_choices(db).events, owner=self,
                              on_success=reads.shown(self._set_events),
                              on_failure=reads.shown(failed))

    def _set_events(self, events: list[EventFacts]) -> None:
        self._events = list(events)
        self._show_setup()
        if self.form.verdictFrame.property("outcome") in ("idle", "noevent", "loading"):
            self._show_idle()


def _clock(moment: datetime, event: EventFacts | None) -> str:
    """A door time with its zone: on the event's clock when it has one."""
    if event is not None and event.zone is not None:
        return time_words(event, moment)  # the time (and zone), not the day again
    return f"{moment.astimezone():%H:%M %Z}"
