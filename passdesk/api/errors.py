"""Typed errors of the PassEntry client, each with a message a person can act on.

No error text ever contains the API key: messages are built from the method,
the path (never the query) and the API's own words.
"""

from __future__ import annotations

from passdesk.core.texts import translate


class ApiError(Exception):
    """Base of every error the client raises."""

    #: What the user can do about it; shown under the message (a ``Text``: said by the GUI).
    hint: str = ""

    def __init__(self, message: str, *, status: int | None = None, detail: str | None = None,
                 method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.detail = detail
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        return f"{self.message}{where}"


class UnauthorizedError(ApiError):
    hint = translate("sync", "Check the API key in Settings (PassEntry Dashboard -> "
                             "Developer tools).")


class ForbiddenError(ApiError):
    hint = translate("sync", "This API key may not do that; ask the account owner for access.")


class NotFoundError(ApiError):
    hint = translate("sync", "It may have been deleted, or belongs to another entity.")


class NotOfferedError(NotFoundError):
    """A legacy or sandbox-only route answered 404/405: this server lacks it.

    Not a failure of the request: the feature is missing on this account.
    ``route`` names the route (e.g. "events.list").
    """

    hint = translate("sync", "The PassEntry API of this account does not have it; the rest "
                             "keeps working.")

    def __init__(self, message: str, *, route: str | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.route = route


class ProcessingTimeoutError(ApiError):
    """A template (or batch) was still processing when we stopped waiting."""

    hint = translate("sync", "PassEntry is still working on it; look again in a few minutes.")


class ProcessingFailedError(ApiError):
    """PassEntry finished processing a template and said it failed."""

    hint = translate("sync", "Check the template's images and fields, then publish again.")


class BadRequestError(ApiError):
    hint = translate("sync", "The request was refused as sent; the message above says what "
                             "to change.")


class UnprocessableError(BadRequestError):
    """422: the API understood the request but refused its content."""


class RateLimitedError(ApiError):
    hint = translate("sync", "PassEntry asks us to slow down; the change will be retried later.")

    def __init__(self, message: str, *, retry_after: float | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(ApiError):
    hint = translate("sync", "PassEntry had a problem; try again in a few minutes.")


class NetworkError(ApiError):
    """No usable answer: no connection, a timeout, or a connection dropped mid-way.

    ``outcome_unknown`` is True when the request may have reached the server
    (the answer, not the question, was lost): a non-idempotent change must
    then be checked, not blindly sent again.
    """

    hint = translate("sync", "Check the network connection; work continues offline.")

    def __init__(self, message: str, *, outcome_unknown: bool = False, **kw) -> None:
        super().__init__(message, **kw)
        self.outcome_unknown = outcome_unknown


class ResponseFormatError(ApiError):
    """The server answered 2xx with a body that is not the JSON we expect."""

    hint = translate("sync", "Is the API base URL right? It should end in /api/v1.")


class InsecureUrlError(ApiError, ValueError):
    hint = translate("sync", "Use an https:// URL; plain http is only allowed for this "
                             "computer (loopback).")
