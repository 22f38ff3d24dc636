"""What the sandbox saw on the wire, read as any client would: ``GET /_sandbox/requests``."""

from __future__ import annotations

import httpx

API_PREFIX = "/api/v1"


def requests_seen(sandbox) -> list[tuple[str, str, int | None]]:
    """(method, path, status) of every API request the sandbox answered, oldest first."""
    origin = sandbox.base_url.removesuffix(API_PREFIX)
    with httpx.Client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as client:
        answer = client.get(f"{origin}/_sandbox/requests")
    answer.raise_for_status()
    return [(e["method"], e["path"], e["status"]) for e in answer.json()["data"]]


def seen(sandbox, method: str, path: str) -> list[int | None]:
    """The statuses the sandbox answered ``method`` ``/api/v1<path>`` with."""
    return [status for m, p, status in requests_seen(sandbox)
            if m == method and p == f"{API_PREFIX}{path}"]
