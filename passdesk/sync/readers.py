"""Reader administration: list, create and edit readers, change the reader configuration.

The documented routes are entity-scoped: readers are created under the entity
(``POST /entities/{entity_id}/readers``) and the reader configuration is read
from ``GET /entities/{entity_id}/readerConfiguration`` (the entity:
``sync.entity``). Listing, showing and changing readers are legacy routes: where
they answer 404 the pane lists the readers this desk created and those seen in
scans (``store.readers.known_readers``). Changing the validation goes through a
sandbox-only route; a real account answers 404/405 and the result is
``SetInDashboard``: the words and the URL to enter in the PassEntry dashboard.
"External" validation (``validationType: external``) is what PassEntry's guides
call third-party validation; the desk says "external".

These go to PassEntry directly, not through the outbox: a reader's password
and a validation token are secrets, and an outbox row waiting for the network
would keep them in the database. So each function needs the network, says so
with the API client's typed errors, and writes the API's answer to the store
(its non-secret part) only once PassEntry has it.

Secrets never reach the store or a log: the pane is given masks ("••••3f9a")
computed here, and a validation token the person typed goes to the keychain
(``SecretName.HUB_TOKEN``: the one readers send, the Door sends to an external validation
endpoint and the hub on this machine checks).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from passdesk import logs
from passdesk.api import ApiError, NetworkError, NotFoundError, NotOfferedError, PassEntryClient
from passdesk.core.clock import utcnow
from passdesk.core.payloads import ReaderInput
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.core.records import (
    Reader,
    ReaderConfiguration,
    ValidationConfiguration,
    ValidationType,
    validation_type_from_api,
)
from passdesk.core.texts import translate
from passdesk.keychain import KeychainUnavailableError, SecretName, SecretStore
from passdesk.store import readers as reader_store
from passdesk.store import sync_state
from passdesk.store.database import Database
from passdesk.store.readers import ConfigurationRow
from passdesk.sync.entity import require_entity_id

log = logging.getLogger(__name__)

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


#: Where a person sets the validation when the API cannot (§6.2 of the reference).
DASHBOARD_PATH = translate("readers", "Readers → Reader Configuration → Validation Settings")


@dataclass(frozen=True)
class Fetched:
    #: Readers PassEntry listed (0 where it lists none: see ``listed``).
    readers: int
    configuration: ConfigurationView | None
    #: False where PassEntry does not offer the reader list (a legacy route).
    listed: bool = True
    #: The plain words for a list not offered ("" when it is).
    not_offered: str = ""


@dataclass(frozen=True)
class ConfigurationSaved:
    view: ConfigurationView
    #: Why a typed token is not in this computer's keychain ("" when it is, or none typed).
    token_not_kept: str = ""


@dataclass(frozen=True)
class SetInDashboard:
    """PassEntry's API cannot change the reader configuration (the documented way is
    the dashboard): what the person should set there. A typed token is kept in the
    keychain all the same (the hub checks it)."""

    validation_type: str
    #: The external endpoint (the hub's URL); None for internal validation.
    url: str | None
    token_not_kept: str = ""

    @property
    def words(self) -> str:
        if self.validation_type == ValidationType.EXTERNAL and self.url:
            return translate("readers", "Set it in the PassEntry dashboard: {path}: external "
                                        "(third-party), URL {url}, and the same token.").format(
                path=DASHBOARD_PATH, url=self.url)
        return translate("readers", "Set it in the PassEntry dashboard: {path}: {kind}.").format(
            path=DASHBOARD_PATH, kind=self.validation_type)


def fetch(client: PassEntryClient, db: Database, *, entity_id: str | None,
          clock: Clock = utcnow) -> Fetched:
    """Read the readers (where PassEntry lists them) and the entity's configuration.

    Without ``entity_id`` the configuration is not read (``configuration`` None).
    """
    try:
        records: list[Reader] | None = list(client.readers.iter())
    except NotOfferedError as exc:
        records, not_offered = None, exc.message
    else:
        not_offered = ""
    configuration: ReaderConfiguration | None = None
    if entity_id:
        try:
            configuration = client.readers.configuration(entity_id)
        except NotFoundError:
            configuration = None  # an entity without readers has no configuration
    now = clock()
    with db.cache_session() as session:
        sync_state.note_offered(session, sync_state.READERS, records is not None, not_offered)
        if records is not None:
            reader_store.replace_listed(session, records, now)
        if configuration is not None:
            reader_store.store_configuration(session, configuration, now)
    return Fetched(len(records or ()),
                   _view(configuration, now) if configuration is not None else None,
                   listed=records is not None, not_offered=not_offered)


def create_reader(client: PassEntryClient, db: Database, *, entity_id: str | None,
                  reader: ReaderInput, clock: Clock = utcnow) -> str:
    """Create ``reader`` under the entity on PassEntry, then store it; returns its id.

    NoEntityError (``sync.entity``) without an entity id. When the answer is
    lost the reader may exist: where PassEntry shows readers it is looked up
    before anyone is told to try again (a second create would be refused as taken).
    """
    entity = require_entity_id(entity_id)
    if not reader.reader_id:
        raise ValueError("a new reader needs an id")
    logs.register_secret(reader.password)
    try:
        record = client.readers.create(entity, reader)
    except NetworkError as exc:
        if not exc.outcome_unknown:
            raise
        try:
            record = client.readers.get(reader.reader_id)
        except NotFoundError:  # also: this account does not show readers
            raise exc from None
        log.info("reader %s: create answer lost; it exists on PassEntry", reader.reader_id)
    now = clock()
    with db.cache_session() as session:
        reader_store.store_readers(session, [record], now)
        reader_store.mark_created_here(session, record.id, entity)
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
                         entity_id: str | None, changes: ReaderConfigurationInput,
                         clock: Clock = utcnow) -> ConfigurationSaved | SetInDashboard:
    """Change the entity's reader configuration; keep a typed token in the keychain.

    The token becomes the one the Door sends and the hub on this machine accepts
    (the hub run in the app picks it up at once; ``passdesk hub`` when it starts).
    The route is sandbox-only: where PassEntry answers 404/405 nothing changes
    there and the answer is ``SetInDashboard`` (its ``words`` for the pane).
    NoEntityError without an entity id.
    """
    entity = require_entity_id(entity_id)
    logs.register_secret(changes.token)
    logs.register_secret(changes.nfc_private_key)
    try:
        record = _again_if_lost(lambda: client.readers.update_configuration(entity, changes))
    except NotOfferedError as exc:
        with db.cache_session() as session:
            sync_state.note_offered(session, sync_state.READER_CONFIGURATION_CHANGE, False,
                                    exc.message)
        kind = validation_type_from_api(changes.validation_type) or ValidationType.INTERNAL
        return SetInDashboard(kind, changes.url if kind == ValidationType.EXTERNAL else None,
                              _keep_token(secrets, changes.token))
    now = clock()
    with db.cache_session() as session:
        sync_state.note_offered(session, sync_state.READER_CONFIGURATION_CHANGE, True)
        reader_store.store_configuration(session, record, now)
    if changes.validation_type is not None:
        _refresh_readers(client, db, now)
    return ConfigurationSaved(_view(record, now), _keep_token(secrets, changes.token))


def _keep_token(secrets: SecretStore, token: str | None) -> str:
    """Keep a typed token in the keychain; why it is not kept ("" when it is, or none)."""
    if not token:
        return ""
    try:
        secrets.set(SecretName.HUB_TOKEN, token)
    except KeychainUnavailableError as exc:
        return str(exc)
    return ""


def _refresh_readers(client: PassEntryClient, db: Database, now: datetime) -> None:
    """PassEntry readers log out when the validation changes: show it at once if we can."""
    try:
        records = list(client.readers.iter())
    except ApiError as exc:  # the change is made; the next sync brings the readers
        log.info("readers not re-read after the configuration change: %s", exc)
        return
    with db.cache_session() as session:
        reader_store.replace_listed(session, records, now)


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
        id=record.id,
        validation_type=validation_type_from_api(validation.validation_type) if validation
        else None,
        validation_url=validation.url if validation else None,
        google_collector_id=record.google_collector_id,
        apple_pass_type_id=record.apple_pass_type_id,
        google_key_version=record.google_key_version, synced_at=now)
