"""Template drafts: designs saved on this computer, and the synced templates to open.

A draft keeps the designer's document as the exact text it produced: the
store never parses or re-serialises it, so what comes back is byte for byte
what was saved. Publishing (``sync.templates``) queues an outbox row of kind
``TEMPLATE_CREATE`` (``POST /pass-templates``) or ``TEMPLATE_UPDATE`` (change a
published template, ``PATCH /pass-templates/{id}``) whose ``target_id`` is
the draft id; while that row waits the draft is "queued" and cannot be
edited or deleted. PassEntry answers 202 and processes the template: while
the outbox row polls (its facts hold the ``template_id``) the draft is
"processing".

``publish_state`` is written when the draft is queued, published or refused
by the API. A person may also retry or discard the outbox row; the draft's
state as read here follows that row (a discarded publish makes it a plain
draft again), so a draft is never stuck "queued" behind a row that is gone.

``on_passentry`` says whether publishing a draft would make a second copy of
a template PassEntry has (or will have, once queued): the draft was published
or queued before, was opened from a synced template, or carries the name of
one. A template PassEntry has by id is then updated in place; one that only
shares a name needs an explicit copy under a new name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.store import outbox
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import OutboxRow, PassTemplate, TemplateDraft

#: The outbox kinds that publish a draft (create) or send its changes (update).
KINDS = (OutboxKind.TEMPLATE_CREATE, OutboxKind.TEMPLATE_UPDATE)
ID_PREFIX = "draft-"
DRAFT, QUEUED, PROCESSING, PUBLISHED, FAILED = (
    "draft", "queued", "processing", "published", "failed")
STATES = (DRAFT, QUEUED, PROCESSING, PUBLISHED, FAILED)
#: States in which the outbox holds the draft: it cannot change until it is through.
WAITING = (QUEUED, PROCESSING)
_ID_LENGTH = 64
_NAME_LENGTH = 255


@dataclass(frozen=True)
class DraftRecord:
    """One draft as plain data, document text exactly as saved."""

    id: str
    name: str
    document_text: str
    samples: dict[str, Any]
    source_template_id: str | None
    created_at: datetime
    updated_at: datetime
    published_template_id: str | None
    publish_state: str
    publish_error: str | None


@dataclass(frozen=True)
class DraftSummary:
    """One row of the drafts list (no document)."""

    id: str
    name: str
    updated_at: datetime
    publish_state: str
    publish_error: str | None
    published_template_id: str | None
    source_template_id: str | None


@dataclass(frozen=True)
class OnPassEntry:
    """Why a draft's template is already on PassEntry (or queued to be).

    ``why`` is "published" (from this draft), "opened" (from the synced
    template ``template_id``) or "name" (a template or queued draft has its name).
    """

    why: str
    name: str
    template_id: str | None = None


@dataclass(frozen=True)
class TemplateSource:
    """A synced template the designer can open: its attributes exactly as stored."""

    id: str
    name: str | None
    attributes: dict[str, Any]


def new_draft_id() -> str:
    return f"{ID_PREFIX}{uuid.uuid4().hex}"


# --- the designer's side -------------------------------------------------------


def save_draft(session: Session, *, draft_id: str | None, name: str, document_text: str,
               samples: dict[str, Any], source_template_id: str | None = None,
               now: datetime) -> str:
    """Insert or update a draft; returns its id (a new one when ``draft_id`` is None).

    A ``draft_id`` not yet stored is created under that id (the designer
    names a new draft before its first save). Saving the same content again
    changes nothing, not even ``updated_at``. Editing a published or failed
    draft makes it a plain draft again. ``source_template_id`` None keeps
    the one stored. Raises ValueError for a draft queued for publishing.
    """
    _check_values(draft_id, name, document_text, samples)
    row = session.get(TemplateDraft, draft_id) if draft_id is not None else None
    if row is None:
        row = TemplateDraft(id=draft_id or new_draft_id(), name=name, document=document_text,
                            samples=dict(samples), source_template_id=source_template_id,
                            created_at=now, updated_at=now, publish_state=DRAFT)
        session.add(row)
        session.flush()
        return row.id
    state, _error = _effective_state(session, row)
    if state in WAITING:
        raise ValueError(f"The draft {row.name!r} is queued for publishing and cannot be "
                         "edited until it is sent. To change it, discard its publish in "
                         "the outbox first, or save it as a new draft.")
    changed = (row.name != name or row.document != document_text
               or dict(row.samples or {}) != dict(samples)
               or (source_template_id is not None
                   and row.source_template_id != source_template_id))
    if not changed:
        return row.id
    row.name, row.document, row.samples = name, document_text, dict(samples)
    if source_template_id is not None:
        row.source_template_id = source_template_id
    row.updated_at = now
    row.publish_state, row.publish_error = DRAFT, None
    return row.id


def get_draft(session: Session, draft_id: str) -> DraftRecord | None:
    row = session.get(TemplateDraft, draft_id)
    if row is None:
        return None
    state, error = _effective_state(session, row)
    return DraftRecord(row.id, row.name, row.document, dict(row.samples or {}),
                       row.source_template_id, row.created_at, row.updated_at,
                       row.published_template_id, state, error)


def list_drafts(session: Session) -> list[DraftSummary]:
    """Every draft, the most recently changed first."""
    rows = list(session.scalars(select(TemplateDraft)
                                .order_by(TemplateDraft.updated_at.desc(),
                                          TemplateDraft.id)))
    publishes = _latest_publishes(session, [r.id for r in rows
                                            if r.publish_state in (QUEUED, FAILED)])
    out = []
    for row in rows:
        state, error = _state_with(row, publishes.get(row.id))
        out.append(DraftSummary(row.id, row.name, row.updated_at, state, error,
                                row.published_template_id, row.source_template_id))
    return out


def delete_draft(session: Session, draft_id: str) -> bool:
    """Delete a draft; False if there was none. Raises ValueError while it is queued."""
    row = session.get(TemplateDraft, draft_id)
    if row is None:
        return False
    if _effective_state(session, row)[0] in WAITING:
        raise ValueError(f"The draft {row.name!r} is queued for publishing; discard its "
                         "publish in the outbox before deleting it.")
    session.delete(row)
    session.flush()
    return True


def template_documents(session: Session) -> list[TemplateSource]:
    """The synced templates, by name, with their attributes exactly as the API sent them."""
    rows = session.execute(select(PassTemplate.id, PassTemplate.name, PassTemplate.attributes)
                           .order_by(PassTemplate.name, PassTemplate.id)).all()
    return [TemplateSource(id_, name, attributes if isinstance(attributes, dict) else {})
            for id_, name, attributes in rows]


def name_key(name: str | None) -> str:
    """How names compare: "Winter Gala" and " winter gala " are the same name to a person."""
    return " ".join((name or "").split()).casefold()


def names_in_use(session: Session, *, except_draft: str | None = None) -> set[str]:
    """Name keys of the synced templates and of drafts published or queued (but one)."""
    names = {name_key(n) for n in session.scalars(select(PassTemplate.name)) if n}
    rows = session.scalars(select(TemplateDraft).where(
        TemplateDraft.publish_state.in_((QUEUED, PUBLISHED))))
    for row in rows:
        if row.id != except_draft and _effective_state(session, row)[0] in (
                *WAITING, PUBLISHED):
            names.add(name_key(row.name))
    return names


def on_passentry(session: Session, draft_id: str, name: str | None = None, *,
                 source_template_id: str | None = None) -> OnPassEntry | None:
    """Why publishing this draft (under ``name``, else its stored name) would duplicate a
    template, or None when it would not.

    ``source_template_id`` stands in for the stored one of a draft not saved yet.
    """
    row = session.get(TemplateDraft, draft_id)
    shown = name if name is not None else (row.name if row is not None else "")
    if row is not None:
        state = _effective_state(session, row)[0]
        if row.published_template_id or state in (*WAITING, PUBLISHED):
            return OnPassEntry("published", shown, row.published_template_id)
        source_template_id = row.source_template_id or source_template_id
    if source_template_id and session.get(PassTemplate, source_template_id) is not None:
        return OnPassEntry("opened", shown, source_template_id)
    if name_key(shown) in names_in_use(session, except_draft=draft_id):
        return OnPassEntry("name", shown)
    return None


# --- the publisher's side (sync.templates and its delivery) ---------------------


def queue_for_publishing(session: Session, draft_id: str) -> DraftRecord:
    """Mark the draft "queued" and return it; the caller adds the outbox row.

    Raises LookupError for an unknown draft and ValueError if it is already
    queued or published (a second create would duplicate its template).
    """
    row = session.get(TemplateDraft, draft_id)
    if row is None:
        raise LookupError(f"No template draft {draft_id} on this computer.")
    state = _effective_state(session, row)[0]
    if state in WAITING:
        raise ValueError(f"The draft {row.name!r} is already queued for publishing.")
    if row.published_template_id or state == PUBLISHED:
        # A second create would duplicate the template; a copy is a new draft.
        raise ValueError(f"The draft {row.name!r} is published already; publish a copy "
                         "under a new name instead.")
    row.publish_state, row.publish_error = QUEUED, None
    record = get_draft(session, draft_id)
    assert record is not None
    return record


def queue_for_update(session: Session, draft_id: str) -> DraftRecord:
    """Mark the draft "queued" to send its changes to its template on PassEntry.

    Unlike ``queue_for_publishing`` a published draft is fine: its template
    is changed in place. Raises LookupError / ValueError as that one does.
    """
    row = session.get(TemplateDraft, draft_id)
    if row is None:
        raise LookupError(f"No template draft {draft_id} on this computer.")
    if _effective_state(session, row)[0] in WAITING:
        raise ValueError(f"The draft {row.name!r} is already queued for publishing.")
    row.publish_state, row.publish_error = QUEUED, None
    record = get_draft(session, draft_id)
    assert record is not None
    return record


def template_attributes(session: Session, template_id: str) -> dict[str, Any] | None:
    """A stored template's attributes as synced (None when it is not stored)."""
    row = session.get(PassTemplate, template_id)
    if row is None:
        return None
    return row.attributes if isinstance(row.attributes, dict) else {}


def mark_published(session: Session, draft_id: str, template_id: str) -> None:
    """The API created the template; a draft deleted meanwhile is no error."""
    row = session.get(TemplateDraft, draft_id)
    if row is not None:
        row.publish_state, row.publish_error = PUBLISHED, None
        row.published_template_id = template_id


def mark_failed(session: Session, draft_id: str, why: str) -> None:
    """The API refused the template as sent; ``why`` is its message."""
    row = session.get(TemplateDraft, draft_id)
    if row is not None:
        row.publish_state, row.publish_error = FAILED, why


def note_problem(session: Session, draft_id: str, why: str) -> None:
    """Publishing waits for a person (outbox "review"): still queued, with the reason."""
    row = session.get(TemplateDraft, draft_id)
    if row is not None:
        row.publish_error = why


# --- helpers --------------------------------------------------------------------


def _check_values(draft_id: str | None, name: str, document_text: str,
                  samples: dict[str, Any]) -> None:
    if draft_id is not None and (not isinstance(draft_id, str) or not draft_id
                                 or len(draft_id) > _ID_LENGTH):
        raise ValueError(f"A draft id is text of 1 to {_ID_LENGTH} characters, "
                         f"not {draft_id!r}.")
    if not isinstance(name, str):
        raise ValueError(f"A draft's name is text, not {type(name).__name__}.")
    if len(name) > _NAME_LENGTH:
        raise ValueError(f"A draft's name is at most {_NAME_LENGTH} characters.")
    if not isinstance(document_text, str):
        raise ValueError("A draft's document is the template's JSON text, "
                         f"not {type(document_text).__name__}.")
    if not isinstance(samples, dict):
        raise ValueError("A draft's samples map field ids to sample text, "
                         f"not {type(samples).__name__}.")


def _latest_publishes(session: Session, draft_ids: list[str]) -> dict[str, OutboxRow]:
    if not draft_ids:
        return {}
    rows = session.scalars(select(OutboxRow).where(OutboxRow.kind.in_(KINDS),
                                                   OutboxRow.target_id.in_(draft_ids))
                           .order_by(OutboxRow.seq))
    return {row.target_id: row for row in rows if row.target_id}  # the last one wins


def _effective_state(session: Session, row: TemplateDraft) -> tuple[str, str | None]:
    publish = None
    if row.publish_state in (QUEUED, FAILED):
        publish = _latest_publishes(session, [row.id]).get(row.id)
    return _state_with(row, publish)


def _state_with(row: TemplateDraft, publish: OutboxRow | None) -> tuple[str, str | None]:
    """The stored state, corrected by what a person did to the outbox row since."""
    state, error = row.publish_state, row.publish_error
    if publish is None or state not in (QUEUED, FAILED):
        return state, error
    if publish.state == outbox.DISCARDED:
        return DRAFT, None
    if publish.state == outbox.FAILED:
        return FAILED, publish.last_error or error
    if publish.state == outbox.REVIEW:  # waits for a person to decide
        return QUEUED, publish.last_error or error
    if publish.state in (outbox.PENDING, outbox.SENDING):
        # Waiting (again, if a person retried a failed publish); PassEntry took it
        # (202) and is processing it once the row knows the template's id.
        if (publish.facts or {}).get("template_id"):
            return PROCESSING, None
        return QUEUED, None
    return state, error
