"""PassEntry REST API client on httpx. Knows nothing of the local store."""

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

__all__ = [
    "ApiError", "BadRequestError", "ConnectionReport", "ForbiddenError", "InsecureUrlError",
    "NetworkError", "NotFoundError", "NotOfferedError", "PassEntryClient", "PassQuery", "ProbeRow",
    "ProcessingFailedError", "ProcessingTimeoutError", "RateLimitedError",
    "ResponseFormatError", "ServerError", "UnauthorizedError", "UnprocessableError",
]
