"""Scans (PASSENTRY-API.md §7): list and show with the pass and reader included,
internal validation (``POST /scans``) and logging a third-party result (``POST /scans/log``).

Internal validation admits a pass that exists (UUID or extId) and is active
and, when the configuration sets a validity period, was not admitted within
it; ``loyalty.balance`` changes the balance like the loyalty API.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox import webhook_delivery
from passdesk.sandbox.bodies import wrapped_object
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.errors import ApiError, not_found, unprocessable
from passdesk.sandbox.handlers.loyalty import NOT_ENABLED, change_balance
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.pass_ops import format_balance
from passdesk.sandbox.rows import StoredPass, StoredScan
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import pass_resource, reader_summary, resource

SCAN_TYPES = ("nfc", "barcode")
LOG_STATUSES = ("successful", "failed")
SORRY = {
    "Pass not found": "Sorry, we could not find your pass. Please contact the venue for "
                      "assistance.",
    "Pass is not active": "Sorry, your pass is not active. Please contact the venue for "
                          "assistance.",
}


def scan_resource(scan: StoredScan) -> dict[str, Any]:
    out = resource(scan.id, "scan", scan.attributes)
    out["relationships"] = {
        "pass": {"data": {"id": scan.pass_id, "type": "pass"} if scan.pass_id else None},
        "reader": {"data": {"id": scan.reader_id, "type": "reader"}},
    }
    return out


def _included(state: SandboxState, scans: list[StoredScan]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for scan in scans:
        stored = state.passes.get(scan.pass_id) if scan.pass_id else None
        if stored is not None and ("pass", stored.id) not in seen:
            seen.add(("pass", stored.id))
            out.append(pass_resource(stored))
        reader = state.readers.get(scan.reader_id)
        if reader is not None and ("reader", reader.id) not in seen:
            seen.add(("reader", reader.id))
            out.append(reader_summary(reader))
    return out


def _ordered(state: SandboxState) -> list[StoredScan]:
    if d.SCANS_NEWEST_FIRST_BY == "scanned":
        return sorted(state.scans.values(), reverse=True,
                      key=lambda s: (s.attributes["scannedAt"], s.created, s.id))
    return sorted(state.scans.values(), key=lambda s: (s.created, s.id), reverse=True)


async def list_scans(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        page, meta, links = paginate(request, _ordered(state), d.SCANS_DEFAULT_PER_PAGE)
        return JSONResponse({"data": [scan_resource(s) for s in page],
                             "included": _included(state, list(page)),
                             "meta": meta, "links": links})


async def get_scan(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        scan = state.scans.get(request.path_params["id"])
        if scan is None:
            raise not_found("Scan")
        return JSONResponse({"data": scan_resource(scan), "included": _included(state, [scan])})


def _scan_fields(given: dict[str, Any], state: SandboxState, *, logging: bool) -> None:
    problems = []
    if not isinstance(given.get("readerId"), str) or not given["readerId"]:
        problems.append("readerId is required")
    if given.get("scanType") not in SCAN_TYPES:
        problems.append(f"scanType must be {' or '.join(SCAN_TYPES)}")
    if logging:
        if given.get("status") not in LOG_STATUSES:
            problems.append(f"status must be {' or '.join(LOG_STATUSES)}")
        if not isinstance(given.get("scanValue"), str):
            problems.append("scanValue is required")
    elif not isinstance(given.get("passId"), str) or not given["passId"]:
        problems.append("passId is required (the pass UUID or External ID)")
    loyalty = given.get("loyalty")
    if loyalty is not None and (not isinstance(loyalty, dict) or isinstance(
            loyalty.get("balance"), bool) or not isinstance(loyalty.get("balance"), int | float)):
        problems.append('loyalty must be {"balance": <a change, e.g. 10 or -10>}')
    if problems:
        raise unprocessable(*problems)
    if given["readerId"] not in state.readers:
        raise not_found("Reader")


def _record(state: SandboxState, given: dict[str, Any], stored: StoredPass | None,
            value: str, validation: str, status: str, detail: str) -> StoredScan:
    now = state.now()  # full precision orders scans of one second; scannedAt shows seconds
    scan = StoredScan(str(uuid.uuid4()), {
        "scanType": given["scanType"], "scanValue": value, "validationType": validation,
        "status": status, "statusDetail": detail, "scannedAt": iso_utc(now),
    }, stored.id if stored else None, given["readerId"], now)
    state.scans[scan.id] = scan
    reader = state.readers[given["readerId"]]
    reader.attributes["lastSeenAt"] = iso_utc(now)
    webhook_delivery.scan_event(state, scan)  # passScanned to subscribers (§9.1)
    return scan


def scan_info(scan: StoredScan, stored: StoredPass | None) -> dict[str, Any]:
    return {"scanId": scan.id, **scan.attributes,
            "passId": stored.id if stored else None,
            "passExtId": stored.attributes.get("extId") if stored else None,
            "readerId": scan.reader_id}


def _recently_admitted(state: SandboxState, stored: StoredPass) -> bool:
    validation = state.reader_configuration[1].get("validationConfiguration") or {}
    period = validation.get(d.VALIDITY_PERIOD_KEY)
    if not period:
        return False
    since = state.now() - timedelta(seconds=period)
    return any(s.pass_id == stored.id and s.attributes["status"] == d.SCAN_SUCCESS
               and s.attributes["validationType"] == "internalValidation" and s.created >= since
               for s in state.scans.values())


async def create_scan(request: Request) -> Response:
    given, _body = await wrapped_object(request, "scan")
    state = state_of(request)
    with state.lock:
        _scan_fields(given, state, logging=False)
        stored = state.find_pass(given["passId"])
        detail, loyalty, message = "", None, None
        if stored is None:
            detail = "Pass not found"
        elif stored.attributes.get("status") != "active":
            detail = "Pass is not active"
        elif _recently_admitted(state, stored):
            detail = "Pass was already scanned within the validity period"
        elif given.get("loyalty") is not None:
            try:
                loyalty, message = _loyalty(state, stored, given["loyalty"]["balance"])
            except ApiError as exc:
                detail = exc.details[0]
        status = "failed" if detail else d.SCAN_SUCCESS
        scan = _record(state, given, stored, given["passId"], "internalValidation", status,
                       detail)
        response: dict[str, Any] = {"status": status, "statusDetail": detail,
                                    "readerInstructions": {"message": message or SORRY.get(
                                        detail, "Welcome!" if not detail else
                                        f"Sorry: {detail}.")}}
        if loyalty is not None:
            response["loyalty"] = loyalty
        return JSONResponse({"validationResponse": response, "scanInfo": scan_info(scan, stored)})


def _loyalty(state: SandboxState, stored: StoredPass, delta: float
             ) -> tuple[dict[str, str], str]:
    template = state.templates.get(stored.attributes.get("passTemplateUuid"))
    if template is None or not template.loyalty_enabled:
        raise unprocessable(NOT_ENABLED)
    if stored.balance is None:
        stored.balance = 0
    before = stored.balance
    after = change_balance(stored, template, delta)
    change = after - before
    decimal = template.decimal_balance
    shown = format_balance(abs(change), decimal=decimal)
    total = format_balance(after, decimal=decimal)
    added = change >= 0
    text = (f"{shown} points {'added to' if added else 'redeemed from'} your balance. "
            f"Current balance: {total}")
    return {"balanceChange": format_balance(change, decimal=decimal), "updatedBalance": total,
            "operation": "add" if added else "subtract"}, text


async def log_scan(request: Request) -> Response:
    given, _body = await wrapped_object(request, "scan")
    state = state_of(request)
    with state.lock:
        _scan_fields(given, state, logging=True)
        # An unknown passId leaves the scan unlinked, as a scan value PassEntry cannot place.
        stored = state.find_pass(given["passId"]) if isinstance(given.get("passId"), str) \
            else None
        if stored is not None and given.get("loyalty") is not None:
            _loyalty(state, stored, given["loyalty"]["balance"])
        detail = given.get("statusDetail")
        scan = _record(state, given, stored, given["scanValue"], "externalValidation",
                       given["status"], detail if isinstance(detail, str) else "")
        return JSONResponse({"scanInfo": scan_info(scan, stored)})


HANDLERS = {
    "scans.list": list_scans,
    "scans.get": get_scan,
    "scans.create": create_scan,
    "scans.log": log_scan,
}
