"""Where the hub's secrets come from: the environment, else the keychain; never logged."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from passdesk import logs
from passdesk.hub import config, wire
from passdesk.keychain import SecretStore

STARTED = datetime(2026, 5, 1, tzinfo=UTC)


def test_environment_variables(memory_keyring):
    env = {"PASSDESK_HUB_TOKEN": "t-env", "PASSDESK_WEBHOOK_SECRET": "s-env",
           "PASSDESK_WEBHOOK_SECRET_PREVIOUS": "p-env", "PASSDESK_PASSSLOT_KEY": "k-env",
           "PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL": "2026-05-02T00:00:00Z"}
    loaded = config.load(store=SecretStore(memory_keyring), env=env, started=STARTED)
    assert (loaded.token, loaded.webhook.current, loaded.webhook.previous,
            loaded.passslot_key) == ("t-env", "s-env", "p-env", "k-env")
    assert loaded.webhook.previous_until == datetime(2026, 5, 2, tzinfo=UTC)
    assert "t-env" not in repr(loaded)
    assert "k-env" not in repr(loaded)


def test_the_keychain_when_no_variable_is_set(memory_keyring):
    store = SecretStore(memory_keyring)
    store.set("hub_token", "t-key")
    store.set("webhook_secret_previous", "p-key")
    loaded = config.load(store=store, env={}, started=STARTED)
    assert loaded.token == "t-key"
    assert loaded.webhook.current is None
    assert loaded.webhook.previous_until == STARTED + wire.DEFAULT_ROTATION_GRACE
    assert loaded.passslot_key is None


def test_demo_fills_in_what_is_missing(memory_keyring):
    loaded = config.load(store=SecretStore(memory_keyring), env={"PASSDESK_HUB_TOKEN": "real"},
                         demo=True)
    assert (loaded.token, loaded.webhook.current, loaded.passslot_key) == (
        "real", "demo", "demo")


def test_a_bad_grace_end_is_refused(memory_keyring):
    with pytest.raises(config.ConfigError, match="ISO 8601"):
        config.load(store=SecretStore(memory_keyring), started=STARTED, env={
            "PASSDESK_WEBHOOK_SECRET_PREVIOUS": "p",
            "PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL": "tomorrow"})


def test_grace_left(memory_keyring):
    loaded = config.load(store=SecretStore(memory_keyring), started=STARTED,
                         env={"PASSDESK_WEBHOOK_SECRET_PREVIOUS": "p"})
    assert config.grace_left(loaded, STARTED) == wire.DEFAULT_ROTATION_GRACE
    assert config.grace_left(loaded, STARTED + timedelta(days=2)) is None


def test_loaded_secrets_are_masked_in_logs(memory_keyring, caplog):
    config.load(store=SecretStore(memory_keyring), env={"PASSDESK_HUB_TOKEN": "t0k3n-xyz"})
    record = logging.LogRecord("x", logging.WARNING, __file__, 1,
                               "reader sent Bearer t0k3n-xyz", None, None)
    logs.RedactingFilter().filter(record)
    assert "t0k3n-xyz" not in record.getMessage()
