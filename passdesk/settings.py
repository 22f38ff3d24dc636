"""User settings that are not secret, as a JSON file in the config folder.

The API key is not here: it lives in the OS keychain (``passdesk.secrets``).
A broken or unreadable settings file never stops the app: it is moved aside
(``settings.json.broken-<time>``) and defaults are used, with a message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from passdesk.api.routes import DEFAULT_BASE_URL

APP_NAME = "passdesk"

#: Where the venue hub (``passdesk hub``) answers readers by default: its port
#: and the third-party validation path. Readers need HTTPS.
HUB_PORT = 8443
HUB_VALIDATE_PATH = "/validate"
#: Where the hub run inside this app listens (plain HTTP, behind a TLS proxy on HUB_PORT).
LOCAL_HUB_PORT = 8770
#: The hub's listening address: this computer only, or every network interface.
LOOPBACK = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"  # noqa: S104 - a choice the operator makes in Settings


def default_hub_url(host: str | None = None) -> str:
    """``https://<this machine's host name>:8443/validate``: the hub run on this desk."""
    host = (host or socket.gethostname() or "localhost").strip().lower()
    return f"https://{host}:{HUB_PORT}{HUB_VALIDATE_PATH}"


def config_dir() -> Path:
    """Where settings live; ``PASSDESK_CONFIG_DIR`` overrides (tests, portable installs)."""
    override = os.environ.get("PASSDESK_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Where the local database lives; ``PASSDESK_DATA_DIR`` overrides."""
    override = os.environ.get("PASSDESK_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


class SettingsError(OSError):
    """Settings could not be written; the message says why in plain words."""


@dataclass
class Settings:
    api_base_url: str = DEFAULT_BASE_URL
    #: Any SQLAlchemy URL; None = SQLite file in the data folder.
    database_url: str | None = None
    #: The door station's configuration (``passdesk.gui.door.config`` reads it).
    station: dict[str, Any] = field(default_factory=dict)
    #: The loyalty till's configuration (``passdesk.gui.till.config`` reads it).
    till: dict[str, Any] = field(default_factory=dict)
    #: The venue hub's validation URL that readers are pointed at ("Use this desk's
    #: hub" in the Readers pane); None = ``default_hub_url()``, the hub on this machine.
    hub_url: str | None = None
    #: Run the venue hub inside this app, on ``hub_host:hub_port``.
    hub_run: bool = False
    hub_port: int = LOCAL_HUB_PORT
    hub_host: str = LOOPBACK
    #: The hub's public HTTPS address, as PassEntry reaches it (a tunnel or a reverse
    #: proxy), e.g. ``https://hub.venue.example``; the webhook subscription's URL is
    #: built from it. None: not registered from this desk.
    hub_public_url: str | None = None
    #: The id of the webhook subscription this desk registered (not a secret: its
    #: ``secretKey`` is in the keychain only).
    webhook_subscription_id: str | None = None
    #: Until when (ISO 8601, UTC) the webhook secret before the last rotation still
    #: verifies deliveries (they may have been signed just before it).
    webhook_previous_until: str | None = None
    #: The PassEntry entity readers and the reader configuration belong to
    #: (dashboard); None = the first of the legacy entities list, where offered.
    entity_id: str | None = None
    #: Keys this version does not know, kept so an older app loses nothing.
    extra: dict[str, Any] = field(default_factory=dict)

    def hub_validation_url(self) -> str:
        """The hub URL to give readers: the one set, else this machine's default."""
        return (self.hub_url or "").strip() or default_hub_url()

    def to_json(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "extra"}
        return {**self.extra, **out}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Known keys of the right type and a usable value; others fall back to the default."""
        known = {k: v for k, v in data.items()
                 if k in _ALLOWED and isinstance(v, _ALLOWED[k]) and _CHECKS.get(k, _any)(v)}
        return cls(**known, extra={k: v for k, v in data.items() if k not in _ALLOWED})


def _any(_value: Any) -> bool:
    return True


def valid_port(value: Any) -> bool:
    """A TCP port a person can choose (``true`` is an int in Python, not a port)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536


#: The JSON types each setting accepts.
_ALLOWED: dict[str, type | tuple[type, ...]] = {
    "api_base_url": str,
    "database_url": (str, type(None)),
    "station": dict,
    "till": dict,
    "hub_url": (str, type(None)),
    "hub_run": bool,
    "hub_port": int,
    "hub_host": str,
    "entity_id": (str, type(None)),
    "hub_public_url": (str, type(None)),
    "webhook_subscription_id": (str, type(None)),
    "webhook_previous_until": (str, type(None)),
}
#: Beyond the type: values a hand-edited file may get wrong.
_CHECKS = {
    "hub_port": valid_port,
    "hub_host": lambda host: bool(host.strip()),
    "entity_id": lambda value: value is None or bool(value.strip()),
}


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        #: A message for the user about the last load, e.g. a broken file set aside.
        self.problem: str | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = f"Could not read {self.path}: {exc.strerror or exc}. Using defaults."
            return Settings()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
            try:
                self.path.replace(aside)
                kept = f" It was kept as {aside.name}."
            except OSError:
                kept = ""
            self.problem = f"The settings file was damaged ({exc}); using defaults.{kept}"
            return Settings()
        return Settings.from_json(data)

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash or full disk never leaves half a file."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(settings.to_json(), indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):  # the first error is the one to report
                tmp.unlink(missing_ok=True)
            raise SettingsError(
                f"Could not save settings to {self.path}: {exc.strerror or exc}"
            ) from exc
