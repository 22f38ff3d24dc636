"""Name / ext id search over passes: FTS5 on SQLite, a tsvector index on PostgreSQL.

A full pull switches live indexing off and rebuilds the index once at its
end (``suspend_indexing`` / ``rebuild_index``): one bulk rebuild is far
cheaper than a trigger per row, and the state is stored, so a pull killed
halfway still ends with a rebuild when it resumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from passdesk.store.schema import Pass

_WORD = re.compile(r"\w+", re.UNICODE)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def suspend_indexing(session: Session) -> None:
    if _dialect(session) == "sqlite":
        session.execute(text("UPDATE search_control SET live = 0 WHERE id = 1"))


def indexing_suspended(session: Session) -> bool:
    if _dialect(session) != "sqlite":
        return False
    return not session.execute(text("SELECT live FROM search_control WHERE id = 1")).scalar()


def rebuild_index(session: Session) -> None:
    """Index every pass again and switch live indexing back on (one transaction)."""
    if _dialect(session) == "sqlite":
        session.execute(text("INSERT INTO passes_fts(passes_fts) VALUES ('rebuild')"))
        session.execute(text("UPDATE search_control SET live = 1 WHERE id = 1"))


#: PostgreSQL's match on the words stored with each pass (migrations 0008, 0010):
#: accents folded, ext ids split at punctuation, every typed word a prefix; bind
#: ``ts_q`` from ``postgres_query``.
POSTGRES_MATCH = "search_tsv @@ to_tsquery('simple'::regconfig, passdesk_fold(:ts_q))"
#: Letters and digits only: the index splits at punctuation and underscores too.
_PG_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def postgres_query(typed: str) -> str | None:
    """What a person typed as a tsquery: every word, each as a prefix."""
    words = _PG_WORD.findall(typed)
    return " & ".join(f"'{w}':*" for w in words) if words else None


def fts_query(typed: str) -> str | None:
    """What a person typed as an FTS5 query: every word, each as a prefix."""
    words = _WORD.findall(typed)
    return " ".join(f'"{w}"*' for w in words) if words else None


def search_ids(session: Session, typed: str, limit: int = 50) -> list[str]:
    """Pass ids whose name or ext id match every typed word (as prefixes)."""
    query = fts_query(typed)
    if query is None:
        return []
    if _dialect(session) == "sqlite":
        rows = session.execute(text(
            "SELECT p.id FROM passes_fts f JOIN passes p ON p.rowid = f.rowid "
            "WHERE passes_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": query, "n": limit})
        return [r[0] for r in rows]
    if _dialect(session) == "postgresql":
        rows = session.execute(text(
            f"SELECT id FROM passes WHERE {POSTGRES_MATCH} LIMIT :n"),  # noqa: S608 - constant
            {"ts_q": postgres_query(typed), "n": limit})
        return [r[0] for r in rows]
    pattern = f"%{typed}%"
    return list(session.scalars(select(Pass.id).where(
        Pass.display_name.ilike(pattern) | Pass.ext_id.ilike(pattern)).limit(limit)))


@dataclass(frozen=True)
class PassHit:
    """A search result as plain data: who, which ticket, in what state."""

    id: str
    name: str | None
    ext_id: str | None
    status: str | None


def find_passes(session: Session, typed: str, limit: int = 50) -> list[PassHit]:
    """Passes matching what was typed, best first."""
    ids = search_ids(session, typed, limit)
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(
        select(Pass.id, Pass.display_name, Pass.ext_id, Pass.status).where(Pass.id.in_(ids)))}
    return [PassHit(r.id, r.display_name, r.ext_id, r.status)
            for r in (rows.get(i) for i in ids) if r is not None]
