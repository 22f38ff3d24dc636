"""Secrets (API key, hub token, ...) in the OS keychain, never in files or logs.

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

#: Environment variables that stand in for the keychain, by secret name.
ENVIRONMENT = {
    "api_key": "PASSDESK_API_KEY",
    "hub_token": "PASSDESK_HUB_TOKEN",
    "webhook_secret": "PASSDESK_WEBHOOK_SECRET",
    "validation_token": "PASSDESK_VALIDATION_TOKEN",
}


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
        env_name = ENVIRONMENT.get(name)
        if env_name and os.environ.get(env_name):
            return Secret(os.environ[env_name], SecretSource.ENVIRONMENT)
        if not self.keychain_available():
            return Secret(None)
        try:
            value = self.backend.get_password(SERVICE, _account(name, scope))
        except keyring.errors.KeyringError:
            return Secret(None)
        return Secret(value, SecretSource.KEYCHAIN) if value else Secret(None)

    def set(self, name: str, value: str, scope: str | None = None) -> None:
        if not self.keychain_available():
            raise KeychainUnavailableError(self.unavailable_message(name))
        try:
            self.backend.set_password(SERVICE, _account(name, scope), value)
        except keyring.errors.KeyringError as exc:
            raise KeychainUnavailableError(
                f"The keychain refused to store the secret ({type(exc).__name__}). "
                f"Nothing was stored. {self.unavailable_message(name)}"
            ) from exc

    def delete(self, name: str, scope: str | None = None) -> None:
        if not self.keychain_available():
            return
        # Nothing stored is the wanted end state too.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, _account(name, scope))

    @staticmethod
    def unavailable_message(name: str) -> str:
        env_name = ENVIRONMENT.get(name, "")
        return (
            "No keychain is available on this system, so nothing was stored. "
            f"Set the environment variable {env_name} before starting passdesk instead."
        )
