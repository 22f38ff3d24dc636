"""Scans (§7): list and show the scans readers made, check a pass (internal
validation), and log what a third-party endpoint decided.

POST /scans and /scans/log do not answer JSON:API: their answers parse into
``ValidationResult`` (``validationResponse`` and/or ``scanInfo``).
"""

from __future__ import annotations

from collections.abc import Mapping

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.core.payloads import ScanInput, ScanLogInput
from passdesk.core.records import Scan, ValidationResult
from passdesk.core.texts import translate


class Scans(ResourceGroup[Scan]):
    KIND = Scan
    PREFIX = "scans"

    def create(self, scan: ScanInput) -> ValidationResult:
        """Ask PassEntry whether the pass may pass (its readers' internal validation)."""
        return _result(self._call("create", body=scan.to_body()), need="validationResponse")

    def log(self, scan: ScanLogInput) -> ValidationResult:
        """Record a scan decided elsewhere (third-party validation)."""
        return _result(self._call("log", body=scan.to_body()), need="scanInfo")


def _result(response: ApiResponse, *, need: str) -> ValidationResult:
    body = response.body
    if not isinstance(body, Mapping) or not isinstance(body.get(need), Mapping):
        raise errors.ResponseFormatError(translate(
            "sync", "The server's answer has no {name} object").format(name=repr(need)))
    return ValidationResult.from_json(body)
