"""Readers (PASSENTRY-API.md §6): created under an entity; the entity's reader configuration.

The password is stored, never returned. Reader list/show/update are legacy
(§14.3). Changing the configuration is a sandbox-only extension (the
dashboard does it on a real account); changing the validation settings logs
every PassEntry Reader app out, as the vendor's validation guide says.
One configuration serves every entity of the sandbox.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox.bodies import is_int, wrapped_object
from passdesk.sandbox.errors import not_found, unprocessable
from passdesk.sandbox.handlers.collection import get_handler, list_handler
from passdesk.sandbox.rows import StoredReader
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document, reader_resource, resource

READER_TYPES = ("PassentryReader", "VtapReader")
FLAGS = ("qrEnabled", "mifareClassicNfcEnabled", "scanEnabled", "redeemEnabled",
         "addPointsEnabled", "ndefTagScanningEnabled")
# Reader ids go into URL paths; the vendor examples use letters, digits, - and _.
READER_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
VALIDATION_TYPES = ("internal", "external")
#: Settable text attributes of the configuration (the API key is PassEntry's own).
CONFIG_TEXTS = ("googleCollectorId", "applePassTypeId")


def entity_or_404(state: SandboxState, request: Request, key: str = "entity_id") -> str:
    entity_id = request.path_params[key]
    if entity_id not in state.entities:
        raise not_found("Entity")
    return entity_id


async def create_reader(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        entity_id = entity_or_404(state, request)
    given, _body = await wrapped_object(request, "reader")
    problems = []
    reader_id = given.get("id")
    if not isinstance(reader_id, str) or not READER_ID.match(reader_id):
        problems.append("id is required: 1-64 letters, digits, '-', '_' or '.'")
    if given.get("type") is None:
        problems.append(f"type is required ({' or '.join(READER_TYPES)})")
    if given.get("password") is None:
        problems.append("password is required")
    problems += _problems(given)
    if problems:
        raise unprocessable(*problems)
    attributes = {"name": given.get("name") or reader_id, "readerType": given["type"],
                  "loggedIn": False, **{f: bool(given.get(f, False)) for f in FLAGS}}
    with state.lock:
        if reader_id in state.readers:
            raise unprocessable("id has already been taken")
        reader = StoredReader(reader_id, attributes, password=given["password"],
                              entity_id=entity_id)
        state.readers[reader_id] = reader
        return document(reader_resource(reader), status=201)


async def update_reader(request: Request) -> Response:
    given, _body = await wrapped_object(request, "reader")
    reader_id = request.path_params["id"]
    problems = _problems(given)
    if given.get("id") not in (None, reader_id):
        problems.append("id cannot be changed")
    if problems:
        raise unprocessable(*problems)
    state = state_of(request)
    with state.lock:
        reader = state.readers.get(reader_id)
        if reader is None:
            raise not_found("Reader")
        if given.get("name") is not None:
            reader.attributes["name"] = given["name"]
        if given.get("type") is not None:
            reader.attributes["readerType"] = given["type"]
        if given.get("password") is not None:
            reader.password = given["password"]
        for flag in FLAGS:
            if given.get(flag) is not None:
                reader.attributes[flag] = given[flag]
        return document(reader_resource(reader))


def _problems(given: dict[str, Any]) -> list[str]:
    """Checks on the values present (presence is checked by the caller)."""
    out = []
    if given.get("type") is not None and given["type"] not in READER_TYPES:
        out.append(f"type must be {' or '.join(READER_TYPES)} (got {given['type']!r})")
    if given.get("password") is not None and (
            not isinstance(given["password"], str) or not given["password"]):
        out.append("password must be a non-empty string")
    if given.get("name") is not None and not isinstance(given["name"], str):
        out.append("name must be a string")
    out += [f"{flag} must be true or false" for flag in FLAGS
            if given.get(flag) is not None and not isinstance(given[flag], bool)]
    return out


def configuration_resource(entity_id: str, attributes: dict[str, Any]) -> dict[str, Any]:
    return resource(entity_id, "readerConfiguration", attributes)


async def get_reader_configuration(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        entity_id = entity_or_404(state, request)
        return document(configuration_resource(entity_id, state.reader_configuration[1]))


async def update_reader_configuration(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        entity_id = entity_or_404(state, request)
    given, _body = await wrapped_object(request, d.READER_CONFIGURATION_BODY_KEY)
    with state.lock:
        config_id, attributes = state.reader_configuration
        old_validation = dict(attributes.get("validationConfiguration") or {})
        problems, validation = _validation(given, old_validation)
        problems += _configuration_problems(given)
        token = _token(given, validation, state.validation_token, problems)
        if problems:
            raise unprocessable(*problems)
        changed = {k: given[k] for k in (*CONFIG_TEXTS, "googleKeyVersion", "nfcPrivateKey")
                   if given.get(k) is not None}
        new_attributes = {**attributes, **changed}
        if validation is not None:
            new_attributes["validationConfiguration"] = validation
            if validation != old_validation or token != state.validation_token:
                for reader in state.readers.values():
                    if reader.attributes.get("readerType") == "PassentryReader":
                        reader.attributes["loggedIn"] = False
        state.validation_token = token
        state.reader_configuration = (config_id, new_attributes)
        return document(configuration_resource(entity_id, new_attributes))


def _validation(given: dict[str, Any], old: dict[str, Any]
                ) -> tuple[list[str], dict[str, Any] | None]:
    """(problems, the new validation configuration or None to keep it)."""
    raw = given.get("validationConfiguration")
    if raw is None:
        return [], None
    if not isinstance(raw, dict):
        return ["validationConfiguration must be an object"], None
    kind = raw.get("validationType", old.get("validationType"))
    if kind not in VALIDATION_TYPES:
        return [f"validationType must be {' or '.join(VALIDATION_TYPES)} (got {kind!r})"], None
    if kind == "internal":
        period = raw.get(d.VALIDITY_PERIOD_KEY)
        if period is None:
            return [], {"validationType": "internal"}
        if not is_int(period) or period < 0:
            return [f"{d.VALIDITY_PERIOD_KEY} must be a whole number of seconds"], None
        return [], {"validationType": "internal", d.VALIDITY_PERIOD_KEY: period}
    # External: a URL not given is kept from before.
    keep = old if old.get("validationType") == "external" else {}
    url = raw.get(d.EXTERNAL_URL_KEY, keep.get(d.EXTERNAL_URL_KEY))
    if not isinstance(url, str) or not url.lower().startswith("https://") or len(url) < 9:
        return [f"{d.EXTERNAL_URL_KEY} must be an HTTPS URL for external validation"], None
    return [], {"validationType": "external", d.EXTERNAL_URL_KEY: url}


def _token(given: dict[str, Any], validation: dict[str, Any] | None, old: str | None,
           problems: list[str]) -> str | None:
    """The bearer token readers send to the external URL: write-only, never answered."""
    raw = given.get("validationConfiguration")
    token = raw.get("token") if isinstance(raw, dict) else None
    if validation is None:
        return old
    if validation["validationType"] != "external":
        return None
    if token is not None and (not isinstance(token, str) or not token.strip()):
        problems.append("token must be a non-empty string")
    return token if token is not None else old


def _configuration_problems(given: dict[str, Any]) -> list[str]:
    out = [f"{k} must be a string" for k in CONFIG_TEXTS
           if given.get(k) is not None and not isinstance(given[k], str)]
    if given.get("googleKeyVersion") is not None and not is_int(given["googleKeyVersion"]):
        out.append("googleKeyVersion must be an integer")
    key = given.get("nfcPrivateKey")
    if key is not None and not (isinstance(key, str) and key.lstrip().startswith("-----BEGIN")
                                and "PRIVATE KEY-----" in key):
        out.append("nfcPrivateKey must be a PEM private key (-----BEGIN ... PRIVATE KEY-----)")
    return out


HANDLERS = {
    "readers.list": list_handler("readers", lambda _id, r: reader_resource(r)),
    "readers.get": get_handler("readers", "Reader", lambda _id, r: reader_resource(r)),
    "readers.create": create_reader,
    "readers.update": update_reader,
    "reader_configuration.get": get_reader_configuration,
    "reader_configuration.update": update_reader_configuration,
}
