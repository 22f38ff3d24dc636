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
from passdesk.core.texts import translate
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
            raise errors.NetworkError(translate(
                "sync", "The validation service at {host} did not answer in time").format(
                host=host), outcome_unknown=True) from exc
        except httpx.TransportError as exc:
            raise errors.NetworkError(translate(
                "sync", "Could not reach the validation service at {host}").format(
                host=host)) from exc
        if response.status_code in (401, 403):
            raise errors.UnauthorizedError(translate("sync", "The validation service refused "
                                                     "the token"),
                                           status=response.status_code)
        if response.status_code >= 400:
            detail = api_message(response)
            answered = translate("sync", "The validation service answered HTTP {status}").format(
                status=str(response.status_code))
            if detail:
                answered = translate("sync", "{problem}: {detail}", "an error, then the "
                                     "server's own words").format(problem=answered, detail=detail)
            raise errors.ServerError(answered, status=response.status_code)
        try:
            return ValidationResponse.from_json(json.loads(response.content))
        except ValueError as exc:
            raise errors.ResponseFormatError(translate(
                "sync", "The validation service's answer is not a validationResponse "
                        "({problem})").format(problem=str(exc))) from exc

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ValidationClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
