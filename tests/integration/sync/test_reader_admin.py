"""Reader administration (``sync.readers``) against the sandbox: straight to PassEntry,
the answer into the store, and no secret in the database file, ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from passdesk.api import NetworkError
from passdesk.api.readers import ReaderConfigurationInput
from passdesk.core.payloads import ReaderInput
from passdesk.secrets import SecretStore
from passdesk.store import readers as reader_store
from passdesk.sync import readers as admin
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
    validation = attributes.get("validationConfiguration") or {}
    found = (attributes.get("nfcPrivateKey"), attributes.get("readerConfigurationApiKey"),
             validation.get("token"))
    return [s for s in found if s]


def test_masks_show_four_characters_at_most() -> None:
    assert admin.masked("tok-0123456789-3f9a") == "••••••••3f9a"
    assert admin.masked("short") == "••••••••", "a short secret shows nothing"
    assert admin.masked(PEM) == "••••••••9d2e", "a key's body, not its armour"
    assert admin.masked("") is None
    assert admin.masked(None) is None


def test_sync_and_fetch_keep_no_secret_of_the_configuration_in_the_store(api, db, sandbox):
    api.readers.update_configuration(
        ReaderConfigurationInput(validation_type="thirdParty", url=URL, token=TOKEN))
    PullSync(api, db).run(reconcile=False)
    fetched = admin.fetch(api, db)
    secrets = sandbox_secrets(sandbox)
    assert len(secrets) == 3
    data = store_bytes(db)
    for secret in secrets:
        assert secret.encode() not in data
    assert fetched.configuration.token_mask == admin.masked(TOKEN)
    with db.session() as session:
        row = reader_store.reader_configuration(session)
    assert (row.validation_type, row.validation_url) == ("thirdParty", URL)


def test_create_then_edit_a_reader(api, db, sandbox):
    reader_id = admin.create_reader(api, db, reader=ReaderInput(
        reader_id="east-1", name="East", reader_type="VtapReader", password="pw-east-1",
        scan_enabled=True))
    assert reader_id == "east-1"
    admin.update_reader(api, db, reader_id="east-1",
                        changes=ReaderInput(name="East door", qr_enabled=True))
    with db.session() as session:
        rows = {r.id: r for r in reader_store.list_readers(session)}
    assert rows["east-1"].name == "East door"
    assert rows["east-1"].enabled("qrEnabled")
    assert sandbox.state.get_reader("east-1").password == "pw-east-1"
    assert b"pw-east-1" not in store_bytes(db)


def test_a_create_whose_answer_is_lost_is_found_not_repeated(api, db, sandbox):
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/readers")
    reader_id = admin.create_reader(api, db, reader=ReaderInput(
        reader_id="west-1", name="West", reader_type="PassentryReader", password="pw-west"))
    assert reader_id == "west-1"
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    with db.session() as session:
        assert "west-1" in {r.id for r in reader_store.list_readers(session)}


def test_an_edit_whose_answer_is_lost_is_sent_once_more_and_stored(api, db, sandbox):
    admin.create_reader(api, db, reader=ReaderInput(
        reader_id="north-1", name="North", reader_type="VtapReader", password="pw-north"))
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/readers/north-1")
    admin.update_reader(api, db, reader_id="north-1", changes=ReaderInput(name="North door"))
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    assert sandbox.state.get_reader("north-1").attributes["name"] == "North door"
    with db.session() as session:
        assert {r.id: r.name for r in reader_store.list_readers(session)}["north-1"] == \
            "North door"


def test_a_configuration_change_whose_answer_is_lost_is_sent_once_more(
        api, db, sandbox, memory_keyring):
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/reader-configuration")
    saved = admin.update_configuration(api, db, SecretStore(), changes=ReaderConfigurationInput(
        validation_type="thirdParty", url=URL, token=TOKEN))
    assert sandbox.faults.snapshot()["drop"] == 0, "the answer was dropped"
    assert saved.view.token_mask == admin.masked(TOKEN)
    with db.session() as session:
        row = reader_store.reader_configuration(session)
    assert (row.validation_type, row.validation_url) == ("thirdParty", URL)


def test_offline_nothing_is_kept(api, db, sandbox):
    sandbox.stop()
    with pytest.raises(NetworkError):
        admin.create_reader(api, db, reader=ReaderInput(
            reader_id="south-2", name="S", reader_type="PassentryReader", password="pw"))
    with db.session() as session:
        assert reader_store.list_readers(session) == []


def test_a_saved_token_goes_to_the_keychain_only(api, db, sandbox, memory_keyring):
    saved = admin.update_configuration(api, db, SecretStore(), changes=ReaderConfigurationInput(
        validation_type="thirdParty", url=URL, token=TOKEN, nfc_private_key=PEM))
    assert saved.token_not_kept == ""
    assert saved.view.token_mask == admin.masked(TOKEN)
    assert saved.view.nfc_key_mask == "••••••••9d2e"
    # One token: the one the Door sends is the one this machine's hub checks.
    assert memory_keyring.store[("passdesk", admin.HUB_TOKEN)] == TOKEN
    assert ("passdesk", "validation_token") not in memory_keyring.store
    assert ("passdesk", "nfc_private_key") not in memory_keyring.store
    data = store_bytes(db)
    assert TOKEN.encode() not in data
    assert b"TEST-ONLY-PRIVATE-KEY" not in data
    assert TOKEN not in repr(ReaderConfigurationInput(token=TOKEN, nfc_private_key=PEM))


def test_fetch_drops_readers_passentry_no_longer_has(api, db, sandbox):
    admin.fetch(api, db)
    with sandbox.state.lock:
        del sandbox.state.readers["coffee-till-vtap"]
    fetched = admin.fetch(api, db)
    assert fetched.readers == 1
    with db.session() as session:
        assert [r.id for r in reader_store.list_readers(session)] == ["south-gate-1"]
