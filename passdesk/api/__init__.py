"""PassEntry REST API client on httpx. Knows nothing of the local store.

The names below are imported on first use (PEP 562): ``from passdesk.api import
ApiError`` loads only the errors, so the app's start does not pay for httpx
until its first request.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from passdesk.api.client import ConnectionReport, PassEntryClient
    from passdesk.api.errors import (
        ApiError,
        BadRequestError,
        ForbiddenError,
        InsecureUrlError,
        NetworkError,
        NotFoundError,
        NotOfferedError,
        ProcessingFailedError,
        ProcessingTimeoutError,
        RateLimitedError,
        ResponseFormatError,
        ServerError,
        UnauthorizedError,
        UnprocessableError,
    )
    from passdesk.api.passes import PassQuery
    from passdesk.api.probe import ProbeRow

#: Each public name and the module that defines it.
_HOMES = {
    "ConnectionReport": "client", "PassEntryClient": "client", "PassQuery": "passes",
    "ProbeRow": "probe",
    **dict.fromkeys(
        ("ApiError", "BadRequestError", "ForbiddenError", "InsecureUrlError", "NetworkError",
         "NotFoundError", "NotOfferedError", "ProcessingFailedError", "ProcessingTimeoutError",
         "RateLimitedError", "ResponseFormatError", "ServerError", "UnauthorizedError",
         "UnprocessableError"), "errors"),
}

__all__ = [
    "ApiError", "BadRequestError", "ConnectionReport", "ForbiddenError", "InsecureUrlError",
    "NetworkError", "NotFoundError", "NotOfferedError", "PassEntryClient", "PassQuery", "ProbeRow",
    "ProcessingFailedError", "ProcessingTimeoutError", "RateLimitedError",
    "ResponseFormatError", "ServerError", "UnauthorizedError", "UnprocessableError",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
