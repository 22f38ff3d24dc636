"""Secrets (API key, hub token, ...) in the OS keychain, never in files or logs.

Named ``keychain`` so it does not shadow the standard library's ``secrets``.
Every secret has one name (``SecretName``, the keychain account) and one
environment variable that stands in for the keychain (``ENVIRONMENT``).

Where no keychain exists (a headless server, CI) secrets come from
environment variables and the app says plainly that nothing was stored.
Tests install an in-memory keyring backend (``tests/conftest.py``).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from enum import StrEnum

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors

SERVICE = "passdesk"


class SecretName(StrEnum):
    """The keychain account of each secret (a name, not a secret)."""

    #: The PassEntry API key (one per server: ``scope`` is the server's URL).
    API_KEY = "api_key"
    #: The bearer token readers send to the hub, and the Door to a third-party endpoint.
    HUB_TOKEN = "hub_token"  # noqa: S105
    #: PassEntry's webhook signing secret, and the one it replaced (during a rotation).
    WEBHOOK_SECRET = "webhook_secret"  # noqa: S105
    WEBHOOK_SECRET_PREVIOUS = "webhook_secret_previous"  # noqa: S105
    #: The shared key in the PassSlot webhook URL.
    PASSSLOT_KEY = "passslot_key"
    #: The code that sets a forgotten manager PIN again (``passdesk roles recover``);
    #: one per store (``scope``), only its hash is in the database.
    ROLES_RECOVERY = "roles_recovery"


#: Environment variables that stand in for the keychain, by secret name.
ENVIRONMENT: dict[SecretName, str] = {
    SecretName.API_KEY: "PASSDESK_API_KEY",
    SecretName.HUB_TOKEN: "PASSDESK_HUB_TOKEN",
    SecretName.WEBHOOK_SECRET: "PASSDESK_WEBHOOK_SECRET",
    SecretName.WEBHOOK_SECRET_PREVIOUS: "PASSDESK_WEBHOOK_SECRET_PREVIOUS",
    SecretName.PASSSLOT_KEY: "PASSDESK_PASSSLOT_KEY",
}
#: Secrets with no environment variable: the recovery code is the keychain's alone, so
#: a forgotten manager PIN is set again only where the keychain holds it.
KEYCHAIN_ONLY = frozenset({SecretName.ROLES_RECOVERY})
#: Old names -> the name now. The token the Door sent to a third-party endpoint was
#: kept apart as ``validation_token``; it is the one readers send to the hub, so one
#: secret now. A token stored under an old name is still found until a new one is set.
RENAMED = {"validation_token": SecretName.HUB_TOKEN}


class SecretSource(StrEnum):
    KEYCHAIN = "keychain"
    ENVIRONMENT = "environment"
    NONE = "none"


class KeychainUnavailableError(RuntimeError):
    """No usable keychain; the message tells the user what to do instead."""


@dataclass(frozen=True)
class Secret:
    """A secret value with where it came from. Its repr never shows the value."""

    value: str | None = field(repr=False)
    source: SecretSource = SecretSource.NONE

    def __bool__(self) -> bool:
        return bool(self.value)


def _account(name: str, scope: str | None) -> str:
    # One API key per server: the demo sandbox key never replaces the real one.
    return f"{name}@{scope}" if scope else name


def _accounts(name: str, scope: str | None) -> list[str]:
    """The keychain accounts of ``name``: its own first, then those of its old names."""
    old = [before for before, now in RENAMED.items() if now == name]
    return [_account(n, scope) for n in (name, *old)]


class SecretStore:
    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def keychain_available(self) -> bool:
        backend = self.backend
        if isinstance(backend, keyring.backends.fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        return chained is None or bool(chained)

    def get(self, name: str, scope: str | None = None) -> Secret:
        name = RENAMED.get(name, name)
        env_name = ENVIRONMENT.get(name)
        if env_name and os.environ.get(env_name):
            return Secret(os.environ[env_name], SecretSource.ENVIRONMENT)
        if not self.keychain_available():
            return Secret(None)
        for account in _accounts(name, scope):
            try:
                value = self.backend.get_password(SERVICE, account)
            except keyring.errors.KeyringError:
                return Secret(None)
            if value:
                return Secret(value, SecretSource.KEYCHAIN)
        return Secret(None)

    def set(self, name: str, value: str, scope: str | None = None) -> None:
        name = RENAMED.get(name, name)
        if not self.keychain_available():
            raise KeychainUnavailableError(self.unavailable_message(name))
        current, *old = _accounts(name, scope)
        try:
            self.backend.set_password(SERVICE, current, value)
        except keyring.errors.KeyringError as exc:
            raise KeychainUnavailableError(
                f"The keychain refused to store the secret ({type(exc).__name__}). "
                f"Nothing was stored. {self.unavailable_message(name)}"
            ) from exc
        with contextlib.suppress(keyring.errors.KeyringError):
            self._delete(old)  # an old copy would linger as a second secret

    def delete(self, name: str, scope: str | None = None) -> None:
        if self.keychain_available():
            self._delete(_accounts(RENAMED.get(name, name), scope))

    def _delete(self, accounts: list[str]) -> None:
        for account in accounts:
            # Nothing stored is the wanted end state too.
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self.backend.delete_password(SERVICE, account)

    @staticmethod
    def unavailable_message(name: str) -> str:
        env_name = ENVIRONMENT.get(RENAMED.get(name, name), "")
        return (
            "No keychain is available on this system, so nothing was stored. "
            f"Set the environment variable {env_name} before starting passdesk instead."
        )
