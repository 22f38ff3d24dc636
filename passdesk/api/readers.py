"""Readers (PassEntry Reader app, VTAP) and the account's reader configuration."""

from __future__ import annotations

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.routes import ROUTES
from passdesk.core.payloads import ReaderInput
from passdesk.core.records import Reader, ReaderConfiguration


class Readers(ResourceGroup[Reader]):
    KIND = Reader
    PREFIX = "readers"

    def create(self, reader: ReaderInput) -> Reader:
        return self._one(self._call("create", body=reader.to_body()))

    def update(self, reader_id: str, changes: ReaderInput) -> Reader:
        return self._one(self._call("update", id=reader_id, body=changes.to_body()))

    def configuration(self) -> ReaderConfiguration:
        """The reader configuration. It holds secrets: never log or store it whole."""
        route = ROUTES["reader_configuration.get"]
        record = self._core.request(route.method, route.path).document().one()
        if not isinstance(record, ReaderConfiguration):
            raise errors.ResponseFormatError(f"expected readerConfiguration, got {record.type!r}")
        return record
