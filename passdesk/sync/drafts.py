"""The Designer's drafts: save, list and open them, read synced templates, publish.

Plain functions over a ``Database`` (no Qt) that the Designer runs on the
store's worker (or, when the app is closing, on the UI thread); each opens
its own session and returns plain data, never live rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from passdesk.core.texts import Moment, Style, translate
from passdesk.store import template_drafts
from passdesk.store.database import Database
from passdesk.sync import templates as publishing


@dataclass(frozen=True)
class DraftText:
    """What the editor hands to the store for one save: plain values only."""

    draft_id: str
    name: str
    document_text: str
    samples: dict[str, Any]
    source_template_id: str | None = None


@dataclass(frozen=True)
class PickItem:
    """One row of an "Open…" list: the key to open and the words to show."""

    key: str
    title: str
    #: A draft's state and when it was saved, a template's type and id (a ``Text``).
    detail: str


#: A draft's publish state, for the "Open draft…" list.
STATE_WORDS = {"draft": translate("designer", "draft"),
               "queued": translate("designer", "queued"),
               "processing": translate("designer", "processing"),
               "published": translate("designer", "published"),
               "failed": translate("designer", "failed")}
#: A template's type, for the "Open synced template…" list.
TYPE_TITLES = {"generic": translate("designer", "Generic"),
               "loyalty": translate("designer", "Loyalty card"),
               "eventTicket": translate("designer", "Event ticket"),
               "transit": translate("designer", "Transit")}


def _now() -> datetime:
    return datetime.now(UTC)


def save(db: Database, draft: DraftText, now: Callable[[], datetime] = _now) -> str:
    with db.session() as session:
        return template_drafts.save_draft(
            session, draft_id=draft.draft_id, name=draft.name,
            document_text=draft.document_text, samples=dict(draft.samples),
            source_template_id=draft.source_template_id, now=now())


def load(db: Database, draft_id: str):
    """The draft record (plain data) or None."""
    with db.session() as session:
        return template_drafts.get_draft(session, draft_id)


def states(db: Database, draft_ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """(publish state, error) of each draft that still exists."""
    out = {}
    with db.session() as session:
        for draft_id in draft_ids:
            record = template_drafts.get_draft(session, draft_id)
            if record is not None:
                out[draft_id] = (record.publish_state, record.publish_error)
    return out


def _when(value: Any) -> Moment | str:
    if isinstance(value, datetime):
        return Moment(value, Style.MOMENT, value.astimezone().strftime("%Y-%m-%d %H:%M"))
    return "" if value is None else str(value)


def draft_items(db: Database) -> list[PickItem]:
    with db.session() as session:
        drafts = template_drafts.list_drafts(session)
    items = []
    for draft in drafts:
        state = getattr(draft, "publish_state", None) or "draft"
        state_words = STATE_WORDS.get(state, state)
        when = _when(getattr(draft, "updated_at", None))
        detail = state_words
        if str(when):
            detail = translate("designer", "{state}  ·  {saved}", "a draft in a list: its "
                               "state, when it was saved").format(state=state_words, saved=when)
        items.append(PickItem(draft.id, draft.name or translate("designer", "Untitled template"),
                              detail))
    return items


def synced_items(db: Database) -> list[PickItem]:
    with db.session() as session:
        templates = template_drafts.template_documents(session)
    items = []
    for template in templates:
        attributes = template.attributes or {}
        kind = attributes.get("templateType") if isinstance(attributes, dict) else None
        kind_words = TYPE_TITLES.get(kind, str(kind).capitalize()) if kind else ""
        detail = template.id
        if kind_words:
            detail = translate("designer", "{type}  ·  {id}", "a template in a list: its "
                               "type, its id").format(type=kind_words, id=template.id)
        items.append(PickItem(template.id, template.name or template.id, detail))
    return items


def synced_attributes(db: Database, template_id: str) -> dict[str, Any] | None:
    """The template's attributes exactly as the store holds them, or None."""
    with db.session() as session:
        for template in template_drafts.template_documents(session):
            if template.id == template_id:
                return template.attributes
    return None


def save_and_publish(db: Database, draft: DraftText) -> int:
    """Save the draft as it is now, then queue it for publishing; the outbox seq."""
    save(db, draft)
    return publishing.publish_draft(db, draft_id=draft.draft_id)


def publish_facts(db: Database, draft_id: str, name: str, source_template_id: str | None
                  ) -> tuple[template_drafts.OnPassEntry | None, set[str]]:
    """Whether the design is on PassEntry already, and the names a copy may not take."""
    with db.session() as session:
        found = template_drafts.on_passentry(session, draft_id, name,
                                             source_template_id=source_template_id)
        return found, template_drafts.names_in_use(session)


def publish_copy(db: Database, draft: DraftText) -> int:
    """Queue the copy (a new draft under a new name); the outbox seq."""
    return publishing.publish_copy(db, draft_id=draft.draft_id, name=draft.name,
                                   document_text=draft.document_text, samples=draft.samples)
