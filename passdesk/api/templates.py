"""Pass templates: read (current route, falling back to the deprecated one),
create and change (asynchronous, closed beta), and wait until processed.

* ``get`` tries ``GET /pass-templates/{id}``; on 404 it tries the deprecated
  ``GET /pass_templates/{id}`` and remembers, per client, which one answered
  (``route_in_use``: "current" or "deprecated"), asking that one first next time.
* ``create`` answers 202 with a ``TemplateProcessing``; ``wait_until_processed``
  polls ``GET /pass-templates/{id}`` (never the answer's ``links.self``, whose
  path lacks /api in the docs) until the template is ready.
* ``list`` is a sandbox-only extension: a real account raises NotOfferedError,
  and nothing may depend on it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.api.routes import TEMPLATE_CREATE_BODY_KEY, TEMPLATE_POLL_ROUTE
from passdesk.core.records import PassTemplate, TemplateProcessing
from passdesk.core.texts import translate

CURRENT, DEPRECATED = "current", "deprecated"
_ROUTE_OF = {CURRENT: "templates.get", DEPRECATED: "templates.get_deprecated"}

#: processingStatus words that mean "not ready yet" / "gave up"; the docs list
#: only "processing" (§5.3), so the others are guesses kept in one place.
PENDING_STATUSES = frozenset({"processing", "pending", "queued"})
FAILED_STATUSES = frozenset({"failed", "error", "rejected"})


class Templates(ResourceGroup[PassTemplate]):
    KIND = PassTemplate
    PREFIX = "templates"

    def __init__(self, core) -> None:
        super().__init__(core)
        #: Which GET answered last: "current", "deprecated", or None (not yet known).
        self.route_in_use: str | None = None

    def get(self, template_id: str) -> PassTemplate:
        """The template, whichever of the two routes this server answers."""
        order = [CURRENT, DEPRECATED] if self.route_in_use != DEPRECATED \
            else [DEPRECATED, CURRENT]
        first_error: errors.NotFoundError | None = None
        for which in order:
            try:
                record = self._one(self._call(_ROUTE_OF[which], id=template_id))
            except errors.NotFoundError as exc:
                first_error = first_error or exc
                continue
            self.route_in_use = which
            return record
        assert first_error is not None
        raise first_error

    def create(self, template: PassTemplate | Mapping[str, Any]) -> TemplateProcessing:
        """Start creating a template (current-shape attributes, or a record).

        Closed beta: an account without it gets UnauthorizedError/ForbiddenError.
        """
        return _processing(self._call("create", body=_body(template)))

    def update(self, template_id: str,
               changes: PassTemplate | Mapping[str, Any]) -> PassTemplate | TemplateProcessing:
        """Change a template (partial). 200 gives the record, 202 a TemplateProcessing."""
        response = self._call("update", id=template_id, body=_body(changes))
        if response.status == 202 or _still_processing(response):
            return _processing(response)
        return self._one(response)

    def wait_until_processed(self, template_id: str, *, poll: float = 1.0,
                             timeout: float = 60.0,
                             sleep: Callable[[float], None] = time.sleep) -> PassTemplate:
        """Poll GET /pass-templates/{id} until the template is ready; return it.

        404 while waiting counts as not ready yet. ProcessingFailedError when
        PassEntry says it failed; ProcessingTimeoutError after ``timeout`` seconds
        of waiting (counted in ``poll`` steps, so a test's ``sleep`` controls it).
        """
        waited = 0.0
        while True:
            try:
                response = self._call(TEMPLATE_POLL_ROUTE, id=template_id)
            except errors.NotFoundError:
                response = None
            if response is not None:
                status = _status_of(response)
                if status in FAILED_STATUSES:
                    message = _attribute(response, "message")
                    failed = translate("sync", "PassEntry could not process the template "
                                               "{template}").format(template=template_id)
                    if isinstance(message, str) and message:
                        failed = translate("sync", "{problem}: {detail}", "an error, then the "
                                           "server's own words").format(problem=failed,
                                                                        detail=message)
                    raise errors.ProcessingFailedError(failed)
                if status not in PENDING_STATUSES:
                    self.route_in_use = self.route_in_use or CURRENT
                    return self._one(response)
            if waited >= timeout:
                raise errors.ProcessingTimeoutError(translate(
                    "sync", "The template {template} was still being processed after "
                            "{seconds} s").format(template=template_id, seconds=f"{waited:g}"))
            sleep(poll)
            waited += poll


def _body(template: PassTemplate | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(template, PassTemplate):
        attributes = template.to_json()
    else:
        attributes = dict(template)
        if set(attributes) == {TEMPLATE_CREATE_BODY_KEY}:  # already wrapped
            return attributes
    return {TEMPLATE_CREATE_BODY_KEY: attributes}


def _attribute(response: ApiResponse, name: str) -> Any:
    body = response.body
    data = body.get("data") if isinstance(body, Mapping) else None
    attrs = data.get("attributes") if isinstance(data, Mapping) else None
    return attrs.get(name) if isinstance(attrs, Mapping) else None


def _status_of(response: ApiResponse) -> str | None:
    status = _attribute(response, "processingStatus")
    return status if isinstance(status, str) else None


def _still_processing(response: ApiResponse) -> bool:
    return _status_of(response) in PENDING_STATUSES


def _processing(response: ApiResponse) -> TemplateProcessing:
    return TemplateProcessing.from_resource(response.document().one())
