"""Readers (the password is stored, never returned) and the reader configuration.

Changing the validation settings logs every PassEntry Reader app out, as the
vendor's third-party validation guide says the real service does.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from passdesk.api.routes import READER_CONFIGURATION_BODY_KEY
from passdesk.sandbox.bodies import is_int, wrapped_object
from passdesk.sandbox.errors import not_found, unprocessable
from passdesk.sandbox.handlers.collection import get_handler, list_handler
from passdesk.sandbox.rows import StoredReader
from passdesk.sandbox.state import state_of
from passdesk.sandbox.views import document, reader_resource, resource

READER_TYPES = ("PassentryReader", "VtapReader")
FLAGS = ("qrEnabled", "mifareClassicNfcEnabled", "scanEnabled", "redeemEnabled",
         "addPointsEnabled", "ndefTagScanningEnabled")
# Reader ids go into URL paths; the vendor examples use letters, digits, - and _.
READER_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
VALIDATION_TYPES = ("internal", "thirdParty")
#: Settable text attributes of the configuration (the API key is PassEntry's own).
CONFIG_TEXTS = ("googleCollectorId", "applePassTypeId")


async def create_reader(request: Request) -> Response:
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
                  "loggedIn": False, **{f: bool(given.get(f, False)) for f in FLAGS},
                  "lastSeenAt": None}
    state = state_of(request)
    with state.lock:
        if reader_id in state.readers:
            raise unprocessable("id has already been taken")
        reader = StoredReader(reader_id, attributes, password=given["password"])
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


async def get_reader_configuration(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        config_id, attributes = state.reader_configuration
        return document(resource(config_id, "readerConfiguration", attributes))


async def update_reader_configuration(request: Request) -> Response:
    given, _body = await wrapped_object(request, READER_CONFIGURATION_BODY_KEY)
    state = state_of(request)
    with state.lock:
        config_id, attributes = state.reader_configuration
        old_validation = dict(attributes.get("validationConfiguration") or {})
        problems, validation = _validation(given, old_validation)
        problems += _configuration_problems(given)
        if problems:
            raise unprocessable(*problems)
        changed = {k: given[k] for k in (*CONFIG_TEXTS, "googleKeyVersion", "nfcPrivateKey")
                   if given.get(k) is not None}
        new_attributes = {**attributes, **changed}
        if validation is not None:
            new_attributes["validationConfiguration"] = validation
            if validation != old_validation:
                for reader in state.readers.values():
                    if reader.attributes.get("readerType") == "PassentryReader":
                        reader.attributes["loggedIn"] = False
        state.reader_configuration = (config_id, new_attributes)
        return document(resource(config_id, "readerConfiguration", new_attributes))


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
        return [], {"validationType": "internal"}
    # Third-party: what is not given is kept from before (a URL change keeps the token).
    keep = old if old.get("validationType") == "thirdParty" else {}
    url, token = raw.get("url", keep.get("url")), raw.get("token", keep.get("token"))
    problems = []
    if not isinstance(url, str) or not url.lower().startswith("https://") or len(url) < 9:
        problems.append("url must be an HTTPS URL for third-party validation")
    if not isinstance(token, str) or not token.strip():
        problems.append("token is required for third-party validation")
    return problems, {"validationType": "thirdParty", "url": url, "token": token}


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
