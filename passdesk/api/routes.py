"""Every route the client calls, with its standing, and every choice the docs leave open.

The paths are those of ``../shared/api/PASSENTRY-API.md`` (the vendor's current
docs), relative to the base URL that ends in ``/api/v1``. Each route says how
far it can be relied on:

* ``documented`` - on a current docs.passentry.com page (§16 of the reference);
* ``legacy`` - only in the older vendor text (entities, events, reader
  list/show/update): a real account may answer 404;
* ``sandbox-only`` - an extension the sandbox offers (template list, reader
  configuration update); nothing may depend on it.

A legacy or sandbox-only route that answers 404 or 405 raises
``errors.NotOfferedError`` (see ``groups.Endpoint``). The sandbox keeps its
own table, written from the document, so the two are checked against the
document and not against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

# DEFAULT_BASE_URL is core/passentry.py's: the settings default to it too.
from passdesk.core.passentry import DEFAULT_BASE_URL as DEFAULT_BASE_URL

# NFC_CUSTOM_VALUE_KEY (§15.3: the key of the custom NFC message in ``pass.nfc``,
# inferred from the batch CSV column ``nfc_custom_value``) is defined beside the
# body builder in core/payloads/passes.py (core may not import api); re-exported here.
from passdesk.core.payloads import NFC_CUSTOM_VALUE_KEY as NFC_CUSTOM_VALUE_KEY
from passdesk.core.payloads import FieldValueStyle
from passdesk.core.reader_config import (
    READER_CONFIGURATION_BODY_KEY as READER_CONFIGURATION_BODY_KEY,
)
from passdesk.core.texts import translate

API_PREFIX = "/api/v1"


class Standing(StrEnum):
    DOCUMENTED = "documented"
    LEGACY = "legacy"
    EXTENSION = "sandbox-only"


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # relative to the base URL, with {id} / {entity_id} placeholders
    standing: Standing = Standing.DOCUMENTED
    #: What the route gives, in plain words, for "this account does not offer ...".
    what: str = ""

    def url(self, **params: str) -> str:
        return self.path.format(**{k: quote(str(v), safe="") for k, v in params.items()})

    @property
    def documented(self) -> bool:
        return self.standing is Standing.DOCUMENTED


_D, _L, _X = Standing.DOCUMENTED, Standing.LEGACY, Standing.EXTENSION

ROUTES: dict[str, Route] = {
    # passes (§3): every {id} is the pass UUID or its External ID
    "passes.list": Route("GET", "/passes", _D, translate("sync", "the passes list")),
    "passes.create": Route("POST", "/passes", _D, translate("sync", "issuing passes")),
    "passes.get": Route("GET", "/passes/{id}", _D, translate("sync", "a pass")),
    "passes.update": Route("PATCH", "/passes/{id}", _D, translate("sync", "pass changes")),
    "passes.notify": Route("POST", "/passes/{id}/notification", _D,
                           translate("sync", "messages to a pass")),
    "passes.nullify": Route("POST", "/passes/{id}/nullify", _D,
                            translate("sync", "nullifying passes")),
    # loyalty (§4)
    "loyalty.get": Route("GET", "/loyalty/{id}", _D, translate("sync", "loyalty balances")),
    "loyalty.update": Route("PATCH", "/loyalty/{id}", _D, translate("sync", "loyalty changes")),
    # pass templates (§5)
    "templates.get": Route("GET", "/pass-templates/{id}", _D, translate("sync", "pass templates")),
    "templates.get_deprecated": Route("GET", "/pass_templates/{id}", _D,
                                      translate("sync", "pass templates (older route)")),
    "templates.create": Route("POST", "/pass-templates", _D,
                              translate("sync", "creating pass templates")),
    "templates.update": Route("PATCH", "/pass-templates/{id}", _D,
                              translate("sync", "changing pass templates")),
    "templates.list": Route("GET", "/pass-templates", _X,
                            translate("sync", "a list of pass templates")),
    # readers (§6)
    "readers.create": Route("POST", "/entities/{entity_id}/readers", _D,
                            translate("sync", "adding readers")),
    "reader_configuration.get": Route("GET", "/entities/{entity_id}/readerConfiguration", _D,
                                      translate("sync", "the reader configuration")),
    "reader_configuration.update": Route(
        "PATCH", "/entities/{entity_id}/readerConfiguration", _X,
        translate("sync", "changing the reader configuration by API (set it in the PassEntry "
                          "dashboard: Readers -> Reader Configuration)")),
    # scans (§7)
    "scans.list": Route("GET", "/scans", _D, translate("sync", "the scans list")),
    "scans.get": Route("GET", "/scans/{id}", _D, translate("sync", "a scan")),
    "scans.create": Route("POST", "/scans", _D, translate("sync", "checking scans")),
    "scans.log": Route("POST", "/scans/log", _D, translate("sync", "logging scans")),
    # webhook subscriptions (§8)
    "webhook_subscriptions.list": Route("GET", "/webhook-subscriptions", _D,
                                        translate("sync", "the webhook subscriptions list")),
    "webhook_subscriptions.create": Route("POST", "/webhook-subscriptions", _D,
                                          translate("sync", "adding webhook subscriptions")),
    "webhook_subscriptions.get": Route("GET", "/webhook-subscriptions/{id}", _D,
                                       translate("sync", "a webhook subscription")),
    "webhook_subscriptions.update": Route("PATCH", "/webhook-subscriptions/{id}", _D,
                                          translate("sync", "changing webhook subscriptions")),
    "webhook_subscriptions.rotate_secret": Route(
        "PATCH", "/webhook-subscriptions/{id}/rotate-secret", _D,
        translate("sync", "new webhook secrets")),
    # batches and wallet messaging (§11)
    "batches.create_passes": Route("POST", "/passes/batch", _D,
                                   translate("sync", "batch pass creation")),
    "batches.update_passes": Route("POST", "/passes/batch/update", _D,
                                   translate("sync", "batch pass updates")),
    "batches.wallet_messaging": Route("POST", "/entities/{entity_id}/messaging/wallet", _D,
                                      translate("sync", "wallet messaging")),
    "batches.list": Route("GET", "/batches", _D, translate("sync", "the batches list")),
    "batches.get": Route("GET", "/batches/{id}", _D, translate("sync", "a batch")),
    "batches.cancel": Route("PATCH", "/batches/{id}/cancel", _D,
                            translate("sync", "cancelling batches")),
    "batches.send_now": Route("POST", "/batches/{id}/send-now", _D,
                              translate("sync", "sending batches now")),
    # image assets (§12)
    "image_assets.create": Route("POST", "/image-assets", _D,
                                 translate("sync", "uploading images")),
    "image_assets.list": Route("GET", "/image-assets", _D, translate("sync", "the image list")),
    "image_assets.get": Route("GET", "/image-assets/{id}", _D, translate("sync", "an image")),
    # legacy (§14): only in the older vendor text
    "entities.list": Route("GET", "/entities", _L, translate("sync", "the entities list")),
    "entities.get": Route("GET", "/entities/{id}", _L, translate("sync", "entities")),
    "events.list": Route("GET", "/events", _L, translate("sync", "the events list")),
    "events.get": Route("GET", "/events/{id}", _L, translate("sync", "events")),
    "events.create": Route("POST", "/events", _L, translate("sync", "creating events")),
    "events.update": Route("PATCH", "/events/{id}", _L, translate("sync", "changing events")),
    "readers.list": Route("GET", "/readers", _L, translate("sync", "the readers list")),
    "readers.get": Route("GET", "/readers/{id}", _L, translate("sync", "showing a reader")),
    "readers.update": Route("PATCH", "/readers/{id}", _L, translate("sync", "changing readers")),
}

# --- choices the reference leaves open (§15) ---------------------------------

#: §15.1: pass field values are sent plain ("fullName": "Jane"); the other
#: documented form is {"value": ...}. This is the one switch.
FIELD_VALUE_STYLE = FieldValueStyle.PLAIN

#: §5.3/§15.6: a created template is polled on this route, never on the
#: ``links.self`` of the answer (it lacks the /api prefix in the docs).
TEMPLATE_POLL_ROUTE = "templates.get"

#: POST /passes takes the template, the External ID and the pass-source flag
#: in the query (§3.2).
CREATE_PASS_QUERY = {"template": "passTemplate", "ext_id": "extId",
                     "pass_source": "includePassSource"}

#: Every pass path takes the UUID or the External ID (§1.3).
GET_PASS_ACCEPTS_EXT_ID = True

#: POST/PATCH /pass-templates wrap the template as {"passTemplate": {...}} (§5.3).
TEMPLATE_CREATE_BODY_KEY = "passTemplate"

# READER_CONFIGURATION_BODY_KEY (PATCH .../readerConfiguration, sandbox-only, wraps
# the changes as {"readerConfiguration": {...}}; the docs have no such route) is
# defined beside its body in core/reader_config.py (core may not import api);
# re-exported above.

#: Page size asked for when none is given: passes default to 100 [old-doc];
#: 100 is also the most any list allows (§1.4).
DEFAULT_PER_PAGE = 100

#: Page sizes the docs give per list (§1.4); the client asks for at most 100.
MAX_PER_PAGE = 100
