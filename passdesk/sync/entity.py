"""Which PassEntry entity readers and the reader configuration belong to.

The documented reader routes are entity-scoped (``/entities/{entity_id}/...``)
and the documented API has no entities list. The entity is the one set in
Settings (``Settings.entity_id``); without one, the first entity of the legacy
entities list where the server answers it; else none, and the Readers pane
asks for it (``NEEDS_ENTITY``).
"""

from __future__ import annotations

from passdesk.api import NotFoundError, PassEntryClient
from passdesk.core.texts import translate
from passdesk.store import sync_state
from passdesk.store.database import Database

#: ``sync_state`` key: {"id": ..., "from": "setting" | "entities list"}.
ENTITY_KEY = "entity"
#: What the desk says when it needs an entity id and has none.
NEEDS_ENTITY = translate("readers", "Enter your entity ID in Settings → PassEntry account (the "
                                    "PassEntry dashboard shows it): readers and the reader "
                                    "configuration belong to an entity, and this account's "
                                    "API does not list entities.")


class NoEntityError(ValueError):
    """A reader action needs an entity id and none is set or listed (``NEEDS_ENTITY``)."""

    def __init__(self) -> None:
        super().__init__(NEEDS_ENTITY)


def resolve_entity_id(client: PassEntryClient, configured: str | None,
                      db: Database | None = None) -> str | None:
    """The entity to use: ``configured`` (the setting), else the first of the legacy
    entities list; None when the server does not list entities. With ``db`` the
    answer is remembered (``known_entity_id``) and so is whether the list is offered."""
    configured = (configured or "").strip() or None
    if configured is not None:
        _remember(db, configured, "setting")
        return configured
    try:
        page = client.entities.list(per_page=1)
    except NotFoundError as exc:  # NotOfferedError: the list is legacy
        if db is not None:
            with db.cache_session() as session:
                sync_state.note_offered(session, sync_state.ENTITIES, False, str(exc.message))
        _remember(db, None, None)
        return None
    first = page.records[0].id if page.records else None
    if db is not None:
        with db.cache_session() as session:
            sync_state.note_offered(session, sync_state.ENTITIES, True)
    _remember(db, first, "entities list" if first else None)
    return first


def known_entity_id(db: Database) -> str | None:
    """The entity the last sync used (None: none known)."""
    with db.cache_session() as session:
        state = sync_state.read(session, ENTITY_KEY) or {}
    value = state.get("id")
    return value if isinstance(value, str) and value else None


def require_entity_id(entity_id: str | None) -> str:
    """``entity_id``, or NoEntityError with the words the pane shows."""
    if not (entity_id or "").strip():
        raise NoEntityError
    return entity_id.strip()


def _remember(db: Database | None, entity_id: str | None, source: str | None) -> None:
    if db is None:
        return
    with db.cache_session() as session:
        sync_state.write(session, ENTITY_KEY, {"id": entity_id, "from": source})
