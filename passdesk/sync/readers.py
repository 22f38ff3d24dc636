"""Reader administration: list, create and edit readers, change the reader configuration.

These go to PassEntry directly, not through the outbox: a reader's password
and a validation token are secrets, and an outbox row waiting for the network
would keep them in the database. So each function needs the network, says so
with the API client's typed errors, and writes the API's answer to the store
(its non-secret part) only once PassEntry has it.

Secrets never reach the store or a log: the pane is given masks ("••••3f9a")
computed here, and a validation token the person typed goes to the keychain
(``HUB_TOKEN``: the one readers send, the Door sends to a third-party endpoint
and the hub on this machine checks).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from passdesk import logs
from passdesk.api import ApiError, NetworkError, NotFoundError, PassEntryClient
from passdesk.api.readers import ReaderConfigurationInput
from passdesk.core.clock import utcnow
from passdesk.core.payloads import ReaderInput
from passdesk.core.records import Reader, ReaderConfiguration, ValidationConfiguration
from passdesk.secrets import KeychainUnavailableError, SecretStore
from passdesk.store import readers as reader_store
from passdesk.store.database import Database
from passdesk.store.readers import ConfigurationRow

log = logging.getLogger(__name__)

#: The keychain entry of the token readers send to the third-party endpoint: the
#: Door sends it too, and the venue hub on this machine checks it
#: (``passdesk.hub.config.HUB_TOKEN``, ``PASSDESK_HUB_TOKEN``). PassEntry keeps one
#: reader configuration per account, so there is one such token.
HUB_TOKEN = "hub_token"  # noqa: S105 - a name, not a token
MASK_DOTS = "••••••••"
_PEM_ARMOUR = re.compile(r"-----(BEGIN|END) [A-Z ]+-----")

Clock = Callable[[], datetime]
T = TypeVar("T")


def masked(secret: str | None) -> str | None:
    """``••••••••3f9a``: enough to tell two secrets apart, never enough to use one.

    A PEM key shows the end of its body, not of its armour. Short secrets show
    no characters at all. None for no secret.
    """
    if not secret:
        return None
    body = "".join(_PEM_ARMOUR.sub("", secret).split())
    return MASK_DOTS + (body[-4:] if len(body) >= 12 else "")


@dataclass(frozen=True)
class ConfigurationView:
    """The configuration as the pane shows it: no secret, only masks."""

    row: ConfigurationRow
    token_mask: str | None
    nfc_key_mask: str | None
    api_key_mask: str | None


@dataclass(frozen=True)
class Fetched:
    readers: int
    configuration: ConfigurationView | None


@dataclass(frozen=True)
class ConfigurationSaved:
    view: ConfigurationView
    #: Why a typed token is not in this computer's keychain ("" when it is, or none typed).
    token_not_kept: str = ""


def fetch(client: PassEntryClient, db: Database, *, clock: Clock = utcnow) -> Fetched:
    """Read every reader and the configuration from PassEntry into the store now."""
    records = list(client.readers.iter())
    try:
        configuration: ReaderConfiguration | None = client.readers.configuration()
    except NotFoundError:
        configuration = None  # an account without readers has no configuration
    now = clock()
    with db.cache_session() as session:
        reader_store.replace_readers(session, records, now)
        if configuration is not None:
            reader_store.store_configuration(session, configuration, now)
    return Fetched(len(records),
                   _view(configuration, now) if configuration is not None else None)


def create_reader(client: PassEntryClient, db: Database, *, reader: ReaderInput,
                  clock: Clock = utcnow) -> str:
    """Create ``reader`` on PassEntry, then store it; returns its id.

    When the answer is lost the reader may exist: it is looked up before
    anyone is told to try again (a second create would be refused as taken).
    """
    if not reader.reader_id:
        raise ValueError("a new reader needs an id")
    logs.register_secret(reader.password)
    try:
        record = client.readers.create(reader)
    except NetworkError as exc:
        if not exc.outcome_unknown:
            raise
        try:
            record = client.readers.get(reader.reader_id)
        except NotFoundError:
            raise exc from None
        log.info("reader %s: create answer lost; it exists on PassEntry", reader.reader_id)
    _store(db, record, clock())
    return record.id


def _again_if_lost(change: Callable[[], T]) -> T:
    """Send a change that only sets values; once more if its answer was lost (harmless twice)."""
    try:
        return change()
    except NetworkError as exc:
        if not exc.outcome_unknown:
            raise
        return change()


def update_reader(client: PassEntryClient, db: Database, *, reader_id: str,
                  changes: ReaderInput, clock: Clock = utcnow) -> str:
    """Change a reader on PassEntry (the same changes twice are harmless), then store it."""
    logs.register_secret(changes.password)
    record = _again_if_lost(lambda: client.readers.update(reader_id, changes))
    _store(db, record, clock())
    return record.id


def update_configuration(client: PassEntryClient, db: Database, secrets: SecretStore, *,
                         changes: ReaderConfigurationInput,
                         clock: Clock = utcnow) -> ConfigurationSaved:
    """Change the reader configuration on PassEntry; keep a typed token in the keychain.

    The token becomes the one the Door sends and the hub on this machine accepts
    (the hub run in the app picks it up at once; ``passdesk hub`` when it starts).
    """
    logs.register_secret(changes.token)
    logs.register_secret(changes.nfc_private_key)
    record = _again_if_lost(lambda: client.readers.update_configuration(changes))
    now = clock()
    with db.cache_session() as session:
        reader_store.store_configuration(session, record, now)
    if changes.validation_type is not None:
        _refresh_readers(client, db, now)
    not_kept = ""
    if changes.token:
        try:
            secrets.set(HUB_TOKEN, changes.token)
        except KeychainUnavailableError as exc:
            not_kept = str(exc)
    return ConfigurationSaved(_view(record, now), not_kept)


def _refresh_readers(client: PassEntryClient, db: Database, now: datetime) -> None:
    """PassEntry readers log out when the validation changes: show it at once if we can."""
    try:
        records = list(client.readers.iter())
    except ApiError as exc:  # the change is made; the next sync brings the readers
        log.info("readers not re-read after the configuration change: %s", exc)
        return
    with db.cache_session() as session:
        reader_store.replace_readers(session, records, now)


def _store(db: Database, record: Reader, now: datetime) -> None:
    with db.cache_session() as session:
        reader_store.store_readers(session, [record], now)


def _view(record: ReaderConfiguration, now: datetime) -> ConfigurationView:
    validation = record.validation_configuration
    token = validation.token if isinstance(validation, ValidationConfiguration) else None
    return ConfigurationView(
        row=_row(record, now), token_mask=masked(token),
        nfc_key_mask=masked(record.nfc_private_key),
        api_key_mask=masked(record.reader_configuration_api_key))


def _row(record: ReaderConfiguration, now: datetime) -> ConfigurationRow:
    validation = record.validation_configuration
    validation = validation if isinstance(validation, ValidationConfiguration) else None
    return ConfigurationRow(
        id=record.id, validation_type=validation.validation_type if validation else None,
        validation_url=validation.url if validation else None,
        google_collector_id=record.google_collector_id,
        apple_pass_type_id=record.apple_pass_type_id,
        google_key_version=record.google_key_version, synced_at=now)
