"""Secrets: environment first, then the keychain; no keychain says so; never shown."""

from __future__ import annotations

import keyring.backends.fail
import keyring.errors
import pytest

from passdesk.keychain import (
    ENVIRONMENT,
    KEYCHAIN_ONLY,
    KeychainUnavailableError,
    Secret,
    SecretName,
    SecretSource,
    SecretStore,
)
from tests.helpers.memory_keyring import MemoryKeyring

URL = "https://api.passentry.com/api/v1"
SANDBOX = "http://127.0.0.1:8765/api/v1"


def test_the_keychain_holds_one_key_per_server(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("api_key", "live-key", scope=URL)
    store.set("api_key", "demo", scope=SANDBOX)

    assert memory_keyring.store[("passdesk", f"api_key@{URL}")] == "live-key"
    assert store.get("api_key", scope=URL) == Secret("live-key", SecretSource.KEYCHAIN)
    assert store.get("api_key", scope=SANDBOX).value == "demo"
    missing = store.get("api_key", scope="https://other.example/api/v1")
    assert missing.source is SecretSource.NONE
    assert not missing


def test_the_environment_wins_over_the_keychain(monkeypatch) -> None:
    store = SecretStore()
    store.set("api_key", "from-keychain", scope=URL)
    monkeypatch.setenv("PASSDESK_API_KEY", "from-env")

    secret = store.get("api_key", scope=URL)

    assert secret == Secret("from-env", SecretSource.ENVIRONMENT)
    assert store.get("api_key", scope="https://any.example/api/v1").value == "from-env"


def test_an_empty_environment_variable_does_not_count(monkeypatch) -> None:
    SecretStore().set("api_key", "from-keychain", scope=URL)
    monkeypatch.setenv("PASSDESK_API_KEY", "")
    assert SecretStore().get("api_key", scope=URL).source is SecretSource.KEYCHAIN


def test_delete_removes_the_key_and_tolerates_a_missing_one(memory_keyring) -> None:
    store = SecretStore()
    store.set("api_key", "live-key", scope=URL)
    store.delete("api_key", scope=URL)
    assert memory_keyring.store == {}
    store.delete("api_key", scope=URL)  # nothing stored is fine too
    assert not store.get("api_key", scope=URL)


def test_without_a_keychain_set_raises_a_readable_error() -> None:
    store = SecretStore(backend=keyring.backends.fail.Keyring())

    assert not store.keychain_available()
    with pytest.raises(KeychainUnavailableError) as caught:
        store.set("api_key", "live-key-123", scope=URL)

    message = str(caught.value)
    assert "nothing was stored" in message
    assert "PASSDESK_API_KEY" in message
    assert "live-key-123" not in message
    assert not store.get("api_key", scope=URL)
    store.delete("api_key", scope=URL)  # no error either


def test_without_a_keychain_the_environment_still_works(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_API_KEY", "from-env")
    store = SecretStore(backend=keyring.backends.fail.Keyring())
    assert store.get("api_key", scope=URL) == Secret("from-env", SecretSource.ENVIRONMENT)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_a_keychain_that_refuses_gives_a_readable_error() -> None:
    store = SecretStore(backend=RefusingKeyring())
    with pytest.raises(KeychainUnavailableError, match=r"refused.*Nothing was stored"):
        store.set("api_key", "live-key-123", scope=URL)


def test_a_secret_never_shows_its_value() -> None:
    secret = Secret("pd-live-5ecret-value", SecretSource.KEYCHAIN)
    assert "pd-live-5ecret-value" not in repr(secret)
    assert "pd-live-5ecret-value" not in str(secret)
    assert "keychain" in repr(secret)
    assert secret
    assert not Secret(None)


def test_the_reader_token_is_one_secret_under_its_old_name_too(memory_keyring) -> None:
    # An older passdesk kept the Door's token apart, as "validation_token".
    memory_keyring.store[("passdesk", "validation_token")] = "old-door-token-123456"
    store = SecretStore()
    assert store.get("hub_token") == Secret("old-door-token-123456", SecretSource.KEYCHAIN)
    assert store.get("validation_token").value == "old-door-token-123456"

    store.set("hub_token", "new-hub-token-654321")

    assert memory_keyring.store == {("passdesk", "hub_token"): "new-hub-token-654321"}
    assert store.get("validation_token").value == "new-hub-token-654321", "the Door's too"
    store.delete("validation_token")
    assert memory_keyring.store == {}


def test_the_reader_token_comes_from_passdesk_hub_token(monkeypatch) -> None:
    SecretStore().set("hub_token", "from-keychain-0000")
    monkeypatch.setenv("PASSDESK_VALIDATION_TOKEN", "no-longer-read")
    assert SecretStore().get("hub_token").value == "from-keychain-0000"
    monkeypatch.setenv("PASSDESK_HUB_TOKEN", "from-env-1111")
    assert SecretStore().get("hub_token") == Secret("from-env-1111", SecretSource.ENVIRONMENT)
    assert SecretStore().get("validation_token").value == "from-env-1111"
    assert "PASSDESK_HUB_TOKEN" in SecretStore.unavailable_message("validation_token")


def test_every_secret_name_has_its_environment_variable(monkeypatch, memory_keyring) -> None:
    """One table for the desk and the hub: each name is found under its variable,
    and the keychain says which variable to set when it cannot store one."""
    assert set(ENVIRONMENT) | KEYCHAIN_ONLY == set(SecretName)
    assert not set(ENVIRONMENT) & KEYCHAIN_ONLY
    store = SecretStore()
    for name in ENVIRONMENT:
        monkeypatch.setenv(ENVIRONMENT[name], f"{name}-from-env")
        assert store.get(name) == Secret(f"{name}-from-env", SecretSource.ENVIRONMENT)
        assert ENVIRONMENT[name] in SecretStore.unavailable_message(name)


def test_the_recovery_code_is_never_taken_from_the_environment(monkeypatch,
                                                               memory_keyring) -> None:
    monkeypatch.setenv("PASSDESK_ROLES_RECOVERY", "from-env")
    assert SecretStore().get(SecretName.ROLES_RECOVERY, "roles:x") == Secret(None)
