"""Publishing a template draft: draft "queued" + outbox row in one transaction;
and adding a template PassEntry has by its id.

The pusher then sends the template through the API (``delivery``), so a
design finished offline goes live when the network returns:

* a new design is created with ``POST /pass-templates`` (outbox kind
  ``TEMPLATE_CREATE``, the row carries the current-shape attributes);
* a design of a template PassEntry has (published from this draft, or opened
  from a stored template) is changed in place with ``PATCH
  /pass-templates/{id}`` (kind ``TEMPLATE_UPDATE``, the row carries only what changed
  since the stored version, ``template_shape.changes``).

Both answer 202 while PassEntry processes the template; the delivery polls
until it is ready (the draft says "processing" meanwhile). Creating is a
closed beta: an account without it is told so and keeps its draft.

Publishing never makes a second template by accident: a draft that only has
the name of a template on PassEntry is refused with ``AlreadyOnPassEntry``;
``publish_copy`` sends it as a new draft under a name no template has.

No template list is documented, so ``fetch_template`` adds a template a
person names by its id (``GET /pass-templates/{id}``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from passdesk.api import NetworkError, NotFoundError, PassEntryClient
from passdesk.core import template_shape
from passdesk.core.records import PassTemplate
from passdesk.core.texts import translate
from passdesk.store import outbox, rows, template_ids
from passdesk.store import template_drafts as drafts
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import PassTemplate as TemplateRow
from passdesk.store.upsert import upsert
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

#: What a person reads when the account may not create templates (401/403).
CLOSED_BETA_WORDS = translate("designer", "Creating templates through the API is a closed beta "
                                          "at PassEntry; ask PassEntry to enable it. Your draft "
                                          "is kept.")
#: Members of a resource object, not template attributes.
_ENVELOPE_KEYS = ("id", "type")


class AlreadyOnPassEntry(ChangeRefused):
    """Publishing would make a second template; ``found`` says why it is there already."""

    def __init__(self, found: drafts.OnPassEntry) -> None:
        self.found = found
        if found.why == "published":
            said = translate("designer", "{name} was published from this draft already; "
                                         "publish a copy under a new name instead.")
        elif found.why == "opened":
            said = translate("designer", "{name} was opened from a template PassEntry has; "
                                         "publish a copy under a new name instead.")
        elif found.why == "name":
            said = translate("designer", "{name} has the name of a template PassEntry has (or "
                                         "will have); publish a copy under a new name instead.")
        else:
            said = translate("designer", "{name} is on PassEntry; publish a copy under a new "
                                         "name instead.")
        super().__init__(said.format(name=repr(found.name)))


class TemplateNotFound(ChangeRefused):
    """PassEntry has no template with the id a person typed."""


class TemplateLater(ChangeRefused):
    """PassEntry could not be reached: the id is kept and read at the next sync."""


def publish_draft(db: Database, *, draft_id: str, clock: Clock = utcnow) -> int:
    """Queue the draft: a new template, or the changes of one PassEntry has; the seq.

    A draft published before, or opened from a stored template, is sent as
    an update of that template (only what changed). Raises
    AlreadyOnPassEntry when the draft only has the name of a template on
    PassEntry (or its publish is queued), and ChangeRefused if the draft is
    unknown, already queued, unchanged since it was published, or its
    document is not a template's JSON.
    """
    now = clock()
    with db.session() as session:
        record = drafts.get_draft(session, draft_id)
        if record is None:
            raise ChangeRefused(translate("designer", "No template draft {id} on this computer."
                                          ).format(id=draft_id))
        if record.publish_state in drafts.WAITING:
            raise ChangeRefused(translate("designer", "The draft {name} is already queued for "
                                                      "publishing.").format(name=repr(record.name)))
        found = drafts.on_passentry(session, draft_id)
        if found is not None and found.why in ("published", "opened") and found.template_id:
            return _queue_update(session, draft_id, found.template_id, record.document_text,
                                 now)
        if found is not None:
            raise AlreadyOnPassEntry(found)
        return _queue(session, draft_id, now)


def _queue_update(session, draft_id: str, template_id: str, document_text: str, now) -> int:
    wanted = template_shape.to_current(template_attributes(document_text))
    stored = drafts.template_attributes(session, template_id)
    # Without the stored version every attribute is sent: PATCH sets what it is given.
    body = (template_shape.changes(template_shape.to_current(stored), wanted)
            if stored is not None else wanted)
    if not body:
        raise ChangeRefused("PassEntry has this version of the template already; "
                            "there is nothing to publish.")
    try:
        drafts.queue_for_update(session, draft_id)
    except (LookupError, ValueError) as exc:
        raise ChangeRefused(str(exc)) from exc
    row = outbox.enqueue(session, kind=OutboxKind.TEMPLATE_UPDATE, order_key=draft_id,
                         target_id=draft_id,
                         payload={"template_id": template_id, "body": body}, now=now)
    return row.seq


def store_template(session, record: PassTemplate, now) -> PassTemplate:
    """Store a template as the current shape (a deprecated answer is converted)."""
    if record.shape != template_shape.CURRENT:
        current = PassTemplate.from_json(record.to_current())
        current.id, current.type = record.id, record.type or PassTemplate.TYPE
        current.members, current.member_order = record.members, record.member_order
        record = current
    upsert(session, TemplateRow.__table__, [rows.template_row(record, now)])
    return record


def fetch_template(db: Database, client: PassEntryClient, template_id: str, *,
                   clock: Clock = utcnow) -> PassTemplate:
    """Read one template from PassEntry by its id and store it; the record as stored.

    The way to add a template when no list is offered; the id is also kept
    (``store.template_ids.want``) so every sync reads it again. Raises
    TemplateNotFound (plain words) when PassEntry has none with that id,
    TemplateLater when PassEntry cannot be reached (the id is kept and read
    at the next sync); other API errors as the client raises them.
    """
    wanted = template_id.strip()
    if not wanted:
        raise TemplateNotFound(translate("designer", "Type the template's ID (from the PassEntry "
                                                     "dashboard)."))
    try:
        record = client.templates.get(wanted)
    except NotFoundError as exc:
        raise TemplateNotFound(translate("designer", "PassEntry has no template with the ID "
                                                     "{id}; check the ID in the PassEntry "
                                                     "dashboard.").format(id=wanted)) from exc
    except NetworkError as exc:
        with db.session() as session:
            template_ids.want(session, wanted)
        raise TemplateLater(translate("designer", "PassEntry cannot be reached now; the template "
                                                  "{id} is read at the next sync.").format(
            id=wanted)) from exc
    with db.session() as session:
        template_ids.want(session, wanted)
        return store_template(session, record, clock())


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
        raise ChangeRefused(translate("designer", "A copy needs a name."))
    if template_attributes(document_text).get("name") != name:
        raise ChangeRefused(translate("designer", "The copy's document is not named {name}."
                                      ).format(name=repr(name)))
    with db.session() as session:
        if drafts.get_draft(session, draft_id) is not None:
            raise ChangeRefused(translate("designer", "A draft {id} exists already; a copy is a "
                                                      "new draft.").format(id=draft_id))
        if drafts.name_key(name) in drafts.names_in_use(session):
            raise AlreadyOnPassEntry(drafts.OnPassEntry("name", name))
        try:
            drafts.save_draft(session, draft_id=draft_id, name=name,
                              document_text=document_text, samples=dict(samples), now=now)
        except ValueError as exc:
            raise ChangeRefused(str(exc)) from exc
        return _queue(session, draft_id, now)


def copy_name(name: str, taken: set[str], said: Callable[[str], str] = str) -> str:
    """A name for a copy of ``name`` that no key in ``taken`` (``name_key``s) has.

    ``said`` says its words ("(copy)") in the person's language (the GUI passes its
    ``say``); the name is the template's data from then on.
    """
    base = " ".join(name.split()) or said(translate("designer", "Untitled template"))
    for n in range(1, 1000):
        candidate = said(translate("designer", "{name} (copy)").format(name=base) if n == 1
                         else translate("designer", "{name} (copy {number})").format(
                             name=base, number=str(n)))
        if drafts.name_key(candidate) not in taken:
            return candidate
    return said(translate("designer", "{name} (copy {number})").format(
        name=base, number=str(len(taken) + 1)))


def _queue(session, draft_id: str, now) -> int:
    try:
        draft = drafts.queue_for_publishing(session, draft_id)
    except (LookupError, ValueError) as exc:
        raise ChangeRefused(str(exc)) from exc
    # The create body takes the current shape (§5.3), whatever shape the draft was saved in.
    attributes = template_shape.to_current(template_attributes(draft.document_text))
    row = outbox.enqueue(session, kind=OutboxKind.TEMPLATE_CREATE, order_key=draft_id,
                         target_id=draft_id,
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
        raise ChangeRefused(translate("designer", "The draft is not valid JSON (line {line}, "
                                                  "column {column}: {problem}); fix it in the "
                                                  "designer.").format(
            line=str(exc.lineno), column=str(exc.colno), problem=exc.msg)) from exc
    if not isinstance(root, Mapping):
        raise ChangeRefused(translate("designer", "The draft is not a template: its JSON is not "
                                                  "an object."))
    attributes: Any = root
    data = root.get("data")
    if "data" in root and "attributes" not in root:
        if not isinstance(data, Mapping):
            raise ChangeRefused(translate("designer", "The draft is not one template: its "
                                                      "\"data\" is not an object."))
        attributes = data.get("attributes")
    elif "attributes" in root:
        attributes = root["attributes"]
    elif list(root) == ["passTemplate"]:
        attributes = root["passTemplate"]
    if not isinstance(attributes, Mapping):
        raise ChangeRefused(translate("designer", "The draft is not a template: its attributes "
                                                  "are not an object."))
    return {k: v for k, v in attributes.items() if k not in _ENVELOPE_KEYS}
