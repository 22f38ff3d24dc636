"""The hub's OpenAPI 3.1 document, written by hand to say what the routes really answer.

Served at ``GET /openapi.json``. A schemathesis run against the running hub
(tests/integration/hub/test_openapi_conformance.py) checks that every answer
is one this document describes; change the two together.
"""

from __future__ import annotations

from typing import Any

from passdesk import __version__
from passdesk.hub import wire

_ERROR = {"$ref": "#/components/schemas/Error"}
_VALIDATION = {"$ref": "#/components/schemas/ValidationResponse"}
_WEBHOOK_OK = {"$ref": "#/components/schemas/WebhookOk"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_TOO_LARGE = _json(_ERROR, f"The body is larger than {wire.MAX_BODY_BYTES:,} bytes.")

_SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "string", "description": "What went wrong, in words."}},
    },
    "ReaderRequest": {
        "description": "A PassEntry reader's request (no readerType) or a VTAP reader's "
                       "(readerType VTAP, scanData), as PassEntry documents them.",
        "type": "object", "required": ["scan"],
        "properties": {"scan": {
            "type": "object", "required": ["scanValue"],
            "properties": {
                "scanValue": {"type": "string", "description": "What was read: a pass id, "
                              "ext id, NFC value, barcode or download link."},
                "readerId": {"type": "string", "maxLength": 255},
                "scanType": {"type": "string", "examples": ["nfc", "barcode"]},
                "readerType": {"type": "string", "examples": ["VTAP"]},
                "loyalty": {
                    "type": "object", "required": ["balance"],
                    "properties": {
                        "balance": {"type": "integer", "minimum": -1_000_000_000,
                                    "maximum": 1_000_000_000,
                                    "description": "Points to add (+) or redeem (-)."},
                        "message": {"type": "string", "maxLength": 1000,
                                    "description": "Push message sent with the change."},
                    },
                },
                "scanData": {"type": "object", "description": "VTAP: IP, location, passtype, "
                             "payload, rdrparam1, rdrparam2, serialno, SSID."},
            },
        }},
        "examples": [
            {"scan": {"scanValue": "some-scan-value", "readerId": "passentry_reader_id",
                      "scanType": "nfc",
                      "loyalty": {"balance": -10, "message": "You have redeemed 10 points"}}},
            {"scan": {"scanValue": "some-scan-value", "readerId": "CC123456",
                      "readerType": "VTAP", "scanData": {"serialno": "CC123459"}}},
        ],
    },
    "ValidationResponse": {
        "type": "object", "required": ["validationResponse"],
        "properties": {"validationResponse": {
            "type": "object", "required": ["status", "statusDetail", "readerInstructions"],
            "properties": {
                "status": {"enum": ["success", "failed"]},
                "statusDetail": {"type": ["string", "null"],
                                 "description": "Why, e.g. 'admitted', 'already admitted'."},
                "passId": {"type": "string"},
                "readerInstructions": {"anyOf": [
                    {"type": "object", "required": ["message"],
                     "properties": {"message": {"type": "string"}},
                     "description": "PassEntry reader: the text it shows."},
                    {"type": "object", "required": ["VTAPaction"],
                     "properties": {"VTAPaction": {
                         "type": "object", "required": ["led", "beep", "message", "success"],
                         "properties": {
                             "led": {"type": "string", "pattern": r"^\?LEDR [0-9A-F]{6},"},
                             "beep": {"type": "string", "pattern": r"^\?BEEPR "},
                             "message": {"type": "string"},
                             "success": {"type": "boolean"},
                         }}},
                     "description": "VTAP: LED and beep commands (green admit, red deny)."},
                ]},
            },
        }},
    },
    "PassEntryWebhook": {
        "type": "object", "required": ["data"],
        "properties": {
            "data": {
                "type": "object", "required": ["id", "type", "attributes"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"const": "webhook"},
                    "attributes": {
                        "type": "object", "required": ["timeStamp", "webhookType"],
                        "properties": {
                            "timeStamp": {"type": "string", "format": "date-time"},
                            "webhookType": {"enum": ["passInstalled", "passRemoved",
                                                     "passTapped"]},
                        },
                    },
                    "relationships": {"type": "object"},
                },
            },
            "included": {"type": "array", "items": {"type": "object"}},
        },
    },
    "PassSlotEvent": {
        "type": "object", "required": ["id", "type", "data"],
        "properties": {
            "created": {"type": "string", "format": "date-time"},
            "id": {"type": "string"},
            "type": {"enum": ["pass.created", "pass.updated", "pass.downloaded",
                              "registration.created", "registration.deleted",
                              "scan.performed", "webhook.verify"]},
            "data": {"type": "object"},
        },
    },
    "WebhookOk": {
        "type": "object", "required": ["status"],
        "properties": {
            "status": {"const": "ok"},
            "result": {"enum": ["applied", "duplicate"],
                       "description": "duplicate: delivered before; nothing changed again."},
        },
    },
    "Health": {
        "type": "object", "required": ["status", "database", "version"],
        "properties": {"status": {"enum": ["ok", "error"]},
                       "database": {"enum": ["ok", "unavailable"]},
                       "version": {"type": "string"}},
    },
}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "passdesk venue hub",
        "version": __version__,
        "description": "External validation for PassEntry and VTAP readers, and the "
                       "PassEntry and PassSlot webhook receivers, over the venue's store.",
    },
    "paths": {
        "/validate": {"post": {
            "summary": "Judge a reader's scan (PassEntry external validation)",
            "security": [{"bearerAuth": []}],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/ReaderRequest"}}}},
            "responses": {
                "200": _json(_VALIDATION, "The verdict: success admits, failed denies "
                             "(also for unknown or unreadable scan values)."),
                "400": _json(_VALIDATION, "The body is not JSON (failed)."),
                "401": {**_json(_ERROR, "No bearer token, or not the configured one."),
                        "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
                "413": _TOO_LARGE,
                "422": _json(_VALIDATION, "JSON, but not a reader request (failed; "
                             "statusDetail says why)."),
                "503": _json(_VALIDATION, "The hub cannot reach its database (failed)."),
            },
        }},
        "/webhooks/passentry": {"post": {
            "summary": "Receive a PassEntry webhook (passInstalled, passRemoved, passTapped)",
            "parameters": [{
                "name": wire.SIGNATURE_HEADER, "in": "header", "required": True,
                "description": "HMAC-SHA256 of the raw body with the endpoint's secret, "
                               "hex digest.",
                "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/PassEntryWebhook"}}}},
            "responses": {
                "200": _json(_WEBHOOK_OK, "Applied, or delivered before (changes nothing)."),
                "400": _json(_ERROR, "Not JSON, or a timestamp outside the accepted window "
                             "(a replay)."),
                "401": _json(_ERROR, "The signature does not match (or no secret is set)."),
                "413": _TOO_LARGE,
                "422": _json(_ERROR, "JSON, but not a PassEntry webhook."),
                "503": _json(_ERROR, "The store cannot take it now; PassEntry retries."),
            },
        }},
        "/webhooks/passslot": {"post": {
            "summary": "Receive a PassSlot event; webhook.verify is answered with its token",
            "parameters": [{
                "name": wire.PASSSLOT_KEY_PARAM, "in": "query", "required": True,
                "description": "The hub's PassSlot key (PASSDESK_PASSSLOT_KEY).",
                "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/PassSlotEvent"}}}},
            "responses": {
                "200": {"description": "Applied or delivered before; for webhook.verify, "
                                       "the token as plain text.",
                        "content": {"application/json": {"schema": _WEBHOOK_OK},
                                    wire.PASSSLOT_VERIFY_MEDIA_TYPE: {
                                        "schema": {"type": "string"}}}},
                "400": _json(_ERROR, "The body is not JSON."),
                "401": _json(_ERROR, "The key is missing or wrong."),
                "413": _TOO_LARGE,
                "422": _json(_ERROR, "JSON, but not a PassSlot event."),
                "503": _json(_ERROR, "The store cannot take it now."),
            },
        }},
        "/health": {"get": {
            "summary": "Whether the hub and its database answer",
            "responses": {
                "200": _json({"$ref": "#/components/schemas/Health"}, "Up."),
                "503": _json({"$ref": "#/components/schemas/Health"},
                             "The database does not answer."),
            },
        }},
        "/openapi.json": {"get": {
            "summary": "This document",
            "responses": {"200": _json({"type": "object"}, "The OpenAPI 3.1 document.")},
        }},
    },
    "components": {
        "schemas": _SCHEMAS,
        "securitySchemes": {"bearerAuth": {
            "type": "http", "scheme": "bearer",
            "description": "The token set in PassEntry's reader configuration "
                           "(PASSDESK_HUB_TOKEN on the hub)."}},
    },
}
