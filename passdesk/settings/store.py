"""User settings that are not secret, as a JSON file in the config folder.

The API key is not here: it lives in the OS keychain (``passdesk.keychain``).
A broken or unreadable settings file never stops the app: it is moved aside
(``settings.json.broken-<time>``) and defaults are used, with a message.

A save is announced: whoever follows the settings (the venue hub run in the
app) subscribes to the store and is handed each saved ``Settings``, instead
of reading the file again.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from passdesk.core.texts import translate
from passdesk.files import write_text_atomically
from passdesk.settings.places import config_dir
from passdesk.settings.record import Settings

log = logging.getLogger(__name__)

#: Told the settings just saved (a copy of its own). Called on the thread that saved.
Subscriber = Callable[[Settings], None]


class SettingsError(OSError):
    """Settings could not be written; the message (``args[0]``, a ``core.texts.Text``)
    says why in plain words."""


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        #: A message for the user about the last load, e.g. a broken file set aside.
        #: A ``core.texts.Text``, for ``gui.i18n.say``.
        self.problem: str | None = None
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()  # saves come from the UI thread and from workers

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` after each save through this store; returns the unsubscribe."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def load(self) -> Settings:
        self.problem = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = translate("settings", "Could not read {path}: {reason}. Using "
                                                 "defaults.").format(
                path=str(self.path), reason=str(exc.strerror or exc))
            return Settings()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
            try:
                self.path.replace(aside)
            except OSError:
                self.problem = translate("settings", "The settings file was damaged ({reason}); "
                                                     "using defaults.").format(reason=str(exc))
            else:
                self.problem = translate(
                    "settings", "The settings file was damaged ({reason}); using defaults. "
                                "It was kept as {name}.").format(reason=str(exc), name=aside.name)
            return Settings()
        return Settings.from_json(data)

    def save(self, settings: Settings) -> None:
        """Write atomically (a crash or full disk never leaves half a file), then tell
        the subscribers. Raises SettingsError, and tells no one, when it was not saved."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self.path, json.dumps(settings.to_json(), indent=2) + "\n")
        except OSError as exc:
            raise SettingsError(
                translate("settings", "Could not save settings to {path}: {reason}").format(
                    path=str(self.path), reason=str(exc.strerror or exc))
            ) from exc
        self._announce(settings)

    def update(self, change: Callable[[Settings], None]) -> Settings:
        """Load the settings, let ``change`` alter them, save and return them.

        One place for "change one part, keep the rest": the Door's and the
        Till's setups are saved this way. Raises SettingsError, as ``save``.
        """
        settings = self.load()
        change(settings)
        self.save(settings)
        return settings

    def _announce(self, settings: Settings) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                # Each gets its own copy: a subscriber that changes it changes no one else's.
                subscriber(copy.deepcopy(settings))
            except Exception:  # the file is saved: one follower's bug must not undo that
                log.exception("a settings subscriber failed")
