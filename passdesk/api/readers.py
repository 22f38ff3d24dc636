"""Readers (PassEntry Reader app, VTAP) and the entity's reader configuration.

Documented (§6): create a reader under an entity, and read the entity's reader
configuration. Legacy (older vendor text only): list, show and update readers;
a server without them raises ``NotOfferedError``. Changing the reader
configuration by API is a sandbox-only extension: a real account sets it in
the dashboard, and the client says so (``NotOfferedError``).
"""

from __future__ import annotations

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.core.payloads import ReaderInput
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.core.records import (
    Reader,
    ReaderConfiguration,
)


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
