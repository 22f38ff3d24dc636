"""The hub's Starlette app: routes, authentication, body limits, error answers.

Database work never runs on the event loop: it goes to the hub's worker
threads (one on SQLite, which writes one transaction at a time; several on
PostgreSQL). Every answer is one the OpenAPI document (``openapi.py``)
describes; an unexpected failure is logged without the request's secrets and
answered 503 in the route's own format, never with a stack trace.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hmac
import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from passdesk import __version__
from passdesk.core.clock import Clock, utcnow
from passdesk.core.storage_failure import Cause, classify
from passdesk.hub import clean, openapi, signatures, webhooks_passentry, webhooks_passslot, wire
from passdesk.hub.config import HubConfig
from passdesk.hub.group_commit import GroupCommitter
from passdesk.hub.validate import (
    BadRequest,
    HubRequest,
    Validator,
    is_vtap,
    not_recorded,
    parse_request,
    refusal,
)
from passdesk.store import hub_events
from passdesk.store.database import Database

log = logging.getLogger(__name__)
T = TypeVar("T")
#: Worker threads for database work on a server database (SQLite gets one).
SERVER_DATABASE_WORKERS = 8


class TooLarge(Exception):
    pass


class Hub:
    """What the routes share: the store, the configuration, the engine, the workers.

    On SQLite all database work runs on one thread that commits waiting scans
    together (``group_commit.py``); on a server database (PostgreSQL) on a
    pool of threads, each scan judged by the door's own ``Door``.
    """

    def __init__(self, db: Database, config: HubConfig, *, clock: Clock = utcnow,
                 reload_secrets: Callable[[], signatures.WebhookSecrets] | None = None) -> None:
        self.db = db
        self.config = config
        self.clock = clock
        #: The webhook secrets as they are now (a rotation replaces them while serving).
        self.webhook = signatures.LiveSecrets(config.webhook)
        #: Reads the secrets again (keychain, environment) when a delivery does not
        #: verify: how a hub in its own process learns of a rotation made elsewhere.
        self._reload_secrets = reload_secrets
        self._reloaded_at: float | None = None
        # A reader cannot ask a person Enter or Esc: a ticket a hold rule holds is
        # answered "failed" with the hold's reason, so the guest goes to staff.
        door = dataclasses.replace(config.door, can_hold=False)
        self.validator = Validator(db, door, clock=clock)
        self._committer: GroupCommitter | None = None
        self._executor: ThreadPoolExecutor | None = None
        if db.is_sqlite:
            self._committer = GroupCommitter(db, door, clock)
        else:
            self._executor = ThreadPoolExecutor(max_workers=SERVER_DATABASE_WORKERS,
                                                thread_name_prefix="hub-db")
        self._closed = False
        self._pruned_at: datetime | None = None

    # --- webhook secret rotation (called from any thread) -----------------------------

    def begin_rotation(self) -> None:
        """A new webhook secret is coming: deliveries that do not verify wait for it."""
        self.webhook.begin_rotation()

    def set_webhook_secrets(self, secrets: signatures.WebhookSecrets) -> None:
        """Check deliveries with ``secrets`` from now on (no restart)."""
        self.config = dataclasses.replace(self.config, webhook=secrets)
        self.webhook.replace(secrets)

    def end_rotation(self) -> None:
        """The rotation is over (done or abandoned): a bad signature is refused at once."""
        self.webhook.end_rotation()

    async def webhook_signed(self, body: bytes, header: str | None,
                             now: datetime) -> bool | None:
        """Whether ``header`` signs ``body``; None: no secret to check with.

        While a rotation is pending, a delivery that does not verify waits (up to
        ``wire.ROTATION_WAIT``) for the new secret and is checked again: PassEntry
        signs with the new key before this hub can have it. A hub that follows the
        keychain (``reload_secrets``: ``passdesk hub``, rotated from a desk's
        Settings) reads it again meanwhile, for up to ``wire.KEYCHAIN_FOLLOW_WAIT``.
        """
        loop = asyncio.get_running_loop()
        started = loop.time()
        while True:
            version, secrets, pending = self.webhook.snapshot()
            if secrets and signatures.signature_valid(body, header, secrets, now):
                return True
            limit = (wire.ROTATION_WAIT if pending else wire.KEYCHAIN_FOLLOW_WAIT
                     if self._reload_secrets else None)
            left = (limit.total_seconds() if limit else 0) - (loop.time() - started)
            if left <= 0:
                return False if secrets else None
            if not pending:
                self._reload_soon(loop)
                left = min(left, wire.KEYCHAIN_FOLLOW_EVERY.total_seconds())
            # Woken by any change; the 1 s cap notices a rotation that lapsed unended.
            await self.webhook.wait_change(version, min(left, 1.0))

    def _reload_soon(self, loop: asyncio.AbstractEventLoop) -> None:
        """Read the secrets again (at most every ``KEYCHAIN_FOLLOW_EVERY``), off the loop."""
        now = loop.time()
        if self._reloaded_at is not None and \
                now - self._reloaded_at < wire.KEYCHAIN_FOLLOW_EVERY.total_seconds():
            return
        self._reloaded_at = now
        reload, current = self._reload_secrets, self.webhook.secrets

        def read() -> None:
            try:
                fresh = reload()
            except Exception as exc:  # a keychain that fails now: keep what we have
                log.warning("could not read the webhook secrets again: %s", type(exc).__name__)
                return
            if (fresh.current, fresh.previous) != (current.current, current.previous):
                log.info("the webhook secret changed in the keychain; using the new one")
                self.set_webhook_secrets(fresh)

        loop.run_in_executor(None, read)

    def prune(self) -> int:
        """Forget applied events past their windows (``wire.KEEP_APPLIED``)."""
        now = self.clock()
        with self.db.session() as session:
            return sum(hub_events.prune(session, source, now - keep)
                       for source, keep in wire.KEEP_APPLIED.items())

    def prune_due(self) -> bool:
        """Whether pruning is due now (and, if so, marks it done)."""
        now = self.clock()
        if self._pruned_at is not None and now - self._pruned_at < wire.PRUNE_EVERY:
            return False
        self._pruned_at = now
        return True

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on a database thread."""
        if self._committer is not None:
            return await asyncio.wrap_future(self._committer.call(fn, *args))
        assert self._executor is not None
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def validate(self, request: HubRequest) -> dict[str, Any]:
        """The answer to a reader's request (its scan committed first)."""
        if self._committer is not None and request.loyalty_delta is None:
            return await asyncio.wrap_future(self._committer.scan(request))
        return await self.run(self.validator.validate, request)

    def close(self) -> None:
        """Finish the work under way, then give back the database connections."""
        if self._closed:
            return
        self._closed = True
        if self._committer is not None:
            self._committer.close()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        self.validator.close()


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def read_body(request: Request) -> bytes:
    """The raw body, refused past ``wire.MAX_BODY_BYTES`` without reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > wire.MAX_BODY_BYTES:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > wire.MAX_BODY_BYTES:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(body: bytes) -> Any:
    """The JSON document; ValueError if the body is not one."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ValueError("the body is not JSON") from exc


def _same(presented: str | None, expected: str | None) -> bool:
    """Constant-time comparison; nothing matches a missing expected value."""
    if not expected or presented is None:
        return False
    return hmac.compare_digest(presented.encode("utf-8", "replace"),
                               expected.encode("utf-8", "replace"))


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


UNAUTHORIZED_HEADERS = {"WWW-Authenticate": 'Bearer realm="passdesk hub"'}


# --- routes ---------------------------------------------------------------------


async def validate(request: Request) -> Response:
    hub: Hub = request.app.state.hub
    if not _same(_bearer(request), hub.config.token):
        return error(401, "A valid bearer token is required (the one set in the reader "
                          "configuration).", UNAUTHORIZED_HEADERS)
    try:
        body = parse_json(await read_body(request))
    except TooLarge:
        return error(413, f"The body is larger than {wire.MAX_BODY_BYTES:,} bytes.")
    except ValueError:
        return JSONResponse(refusal("the body is not JSON", vtap=False), status_code=400)
    vtap = is_vtap(body)
    try:
        reader_request = parse_request(body)
    except BadRequest as exc:
        return JSONResponse(refusal(str(exc), vtap=vtap), status_code=422)
    try:
        answer = await hub.validate(reader_request)
    except Exception as exc:
        failure = classify(exc)
        if failure.cause is Cause.OTHER:  # not the store: a bug, whose traceback is wanted
            log.exception("validation failed on the hub (reader %s)",
                          reader_request.reader_id)
            return JSONResponse(refusal("the hub cannot check passes right now", vtap=vtap),
                                status_code=503)
        # Disk full, locked, damaged: expected, and said in one line.
        log.error("scan not recorded on the hub (reader %s): %s", reader_request.reader_id,
                  failure.log_line)
        return JSONResponse(not_recorded(failure, vtap=vtap), status_code=503)
    return JSONResponse(answer)


def _webhook_applied(result: str) -> JSONResponse:
    return JSONResponse({**wire.WEBHOOK_OK, "result": result})


async def _apply_once(hub: Hub, source: str, event_id: str, kind: str,
                      change: Callable[[Any], tuple[str | None, str]]) -> Response:
    def work() -> str:
        try:
            hub_events.apply_once(hub.db, source=source, event_id=event_id, kind=kind,
                                  received_at=hub.clock(), change=change)
        except hub_events.AlreadyApplied:
            return "duplicate"
        return "applied"

    try:
        if hub.prune_due():
            await hub.run(hub.prune)
        return _webhook_applied(await hub.run(work))
    except Exception:
        log.exception("applying a %s webhook (%s) failed", source, kind)
        return error(503, "The hub could not apply the event now; deliver it again later.")


async def passentry_webhook(request: Request) -> Response:
    hub: Hub = request.app.state.hub
    try:
        raw = await read_body(request)
    except TooLarge:
        return error(413, f"The body is larger than {wire.MAX_BODY_BYTES:,} bytes.")
    now = hub.clock()
    signed = await hub.webhook_signed(raw, request.headers.get(wire.SIGNATURE_HEADER), now)
    if signed is None:
        return error(401, "No webhook secret is configured on the hub.")
    if not signed:
        return error(401, f"The {wire.SIGNATURE_HEADER} header does not sign this body.")
    try:
        document = parse_json(raw)
    except ValueError:
        return error(400, "The body is not JSON.")
    stamp = signatures.timestamp_of(document)
    try:
        delivery = webhooks_passentry.parse(document, clean.moment(stamp) or now)
    except webhooks_passentry.NotAWebhook as exc:
        return error(422, f"Not a PassEntry webhook: {exc}.")
    problem = signatures.timestamp_problem(stamp, now)
    if problem:
        return error(400, problem[0].upper() + problem[1:] + ".")
    return await _apply_once(hub, webhooks_passentry.SOURCE, delivery.id,
                             delivery.webhook_type,
                             lambda session: webhooks_passentry.apply(session, delivery))


async def passslot_webhook(request: Request) -> Response:
    hub: Hub = request.app.state.hub
    if not _same(request.query_params.get(wire.PASSSLOT_KEY_PARAM), hub.config.passslot_key):
        return error(401, f"The URL's '{wire.PASSSLOT_KEY_PARAM}' parameter must be the "
                          "hub's PassSlot key.")
    try:
        document = parse_json(await read_body(request))
    except TooLarge:
        return error(413, f"The body is larger than {wire.MAX_BODY_BYTES:,} bytes.")
    except ValueError:
        return error(400, "The body is not JSON.")
    try:
        event = webhooks_passslot.parse(document)
    except webhooks_passslot.NotAnEvent as exc:
        return error(422, f"Not a PassSlot event: {exc}.")
    if event.type == webhooks_passslot.VERIFY:
        token = webhooks_passslot.verify_token(event)
        if token is None:
            return error(422, "Not a PassSlot event: webhook.verify needs data.token.")
        return Response(token, media_type=wire.PASSSLOT_VERIFY_MEDIA_TYPE)
    now = hub.clock()
    return await _apply_once(hub, webhooks_passslot.SOURCE, event.id, event.type,
                             lambda session: webhooks_passslot.apply(session, event, now))


async def health(request: Request) -> Response:
    hub: Hub = request.app.state.hub

    def check() -> None:
        with hub.db.connection() as connection:
            connection.execute(text("SELECT 1"))

    try:
        await hub.run(check)
    except Exception:
        log.exception("health check: the database does not answer")
        return JSONResponse({"status": "error", "database": "unavailable",
                             "version": __version__}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok", "version": __version__})


async def openapi_document(_request: Request) -> Response:
    return JSONResponse(openapi.DOCUMENT)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error(exc.status_code, str(exc.detail), headers=exc.headers)


async def _server_error(_request: Request, _exc: Exception) -> Response:
    return error(500, "The hub failed on this request (see its log).")


def build_app(hub: Hub) -> Starlette:
    app = Starlette(
        routes=[
            Route("/validate", validate, methods=["POST"]),
            Route("/webhooks/passentry", passentry_webhook, methods=["POST"]),
            Route("/webhooks/passslot", passslot_webhook, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
            Route("/openapi.json", openapi_document, methods=["GET"]),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.state.hub = hub
    return app
