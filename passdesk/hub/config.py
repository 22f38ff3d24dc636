"""The hub's token and webhook secrets: from the OS keychain, or the environment.

Secrets never come from a file in the repository or the database. Each one
is looked up in the environment first (headless servers, containers), then
in the keychain (service ``passdesk``, account = the secret's name), e.g.
``keyring set passdesk hub_token``. Every value read is registered with the
log redaction, so no log line can show it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from passdesk import logs
from passdesk.core.admission import DoorConfig
from passdesk.core.clock import utcnow
from passdesk.hub import clean, wire
from passdesk.hub.signatures import WebhookSecrets
from passdesk.keychain import ENVIRONMENT, SecretName, SecretStore

#: The hub's secrets (each with its environment variable in ``keychain.ENVIRONMENT``).
HUB_SECRETS = (SecretName.HUB_TOKEN, SecretName.WEBHOOK_SECRET,
               SecretName.WEBHOOK_SECRET_PREVIOUS, SecretName.PASSSLOT_KEY)
#: Not a secret: until when (ISO 8601) the previous webhook secret still verifies.
PREVIOUS_UNTIL_ENV = "PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL"
#: What ``--demo`` uses for any secret not configured (printed at start: not secret).
DEMO_SECRET = "demo"  # noqa: S105 - the demo's published value


class ConfigError(ValueError):
    """A setting cannot be used; the message says which and why."""


@dataclass(frozen=True)
class HubConfig:
    #: Bearer token readers send to ``/validate`` (None: every request is refused).
    token: str | None = field(default=None, repr=False)
    webhook: WebhookSecrets = field(default_factory=WebhookSecrets)
    #: Shared key in the PassSlot webhook URL (None: PassSlot events are refused).
    passslot_key: str | None = field(default=None, repr=False)
    #: The door rules the hub applies (desk name, event, re-entry).
    door: DoorConfig = field(default_factory=lambda: DoorConfig(desk="hub"))


def _secret(store: SecretStore, name: SecretName, env: Mapping[str, str]) -> str | None:
    value = env.get(ENVIRONMENT[name])
    if not value:
        value = store.get(name).value
    logs.register_secret(value)
    return value or None


def previous_until(env: Mapping[str, str], started: datetime,
                   saved: str | None = None) -> datetime:
    """Until when the previous secret verifies: the environment's time, else ``saved``
    (the end a rotation from Settings wrote), else the default grace from ``started``."""
    raw = env.get(PREVIOUS_UNTIL_ENV)
    if not raw and saved:
        moment = clean.moment(saved)
        if moment is not None:
            return moment
    if not raw:
        return started + wire.DEFAULT_ROTATION_GRACE
    moment = clean.moment(raw)
    if moment is None:
        raise ConfigError(f"{PREVIOUS_UNTIL_ENV} must be an ISO 8601 time, "
                          f"e.g. 2026-06-01T12:00:00Z; got {raw!r}")
    return moment


def load(*, store: SecretStore | None = None, env: Mapping[str, str] | None = None,
         door: DoorConfig | None = None, demo: bool = False,
         started: datetime | None = None, previous_until_saved: str | None = None) -> HubConfig:
    """The hub's configuration from the environment and the keychain.

    ``demo``: any secret not configured is ``DEMO_SECRET``. ``previous_until_saved``:
    the end of the last rotation's grace period, as Settings keep it (ISO 8601).
    """
    store = store or SecretStore()
    env = os.environ if env is None else env
    values = {name: _secret(store, name, env) for name in HUB_SECRETS}
    if demo:
        for name in (SecretName.HUB_TOKEN, SecretName.WEBHOOK_SECRET, SecretName.PASSSLOT_KEY):
            values[name] = values[name] or DEMO_SECRET
    previous = values[SecretName.WEBHOOK_SECRET_PREVIOUS]
    started = started or utcnow()
    secrets = WebhookSecrets(values[SecretName.WEBHOOK_SECRET], previous,
                             previous_until(env, started, previous_until_saved)
                             if previous else None)
    return HubConfig(token=values[SecretName.HUB_TOKEN], webhook=secrets,
                     passslot_key=values[SecretName.PASSSLOT_KEY],
                     door=door or DoorConfig(desk="hub"))


def reloader(*, store: SecretStore | None = None, env: Mapping[str, str] | None = None,
             demo: bool = False, settings_path: Path | None = None
             ) -> Callable[[], WebhookSecrets]:
    """What ``passdesk hub`` reads its webhook secrets again with: the keychain (or the
    environment) as ``load`` reads it, with the grace period a desk's rotation saved."""
    def read() -> WebhookSecrets:
        # Imported here: settings are the desk's file, read only when a delivery needs it.
        from passdesk.settings import SettingsStore

        saved = SettingsStore(settings_path).load().webhook_previous_until
        return load(store=store, env=env, demo=demo, previous_until_saved=saved).webhook

    return read


def grace_left(config: HubConfig, now: datetime) -> timedelta | None:
    """How long the previous webhook secret still verifies (None: it does not)."""
    until = config.webhook.previous_until
    if not config.webhook.previous or until is None or until <= now:
        return None
    return until - now
