"""How each kind of outbox row reaches the API, and how a lost answer is checked.

``deliver`` returns what happened (Applied, NotApplied, Undecidable) or
raises the client's typed error; ``push.Pusher`` turns both into row states.
Kinds that are not idempotent call ``mark_sending`` (which commits) before
their request, so a later attempt knows it must check before sending again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from passdesk.api import NotFoundError, PassEntryClient, UnprocessableError
from passdesk.api.errors import (
    ApiError,
    ForbiddenError,
    ProcessingTimeoutError,
    UnauthorizedError,
)
from passdesk.core.payloads import LoyaltyChange
from passdesk.core.records import (
    Event,
    Pass,
    PassChange,
    PassTemplate,
    TemplateProcessing,
    parse_time,
)
from passdesk.core.texts import translate
from passdesk.store import loyalty as loyalty_store
from passdesk.store import passes as pass_store
from passdesk.store import rows
from passdesk.store import template_drafts as draft_store
from passdesk.store.outbox import FAILED, OutboxItem
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.renames import rename_event, rename_pass
from passdesk.store.schema import Event as EventRow
from passdesk.store.upsert import upsert
from passdesk.sync import passes as pass_changes
from passdesk.sync import scan_log
from passdesk.sync import templates as template_publish
from passdesk.sync.loyalty import to_api, to_units

MarkSending = Callable[[OutboxItem, dict[str, Any]], None]


@dataclass(frozen=True)
class Applied:
    """The API has the change; ``on_commit`` updates the store in the same transaction."""

    why: str
    facts: dict[str, Any] = field(default_factory=dict)
    on_commit: Callable[[Session, datetime], None] = lambda _s, _now: None

    def apply(self, session: Session, now: datetime) -> None:
        self.on_commit(session, now)


@dataclass(frozen=True)
class NotApplied:
    """Checked: the API does not have the change; send it again (after ``retry_in``)."""

    why: str
    retry_in: timedelta = timedelta(0)


@dataclass(frozen=True)
class Undecidable:
    """The facts fit neither "applied" nor "not applied": a person must decide."""

    why: str


Result = Applied | NotApplied | Undecidable


def deliver(item: OutboxItem, client: PassEntryClient, mark_sending: MarkSending) -> Result:
    handler = HANDLERS.get(item.kind)
    if handler is None:
        return Undecidable(f"This version does not know how to send {item.kind!r}.")
    return handler(item, client, mark_sending)


# --- loyalty ---------------------------------------------------------------


def _loyalty_applied(item: OutboxItem, balance: int | None, why: str) -> Applied:
    def on_commit(session: Session, now: datetime) -> None:
        loyalty_store.set_state(session, item.op_id, loyalty_store.APPLIED,
                                confirmed_balance=balance, note=why)
        if balance is not None:
            loyalty_store.confirm_balance(session, item.target_id, balance, now)

    return Applied(why, {"balance_after": balance}, on_commit)


def _loyalty_finished(session: Session, item: OutboxItem, state: str, why: str) -> None:
    """The operation follows its row: failed, or waiting for a person (the till shows it)."""
    loyalty_store.set_state(session, item.op_id, loyalty_store.FAILED if state == FAILED
                            else loyalty_store.REVIEW, note=why)


def _loyalty(item: OutboxItem, client: PassEntryClient, mark_sending: MarkSending) -> Result:
    """Points are counted in store units (hundredths on a decimal template, §4): a
    decimal template answers with a Decimal, and then the amount is sent as one."""
    payload, pass_id = item.payload, item.target_id
    message = payload.get("message")
    if "override" in payload:  # setting a value twice gives the same value
        decimal = isinstance(client.loyalty.get(pass_id).balance, Decimal)
        state = client.loyalty.update(pass_id, LoyaltyChange(
            override=to_api(payload["override"], decimal), message=message))
        return _loyalty_applied(item, to_units(state.balance), "balance set")
    delta = payload["delta"]
    if item.facts.get("sent_at"):
        before = item.facts.get("balance_before")
        balance = to_units(client.loyalty.get(pass_id).balance)
        if before is None or balance is None:
            return Undecidable(f"The answer to {delta:+d} points was lost and the balance "
                               "before it is not known; check the pass and decide.")
        if balance == before + delta:
            return _loyalty_applied(item, balance, f"answer lost; balance {before} -> "
                                                   f"{balance} shows it was applied")
        if balance == before:
            return NotApplied(f"answer lost; balance still {before}: not applied")
        return Undecidable(
            f"The answer to {delta:+d} points was lost. The balance was {before} before "
            f"sending and is {balance} now, which is neither {before} (not applied) nor "
            f"{before + delta} (applied): someone else changed it meanwhile. Check the "
            "pass's history and retry or discard.")
    read = client.loyalty.get(pass_id).balance
    before = to_units(read)
    mark_sending(item, {"balance_before": before})
    state = client.loyalty.update(pass_id, LoyaltyChange(
        delta=to_api(delta, isinstance(read, Decimal)), message=message))
    return _loyalty_applied(item, to_units(state.balance), f"{delta:+d} applied")


# --- passes ------------------------------------------------------------------


def _refresh_pass(record: Pass, why: str, facts: dict[str, Any] | None = None,
                  rename_from: str | None = None) -> Applied:
    def on_commit(session: Session, now: datetime) -> None:
        if rename_from and rename_from != record.id:
            rename_pass(session, rename_from, record.id)
        pass_store.upsert_records(session, [record], now)

    return Applied(why, {"pass_id": record.id, **(facts or {})}, on_commit)


def _pass_create(item: OutboxItem, client: PassEntryClient,
                 mark_sending: MarkSending) -> Result:
    payload, local_id = item.payload, item.target_id
    ext_id, source = payload["ext_id"], payload.get("pass_source")
    if item.facts.get("sent_at"):
        try:
            found = client.passes.get(ext_id, include_pass_source=source)
        except NotFoundError:
            return NotApplied(f"answer lost; no pass with ext id {ext_id}: not created")
        return _refresh_pass(found, "answer lost; found by ext id", rename_from=local_id)
    mark_sending(item, {})
    try:
        created = client.passes.create_with_body(payload["template_id"], payload["body"],
                                                 ext_id=ext_id, include_pass_source=source)
    except ForbiddenError as exc:
        if not pass_changes.has_override(payload["body"]):
            raise
        raise _design_refused(exc) from exc
    except UnprocessableError as exc:
        if "extid" not in (exc.detail or "").lower():
            raise
        # An earlier attempt created it and its answer was lost.
        created = client.passes.get(ext_id, include_pass_source=source)
    return _refresh_pass(created, "created", rename_from=local_id)


def _message_once(item: OutboxItem, client: PassEntryClient, mark_sending: MarkSending,
                  message: str, send: Callable[[], PassChange], what: str) -> Result:
    """A change that carries a push message: after a lost answer, the pass's
    latest message tells whether it went out; it is never sent twice."""
    if item.facts.get("sent_at"):
        record = client.passes.get(item.target_id)
        if record.latest_message != message:
            return NotApplied(f"answer lost; the message is not on the pass: {what} not sent")
        return _refresh_pass(record, "answer lost; the message is on the pass")
    mark_sending(item, {})
    change = send()
    notification = change.notification.status if change.notification else None
    return _refresh_pass(change.record, f"{what} {notification or 'sent'}",
                         {"notification": notification})


def _pass_update(item: OutboxItem, client: PassEntryClient,
                 mark_sending: MarkSending) -> Result:
    body, pass_id = item.payload["body"], item.target_id
    if body.get("message"):
        return _message_once(item, client, mark_sending, body["message"],
                             lambda: _update_or_refused(client, pass_id, body), "update")
    # Without a message, sending the same content twice is harmless.
    change = _update_or_refused(client, pass_id, body)
    return _refresh_pass(change.record, "updated")


def _update_or_refused(client: PassEntryClient, pass_id: str, body: dict[str, Any]
                       ) -> PassChange:
    try:
        return client.passes.update_with_body(pass_id, body)
    except ForbiddenError as exc:
        if not pass_changes.has_override(body):
            raise
        raise _design_refused(exc) from exc


def _design_refused(exc: ForbiddenError) -> ApiError:
    """403 on a pass with its own design: the organisation lacks per-pass designs (§2.9).

    A plain ApiError, so the row fails with words (the pass stays here) instead of
    stopping the whole outbox as a refused key would.
    """
    return ApiError(pass_changes.OVERRIDE_REFUSED_WORDS, status=exc.status)


def _pass_notify(item: OutboxItem, client: PassEntryClient,
                 mark_sending: MarkSending) -> Result:
    message, pass_id = item.payload["message"], item.target_id
    return _message_once(item, client, mark_sending, message,
                         lambda: client.passes.notify(pass_id, message), "notification")


def _pass_nullify(item: OutboxItem, client: PassEntryClient,
                  mark_sending: MarkSending) -> Result:
    # Idempotent (§3.6): a second call on a nullified pass answers 200 and changes
    # nothing, so a lost answer is simply asked again.
    return _refresh_pass(client.passes.nullify(item.target_id), "nullified")


# --- events --------------------------------------------------------------------


def _refresh_event(record: Event, why: str, rename_from: str | None = None) -> Applied:
    def on_commit(session: Session, now: datetime) -> None:
        if rename_from and rename_from != record.id:
            rename_event(session, rename_from, record.id)
        upsert(session, EventRow.__table__, [rows.event_row(record, now)])

    return Applied(why, {"event_id": record.id}, on_commit)


def _same_event(record: Event, body: dict[str, Any]) -> bool:
    return (record.name == body.get("name")
            and parse_time(record.start_time) == parse_time(body.get("startDatetime")))


def _event_create(item: OutboxItem, client: PassEntryClient,
                  mark_sending: MarkSending) -> Result:
    body, local_id = item.payload["body"], item.target_id
    if item.facts.get("sent_at"):
        found = [e for e in client.events.iter() if _same_event(e, body["event"])]
        if not found:
            return NotApplied("answer lost; no such event on the API: not created")
        if len(found) > 1:
            return Undecidable(f"The answer was lost and {len(found)} events named "
                               f"{body['event'].get('name')!r} start at that time; "
                               "pick the right one.")
        return _refresh_event(found[0], "answer lost; found by name and start",
                              rename_from=local_id)
    mark_sending(item, {})
    return _refresh_event(client.events.create_with_body(body), "created",
                          rename_from=local_id)


def _event_update(item: OutboxItem, client: PassEntryClient,
                  mark_sending: MarkSending) -> Result:
    # Setting the same fields twice is harmless: no check needed.
    return _refresh_event(client.events.update_with_body(item.target_id, item.payload["body"]),
                          "updated")


# --- templates -------------------------------------------------------------------
# Create (POST, 202) and update (PATCH, 200 or 202) a template, then poll until
# PassEntry has processed it. The 202 answer's id is kept in the row's facts, so
# every later attempt only polls; while it polls the draft reads "processing".

#: Each attempt polls this long (in steps of TEMPLATE_POLL_S) before giving the
#: outbox back, so the desk shows "processing" and other changes are not held up.
TEMPLATE_POLL_S = 1.0
TEMPLATE_WAIT_S = 5.0
#: Not ready after that: the row is due again this much later (other changes go first).
TEMPLATE_RECHECK_S = 3.0


def _slot_ids(template: PassTemplate) -> list[str]:
    return sorted(template.field_ids())


def _same_template(record: PassTemplate, wanted: PassTemplate) -> bool:
    """Same name and the same field ids (slot order may differ after the API)."""
    return record.name == wanted.name and _slot_ids(record) == _slot_ids(wanted)


def _template_done(record: PassTemplate, draft_id: str | None, why: str) -> Applied:
    def on_commit(session: Session, now: datetime) -> None:
        template_publish.store_template(session, record, now)
        if draft_id:
            draft_store.mark_published(session, draft_id, record.id)

    return Applied(why, {"template_id": record.id}, on_commit)


def _closed_beta(exc: ApiError) -> ApiError:
    """401/403 on creating or changing a template: the account lacks the closed beta.

    A plain ApiError, so the row fails with these words (the draft stays) instead
    of stopping the whole outbox as a bad API key would.
    """
    return ApiError(template_publish.CLOSED_BETA_WORDS, status=exc.status)


def _until_processed(client: PassEntryClient, template_id: str, draft_id: str | None,
                     why: str) -> Result:
    try:
        record = client.templates.wait_until_processed(
            template_id, poll=TEMPLATE_POLL_S, timeout=TEMPLATE_WAIT_S)
    except ProcessingTimeoutError:
        # Not ready yet: the row waits again and the next attempt polls (the id is kept).
        return NotApplied(translate("designer", "Processing at PassEntry… (template {id})")
                          .format(id=template_id), retry_in=timedelta(seconds=TEMPLATE_RECHECK_S))
    return _template_done(record, draft_id, why)


def _templates_like(client: PassEntryClient, wanted: PassTemplate) -> list[str] | None:
    """Ids of listed templates like ``wanted``; None when the server offers no list."""
    try:
        return [t.id for t in client.templates.iter() if _same_template(t, wanted)]
    except NotFoundError:  # NotOfferedError: a real account has no template list
        return None


def _template_create(item: OutboxItem, client: PassEntryClient,
                     mark_sending: MarkSending) -> Result:
    attributes, draft_id = item.payload, item.target_id
    template_id = item.facts.get("template_id")
    if template_id:
        return _until_processed(client, template_id, draft_id, "created")
    wanted = PassTemplate.from_json(attributes)
    if item.facts.get("sent_at"):
        found = _templates_like(client, wanted)
        if found is None:
            return Undecidable(
                f"The answer to creating {wanted.name!r} was lost, and PassEntry offers no "
                "template list to check. Look in the PassEntry dashboard: if the template "
                "is there, add it by its ID (Designer, Add template by ID) and discard "
                "this change; if it is not, retry.")
        before = set(item.facts.get("templates_before") or ())
        found = [t for t in found if t not in before]
        if not found:
            return NotApplied(f"answer lost; no new template named {wanted.name!r} with "
                              "these fields on the API: not created")
        if len(found) > 1:
            return Undecidable(f"The answer was lost and {len(found)} new templates named "
                               f"{wanted.name!r} with these fields are on the API; "
                               "check which is this draft's and decide.")
        return _until_processed(client, found[0], draft_id,
                                "answer lost; found by name and fields")
    before = _templates_like(client, wanted)
    mark_sending(item, {"templates_before": before or []})
    try:
        started = client.templates.create(attributes)
    except (UnauthorizedError, ForbiddenError) as exc:
        raise _closed_beta(exc) from exc
    mark_sending(item, {"template_id": started.id})
    return _until_processed(client, started.id, draft_id, "created")


def _template_update(item: OutboxItem, client: PassEntryClient,
                     mark_sending: MarkSending) -> Result:
    # Setting the same attributes twice gives the same template: no lost-answer check.
    template_id, draft_id = item.payload["template_id"], item.target_id
    if item.facts.get("template_id"):
        return _until_processed(client, item.facts["template_id"], draft_id, "updated")
    try:
        answer = client.templates.update(template_id, item.payload["body"])
    except (UnauthorizedError, ForbiddenError) as exc:
        raise _closed_beta(exc) from exc
    if isinstance(answer, TemplateProcessing):
        mark_sending(item, {"template_id": answer.id or template_id})
        return _until_processed(client, answer.id or template_id, draft_id, "updated")
    return _template_done(answer, draft_id, "updated")


def _template_finished(session: Session, item: OutboxItem, state: str, why: str) -> None:
    if item.target_id and state == FAILED:
        draft_store.mark_failed(session, item.target_id, why)
    elif item.target_id:
        draft_store.note_problem(session, item.target_id, why)


HANDLERS: dict[str, Callable[[OutboxItem, PassEntryClient, MarkSending], Result]] = {
    OutboxKind.LOYALTY_CHANGE: _loyalty,
    OutboxKind.PASS_CREATE: _pass_create,
    OutboxKind.PASS_UPDATE: _pass_update,
    OutboxKind.PASS_NOTIFY: _pass_notify,
    OutboxKind.PASS_NULLIFY: _pass_nullify,
    OutboxKind.EVENT_CREATE: _event_create,
    OutboxKind.EVENT_UPDATE: _event_update,
    OutboxKind.TEMPLATE_CREATE: _template_create,
    OutboxKind.TEMPLATE_UPDATE: _template_update,
    OutboxKind.SCAN_LOG: scan_log.deliver,
}

#: What else a row's end (failed, or waiting for a person) changes in the store.
FINISH_HOOKS: dict[str, Callable[[Session, OutboxItem, str, str], None]] = {
    OutboxKind.LOYALTY_CHANGE: _loyalty_finished,
    OutboxKind.TEMPLATE_CREATE: _template_finished,
    OutboxKind.TEMPLATE_UPDATE: _template_finished,
}


def on_finish(session: Session, item: OutboxItem, state: str, why: str) -> None:
    """Called by the pusher, in the transaction that sets a row ``failed`` or ``review``."""
    hook = FINISH_HOOKS.get(item.kind)
    if hook is not None:
        hook(session, item, state, why)
