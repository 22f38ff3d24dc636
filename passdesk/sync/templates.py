"""Publishing a template draft: draft "queued" + outbox row in one transaction.

The pusher then creates the template through the API (``delivery``), so a
design finished offline goes live when the network returns. The outbox row
carries the template's attributes as they will be sent; its ``target_id`` and
``order_key`` are the draft id.

Publishing never makes a second template by accident: a draft already on
PassEntry (published or queued from it, opened from a synced template, or
named like one) is refused with ``AlreadyOnPassEntry``. The only way to send
it again is ``publish_copy``: a new draft under a name no template has.
Changing a template in place needs ``PATCH /pass-templates/{id}``, which
passdesk does not use yet.
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


class AlreadyOnPassEntry(ChangeRefused):
    """Publishing would make a second template; ``found`` says why it is there already."""

    def __init__(self, found: drafts.OnPassEntry) -> None:
        self.found = found
        why = {"published": "was published from this draft already",
               "opened": "was opened from a template PassEntry has",
               "name": "has the name of a template PassEntry has (or will have)"}
        super().__init__(f"{found.name!r} {why.get(found.why, 'is on PassEntry')}; "
                         "publish a copy under a new name instead.")


def publish_draft(db: Database, *, draft_id: str, clock: Clock = utcnow) -> int:
    """Queue the draft for publishing; returns the outbox row's seq.

    Raises AlreadyOnPassEntry if its template is on PassEntry (or queued)
    already, and ChangeRefused if the draft is unknown, already queued, or
    its document is not a template's JSON.
    """
    now = clock()
    with db.session() as session:
        record = drafts.get_draft(session, draft_id)
        if record is None:
            raise ChangeRefused(f"No template draft {draft_id} on this computer.")
        if record.publish_state == drafts.QUEUED:
            raise ChangeRefused(f"The draft {record.name!r} is already queued for publishing.")
        found = drafts.on_passentry(session, draft_id)
        if found is not None:
            raise AlreadyOnPassEntry(found)
        return _queue(session, draft_id, now)


def publish_copy(db: Database, *, draft_id: str, name: str, document_text: str,
                 samples: Mapping[str, Any], clock: Clock = utcnow) -> int:
    """Save ``document_text`` as a new draft ``draft_id`` named ``name`` and queue it.

    The explicit way to publish a design again: the document's name must be
    ``name``, and no synced template or published or queued draft may have it
    (AlreadyOnPassEntry). Returns the outbox row's seq.
    """
    now = clock()
    clean = " ".join(name.split())
    if not clean:
        raise ChangeRefused("A copy needs a name.")
    if template_attributes(document_text).get("name") != name:
        raise ChangeRefused(f"The copy's document is not named {name!r}.")
    with db.session() as session:
        if drafts.get_draft(session, draft_id) is not None:
            raise ChangeRefused(f"A draft {draft_id} exists already; a copy is a new draft.")
        if drafts.name_key(name) in drafts.names_in_use(session):
            raise AlreadyOnPassEntry(drafts.OnPassEntry("name", name))
        try:
            drafts.save_draft(session, draft_id=draft_id, name=name,
                              document_text=document_text, samples=dict(samples), now=now)
        except ValueError as exc:
            raise ChangeRefused(str(exc)) from exc
        return _queue(session, draft_id, now)


def copy_name(name: str, taken: set[str]) -> str:
    """A name for a copy of ``name`` that no key in ``taken`` (``name_key``s) has."""
    base = " ".join(name.split()) or "Untitled template"
    for n in range(1, 1000):
        candidate = f"{base} (copy)" if n == 1 else f"{base} (copy {n})"
        if drafts.name_key(candidate) not in taken:
            return candidate
    return f"{base} (copy {len(taken) + 1})"


def _queue(session, draft_id: str, now) -> int:
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
