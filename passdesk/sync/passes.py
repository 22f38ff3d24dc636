"""Passes issued, edited, messaged, nullified or reactivated here: local effect + outbox
row in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.api.routes import FIELD_VALUE_STYLE
from passdesk.core.names import display_name
from passdesk.core.payloads import BarcodeInput, PassAction, PassInput, PassUpdate
from passdesk.core.texts import translate
from passdesk.store import outbox
from passdesk.store import passes as pass_store
from passdesk.store.bulk_queries import barcode_holders, known_ext_ids
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.renames import LOCAL_PREFIX
from passdesk.store.schema import Event, OutboxRow, Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

NULLIFIED_WORDS = translate("passes", "This pass was nullified: it can no longer be changed or "
                                      "messaged.")
#: What ``includePassSource`` may ask for with a created pass (None: nothing).
PASS_SOURCES = (None, "apple", "google")
#: A pass's own design (§2.9 templateOverride) answered 403: the feature is off.
OVERRIDE_REFUSED_WORDS = translate(
    "passes", "Per-pass designs are not enabled for your organisation — ask PassEntry to enable "
              "them. The pass is kept on this computer: send it with the template's design, or "
              "keep it until they are enabled.")
OVERRIDE_KEY = "templateOverride"


def problems_said(problems: Sequence[str]) -> str:
    """Several problems as one message, each still said in the person's language:
    ``a; b; c`` in English (one problem is itself)."""
    said: str = problems[0] if problems else ""
    for problem in problems[1:]:
        said = translate("passes", "{list}; {next}",
                         "problems, one after another: those so far, then one more").format(
            list=said, next=problem)
    return said


def has_override(body: dict | None) -> bool:
    """Whether a create or update body asks for a per-pass design."""
    content = (body or {}).get("pass")
    return isinstance(content, dict) and bool(content.get(OVERRIDE_KEY))


def design_refused(session: Session, pass_id: str) -> OutboxRow | None:
    """The failed create or update of ``pass_id`` PassEntry refused for its own design."""
    return session.scalars(
        select(OutboxRow).where(OutboxRow.target_id == pass_id,
                                OutboxRow.kind.in_((OutboxKind.PASS_CREATE,
                                                    OutboxKind.PASS_UPDATE)),
                                OutboxRow.state == outbox.FAILED,
                                OutboxRow.last_error == OVERRIDE_REFUSED_WORDS)
        .order_by(OutboxRow.seq.desc()).limit(1)).first()


def refused_design(db: Database, pass_id: str) -> str | None:
    """The words to show when PassEntry refused this pass's own design, else None."""
    with db.session() as session:
        return OVERRIDE_REFUSED_WORDS if design_refused(session, pass_id) else None


def template_attributes(db: Database, template_id: str | None) -> dict | None:
    """A stored template's attributes (the forms read its localised defaults), or None."""
    if not template_id:
        return None
    with db.session() as session:
        row = session.get(PassTemplate, template_id)
        return dict(row.attributes or {}) if row is not None else None


def send_without_design(db: Database, *, pass_id: str, clock: Clock = utcnow) -> bool:
    """The refused change goes again without its own design (the template's instead).

    Nothing typed for the pass is lost: only ``templateOverride`` leaves the body.
    False when there is no such refused change.
    """
    with db.session() as session:
        row = design_refused(session, pass_id)
        if row is None:
            return False
        body = dict(row.payload.get("body") or {})
        body["pass"] = {k: v for k, v in (body.get("pass") or {}).items() if k != OVERRIDE_KEY}
        row.payload = {**row.payload, "body": body}
        stored = session.get(Pass, pass_id)
        if stored is not None and stored.attributes:
            content = dict((stored.attributes or {}).get("passContent") or {})
            content.pop(OVERRIDE_KEY, None)
            stored.attributes = {**stored.attributes, "passContent": content}
        outbox.retry(session, row.seq, clock())
        return True


def issue_pass(db: Database, *, new: PassInput, pass_source: str | None = None,
               clock: Clock = utcnow) -> str:
    """Issue a pass; returns its local id. Without an ext id one is made up, because
    the ext id is how a create whose answer was lost is found again (never twice).

    ``pass_source`` ("apple" or "google") asks PassEntry to send the Apple pass
    file or the Google Wallet link with the created pass.
    """
    problems = new.problems()
    if pass_source not in PASS_SOURCES:
        problems.append(translate("passes", "unknown pass source {source} (apple or google)")
                        .format(source=repr(pass_source)))
    if problems:
        raise ChangeRefused(problems_said(problems))
    with db.session() as session:
        # Checked in the same transaction as the write: never two passes with one code.
        taken = taken_by(session, new)
        if taken:
            raise ChangeRefused(taken)
        return add_pass(session, new, clock(), pass_source=pass_source)


def taken_by(session: Session, new: PassInput) -> str | None:
    """Why ``new`` clashes with the store (its ext id or QR value is on another
    pass, or its event is gone), or None."""
    if new.ext_id and known_ext_ids(session, [new.ext_id]):
        return translate("passes", "A pass with ext id {ext_id} exists already.").format(
            ext_id=repr(new.ext_id))
    printed = _printed_value(new.barcode_input)
    if printed:
        holders = barcode_holders(session, [printed])
        if printed in holders:
            if holders[printed]:
                return translate("passes", "The QR value {value} is already on the pass of "
                                 "{who}.").format(value=repr(printed), who=holders[printed])
            return translate("passes", "The QR value {value} is already on another pass.")\
                .format(value=repr(printed))
    if new.event_id and session.get(Event, new.event_id) is None:
        return translate("passes", "The event picked for this pass no longer exists; pick it "
                         "again.")
    return None


def add_pass(session: Session, new: PassInput, now: datetime, *,
             pass_source: str | None = None) -> str:
    """``issue_pass`` inside the caller's transaction (bulk issue queues many in one);
    the caller has checked ``new.problems()``."""
    ext_id = new.ext_id or f"pd-{uuid.uuid4().hex[:20]}"
    local_id = f"{LOCAL_PREFIX}{uuid.uuid4()}"
    body = PassInput(**{**new.__dict__, "ext_id": ext_id}).to_body(FIELD_VALUE_STYLE)
    template = session.get(PassTemplate, new.template_id)
    barcode = new.barcode_input
    tags = [*([new.group_tag] if new.group_tag else []), *(new.group_tags or [])]
    session.add(Pass(
        id=local_id, ext_id=ext_id, status="pending", template_id=new.template_id,
        template_name=template.name if template else None,
        group_tag=new.group_tag or (tags[0] if tags else None),
        group_tags=list(dict.fromkeys(tags)) or None,
        display_name=display_name(new.values), created_at=now,
        # What the code will hold; a pass UUID is known only once PassEntry answers.
        barcode_value=(ext_id if barcode is not None and barcode.enabled
                       and barcode.source == "extId" else _printed_value(barcode)),
        barcode_type=str(barcode.type) if barcode is not None and barcode.enabled else None,
        event_id=new.event_id, attributes={"passContent": body["pass"]}))
    payload = {"template_id": new.template_id, "ext_id": ext_id, "body": body}
    if pass_source:
        payload["pass_source"] = pass_source
    outbox.enqueue(session, kind=OutboxKind.PASS_CREATE, order_key=local_id, target_id=local_id,
                   now=now, payload=payload)
    return local_id


def _printed_value(barcode: BarcodeInput | None) -> str | None:
    """A custom barcode's value (uuid and extId codes hold the pass's own id)."""
    if barcode is None or not barcode.enabled or barcode.source != "custom":
        return None
    return barcode.value or None


def update_pass(db: Database, *, pass_id: str, changes: PassUpdate,
                clock: Clock = utcnow) -> None:
    problems = changes.problems()
    if problems:
        raise ChangeRefused(problems_said(problems))
    body = changes.to_body(FIELD_VALUE_STYLE)
    with db.session() as session:
        row = _live_pass(session, pass_id)
        attributes = dict(row.attributes or {})
        if changes.values:
            attributes["passContent"] = {**attributes.get("passContent", {}), **changes.values}
            row.display_name = display_name(attributes["passContent"]) or row.display_name
        if changes.message:
            row.latest_message = changes.message
        if changes.pass_action == PassAction.DEACTIVATE:
            row.status = "deactivated"
            row.deactivated_at = clock()
        elif changes.pass_action == PassAction.REACTIVATE:
            pass_store.mark_reactivated(session, pass_id)
        if changes.group_tag is not None:
            row.group_tag = changes.group_tag
        if changes.group_tags is not None:
            row.group_tags = list(changes.group_tags) or None
            if changes.group_tag is None:  # the list's group column shows the first
                row.group_tag = changes.group_tags[0] if changes.group_tags else None
        row.attributes = attributes
        outbox.enqueue(session, kind=OutboxKind.PASS_UPDATE, order_key=pass_id, target_id=pass_id,
                       payload={"body": body}, now=clock())


def notify(db: Database, *, pass_id: str, message: str, clock: Clock = utcnow) -> None:
    if not message.strip():
        raise ChangeRefused(translate("passes", "A notification needs a message."))
    with db.session() as session:
        _live_pass(session, pass_id).latest_message = message
        outbox.enqueue(session, kind=OutboxKind.PASS_NOTIFY, order_key=pass_id, target_id=pass_id,
                       payload={"message": message}, now=clock())


def notify_many(db: Database, *, pass_ids: Sequence[str], message: str,
                clock: Clock = utcnow) -> int:
    """The same message to many passes, all queued or none (one transaction)."""
    if not message.strip():
        raise ChangeRefused(translate("passes", "A notification needs a message."))
    now = clock()
    with db.session() as session:
        for pass_id in dict.fromkeys(pass_ids):
            _live_pass(session, pass_id).latest_message = message
            outbox.enqueue(session, kind=OutboxKind.PASS_NOTIFY, order_key=pass_id,
                           target_id=pass_id,
                           payload={"message": message}, now=now)
    return len(dict.fromkeys(pass_ids))


def deactivate_many(db: Database, *, pass_ids: Sequence[str], clock: Clock = utcnow) -> int:
    """Deactivate passes, all or none; ones already deactivated are left alone.
    Returns how many were deactivated now."""
    body = PassUpdate(pass_action=PassAction.DEACTIVATE).to_body(FIELD_VALUE_STYLE)
    now = clock()
    done = 0
    with db.session() as session:
        for pass_id in dict.fromkeys(pass_ids):
            row = _pass(session, pass_id)
            if row.status in ("deactivated", pass_store.NULLIFIED):
                continue
            row.status, row.deactivated_at = "deactivated", now
            outbox.enqueue(session, kind=OutboxKind.PASS_UPDATE, order_key=pass_id,
                           target_id=pass_id,
                           payload={"body": body}, now=now)
            done += 1
    return done


def nullify_pass(db: Database, *, pass_id: str, clock: Clock = utcnow) -> None:
    """Nullify a pass: irreversible (``POST /passes/{id}/nullify``).

    At once here: the pass is ``nullified`` (the Door refuses it, saying so) and
    its ext id is free for a new pass. PassEntry then clears the pass in the
    wallet and answers 404 for it everywhere but lists with ``includeNullified``.
    Raises ChangeRefused for an unknown pass or one nullified already.
    """
    with db.session() as session:
        row = _pass(session, pass_id)
        if row.status == pass_store.NULLIFIED:
            raise ChangeRefused(translate("passes", "This pass is nullified already."))
        now = clock()
        pass_store.mark_nullified(session, pass_id, now)
        outbox.enqueue(session, kind=OutboxKind.PASS_NULLIFY, order_key=pass_id, target_id=pass_id,
                       payload={}, now=now)


def reactivate_pass(db: Database, *, pass_id: str, message: str | None = None,
                    clock: Clock = utcnow) -> None:
    """Reactivate a deactivated pass (``PATCH /passes/{id}``, ``passAction: reactivate``);
    ``message`` also goes to the phone. Apple keeps the pass among expired passes
    until its holder unhides it. Raises ChangeRefused unless the pass is deactivated."""
    with db.session() as session:
        if _pass(session, pass_id).status != "deactivated":
            raise ChangeRefused(translate("passes", "Only a deactivated pass can be reactivated."))
    update_pass(db, pass_id=pass_id, clock=clock,
                changes=PassUpdate(pass_action=PassAction.REACTIVATE,
                                   message=(message or "").strip() or None))


def _live_pass(session, pass_id: str) -> Pass:
    row = _pass(session, pass_id)
    if row.status == pass_store.NULLIFIED:
        raise ChangeRefused(NULLIFIED_WORDS)
    return row


def _pass(session, pass_id: str) -> Pass:
    row = session.get(Pass, pass_id)
    if row is None:
        raise ChangeRefused(translate("passes", "No pass {pass_id} in the local store; sync "
                                      "first.").format(pass_id=pass_id))
    return row
