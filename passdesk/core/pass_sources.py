"""How a pass reaches its holder: its download link and, when the API sent
them, the Apple pass file and the Google Wallet link.

The API adds ``passSource`` (``{"appleBase64"}`` or ``{"googleDownloadUrl"}``)
to a pass record only when asked with ``includePassSource`` and while the pass
is not yet on a device; the store keeps the record's attributes as sent.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from passdesk.core.texts import translate

#: A .pkpass is a zip archive: anything else is not a pass file.
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class PassSources:
    download_url: str | None = None
    #: The decoded .pkpass bytes.
    apple_pkpass: bytes | None = None
    google_url: str | None = None
    #: Why a source the record holds cannot be used, in words.
    problem: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.download_url or self.apple_pkpass or self.google_url)


def _url(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) \
        else None


def decode_pkpass(text: str) -> bytes:
    """The pass file from its base64 text; ValueError if it is not one."""
    try:
        data = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(translate("passes", "the Apple pass sent is not valid base64")) from None
    if not data.startswith(ZIP_MAGIC):
        raise ValueError(translate("passes", "the Apple pass sent is not a .pkpass file"))
    return data


def pass_sources(attributes: Mapping[str, Any] | None,
                 download_url: str | None = None) -> PassSources:
    """What a stored pass record offers for delivery."""
    attributes = attributes if isinstance(attributes, Mapping) else {}
    source = attributes.get("passSource")
    source = source if isinstance(source, Mapping) else {}
    apple, problem = None, None
    if isinstance(source.get("appleBase64"), str):
        try:
            apple = decode_pkpass(source["appleBase64"])
        except ValueError as exc:
            problem = exc.args[0] if len(exc.args) == 1 else str(exc)
    return PassSources(_url(download_url) or _url(attributes.get("downloadUrl")), apple,
                       _url(source.get("googleDownloadUrl")), problem)
