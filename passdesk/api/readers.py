"""Readers (PassEntry Reader app, VTAP) and the entity's reader configuration.

Documented (§6): create a reader under an entity, and read the entity's reader
configuration. Legacy (older vendor text only): list, show and update readers;
a server without them raises ``NotOfferedError``. Changing the reader
configuration by API is a sandbox-only extension: a real account sets it in
the dashboard, and the client says so (``NotOfferedError``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.api.routes import READER_CONFIGURATION_BODY_KEY
from passdesk.core.payloads import ReaderInput
from passdesk.core.records import (
    Reader,
    ReaderConfiguration,
    ValidationType,
    validation_type_from_api,
)


@dataclass
class ReaderConfigurationInput:
    """Changes to the reader configuration (None = leave as is).

    ``validation_type`` internal sends no URL or token; external (the older
    "thirdParty" is read as external) sends them. ``token`` and
    ``nfc_private_key`` are secrets: never in a repr, a log or the store.
    """

    validation_type: str | None = None
    url: str | None = None
    token: str | None = field(default=None, repr=False)
    nfc_private_key: str | None = field(default=None, repr=False)

    def to_body(self) -> dict[str, Any]:
        config: dict[str, Any] = {}
        if self.validation_type is not None:
            kind = validation_type_from_api(self.validation_type)
            validation: dict[str, Any] = {"validationType": kind}
            if kind == ValidationType.EXTERNAL:
                if self.url is not None:
                    validation["url"] = self.url
                if self.token is not None:
                    validation["token"] = self.token
            config["validationConfiguration"] = validation
        if self.nfc_private_key is not None:
            config["nfcPrivateKey"] = self.nfc_private_key
        return {READER_CONFIGURATION_BODY_KEY: config}


class Readers(ResourceGroup[Reader]):
    KIND = Reader
    PREFIX = "readers"

    def create(self, entity_id: str, reader: ReaderInput) -> Reader:
        """Add a reader under the entity (POST /entities/{entity_id}/readers, 201)."""
        return self._one(self._call("create", entity_id=_entity(entity_id),
                                    body=reader.to_body()))

    def update(self, reader_id: str, changes: ReaderInput) -> Reader:
        """Legacy: PATCH /readers/{id}; NotOfferedError where the server lacks it."""
        return self._one(self._call("update", id=reader_id, body=changes.to_body()))

    def configuration(self, entity_id: str) -> ReaderConfiguration:
        """The entity's reader configuration. It holds secrets: never log or store it whole."""
        return self._configuration(self._call("reader_configuration.get",
                                              entity_id=_entity(entity_id)))

    def update_configuration(self, entity_id: str,
                             changes: ReaderConfigurationInput) -> ReaderConfiguration:
        """Sandbox-only: change the configuration. A real account answers 404/405,
        raised as NotOfferedError ("set it in the dashboard")."""
        return self._configuration(self._call("reader_configuration.update",
                                              entity_id=_entity(entity_id),
                                              body=changes.to_body()))

    @staticmethod
    def _configuration(response: ApiResponse) -> ReaderConfiguration:
        record = response.document().one()
        if not isinstance(record, ReaderConfiguration):
            raise errors.ResponseFormatError(f"expected readerConfiguration, got {record.type!r}")
        return record


def _entity(entity_id: str) -> str:
    if not entity_id or not str(entity_id).strip():
        raise ValueError("an entity id is required (PassEntry dashboard -> entity settings)")
    return str(entity_id).strip()
