"""Pass templates: list, get, and create (the create route is inferred)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from passdesk.api.groups import ResourceGroup
from passdesk.api.routes import TEMPLATE_CREATE_BODY_KEY
from passdesk.core.records import PassTemplate


class Templates(ResourceGroup[PassTemplate]):
    KIND = PassTemplate
    PREFIX = "templates"

    def create(self, template: PassTemplate | Mapping[str, Any]) -> PassTemplate:
        """Create a template from a record or its attributes as JSON."""
        attributes = template.to_json() if isinstance(template, PassTemplate) else dict(template)
        return self._one(self._call("create", body={TEMPLATE_CREATE_BODY_KEY: attributes}))
