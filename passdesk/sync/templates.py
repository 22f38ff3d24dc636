"""Publishing a template draft: draft "queued" + outbox row in one transaction.

The pusher then creates the template through the API (``delivery``), so a
design finished offline goes live when the network returns. The outbox row
carries the template's attributes as they will be sent; its ``target_id`` and
``order_key`` are the draft id.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from passdesk.store import outbox
from passdesk.store import template_drafts as drafts
from passdesk.store.database import Database
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

CREATE = drafts.KIND
#: Members of a resource object, not template attributes.
_ENVELOPE_KEYS = ("id", "type")


def publish_draft(db: Database, *, draft_id: str, clock: Clock = utcnow) -> int:
    """Queue the draft for publishing; returns the outbox row's seq.

    Raises ChangeRefused if the draft is unknown, already queued, or its
    document is not a template's JSON.
    """
    now = clock()
    with db.session() as session:
        try:
            draft = drafts.queue_for_publishing(session, draft_id)
        except (LookupError, ValueError) as exc:
            raise ChangeRefused(str(exc)) from exc
        attributes = template_attributes(draft.document_text)
        row = outbox.enqueue(session, kind=CREATE, order_key=draft_id, target_id=draft_id,
                             payload=attributes, now=now)
        return row.seq


def template_attributes(document_text: str) -> dict[str, Any]:
    """The attributes to send, from a draft document in any of its envelopes.

    ``{"data": {"id", "type", "attributes"}}``, ``{"id", "type", "attributes"}``,
    ``{"passTemplate": {...}}`` (a create body) or the bare attributes; the
    resource's ``id`` and ``type`` are never sent.
    """
    text = document_text[1:] if document_text.startswith("\ufeff") else document_text
    try:
        root = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ChangeRefused(f"The draft is not valid JSON (line {exc.lineno}, column "
                            f"{exc.colno}: {exc.msg}); fix it in the designer.") from exc
    if not isinstance(root, Mapping):
        raise ChangeRefused("The draft is not a template: its JSON is not an object.")
    attributes: Any = root
    data = root.get("data")
    if "data" in root and "attributes" not in root:
        if not isinstance(data, Mapping):
            raise ChangeRefused('The draft is not one template: its "data" is not an object.')
        attributes = data.get("attributes")
    elif "attributes" in root:
        attributes = root["attributes"]
    elif list(root) == ["passTemplate"]:
        attributes = root["passTemplate"]
    if not isinstance(attributes, Mapping):
        raise ChangeRefused("The draft is not a template: its attributes are not an object.")
    return {k: v for k, v in attributes.items() if k not in _ENVELOPE_KEYS}
