"""The sandbox's reader endpoints as the Readers pane uses them, over loopback HTTP."""

from __future__ import annotations

import pytest

from passdesk.api import PassEntryClient
from passdesk.api.errors import UnprocessableError
from passdesk.api.readers import ReaderConfigurationInput
from passdesk.core.payloads import ReaderInput
from tests.integration.sandbox.conftest import API_KEY

URL = "https://doors.example.org:8443/validate"
TOKEN = "tok-0123456789-3f9a"


def detail(response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


@pytest.fixture
def api(sandbox):
    with PassEntryClient(sandbox.base_url, API_KEY) as client:
        yield client


def validation(sandbox) -> dict:
    with sandbox.state.lock:
        return dict(sandbox.state.reader_configuration[1]["validationConfiguration"])


def test_switch_to_third_party_and_back(api, sandbox):
    config = api.readers.update_configuration(
        ReaderConfigurationInput(validation_type="thirdParty", url=URL, token=TOKEN))
    assert config.validation_configuration.validation_type == "thirdParty"
    assert config.validation_configuration.url == URL
    assert validation(sandbox) == {"validationType": "thirdParty", "url": URL, "token": TOKEN}
    # A new URL alone keeps the token.
    other = "https://hub.example.org/validate"
    api.readers.update_configuration(
        ReaderConfigurationInput(validation_type="thirdParty", url=other))
    assert validation(sandbox) == {"validationType": "thirdParty", "url": other, "token": TOKEN}
    # GET answers what was set, as the real API answers with its secrets.
    assert api.readers.configuration().validation_configuration.token == TOKEN
    api.readers.update_configuration(ReaderConfigurationInput(validation_type="internal"))
    assert validation(sandbox) == {"validationType": "internal"}


def test_changing_validation_logs_passentry_readers_out(api, sandbox):
    assert sandbox.state.get_reader("south-gate-1").attributes["loggedIn"] is True
    api.readers.update_configuration(
        ReaderConfigurationInput(validation_type="thirdParty", url=URL, token=TOKEN))
    assert sandbox.state.get_reader("south-gate-1").attributes["loggedIn"] is False


def test_a_new_nfc_key_replaces_the_old_and_nothing_else(api, sandbox):
    pem = "-----BEGIN EC PRIVATE KEY-----\nTEST-ONLY-KEY-ab12\n-----END EC PRIVATE KEY-----"
    api.readers.update_configuration(ReaderConfigurationInput(nfc_private_key=pem))
    with sandbox.state.lock:
        attributes = sandbox.state.reader_configuration[1]
    assert attributes["nfcPrivateKey"] == pem
    assert attributes["validationConfiguration"] == {"validationType": "internal"}


@pytest.mark.parametrize(("body", "text"), [
    ({"validationConfiguration": {"validationType": "remote"}}, "validationType must be"),
    ({"validationConfiguration": {"validationType": "thirdParty", "token": "t"}},
     "url must be an HTTPS URL"),
    ({"validationConfiguration": {"validationType": "thirdParty",
                                  "url": "http://plain.example.org/v", "token": "t"}},
     "url must be an HTTPS URL"),
    ({"validationConfiguration": {"validationType": "thirdParty", "url": URL}},
     "token is required"),
    ({"nfcPrivateKey": "not a key"}, "nfcPrivateKey must be a PEM private key"),
    ({"googleKeyVersion": "1"}, "googleKeyVersion must be an integer"),
])
def test_bad_configuration_changes_are_422(client, sandbox, body, text):
    before = validation(sandbox)
    response = client.patch("/reader-configuration", json={"readerConfiguration": body})
    assert response.status_code == 422
    assert text in detail(response)
    assert validation(sandbox) == before


def test_unwrapped_body_is_422(client):
    response = client.patch("/reader-configuration", json={"validationType": "internal"})
    assert response.status_code == 422
    assert '"readerConfiguration"' in detail(response)


def test_client_sees_a_refusal_as_unprocessable(api):
    with pytest.raises(UnprocessableError, match="token is required"):
        api.readers.update_configuration(
            ReaderConfigurationInput(validation_type="thirdParty", url=URL))


def test_created_reader_is_listed_without_its_password(api):
    api.readers.create(ReaderInput(reader_id="north-door", name="North door",
                                   reader_type="PassentryReader", password="s3cret-pw",
                                   scan_enabled=True, qr_enabled=True))
    listed = {r.id: r for r in api.readers.iter()}
    assert listed["north-door"].name == "North door"
    assert listed["north-door"].qr_enabled is True
    assert "s3cret-pw" not in repr(listed["north-door"].to_json())
