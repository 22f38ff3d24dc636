"""``/_sandbox/...`` routes: faults, request log, reset, batch CSVs, and a phone adding or
removing a pass (what a wallet does on a real account), for tests and demos.

They sit outside the API prefix, so faults never hit them (a test can
always clear what it set), but they need the same bearer key.
"""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from passdesk.sandbox.errors import bad_request, not_found, unprocessable
from passdesk.sandbox.state import state_of

CONTROL_PREFIX = "/_sandbox"


async def get_faults(request: Request) -> Response:
    return JSONResponse(request.app.state.faults.snapshot())


async def set_faults(request: Request) -> Response:
    try:
        body = json.loads(await request.body())
    except ValueError:
        raise bad_request("The request body is not valid JSON") from None
    try:
        request.app.state.faults.set_from_json(body)
    except (ValueError, TypeError) as exc:
        raise unprocessable(str(exc)) from None
    return JSONResponse(request.app.state.faults.snapshot())


async def clear_faults(request: Request) -> Response:
    request.app.state.faults.clear()
    return JSONResponse(request.app.state.faults.snapshot())


async def get_requests(request: Request) -> Response:
    entries = request.app.state.request_log.entries()
    return JSONResponse({"data": [{"method": e.method, "path": e.path, "status": e.status,
                                   "fault": e.fault} for e in entries]})


async def reset(request: Request) -> Response:
    state_of(request).reset()
    return JSONResponse({"status": "ok"})


async def batch_csv(request: Request) -> Response:
    """The results/errors CSV a finished batch links to (errorsCsvUrl and the like)."""
    from passdesk.sandbox.handlers.batches import batch_csv as render

    state = state_of(request)
    what = request.path_params["what"]
    with state.lock:
        batch = state.batches.get(request.path_params["id"])
        if batch is None or what not in ("errors", "results"):
            raise not_found("Batch file")
        return PlainTextResponse(render(batch, what), media_type="text/csv")


async def wallet(request: Request) -> Response:
    """``POST /_sandbox/passes/{id}/install`` ({"deviceType": "android"|"iphone"}) or
    ``/remove``: a phone adds or removes the pass (status, addedAt/removedAt, deviceType)."""
    from passdesk.sandbox.clock import iso_utc
    from passdesk.sandbox.handlers.passes import render

    action = request.path_params["action"]
    body = json.loads(await request.body() or b"{}") if action == "install" else {}
    device = body.get("deviceType", "iphone") if isinstance(body, dict) else None
    if action not in ("install", "remove") or device not in ("android", "iphone"):
        raise unprocessable('POST .../install {"deviceType": "android"|"iphone"} or .../remove')
    state = state_of(request)
    with state.lock:
        stored = state.find_pass(request.path_params["id"])
        if stored is None:
            raise not_found("Pass")
        attrs, now = stored.attributes, iso_utc(state.now())
        if action == "install":
            attrs.update(status="active", addedAt=now, removedAt=None, deviceType=device)
            stored.installed = True
        else:
            attrs.update(status="removed", removedAt=now)
        return JSONResponse({"data": render(request, stored)})


ROUTES = [
    Route(f"{CONTROL_PREFIX}/faults", get_faults, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/faults", set_faults, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/faults", clear_faults, methods=["DELETE"]),
    Route(f"{CONTROL_PREFIX}/requests", get_requests, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/batches/{{id}}/{{what}}.csv", batch_csv, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/passes/{{id}}/{{action}}", wallet, methods=["POST"]),
]
