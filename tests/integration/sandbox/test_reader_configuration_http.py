"""Readers under an entity and the entity's reader configuration, over loopback HTTP.

``PATCH /entities/{id}/readerConfiguration`` is a sandbox-only extension: on a
real account the dashboard sets validation; here the demo and tests drive it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DOC = Path(__file__).parents[2] / "fixtures" / "passentry"
URL = "https://doors.example.org:8443/validate"
TOKEN = "tok-0123456789-3f9a"


def doc(name: str) -> dict:
    return json.loads((DOC / f"{name}.json").read_text())


def detail(response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


def validation(sandbox) -> dict:
    with sandbox.state.lock:
        return dict(sandbox.state.reader_configuration[1]["validationConfiguration"])


def configure(client, entity_id: str, body: dict):
    return client.patch(f"/entities/{entity_id}/readerConfiguration",
                        json={"readerConfiguration": body})


def test_configuration_is_per_entity_and_has_the_doc_keys(client, entity_id):
    response = client.get(f"/entities/{entity_id}/readerConfiguration")
    assert response.status_code == 200
    data = response.json()["data"]
    example = doc("6.2-get-reader-configuration-1-response")["data"]
    assert data["id"] == entity_id
    assert data["type"] == "readerConfiguration"
    assert data["attributes"].keys() == example["attributes"].keys()
    assert data["attributes"]["validationConfiguration"] == {"validationType": "internal"}
    assert "FAKE" in data["attributes"]["nfcPrivateKey"]
    assert client.get("/entities/nope/readerConfiguration").status_code == 404
    assert client.get("/reader-configuration").status_code == 404  # the old guess is gone


def test_switch_to_external_and_back(client, sandbox, entity_id):
    switched = configure(client, entity_id, {"validationConfiguration": {
        "validationType": "external", "url": URL, "token": TOKEN}})
    assert switched.status_code == 200
    assert switched.json()["data"]["attributes"]["validationConfiguration"] == {
        "validationType": "external", "url": URL}
    assert validation(sandbox) == {"validationType": "external", "url": URL}
    assert sandbox.state.validation_token == TOKEN
    # The token is write-only: the API never shows it (PASSENTRY-API.md §2.13).
    shown = client.get(f"/entities/{entity_id}/readerConfiguration")
    assert TOKEN not in shown.text
    # A new URL alone keeps the token.
    other = "https://hub.example.org/validate"
    configure(client, entity_id, {"validationConfiguration": {"validationType": "external",
                                                              "url": other}})
    assert validation(sandbox) == {"validationType": "external", "url": other}
    assert sandbox.state.validation_token == TOKEN
    configure(client, entity_id, {"validationConfiguration": {"validationType": "internal",
                                                              "validityPeriod": 30}})
    assert validation(sandbox) == {"validationType": "internal", "validityPeriod": 30}
    assert sandbox.state.validation_token is None


def test_changing_validation_logs_passentry_readers_out(client, sandbox, entity_id):
    assert sandbox.state.get_reader("south-gate-1").attributes["loggedIn"] is True
    configure(client, entity_id, {"validationConfiguration": {"validationType": "external",
                                                              "url": URL, "token": TOKEN}})
    assert sandbox.state.get_reader("south-gate-1").attributes["loggedIn"] is False


def test_a_new_nfc_key_replaces_the_old_and_nothing_else(client, sandbox, entity_id):
    pem = "-----BEGIN EC PRIVATE KEY-----\nTEST-ONLY-KEY-ab12\n-----END EC PRIVATE KEY-----"
    configure(client, entity_id, {"nfcPrivateKey": pem})
    with sandbox.state.lock:
        attributes = sandbox.state.reader_configuration[1]
    assert attributes["nfcPrivateKey"] == pem
    assert attributes["validationConfiguration"] == {"validationType": "internal"}


@pytest.mark.parametrize(("body", "text"), [
    ({"validationConfiguration": {"validationType": "thirdParty"}}, "validationType must be"),
    ({"validationConfiguration": {"validationType": "external", "token": "t"}},
     "url must be an HTTPS URL"),
    ({"validationConfiguration": {"validationType": "external",
                                  "url": "http://plain.example.org/v"}},
     "url must be an HTTPS URL"),
    ({"validationConfiguration": {"validationType": "internal", "validityPeriod": "1h"}},
     "validityPeriod must be a whole number of seconds"),
    ({"nfcPrivateKey": "not a key"}, "nfcPrivateKey must be a PEM private key"),
    ({"googleKeyVersion": "1"}, "googleKeyVersion must be an integer"),
])
def test_bad_configuration_changes_are_422(client, sandbox, entity_id, body, text):
    before = validation(sandbox)
    response = configure(client, entity_id, body)
    assert response.status_code == 422
    assert text in detail(response)
    assert validation(sandbox) == before


def test_unwrapped_body_is_422(client, entity_id):
    response = client.patch(f"/entities/{entity_id}/readerConfiguration",
                            json={"validationType": "internal"})
    assert response.status_code == 422
    assert '"readerConfiguration"' in detail(response)


def test_create_a_reader_under_the_entity_then_legacy_show_and_update(client, sandbox,
                                                                      entity_id):
    body = doc("6.1-create-reader-1-request")
    response = client.post(f"/entities/{entity_id}/readers", json=body)
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["id"] == "south_entrance_01"
    assert data["attributes"]["readerType"] == "VtapReader"
    assert data["attributes"].keys() == doc("6.1-create-reader-2-response")["data"][
        "attributes"].keys()
    assert "password" not in json.dumps(response.json())
    assert sandbox.state.get_reader("south_entrance_01").password == "<string>"
    assert sandbox.state.get_reader("south_entrance_01").entity_id == entity_id
    duplicate = client.post(f"/entities/{entity_id}/readers", json=body)
    assert duplicate.status_code == 422
    assert "already been taken" in detail(duplicate)
    assert client.post("/entities/nope/readers", json=body).status_code == 404
    assert client.post("/readers", json=body).status_code in (404, 405)  # the old guess
    patched = client.patch("/readers/south_entrance_01",
                           json={"reader": {"redeemEnabled": True, "password": "n3w"}})
    assert patched.status_code == 200
    assert patched.json()["data"]["attributes"]["redeemEnabled"] is True
    assert "n3w" not in patched.text
    listed = {r["id"] for r in client.get("/readers").json()["data"]}
    assert "south_entrance_01" in listed


@pytest.mark.parametrize(("change", "text"), [
    ({"type": None}, "type is required"),
    ({"type": "Turnstile"}, "type must be"),
    ({"password": None}, "password is required"),
    ({"qrEnabled": "yes"}, "qrEnabled must be true or false"),
])
def test_bad_readers_are_422(client, entity_id, change, text):
    reader = {**doc("6.1-create-reader-1-request")["reader"], "id": "new-reader", **change}
    response = client.post(f"/entities/{entity_id}/readers", json={"reader": reader})
    assert response.status_code == 422
    assert text in detail(response)
