"""Every route of the PassEntry API, and every choice the docs leave open.

The vendor texts give payloads but not URL paths; ``../shared/api/REFERENCE.md``
marks the paths it had to infer. Each such choice lives here and only here,
so a correction is a one-line change. The sandbox mounts its handlers from
this same table, so client and sandbox move together.
"""

from __future__ import annotations

from dataclasses import dataclass

from passdesk.core.payloads import FieldValueStyle

DEFAULT_BASE_URL = "https://api.passentry.com/api/v1"
API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # relative to the base URL, with {id} placeholders
    inferred: bool = False

    def url(self, **params: str) -> str:
        from urllib.parse import quote

        return self.path.format(**{k: quote(str(v), safe="") for k, v in params.items()})


ROUTES: dict[str, Route] = {
    "entities.list": Route("GET", "/entities"),
    "entities.get": Route("GET", "/entities/{id}"),
    "templates.list": Route("GET", "/pass-templates", inferred=True),
    "templates.get": Route("GET", "/pass-templates/{id}"),
    "templates.create": Route("POST", "/pass-templates", inferred=True),
    "events.list": Route("GET", "/events", inferred=True),
    "events.get": Route("GET", "/events/{id}"),
    "events.create": Route("POST", "/events"),
    "events.update": Route("PATCH", "/events/{id}"),
    "passes.list": Route("GET", "/passes"),
    "passes.create": Route("POST", "/passes"),
    "passes.get": Route("GET", "/passes/{id}"),
    "passes.update": Route("PATCH", "/passes/{id}"),
    "passes.notify": Route("POST", "/passes/{id}/notifications", inferred=True),
    "loyalty.get": Route("GET", "/passes/{id}/loyalty", inferred=True),
    "loyalty.update": Route("PATCH", "/passes/{id}/loyalty", inferred=True),
    "readers.list": Route("GET", "/readers", inferred=True),
    "readers.get": Route("GET", "/readers/{id}"),
    "readers.create": Route("POST", "/readers"),
    "readers.update": Route("PATCH", "/readers/{id}"),
    "reader_configuration.get": Route("GET", "/reader-configuration", inferred=True),
    "reader_configuration.update": Route("PATCH", "/reader-configuration", inferred=True),
}

# --- other inferred choices -------------------------------------------------

#: POST /passes takes the template as ``?passTemplate=``; extId and
#: includePassSource go in the query too (inferred).
CREATE_PASS_QUERY = {"template": "passTemplate", "ext_id": "extId",
                     "pass_source": "includePassSource"}

#: GET /passes/{id} also accepts an extId in place of the id (inferred).
GET_PASS_ACCEPTS_EXT_ID = True

#: POST /pass-templates wraps the template as {"passTemplate": {...}} (inferred).
TEMPLATE_CREATE_BODY_KEY = "passTemplate"

#: PATCH /reader-configuration wraps the changes as {"readerConfiguration": {...}}
#: (inferred: the dashboard edits it; the docs show only the record).
READER_CONFIGURATION_BODY_KEY = "readerConfiguration"

#: Pass field values: the vendor example sends plain values, public clients
#: send {"value": ...}. Plain by default; this is the one switch.
FIELD_VALUE_STYLE = FieldValueStyle.PLAIN

#: Page size the API uses when none is asked for, and the most we ask for.
DEFAULT_PER_PAGE = 100
