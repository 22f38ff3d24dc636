"""Changes to an entity's reader configuration, as the request body says them.

A plain record (``None`` = leave as is) with its body, like the other request
bodies in ``core.payloads``: the Readers pane's form fills one, ``sync.readers``
sends it through ``api.readers``. In core, so the form needs no API module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from passdesk.core.records import ValidationType, validation_type_from_api

#: PATCH .../readerConfiguration (sandbox-only) wraps the changes as
#: {"readerConfiguration": {...}}; the docs have no such route (re-exported by
#: ``api.routes``, the table of such choices).
READER_CONFIGURATION_BODY_KEY = "readerConfiguration"


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
