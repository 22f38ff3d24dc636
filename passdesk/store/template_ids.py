"""Which pass templates the desk should know, without a template list to read.

The documented API has no list of templates (the template list is
sandbox-only). The desk learns template ids from its passes
(``passTemplateUuid``) and from ids a person added ("Add template by id"),
and the pull fetches each with ``GET /pass-templates/{id}``. An id PassEntry
does not have is remembered with its message, for the dialog to show.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.store import sync_state
from passdesk.store.schema import Pass, PassTemplate

#: ``sync_state`` keys: {"ids": [...]} and {id: message}.
WANTED_KEY = "templates_wanted"
MISSING_KEY = "templates_missing"


def want(session: Session, template_id: str) -> bool:
    """Add an id a person typed; the next sync fetches it. False if it was there already."""
    template_id = template_id.strip()
    if not template_id:
        raise ValueError("a template id cannot be empty")
    ids = wanted(session)
    if template_id in ids:
        return False
    sync_state.write(session, WANTED_KEY, {"ids": [*ids, template_id]})
    return True


def wanted(session: Session) -> list[str]:
    """The ids people added, in the order they were added."""
    ids = (sync_state.read(session, WANTED_KEY) or {}).get("ids")
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def used_by_passes(session: Session) -> set[str]:
    """Every template id a stored pass names (reads the passes' template index)."""
    return {t for t in session.scalars(select(Pass.template_id).distinct()) if t}


def stored(session: Session) -> set[str]:
    return set(session.scalars(select(PassTemplate.id)))


def unknown(session: Session, candidates: Iterable[str]) -> list[str]:
    """Of ``candidates`` (and the wanted ids), those not stored yet, in a stable order."""
    have = stored(session)
    out = dict.fromkeys([*wanted(session), *sorted(set(candidates))])
    return [i for i in out if i and i not in have]


def note_missing(session: Session, template_id: str, message: str | None) -> None:
    """PassEntry has no template ``template_id`` (None: it has it after all)."""
    missing = sync_state.read(session, MISSING_KEY) or {}
    if message is None:
        missing.pop(template_id, None)
    else:
        missing[template_id] = message
    sync_state.write(session, MISSING_KEY, missing)


def missing(session: Session) -> dict[str, str]:
    """Template id -> why it could not be fetched (an id PassEntry does not have)."""
    return dict(sync_state.read(session, MISSING_KEY) or {})
