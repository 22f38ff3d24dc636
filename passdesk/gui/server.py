"""Which server the app talks to, with which key, and the client for it.

``ServerTarget`` is plain data (safe to hand to a worker thread). ``ServerLink``
holds the current target and its API client, and announces a switch (after
Settings are saved, or when demo mode starts) with its ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from passdesk import logs
from passdesk.api.urls import host_and_port, is_loopback
from passdesk.gui.i18n import translate
from passdesk.keychain import SecretSource

if TYPE_CHECKING:
    from passdesk.api import PassEntryClient

ClientFactory = Callable[..., "PassEntryClient"]


def pass_entry_client(*args, **kwargs) -> PassEntryClient:
    """The default ``ClientFactory``: a ``PassEntryClient``, its module (and httpx)
    imported with the first client, after the window shows."""
    from passdesk.api import PassEntryClient

    return PassEntryClient(*args, **kwargs)


@dataclass(frozen=True)
class ServerTarget:
    """A server and the key to use with it. Its repr never shows the key."""

    base_url: str
    api_key: str | None = field(default=None, repr=False)
    key_source: SecretSource = SecretSource.NONE
    demo: bool = False

    @property
    def has_key(self) -> bool:
        return bool(self.api_key)

    @property
    def address(self) -> str:
        """``host`` or ``host:port`` when the port is not the scheme's default."""
        parts = host_and_port(self.base_url)
        if parts is None:
            return self.base_url
        host, port = parts
        return f"{host}:{port}" if port else host

    @property
    def is_local(self) -> bool:
        parts = host_and_port(self.base_url)
        return parts is not None and is_loopback(parts[0])

    @property
    def label(self) -> str:
        """What the status bar says, in the installed language, e.g.
        ``Demo sandbox · 127.0.0.1:8765``."""
        if self.demo:
            words = translate("window", "Demo sandbox · {address}")
        elif self.is_local:
            words = translate("window", "Local server · {address}")
        else:
            words = translate("window", "PassEntry API · {address}")
        return words.format(address=self.address)


def sync_client_factory(target: ServerTarget, client_factory: ClientFactory = pass_entry_client
                        ) -> Callable[[], PassEntryClient | None]:
    """What the sync service builds its API client with: None while there is no key.

    Called on the sync worker thread; a bad URL raises ``InsecureUrlError`` there.
    """
    def make() -> PassEntryClient | None:
        if not target.has_key:
            return None
        return client_factory(target.base_url, target.api_key)

    return make


def _register_key(target: ServerTarget) -> None:
    # Logs mask a registered key wherever it appears; the public demo key is
    # the word "demo", which must stay readable.
    if not target.demo:
        logs.register_secret(target.api_key)


class ServerLink(QObject):
    """The app's current server, key and API client."""

    #: The new ``ServerTarget`` after ``switch``.
    changed = Signal(object)

    def __init__(self, target: ServerTarget, *, client_factory: ClientFactory = pass_entry_client,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._client_factory = client_factory
        self._client: PassEntryClient | None = None
        _register_key(target)

    @property
    def target(self) -> ServerTarget:
        return self._target

    @property
    def client_factory(self) -> ClientFactory:
        return self._client_factory

    @property
    def client(self) -> PassEntryClient:
        """The API client for the current target, built on first use.

        Raises ``InsecureUrlError`` when the configured URL is not acceptable.
        """
        if self._client is None:
            self._client = self._client_factory(self._target.base_url, self._target.api_key)
        return self._client

    def switch(self, target: ServerTarget) -> None:
        """Talk to another server or with another key from now on.

        ``changed`` is emitted even when the target is the same, so listeners
        (the sync service) check again after every save.
        """
        _register_key(target)
        if target != self._target:
            self._close_client()
            self._target = target
        self.changed.emit(target)

    def close(self) -> None:
        self._close_client()

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
