"""Reading request bodies and query flags, with the API's 400/422 answers."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from passdesk.sandbox.errors import bad_request, unprocessable


async def json_object(request: Request) -> dict[str, Any]:
    """The body as a JSON object: 400 if it is not JSON, 422 if not an object."""
    raw = await request.body()
    if not raw.strip():
        raise bad_request("The request body is empty; a JSON object is expected")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"The request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise unprocessable("The request body must be a JSON object")
    return body


async def wrapped_object(request: Request, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(body[key], body)`` for bodies like ``{"event": {...}}``; 422 if the key is missing."""
    body = await json_object(request)
    inner = body.get(key)
    if not isinstance(inner, dict):
        raise unprocessable(f'The body must wrap the object in "{key}": {{"{key}": {{...}}}}')
    return inner, body


def query_flag(request: Request, name: str) -> bool:
    """``?name=true`` (or 1); anything else, or absent, is false."""
    return request.query_params.get(name, "").strip().lower() in ("true", "1")


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
