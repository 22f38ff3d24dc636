"""Error answers in the shapes the PassEntry API uses.

401/404 carry ``{"error": "..."}``; 400/422 carry JSON:API ``errors``
objects whose ``detail`` says, in words, what to fix.
"""

from __future__ import annotations

from http import HTTPStatus

from starlette.responses import JSONResponse


class ApiError(Exception):
    """Raised anywhere in a handler; the app turns it into the answer."""

    def __init__(self, status: int, *details: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, details)
        self.status = status
        self.details = details or (HTTPStatus(status).phrase,)
        self.headers = headers

    def response(self) -> JSONResponse:
        return error_response(self.status, *self.details, headers=self.headers)


def error_response(status: int, *details: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    if status in (400, 409, 422, 429) or status >= 500:
        title = HTTPStatus(status).phrase
        body: dict = {"errors": [{"status": str(status), "title": title, "detail": detail}
                                 for detail in details]}
    else:
        body = {"error": details[0] if details else HTTPStatus(status).phrase}
    return JSONResponse(body, status_code=status, headers=headers)


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def bad_request(*details: str) -> ApiError:
    return ApiError(400, *details)


def unprocessable(*details: str) -> ApiError:
    return ApiError(422, *details)
