"""``/_sandbox/...`` routes: faults, request log, reset, batch CSVs, and a phone adding or
removing a pass (what a wallet does on a real account), for tests and demos.

Webhook deliveries (``sandbox/webhook_delivery.py``):

- ``POST /_sandbox/tunnels`` ``{"https://public.host/prefix": "http://127.0.0.1:PORT/prefix"}``
  adds tunnels (a subscription URL starting with a public prefix is delivered to the
  local URL instead; a null value removes one); ``GET`` lists them, ``DELETE`` clears them.
- ``GET /_sandbox/webhook-deliveries`` every attempt, oldest first: ``{id (data.id),
  subscriptionId, webhookType, url, target, attempt, status (HTTP code or null), error,
  at, retryIn (seconds to the next try, or null)}``, with ``meta.pending`` (queued or
  being sent); ``?id=``, ``?subscriptionId=`` and ``?webhookType=`` filter; ``DELETE``
  clears the log. ``POST /_sandbox/reset`` also forgets queued deliveries and the log.
- ``GET``/``POST /_sandbox/webhook-settings`` ``{"retryBaseSeconds": 2.0, "maxAttempts": 10}``:
  the first retry's delay (then doubled each time) and the tries in all.

They sit outside the API prefix, so faults never hit them (a test can
always clear what it set), but they need the same bearer key.
"""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from passdesk.sandbox import webhook_delivery
from passdesk.sandbox.errors import bad_request, not_found, unprocessable
from passdesk.sandbox.state import state_of
from passdesk.sandbox.webhook_delivery import WebhookDelivery

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
    state = state_of(request)
    state.reset()
    if state.webhook_delivery is not None:  # queued deliveries were for the old data
        state.webhook_delivery.reset()
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
        webhook_delivery.pass_event(
            state, "passInstalled" if action == "install" else "passRemoved", stored)
        return JSONResponse({"data": render(request, stored)})


def _deliveries(request: Request) -> WebhookDelivery:
    engine = state_of(request).webhook_delivery
    if engine is None:
        raise not_found("Webhook deliveries (this sandbox app runs without a server)")
    return engine


async def _json_body(request: Request) -> object:
    try:
        return json.loads(await request.body() or b"null")
    except ValueError:
        raise bad_request("The request body is not valid JSON") from None


async def get_tunnels(request: Request) -> Response:
    return JSONResponse(dict(_deliveries(request).tunnels))


async def add_tunnels(request: Request) -> Response:
    engine = _deliveries(request)
    body = await _json_body(request)
    if not isinstance(body, dict) or not all(
            isinstance(k, str) and k and (v is None or (isinstance(v, str) and v))
            for k, v in body.items()):
        raise unprocessable('Send {"https://public.host/prefix": "http://127.0.0.1:PORT/prefix"}'
                            " (null removes a tunnel)")
    for public, local in body.items():
        if local is None:
            engine.tunnels.pop(public, None)
        else:
            engine.tunnels[public] = local
    return JSONResponse(dict(engine.tunnels))


async def clear_tunnels(request: Request) -> Response:
    engine = _deliveries(request)
    engine.tunnels.clear()
    return JSONResponse({})


async def get_deliveries(request: Request) -> Response:
    engine = _deliveries(request)
    wanted = {k: v for k, v in request.query_params.items()
              if k in ("subscriptionId", "webhookType", "id")}
    rows = [a for a in engine.attempts() if all(a.get(k) == v for k, v in wanted.items())]
    return JSONResponse({"data": rows, "meta": {"pending": engine.pending()}})


async def clear_deliveries(request: Request) -> Response:
    _deliveries(request).clear_attempts()
    return JSONResponse({"data": [], "meta": {"pending": _deliveries(request).pending()}})


def _settings(engine: WebhookDelivery) -> dict[str, float | int]:
    return {"retryBaseSeconds": engine.retry_base, "maxAttempts": engine.max_attempts}


async def get_webhook_settings(request: Request) -> Response:
    return JSONResponse(_settings(_deliveries(request)))


async def set_webhook_settings(request: Request) -> Response:
    engine = _deliveries(request)
    body = await _json_body(request)
    base = body.get("retryBaseSeconds") if isinstance(body, dict) else None
    tries = body.get("maxAttempts") if isinstance(body, dict) else None
    if not isinstance(body, dict) or (base is not None and (
            isinstance(base, bool) or not isinstance(base, int | float) or base < 0)) or (
            tries is not None and (isinstance(tries, bool) or not isinstance(tries, int)
                                   or tries < 1)):
        raise unprocessable('Send {"retryBaseSeconds": <seconds, 0 or more>, '
                            '"maxAttempts": <1 or more>} (either or both)')
    if base is not None:
        engine.retry_base = float(base)
    if tries is not None:
        engine.max_attempts = tries
    return JSONResponse(_settings(engine))


ROUTES = [
    Route(f"{CONTROL_PREFIX}/faults", get_faults, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/faults", set_faults, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/faults", clear_faults, methods=["DELETE"]),
    Route(f"{CONTROL_PREFIX}/requests", get_requests, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/batches/{{id}}/{{what}}.csv", batch_csv, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/passes/{{id}}/{{action}}", wallet, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/tunnels", get_tunnels, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/tunnels", add_tunnels, methods=["POST"]),
    Route(f"{CONTROL_PREFIX}/tunnels", clear_tunnels, methods=["DELETE"]),
    Route(f"{CONTROL_PREFIX}/webhook-deliveries", get_deliveries, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/webhook-deliveries", clear_deliveries, methods=["DELETE"]),
    Route(f"{CONTROL_PREFIX}/webhook-settings", get_webhook_settings, methods=["GET"]),
    Route(f"{CONTROL_PREFIX}/webhook-settings", set_webhook_settings, methods=["POST"]),
]
