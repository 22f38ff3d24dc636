"""Batches (PASSENTRY-API.md §11): pass creation and update from CSV, wallet messaging,
list, show, cancel and send-now.

A batch moves on each time it is looked at (show or list), so a client sees
it progress by polling: a pass creation creates about half of what is left
per look; an update and a message batch go validating -> scheduled, then
run once their ``scheduledAt`` has come (or on send-now for messages). A
message batch shows ``sending`` for one look before it ends; an update batch
shows ``processing`` and its progress, about half of the rest per look. A batch can be
cancelled until it is sent (``decisions.BATCH_CANCELLABLE``); only a scheduled one
can be sent now.

An account without batches (``offer_batches(state, False)``: batches are partly
beta, §11.2/§11.3) answers every batch route as an unknown path (404).
"""

from __future__ import annotations

import csv
import io
import math
import re
import uuid
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox import webhook_delivery
from passdesk.sandbox.batch_csv import group_tags, pass_object, read_rows
from passdesk.sandbox.bodies import json_object
from passdesk.sandbox.clock import iso_utc, parse_iso
from passdesk.sandbox.errors import (
    ApiError,
    bad_request,
    error_response,
    not_found,
    unprocessable,
)
from passdesk.sandbox.handlers.passes import check_override, issue_pass, show_override
from passdesk.sandbox.multipart import FormPart, form_parts
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.pass_input import field_value, parse_pass_object
from passdesk.sandbox.pass_ops import apply_pass_object, deactivate, reactivate, send_message
from passdesk.sandbox.rows import StoredBatch
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document, resource

KINDS = ("walletMessaging", "passCreation", "passUpdate")
SENT_NOW = "Scheduled batch cancelled and batch sent now"
_VARIABLE = re.compile(r"%\{([A-Za-z0-9_.]+)\}")


def offer_batches(state: SandboxState, offered: bool = True) -> None:
    """Give the account batches or not (until changed again; ``reset`` keeps it)."""
    state.batches_offered = offered


def _offered(state: SandboxState) -> bool:
    return getattr(state, "batches_offered", True)


def batch_resource(batch: StoredBatch) -> dict[str, Any]:
    return resource(batch.id, batch.kind, batch.attributes)


def _links(request: Request, batch: StoredBatch) -> dict[str, str]:
    return {"self": f"{request.url.scheme}://{request.url.netloc}/api/v1/batches/{batch.id}"}


def _csv_url(request: Request, batch: StoredBatch, what: str) -> str:
    return f"{request.url.scheme}://{request.url.netloc}/_sandbox/batches/{batch.id}/{what}.csv"


def _name(kind: str, now: datetime) -> str:
    words = {"passCreation": "Pass Creation", "passUpdate": "Pass Update",
             "walletMessaging": "Wallet Messaging"}[kind]
    return f"Batch: {words} {now.strftime('%Y-%m-%d %H:%M:%S')}"


def _text(parts: dict[str, FormPart], key: str) -> str | None:
    part = parts.get(key)
    return part.text() or None if part is not None else None


def _template(state: SandboxState, template_id: str | None):
    if not template_id:
        raise bad_request("passTemplate is required")
    template = state.templates.get(template_id)
    if template is None:
        raise not_found("Pass template")
    return template


def _csv_rows(parts, required: str) -> list[dict[str, str]]:
    """The uploaded ``csv`` part's rows; 400 when the part is missing or unreadable."""
    if "csv" not in parts:
        raise bad_request("csv (a file) is required")
    return read_rows(parts["csv"].data, required)


# --- pass creation ------------------------------------------------------------


async def create_passes(request: Request) -> Response:
    parts = await form_parts(request, max_bytes=d.BATCH_MAX_CSV_BYTES)
    rows = _csv_rows(parts, "ext_id")
    state = state_of(request)
    with state.lock:
        template = _template(state, _text(parts, "passTemplate"))
        now = state.now()
        batch = StoredBatch(str(uuid.uuid4()), "passCreation", {
            "name": _text(parts, "name") or _name("passCreation", now), "status": "processing",
            "passTemplateName": template.attributes.get("name"),
            "passTemplateNameId": template.id, "totalCount": len(rows),
            "progress": {"total": len(rows), "processed": 0, "pending": len(rows)},
        }, rows=rows, template_id=template.id)
        state.batches[batch.id] = batch
        return JSONResponse({"data": batch_resource(batch), "links": _links(request, batch)},
                            status_code=202)


def _create_some(state: SandboxState, request: Request, batch: StoredBatch) -> None:
    template = state.templates.get(batch.template_id or "")
    left = len(batch.rows) - batch.done
    for n in range(batch.done, batch.done + max(1, math.ceil(left / 2))):
        row = batch.rows[n]
        try:
            if not row.get("ext_id"):
                raise bad_request("ext_id is required")
            if template is None:
                raise not_found("Pass template")
            changes = parse_pass_object(pass_object(row))
            check_override(state, changes)
            stored = issue_pass(state, template, row["ext_id"], changes, tags=group_tags(row))
            if row.get("expires_at"):
                expires = parse_iso(row["expires_at"])
                if expires is None:
                    raise bad_request("expires_at must be an ISO 8601 datetime")
                stored.attributes["expiresAt"] = iso_utc(expires)
            batch.results.append((n + 2, stored.id))  # line numbers count the header
            webhook_delivery.pass_event(state, "passCreated", stored)
        except (ApiError, ValueError) as exc:
            why = exc.details[0] if isinstance(exc, ApiError) else str(exc)
            batch.errors.append((n + 2, why))
    batch.done = min(len(batch.rows), batch.done + max(1, math.ceil(left / 2)))
    attrs = batch.attributes
    attrs["progress"] = {"total": len(batch.rows), "processed": batch.done,
                         "pending": len(batch.rows) - batch.done}
    if batch.done == len(batch.rows):
        attrs["status"] = "failed" if not batch.results else "successful"
        attrs[d.BATCH_COMPLETED_KEY] = iso_utc(state.now())
        attrs[d.BATCH_RESULTS_CSV_KEY] = _csv_url(request, batch, "results")
        if batch.errors:
            attrs["errorsCsvUrl"] = _csv_url(request, batch, "errors")


# --- pass update ----------------------------------------------------------------


def _scheduled_at(raw: str | None) -> datetime:
    moment = parse_iso(raw) if raw else None
    if moment is None:
        raise bad_request("scheduledAt is required: an ISO 8601 datetime")
    return moment


async def update_passes(request: Request) -> Response:
    parts = await form_parts(request, max_bytes=d.BATCH_MAX_CSV_BYTES)
    rows = _csv_rows(parts, "pass_id")
    scheduled = _scheduled_at(_text(parts, "scheduledAt"))
    state = state_of(request)
    with state.lock:
        template = _template(state, _text(parts, "passTemplate"))
        batch = StoredBatch(str(uuid.uuid4()), "passUpdate", {
            "name": _text(parts, "name") or _name("passUpdate", state.now()),
            "status": "validating", "tag": _text(parts, "tag"),
            "passTemplateName": template.attributes.get("name"),
            "passTemplateNameId": template.id, "scheduledAt": iso_utc(scheduled),
            "errorsCsvUrl": None, "totalCount": len(rows),
            "progress": {"total": len(rows), "processed": 0, "pending": len(rows)},
        }, rows=rows, template_id=template.id)
        state.batches[batch.id] = batch
        return JSONResponse({"data": batch_resource(batch), "links": _links(request, batch)},
                            status_code=202)


def _update_some(state: SandboxState, request: Request, batch: StoredBatch) -> None:
    """About half of the rows left per look, as a creation batch (progress shows)."""
    left = len(batch.rows) - batch.done
    upto = batch.done + max(1, math.ceil(left / 2))
    for n in range(batch.done, upto):
        row = batch.rows[n]
        try:
            stored = state.find_pass(row.get("pass_id", ""))
            if stored is None or stored.attributes.get("passTemplateUuid") != batch.template_id:
                raise not_found("Pass")
            changes = parse_pass_object(pass_object(row))
            check_override(state, changes)
            apply_pass_object(stored, changes, state.templates.get(batch.template_id or ""))
            show_override(state, stored, changes)
            tags = group_tags(row)
            if tags is not None:
                stored.attributes["groupTags"] = tags
            action = row.get("pass_action")
            if action == "deactivate":
                deactivate(stored, state.now())
            elif action == "reactivate":
                reactivate(stored)
            elif action:
                raise bad_request(f"pass_action must be deactivate or reactivate (got {action!r})")
            batch.results.append((n + 2, stored.id))
        except (ApiError, ValueError) as exc:
            batch.errors.append((n + 2, exc.details[0] if isinstance(exc, ApiError)
                                 else str(exc)))
    batch.done = upto
    batch.attributes["progress"] = {"total": len(batch.rows), "processed": batch.done,
                                    "pending": len(batch.rows) - batch.done}
    if batch.done == len(batch.rows):
        _finish(state, request, batch)


def _finish(state: SandboxState, request: Request, batch: StoredBatch) -> None:
    attrs = batch.attributes
    if "progress" in attrs:
        attrs["progress"] = {"total": len(batch.rows), "processed": batch.done, "pending": 0}
    attrs["status"] = ("failed" if batch.errors and not batch.results
                       else "completedWithErrors" if batch.errors else "successful")
    attrs[d.BATCH_COMPLETED_KEY] = iso_utc(state.now())
    if batch.errors:
        attrs["errorsCsvUrl"] = _csv_url(request, batch, "errors")
    if batch.kind == "walletMessaging":
        attrs[d.BATCH_DELIVERY_CSV_KEY] = _csv_url(request, batch, "results")


# --- wallet messaging -------------------------------------------------------------


async def wallet_messaging(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        entity_id = request.path_params["id"]
        if entity_id not in state.entities:
            raise not_found("Entity")
    if request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        parts = await form_parts(request, max_bytes=d.BATCH_MAX_CSV_BYTES)
        given: dict[str, Any] = {k: _text(parts, k) for k in ("message", "scheduledAt", "name",
                                                              "tag")}
        given["recipients"] = [r["pass_id"] for r in _csv_rows(parts, "pass_id")
                               if r.get("pass_id")]
    else:
        body = await json_object(request)
        given = body.get("batch") if isinstance(body.get("batch"), dict) else None
        if given is None:
            raise bad_request('The body must be {"batch": {"message", "segments" or '
                              '"recipients", "scheduledAt"}}')
    audience = _audience(given)
    if not isinstance(given.get("message"), str) or not given["message"].strip():
        raise unprocessable("message is required")
    scheduled = _scheduled_at(given.get("scheduledAt"))
    with state.lock:
        if scheduled <= state.now():
            raise unprocessable("scheduledAt must be in the future")
        batch = StoredBatch(str(uuid.uuid4()), "walletMessaging", {
            "name": given.get("name") or _name("walletMessaging", state.now()),
            "status": "validating", "tag": given.get("tag"), "content": given["message"],
            "scheduledAt": iso_utc(scheduled),
        }, entity_id=entity_id, audience=audience)
        state.batches[batch.id] = batch
        return JSONResponse({"data": batch_resource(batch), "links": _links(request, batch)},
                            status_code=202)


def _audience(given: dict[str, Any]) -> dict[str, Any]:
    segments, recipients = given.get("segments"), given.get("recipients")
    if (segments is None) == (recipients is None):
        raise unprocessable("Send either segments or recipients")
    if segments is not None:
        if not isinstance(segments, list) or not segments or not all(
                isinstance(s, dict) and s for s in segments):
            raise unprocessable('segments must be a list like [{"groupTag": "vip"}]')
        return {"segments": segments}
    if not isinstance(recipients, list) or not recipients:
        raise unprocessable("recipients must be a list of pass ids or External IDs")
    if len(recipients) > d.MAX_RECIPIENTS:
        raise unprocessable(f"At most {d.MAX_RECIPIENTS} recipients per batch by API")
    ids = [r.get(d.RECIPIENT_KEY) if isinstance(r, dict) else r for r in recipients]
    if not all(isinstance(i, str) and i for i in ids):
        raise unprocessable(f'recipients are pass ids, or {{"{d.RECIPIENT_KEY}": "<id>"}}')
    return {"recipients": ids}


def _recipients(state: SandboxState, batch: StoredBatch) -> list:
    if "recipients" in batch.audience:
        found = [state.find_pass(i) for i in batch.audience["recipients"]]
        return [p for p in found if p is not None]
    out = []
    for p in state.ordered_passes():
        if p.nullified:
            continue
        attrs = p.attributes
        for segment in batch.audience["segments"]:
            tag = segment.get("groupTag")
            template = segment.get("passTemplateUuid") or segment.get("passTemplate")
            if (tag is None or tag == attrs.get("groupTag") or tag in (attrs.get("groupTags")
                                                                        or [])) \
                    and (template is None or template == attrs.get("passTemplateUuid")):
                out.append(p)
                break
    return out


def _send(state: SandboxState, request: Request, batch: StoredBatch) -> None:
    for n, stored in enumerate(_recipients(state, batch)):
        content = stored.attributes.get("passContent") or {}
        text = _VARIABLE.sub(lambda m, c=content: str(field_value(c.get(m.group(1))) or ""),
                             batch.attributes["content"])
        outcome, _headers = send_message(stored, text)
        batch.results.append((n + 2, stored.id))
        if outcome["notifications"]["status"] != "delivered":
            batch.errors.append((n + 2, f"{stored.id}: {outcome['notifications']['message']}"))
    _finish(state, request, batch)
    if batch.results:  # a pass not on a phone is not the batch's failure
        batch.attributes["status"] = "successful"


# --- moving on, list, show, cancel, send now ------------------------------------------


def advance(state: SandboxState, request: Request, batch: StoredBatch) -> StoredBatch:
    """One look's worth of progress (the caller holds the lock)."""
    status = batch.attributes["status"]
    if batch.kind == "passCreation" and status == "processing":
        _create_some(state, request, batch)
    elif batch.kind == "passUpdate" and status == "processing":
        _update_some(state, request, batch)
    elif status == "validating":
        if batch.kind == "walletMessaging":
            count = len(_recipients(state, batch))
            batch.attributes["totalCount"] = count
            batch.attributes["status"] = "scheduled" if count else "failed"
        else:
            batch.attributes["status"] = "scheduled"
    elif status == "sending":
        _send(state, request, batch)
    elif status == "scheduled" and parse_iso(batch.attributes["scheduledAt"]) <= state.now():
        # Run from the next look on: "sending" / "processing" is seen at least once.
        batch.attributes["status"] = ("sending" if batch.kind == "walletMessaging"
                                      else "processing")
    return batch


async def list_batches(request: Request) -> Response:
    kind = request.query_params.get("type")
    if kind and kind not in KINDS:
        raise bad_request(f"type must be one of {', '.join(KINDS)}")
    state = state_of(request)
    with state.lock:
        batches = [b for b in reversed(state.batches.values()) if not kind or b.kind == kind]
        page, meta, links = paginate(request, batches, d.BATCH_DEFAULT_PER_PAGE)
        return document([batch_resource(advance(state, request, b)) for b in page],
                        meta=meta, links=links)


def _find(state: SandboxState, request: Request) -> StoredBatch:
    batch = state.batches.get(request.path_params["id"])
    if batch is None:
        raise not_found("Batch")
    return batch


async def get_batch(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        return document(batch_resource(advance(state, request, _find(state, request))))


async def cancel_batch(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        batch = _find(state, request)
        if batch.attributes["status"] not in d.BATCH_CANCELLABLE:
            raise unprocessable(f"Only a batch not yet sent can be cancelled (this one is "
                                f"{batch.attributes['status']})")
        batch.attributes["status"] = "cancelled"
        return document(batch_resource(batch))


async def send_now(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        batch = _find(state, request)
        if batch.kind != "walletMessaging":
            raise unprocessable("Only a wallet messaging batch can be sent now")
        if batch.attributes["status"] != "scheduled":
            raise unprocessable("Only a scheduled batch can be sent now (a validating one: "
                                "wait until it is scheduled)")
        batch.attributes["status"] = "sending"  # sent at the next look, as on a schedule
        return JSONResponse({"success": SENT_NOW})


def batch_csv(batch: StoredBatch, what: str) -> str:
    """The results or errors of a batch as CSV (served by the /_sandbox control routes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if what == "errors":
        writer.writerow(["line", "error"])
        writer.writerows(batch.errors)
    else:
        writer.writerow(["line", "pass_id"])
        writer.writerows(batch.results)
    return buffer.getvalue()


def _when_offered(handler):
    async def answer(request: Request) -> Response:
        if not _offered(state_of(request)):
            return error_response(404, "Not Found")  # as an unknown path
        return await handler(request)
    answer.__name__ = handler.__name__
    return answer


HANDLERS = {name: _when_offered(handler) for name, handler in {
    "batches.create_passes": create_passes,
    "batches.update_passes": update_passes,
    "batches.wallet_messaging": wallet_messaging,
    "batches.list": list_batches,
    "batches.get": get_batch,
    "batches.cancel": cancel_batch,
    "batches.send_now": send_now,
}.items()}
