"""The settings record: what ``settings.json`` holds, with the JSON it is read from.

Plain data, no I/O. A hand-edited file never stops the app: a key of the
wrong type or an unusable value falls back to its default, and keys this
version does not know are kept so an older app loses nothing. The Door's and
the Till's own settings are dicts here, read into their setups by
``passdesk.settings.door`` and ``passdesk.settings.till``.
"""

from __future__ import annotations

import dataclasses
import socket
from dataclasses import dataclass, field
from typing import Any

from passdesk.core.passentry import DEFAULT_BASE_URL

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


@dataclass
class Settings:
    api_base_url: str = DEFAULT_BASE_URL
    #: Any SQLAlchemy URL; None = SQLite file in the data folder.
    database_url: str | None = None
    #: The Door's configuration (``passdesk.settings.door`` reads it). Its key in the
    #: file is "station", as files written before the Door had its name have it.
    door: dict[str, Any] = field(default_factory=dict)
    #: The loyalty till's configuration (``passdesk.settings.till`` reads it).
    till: dict[str, Any] = field(default_factory=dict)
    #: Each scan source's correction from the scanner check (``passdesk.settings.scanner``).
    scanner: dict[str, Any] = field(default_factory=dict)
    #: This desk's role, kiosk lock and step-up window (``passdesk.settings.desk_access``);
    #: no PIN is ever kept here.
    access: dict[str, Any] = field(default_factory=dict)
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
    #: The language the app speaks (``core.languages``: "de", "fr"…); None = the system's.
    #: Applied at the next start.
    language: str | None = None
    #: Keys this version does not know, kept so an older app loses nothing.
    extra: dict[str, Any] = field(default_factory=dict)

    def hub_validation_url(self) -> str:
        """The hub URL to give readers: the one set, else this machine's default."""
        return (self.hub_url or "").strip() or default_hub_url()

    def to_json(self) -> dict[str, Any]:
        out = {_JSON_KEY.get(f.name, f.name): getattr(self, f.name)
               for f in dataclasses.fields(self) if f.name != "extra"}
        return {**self.extra, **out}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Known keys of the right type and a usable value; others fall back to the default."""
        known = {_FIELD.get(k, k): v for k, v in data.items()
                 if k in _ALLOWED and isinstance(v, _ALLOWED[k]) and _CHECKS.get(k, _any)(v)}
        return cls(**known, extra={k: v for k, v in data.items() if k not in _ALLOWED})


def _any(_value: Any) -> bool:
    return True


def valid_port(value: Any) -> bool:
    """A TCP port a person can choose (``true`` is an int in Python, not a port)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536


#: Fields whose key in the file is another word (kept: it is the person's file).
_JSON_KEY = {"door": "station"}
_FIELD = {key: name for name, key in _JSON_KEY.items()}
#: The JSON types each key of the file accepts.
_ALLOWED: dict[str, type | tuple[type, ...]] = {
    "api_base_url": str,
    "database_url": (str, type(None)),
    "station": dict,
    "till": dict,
    "scanner": dict,
    "access": dict,
    "hub_url": (str, type(None)),
    "hub_run": bool,
    "hub_port": int,
    "hub_host": str,
    "entity_id": (str, type(None)),
    "hub_public_url": (str, type(None)),
    "webhook_subscription_id": (str, type(None)),
    "webhook_previous_until": (str, type(None)),
    "language": (str, type(None)),
}
#: Beyond the type: values a hand-edited file may get wrong.
_CHECKS = {
    "hub_port": valid_port,
    "hub_host": lambda host: bool(host.strip()),
    "entity_id": lambda value: value is None or bool(value.strip()),
    "language": lambda value: value is None or bool(value.strip()),
}
