"""Third-party validation: the client that sends a reader request to an endpoint.

With third-party validation configured, the Door acts as a reader: it POSTs the
documented reader request (``core.validation_formats``) with ``Authorization:
Bearer <token>`` to the configured endpoint and reads its ``validationResponse``.
"""

from __future__ import annotations

import json

import httpx

from passdesk.api import errors
from passdesk.api.http import BearerAuth, api_message
from passdesk.api.urls import check_base_url
from passdesk.core.validation_formats import ReaderRequest, ValidationResponse


class ValidationClient:
    """Sends reader requests to a third-party validation endpoint."""

    def __init__(self, url: str, token: str | None, *, timeout: float = 2.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = check_base_url(url)
        self._client = httpx.Client(auth=BearerAuth(token), timeout=timeout,
                                    transport=transport, follow_redirects=False)

    def validate(self, request: ReaderRequest) -> ValidationResponse:
        """One request, never retried (the endpoint may apply loyalty). Typed errors."""
        host = httpx.URL(self.url).host
        try:
            response = self._client.post(self.url, json=request.to_json())
        except httpx.TimeoutException as exc:
            raise errors.NetworkError(f"The validation service at {host} did not answer "
                                      "in time", outcome_unknown=True) from exc
        except httpx.TransportError as exc:
            raise errors.NetworkError(f"Could not reach the validation service at {host}"
                                      ) from exc
        if response.status_code in (401, 403):
            raise errors.UnauthorizedError("The validation service refused the token",
                                           status=response.status_code)
        if response.status_code >= 400:
            detail = api_message(response)
            raise errors.ServerError(
                f"The validation service answered HTTP {response.status_code}"
                + (f": {detail}" if detail else ""), status=response.status_code)
        try:
            return ValidationResponse.from_json(json.loads(response.content))
        except ValueError as exc:
            raise errors.ResponseFormatError(
                f"The validation service's answer is not a validationResponse ({exc})"
            ) from exc

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ValidationClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
