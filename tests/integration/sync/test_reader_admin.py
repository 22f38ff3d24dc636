"""Reader administration (``sync.readers``) against the sandbox: straight to PassEntry,
under the entity, the answer into the store, and no secret in the database file, ever.

The last tests run on a strict sandbox (only the documented routes): readers are
still created under the entity and listed from this desk and the scans, and a
validation change comes back as the words for the PassEntry dashboard."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from passdesk.api import NetworkError, NotOfferedError, PassEntryClient
from passdesk.core.payloads import ReaderInput
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.keychain import SecretName, SecretStore
from passdesk.sandbox import SandboxServer
from passdesk.store import readers as reader_store
from passdesk.store import scans, sync_state
from passdesk.sync import readers as admin
from passdesk.sync.entity import NEEDS_ENTITY, NoEntityError
from passdesk.sync.pull import PullSync

TOKEN = "a-validation-token-for-tests-77c1"
PEM = ("-----BEGIN EC PRIVATE KEY-----\nTEST-ONLY-PRIVATE-KEY-BODY-9d2e\n"
       "-----END EC PRIVATE KEY-----")
URL = "https://hub.venue.example:8443/validate"


def store_bytes(db) -> bytes:
    path = Path(db.engine.url.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def sandbox_secrets(sandbox) -> list[str]:
    with sandbox.state.lock:
        attributes = sandbox.state.reader_configuration[1]
        token = sandbox.state.validation_token
    found = (attributes.get("nfcPrivateKey"), attributes.get("readerConfigurationApiKey"),
             token)
    return [s for s in found if s]


@pytest.fixture
def sandbox():
    """A server with the legacy reader routes and the sandbox-only configuration change,
    whatever PASSDESK_SANDBOX_STRICT says: most tests here are about such a server.
    The last ones use ``strict`` (documented routes only)."""
    server = SandboxServer(strict=False)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def entity(sandbox) -> str:
    return sandbox.state.default_entity_id


def test_masks_show_four_characters_at_most() -> None:
    assert admin.masked("tok-0123456789-3f9a") == "••••••••3f9a"
    assert admin.masked("short") == "••••••••", "a short secret shows nothing"
    assert admin.masked(PEM) == "••••••••9d2e", "a key's body, not its armour"
    assert admin.masked("") is None
    assert admin.masked(None) is None


def test_sync_and_fetch_keep_no_secret_of_the_configuration_in_the_store(
        api, db, sandbox, entity):
    api.readers.update_configuration(
        entity, ReaderConfigurationInput(validation_type="external", url=URL, token=TOKEN))
    PullSync(api, db).run(reconcile=False)
    fetched = admin.fetch(api, db, entity_id=entity)
    secrets = sandbox_secrets(sandbox)
    assert len(secrets) == 3
    data = store_bytes(db)
    for secret in secrets:
        assert secret.encode() not in data
    assert fetched.listed
    with db.session() as session:
        row = reader_store.reader_configuration(session)
    assert (row.id, row.validation_type, row.validation_url) == (entity, "external", URL)


def test_create_then_edit_a_reader(api, db, sandbox, entity):
    reader_id = admin.create_reader(api, db, entity_id=entity, reader=ReaderInput(
        reader_id="east-1", name="East", reader_type="VtapReader", password="pw-east-1",
        scan_enabled=True))
    assert reader_id == "east-1"
    admin.update_reader(api, db, reader_id="east-1",
                        changes=ReaderInput(name="East door", qr_enabled=True))
    with db.session() as session:
        rows = {r.id: r for r in reader_store.list_readers(session)}
    assert rows["east-1"].name == "East door"
    assert rows["east-1"].enabled("qrEnabled")
    assert (rows["east-1"].origin, rows["east-1"].entity_id) == (reader_store.HERE, entity)
    created = [e for e in sandbox.requests.entries() if e.method == "POST"]
    assert [e.path for e in created] == [f"/api/v1/entities/{entity}/readers"]
    assert sandbox.state.get_reader("east-1").password == "pw-east-1"
    assert b"pw-east-1" not in store_bytes(db)


def test_a_create_without_an_entity_says_where_to_enter_it(api, db) -> None:
    with pytest.raises(NoEntityError, match="entity ID") as caught:
        admin.create_reader(api, db, entity_id=None, reader=ReaderInput(
            reader_id="x-1", name="X", reader_type="VtapReader", password="pw"))
    assert str(caught.value) == NEEDS_ENTITY


def test_a_create_whose_answer_is_lost_is_found_not_repeated(api, db, sandbox, entity):
    sandbox.faults.set(drop=1, drop_method="POST", drop_path=f"/entities/{entity}/readers")
    reader_id = admin.create_reader(api, db, entity_id=entity, reader=ReaderInput(
        reader_id="west-1", name="West", reader_type="PassentryReader", password="pw-west"))
    assert reader_id == "west-1"
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    with db.session() as session:
        assert "west-1" in {r.id for r in reader_store.list_readers(session)}


def test_an_edit_whose_answer_is_lost_is_sent_once_more_and_stored(api, db, sandbox, entity):
    admin.create_reader(api, db, entity_id=entity, reader=ReaderInput(
        reader_id="north-1", name="North", reader_type="VtapReader", password="pw-north"))
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/readers/north-1")
    admin.update_reader(api, db, reader_id="north-1", changes=ReaderInput(name="North door"))
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    assert sandbox.state.get_reader("north-1").attributes["name"] == "North door"
    with db.session() as session:
        assert {r.id: r.name for r in reader_store.list_readers(session)}["north-1"] == \
            "North door"


def test_a_configuration_change_whose_answer_is_lost_is_sent_once_more(
        api, db, sandbox, memory_keyring, entity):
    sandbox.faults.set(drop=1, drop_method="PATCH",
                       drop_path=f"/entities/{entity}/readerConfiguration")
    saved = admin.update_configuration(
        api, db, SecretStore(), entity_id=entity,
        changes=ReaderConfigurationInput(validation_type="external", url=URL, token=TOKEN))
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    assert isinstance(saved, admin.ConfigurationSaved)
    with db.session() as session:
        row = reader_store.reader_configuration(session)
    assert (row.validation_type, row.validation_url) == ("external", URL)


def test_offline_nothing_is_kept(api, db, sandbox, entity):
    sandbox.stop()
    with pytest.raises(NetworkError):
        admin.create_reader(api, db, entity_id=entity, reader=ReaderInput(
            reader_id="south-2", name="S", reader_type="PassentryReader", password="pw"))
    with db.session() as session:
        assert reader_store.list_readers(session) == []


def test_a_saved_token_goes_to_the_keychain_only(api, db, sandbox, memory_keyring, entity):
    saved = admin.update_configuration(
        api, db, SecretStore(), entity_id=entity, changes=ReaderConfigurationInput(
            validation_type="external", url=URL, token=TOKEN, nfc_private_key=PEM))
    assert saved.token_not_kept == ""
    assert saved.view.nfc_key_mask == "••••••••9d2e"
    # One token: the one the Door sends is the one this machine's hub checks.
    assert memory_keyring.store[("passdesk", SecretName.HUB_TOKEN)] == TOKEN
    assert ("passdesk", "validation_token") not in memory_keyring.store
    assert ("passdesk", "nfc_private_key") not in memory_keyring.store
    data = store_bytes(db)
    assert TOKEN.encode() not in data
    assert b"TEST-ONLY-PRIVATE-KEY" not in data
    assert TOKEN not in repr(ReaderConfigurationInput(token=TOKEN, nfc_private_key=PEM))


def test_fetch_drops_readers_passentry_no_longer_has(api, db, sandbox, entity):
    admin.fetch(api, db, entity_id=entity)
    with sandbox.state.lock:
        del sandbox.state.readers["coffee-till-vtap"]
    fetched = admin.fetch(api, db, entity_id=entity)
    assert fetched.readers == 1
    with db.session() as session:
        assert [r.id for r in reader_store.list_readers(session)] == ["south-gate-1"]


# --- an account with only the documented routes ------------------------------------------


@pytest.fixture
def strict_api(strict):
    with PassEntryClient(strict.base_url, "demo") as client:
        yield client


def test_strict_readers_are_those_created_here_and_seen_in_scans(strict, strict_api, db):
    entity = strict.state.default_entity_id
    fetched = admin.fetch(strict_api, db, entity_id=entity)
    assert not fetched.listed
    assert "readers list" in fetched.not_offered
    assert fetched.configuration is not None  # the entity-scoped route is documented
    admin.create_reader(strict_api, db, entity_id=entity, reader=ReaderInput(
        reader_id="gate-9", name="Gate 9", reader_type="PassentryReader", password="pw-9"))
    with db.session() as session:
        scans.record_scan(session, scanned_at=datetime.now(UTC), raw_value="x",
                          source="hub:reader", verdict="deny", reader_id="vtap-77")
        scans.record_scan(session, scanned_at=datetime.now(UTC), raw_value="y",
                          source="hub:reader", verdict="admit", reader_id="gate-9")
    admin.fetch(strict_api, db, entity_id=entity)  # not offered: the store keeps its readers
    with db.session() as session:
        known = {r.id: r.origin for r in reader_store.known_readers(session)}
        assert sync_state.is_offered(session, sync_state.READERS) is False
    assert known == {"gate-9": reader_store.HERE, "vtap-77": reader_store.SEEN_IN_SCANS}
    with pytest.raises(NotOfferedError):
        admin.update_reader(strict_api, db, reader_id="gate-9",
                            changes=ReaderInput(name="Gate nine"))


def test_strict_validation_is_set_in_the_dashboard(strict, strict_api, db, memory_keyring):
    entity = strict.state.default_entity_id
    result = admin.update_configuration(
        strict_api, db, SecretStore(), entity_id=entity,
        changes=ReaderConfigurationInput(validation_type="external", url=URL, token=TOKEN))
    assert isinstance(result, admin.SetInDashboard)
    assert result.words == (
        "Set it in the PassEntry dashboard: Readers → Reader Configuration → Validation "
        f"Settings: external (third-party), URL {URL}, and the same token.")
    # The hub must accept the token the person enters in the dashboard.
    assert memory_keyring.store[("passdesk", SecretName.HUB_TOKEN)] == TOKEN
    with db.session() as session:
        assert sync_state.is_offered(session, sync_state.READER_CONFIGURATION_CHANGE) is False
