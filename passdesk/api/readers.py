"""Readers (PassEntry Reader app, VTAP) and the account's reader configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.routes import READER_CONFIGURATION_BODY_KEY, ROUTES
from passdesk.core.payloads import ReaderInput
from passdesk.core.records import Reader, ReaderConfiguration, ValidationType


@dataclass
class ReaderConfigurationInput:
    """Changes to the reader configuration (None = leave as is).

    ``validation_type`` internal sends no URL or token. ``token`` and
    ``nfc_private_key`` are secrets: never in a repr, a log or the store.
    """

    validation_type: str | None = None
    url: str | None = None
    token: str | None = field(default=None, repr=False)
    nfc_private_key: str | None = field(default=None, repr=False)

    def to_body(self) -> dict[str, Any]:
        config: dict[str, Any] = {}
        if self.validation_type is not None:
            validation: dict[str, Any] = {"validationType": self.validation_type}
            if self.validation_type == ValidationType.THIRD_PARTY:
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

    def create(self, reader: ReaderInput) -> Reader:
        return self._one(self._call("create", body=reader.to_body()))

    def update(self, reader_id: str, changes: ReaderInput) -> Reader:
        return self._one(self._call("update", id=reader_id, body=changes.to_body()))

    def configuration(self) -> ReaderConfiguration:
        """The reader configuration. It holds secrets: never log or store it whole."""
        return self._configuration(ROUTES["reader_configuration.get"])

    def update_configuration(self, changes: ReaderConfigurationInput) -> ReaderConfiguration:
        """Change the configuration; PassEntry readers log out and use it at next login."""
        return self._configuration(ROUTES["reader_configuration.update"], changes.to_body())

    def _configuration(self, route, body: Any = None) -> ReaderConfiguration:
        record = self._core.request(route.method, route.path, json_body=body).document().one()
        if not isinstance(record, ReaderConfiguration):
            raise errors.ResponseFormatError(f"expected readerConfiguration, got {record.type!r}")
        return record
