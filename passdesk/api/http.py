"""The HTTP layer of the client: auth, HTTPS rule, timeouts, retries, errors.

Only safe requests (GET) are retried, with exponential backoff and jitter,
honouring ``Retry-After``. POST and PATCH are never retried here: the caller
(the outbox) decides, because a loyalty delta sent twice is applied twice.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from passdesk.api import errors
from passdesk.api.urls import check_base_url
from passdesk.core.jsonapi import Document, DocumentError, parse_document
from passdesk.core.texts import Text, translate

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


class BearerAuth(httpx.Auth):
    """Adds the bearer header. Its repr and str never show the key."""

    def __init__(self, api_key: str | None) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request):
        if self._api_key:
            request.headers["Authorization"] = f"Bearer {self._api_key}"
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(key={'set' if self._api_key else 'none'})"

    __str__ = __repr__


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    #: A Retry-After longer than this is not slept through: the error goes up.
    max_retry_after: float = 120.0

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Full jitter: a random delay up to base * 2^(attempt-1), capped."""
        return min(self.max_delay, self.base_delay * 2 ** (attempt - 1)) * rand()


@dataclass(frozen=True)
class ApiResponse:
    status: int
    headers: httpx.Headers
    body: Any

    def document(self) -> Document:
        try:
            return parse_document(self.body)
        except DocumentError as exc:
            raise errors.ResponseFormatError(
                translate("sync", "The server's answer is not a PassEntry document: "
                                  "{problem}.").format(problem=str(exc))
            ) from exc


class HttpCore:
    """One HTTP connection pool to one PassEntry-compatible server."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        user_agent: str = "passdesk",
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rand = rand
        self._client = httpx.Client(
            base_url=self.base_url + "/",
            auth=BearerAuth(api_key),
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"Accept": "application/vnd.api+json, application/json",
                     "User-Agent": user_agent},
        )

    @property
    def host(self) -> str:
        return httpx.URL(self.base_url).host

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"HttpCore({self.base_url!r})"

    def url_for_link(self, link: str) -> str:
        """A pagination link (relative path or absolute URL) as an absolute URL.

        A link to another host is refused: the API key must not follow it.
        """
        base = httpx.URL(self.base_url)
        target = base.join(link)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            raise errors.ResponseFormatError(
                translate("sync", "The server sent a page link to another host ({host}); not "
                                  "followed.").format(host=target.host)
            )
        return str(target)

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                json_body: Any = None, files: Any = None, data: Any = None) -> ApiResponse:
        """One call; ``files``/``data`` send multipart/form-data (the batch routes)."""
        method = method.upper()
        # A path starting with "/" would drop the base URL's /api/v1 in httpx.
        absolute = path.startswith(("http://", "https://"))
        url = path if absolute else path.lstrip("/")
        display_path = httpx.URL(path if absolute else f"{self.base_url}/{url}").path
        clean_params = {k: _param(v) for k, v in (params or {}).items() if v is not None}
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._client.request(
                    method, url, params=clean_params or None,
                    json=json_body if json_body is not None else None,
                    files=files, data=data,
                )
            except httpx.TransportError as exc:
                error: errors.ApiError = self._network_error(exc, method, display_path)
            else:
                if response.is_success:
                    return self._decode(response, method, display_path)
                error = self._http_error(response, method, display_path)
            delay = self._retry_delay(error, method, attempt)
            if delay is None:
                raise error
            log.info("retrying %s %s in %.2f s after: %s", method, display_path, delay,
                     error.message)
            self._sleep(delay)

    # --- internals -------------------------------------------------------

    def _retry_delay(self, error: errors.ApiError, method: str, attempt: int) -> float | None:
        if method not in SAFE_METHODS or attempt >= self.retry.max_attempts:
            return None
        if isinstance(error, errors.RateLimitedError) and error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.retry.max_retry_after else None
        if isinstance(error, errors.RateLimitedError | errors.ServerError | errors.NetworkError):
            return self.retry.backoff(attempt, self._rand)
        return None

    def _decode(self, response: httpx.Response, method: str, path: str) -> ApiResponse:
        if not response.content:
            return ApiResponse(response.status_code, response.headers, None)
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            kind = response.headers.get("content-type", "no content type")
            raise errors.ResponseFormatError(
                translate("sync", "{host} answered HTTP {status} with a body that is not valid "
                                  "JSON ({kind}, {size} bytes)").format(
                    host=self.host, status=str(response.status_code), kind=kind,
                    size=len(response.content)),
                status=response.status_code, method=method, path=path,
            ) from exc
        return ApiResponse(response.status_code, response.headers, body)

    def _network_error(self, exc: httpx.TransportError, method: str,
                       path: str) -> errors.NetworkError:
        # Only a failure before anything was sent leaves the outcome known.
        never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout |
                                httpx.PoolTimeout | httpx.UnsupportedProtocol)
        unknown = method not in SAFE_METHODS and not never_sent
        if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
            message = translate("sync", "Could not connect to {host}")
        elif isinstance(exc, httpx.TimeoutException):
            message = translate("sync", "No answer from {host} in time")
        elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
            message = translate("sync", "The connection to {host} dropped before an answer "
                                        "arrived")
        else:
            message = translate("sync", "Network problem talking to {host} ({error})")
        message = message.format(host=self.host, error=type(exc).__name__)
        if unknown:
            message = translate("sync", "{problem}; the change may or may not have been "
                                        "applied").format(problem=message)
        return errors.NetworkError(message, outcome_unknown=unknown, method=method, path=path)

    def _http_error(self, response: httpx.Response, method: str, path: str) -> errors.ApiError:
        status = response.status_code
        detail = api_message(response)
        kw = {"status": status, "detail": detail, "method": method, "path": path}
        if status == 401:
            return errors.UnauthorizedError(_said(
                translate("sync", "The API key was not accepted"), detail), **kw)
        if status == 403:
            return errors.ForbiddenError(_said(
                translate("sync", "This API key is not allowed to do that"), detail), **kw)
        if status == 404:
            return errors.NotFoundError(_said(translate("sync", "Not found"), detail), **kw)
        if status == 422:
            return errors.UnprocessableError(_said(
                translate("sync", "PassEntry refused the request"), detail), **kw)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is None:
                message = translate("sync", "Too many requests to {host}")
            else:
                message = translate("sync", "Too many requests to {host}; it asks to wait "
                                            "{seconds} s").format(seconds=f"{retry_after:g}")
            return errors.RateLimitedError(message.format(host=self.host),
                                           retry_after=retry_after, **kw)
        if status >= 500:
            return errors.ServerError(_said(
                translate("sync", "{host} had a server error (HTTP {status})").format(
                    host=self.host, status=str(status)), detail), **kw)
        return errors.BadRequestError(_said(
            translate("sync", "The request was refused (HTTP {status})").format(
                status=str(status)), detail), **kw)


def _said(message: Text, detail: str | None) -> Text:
    """``message``, then what PassEntry said (its own words: data, not translated)."""
    if not detail:
        return message
    return translate("sync", "{problem}: {detail}", "an error, then the server's own words"
                     ).format(problem=message, detail=detail)


def _param(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ",".join(map(str, value))
    return value


def api_message(response: httpx.Response) -> str | None:
    """The API's short error text: ``{"error"}``, ``{"errors": [{"detail"}]}`` or plain text."""
    text = response.text.strip()
    if not text:
        return None
    try:
        body = json.loads(text)
    except ValueError:
        ctype = response.headers.get("content-type", "")
        return text[:300] if "html" not in ctype else None
    return _message_from(body)


def _message_from(body: Any) -> str | None:
    if isinstance(body, str):
        return body[:300] or None
    if isinstance(body, list):
        parts = [m for m in (_message_from(x) for x in body) if m]
        return "; ".join(parts)[:300] or None
    if not isinstance(body, dict):
        return None
    for k in ("detail", "message", "error", "title", "errors"):
        if k in body:
            found = _message_from(body[k])
            if found:
                return found
    return None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
