"""Finding passes by what a person typed: names and ext ids by word, and the
number printed on a pass (its barcode value or ext id) whole or in part.

Names: FTS5 on SQLite, a tsvector index on PostgreSQL (every typed word a
prefix of a word). Numbers: each pass's *code key* (barcode value and ext id,
upper case, O read as 0, I and L as 1, punctuation left out), so
"tkt 25vum kb1rk", "25VUM" and "TKT-25VUM-KBIRK" all find TKT-25VUM-KBIRK.
SQLite keeps the keys in a trigram FTS5 index (``passes_fts_code``, migration
0011; a part is a phrase of trigrams), PostgreSQL in a generated column
``search_code`` with a pg_trgm index: any part of three characters or more is
found without reading every pass.

A full pull switches live indexing off and rebuilds the indexes once at its
end (``suspend_indexing`` / ``rebuild_index_in_steps``): one bulk rebuild is
far cheaper than a trigger per row, and the state is stored, so a pull killed
halfway still ends with a rebuild when it resumes. The rebuild goes in short
transactions, so a Door never waits seconds for the write lock.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, PassTemplate

_WORD = re.compile(r"\w+", re.UNICODE)

#: Left out of a code key: what people type between groups, or not at all. Few:
#: SQLite nests one replace() per character, and its parser stack is shallow.
#: (No LIKE wildcard or escape survives, so a key is safe inside a LIKE pattern.)
CODE_DROP = " -_./\\:#+%"
#: Read alike on a printed pass: O and 0, I / l and 1.
CODE_SAME = {"O": "0", "I": "1", "L": "1"}
#: A key this long is three characters: the trigram index's smallest part.
MIN_CODE = 3
_CODE_TABLE = str.maketrans(
    {**{c: CODE_SAME.get(c.upper(), c.upper()) for c in string.ascii_lowercase},
     **CODE_SAME, **dict.fromkeys(CODE_DROP)})


def code_key(value: str | None) -> str:
    """The form a code is indexed and looked up in: "tkt-25vum-kbirk" -> "TKT25VUMKB1RK"."""
    return (value or "").translate(_CODE_TABLE)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sqlite_code_sql(column: str) -> str:
    """``code_key`` of ``column`` as SQLite SQL (its upper() folds ASCII only, as code_key)."""
    expr = f"upper(coalesce({column}, ''))"
    for old, new in CODE_SAME.items():
        expr = f"replace({expr}, '{old}', '{new}')"
    for dropped in CODE_DROP:
        expr = f"replace({expr}, {_literal(dropped)}, '')"
    return expr


def sqlite_pass_code_sql(table: str) -> str:
    """The code key of a pass row (barcode value, then ext id) in SQLite SQL."""
    return (f"{sqlite_code_sql(f'{table}.barcode_value')} || ' ' || "
            f"{sqlite_code_sql(f'{table}.ext_id')}")


#: A part this long is looked up without its first three characters, then checked
#: whole (``code_checked``): numbers share their first characters (TKT-, CRM-, GALA-),
#: so those trigrams are in nearly every pass, and walking them took most of the
#: time ("crm-00012" at 1,000,000 passes: 36 ms whole, 9 ms without "CRM").
TRIM_FROM = 6


def code_match(key: str) -> str:
    """An FTS5 query over the trigram index: ``key`` (from its fourth character when
    ``code_checked``) as a phrase, its trigrams in a row."""
    part = key[3:] if code_checked(key) else key
    return '"' + part.replace('"', '""') + '"'


def code_checked(key: str) -> bool:
    """Whether the passes ``code_match`` finds must be checked for the whole key."""
    return len(key) >= TRIM_FROM


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def suspend_indexing(session: Session) -> None:
    if _dialect(session) == "sqlite":
        session.execute(text("UPDATE search_control SET live = 0, upto = 0 WHERE id = 1"))


def indexing_suspended(session: Session) -> bool:
    if _dialect(session) != "sqlite":
        return False
    return not session.execute(text("SELECT live FROM search_control WHERE id = 1")).scalar()


#: Passes indexed per step of a rebuild; on its own, each step is one write
#: transaction short enough for a Door waiting to record a scan.
REBUILD_STEP = 2000


def rebuild_index_in_steps(database: Database, step: int = REBUILD_STEP, *,
                           stop: Callable[[], bool] | None = None) -> int:
    """Index every pass again and switch live indexing back on, in transactions of
    ``step`` passes; returns how many steps.

    Between two steps anyone may write: the triggers keep the passes already
    indexed (``rowid <= upto``, migration 0016), and later steps read the rest
    as it is then. Until the last step a search finds only the passes indexed
    so far. ``stop`` is asked before each step: when it says so the rebuild ends
    there, indexing still suspended (a cancelled pull's process stops within a
    step, not after seconds at a million passes)."""
    if not database.is_sqlite:
        return 0
    with database.cache_session() as session:
        _start_rebuild(session)
    steps = 0
    done = False
    while not done:
        if stop is not None and stop():
            break
        with database.cache_session() as session:
            done = _rebuild_step(session, step)
        steps += 1
    return steps


def _start_rebuild(session: Session) -> None:
    """Both indexes emptied, nothing indexed yet (a rebuild cut short starts again)."""
    session.execute(text("UPDATE search_control SET live = 0, upto = 0 WHERE id = 1"))
    session.execute(text("INSERT INTO passes_fts(passes_fts) VALUES ('delete-all')"))
    # Contentless: emptied and filled from the passes, keys made here.
    session.execute(text("INSERT INTO passes_fts_code(passes_fts_code) VALUES ('delete-all')"))


def _rebuild_step(session: Session, limit: int) -> bool:
    """Index the next ``limit`` passes above ``upto``; True when none are left, and
    live indexing is back on. The code keys are made here (``code_key``, equal to
    the triggers' SQL key): SQLite's thirteen nested replace()s per pass took more
    time than indexing the trigrams."""
    from passdesk.store import bulk_sqlite  # the SQLite-only write path

    # The write lock first, so the passes read below are all that is committed.
    session.execute(text("UPDATE search_control SET upto = upto WHERE id = 1"))
    upto = session.execute(text("SELECT upto FROM search_control WHERE id = 1")).scalar()
    driver = session.connection().connection.driver_connection
    rows = driver.execute("SELECT rowid, display_name, ext_id, barcode_value FROM passes "
                          "WHERE rowid > ? ORDER BY rowid LIMIT ?", (upto, limit)).fetchall()
    if rows:
        bulk_sqlite.execute_many(
            session, "INSERT INTO passes_fts(rowid, display_name, ext_id) VALUES (?, ?, ?)",
            [(rowid, name, ext) for rowid, name, ext, _ in rows])
        bulk_sqlite.execute_many(
            session, "INSERT INTO passes_fts_code(rowid, code) VALUES (?, ?)",
            [(rowid, f"{code_key(barcode)} {code_key(ext)}") for rowid, _, ext, barcode in rows])
    if len(rows) < limit:
        session.execute(text("UPDATE search_control SET live = 1, upto = 0 WHERE id = 1"))
        return True
    session.execute(text("UPDATE search_control SET upto = :upto WHERE id = 1"),
                    {"upto": rows[-1][0]})
    return False


#: PostgreSQL's match on the words stored with each pass (migrations 0008, 0010):
#: accents folded, ext ids split at punctuation, every typed word a prefix; bind
#: ``ts_q`` from ``postgres_query``.
POSTGRES_MATCH = "search_tsv @@ to_tsquery('simple'::regconfig, passdesk_fold(:ts_q))"
#: PostgreSQL's match on the code key stored with each pass (migration 0011); bind
#: ``code_like`` from ``code_like``.
POSTGRES_CODE_MATCH = "search_code LIKE :code_like"
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


def typed_code(typed: str) -> str | None:
    """The code key of what was typed, when it is long enough to look codes up by."""
    key = code_key(typed)
    return key if len(key) >= MIN_CODE else None


def code_like(key: str) -> str:
    return f"%{key}%"


#: Only passes whose template keeps a loyalty balance (the Till's search).
LOYALTY_ONLY = "p.template_id IN (SELECT id FROM pass_templates WHERE loyalty_enabled)"


def _name_ids(session: Session, typed: str, limit: int, where: str) -> list[str]:
    dialect = _dialect(session)
    if dialect == "sqlite":
        query = fts_query(typed)
        if query is None:
            return []
        rows = session.execute(text(
            "SELECT p.id FROM passes_fts f JOIN passes p ON p.rowid = f.rowid "  # noqa: S608
            f"WHERE passes_fts MATCH :q{where} ORDER BY rank LIMIT :n"), {"q": query, "n": limit})
        return [r[0] for r in rows]
    if dialect == "postgresql":
        query = postgres_query(typed)
        if query is None:
            return []
        rows = session.execute(text(
            f"SELECT p.id FROM passes p WHERE {POSTGRES_MATCH}{where} LIMIT :n"),  # noqa: S608
            {"ts_q": query, "n": limit})
        return [r[0] for r in rows]
    pattern = f"%{typed.strip()}%"
    return list(session.scalars(select(Pass.id).where(
        Pass.display_name.ilike(pattern) | Pass.ext_id.ilike(pattern)).limit(limit)))


def _code_rows(session: Session, key: str, limit: int, where: str) -> list[Any]:
    """(id, barcode value, ext id) of passes whose code key contains ``key``."""
    dialect = _dialect(session)
    if dialect == "sqlite":
        check = f" AND instr({sqlite_pass_code_sql('p')}, :key) > 0" if code_checked(key) else ""
        return list(session.execute(text(
            "SELECT p.id, p.barcode_value, p.ext_id FROM passes_fts_code c "  # noqa: S608
            f"JOIN passes p ON p.rowid = c.rowid WHERE passes_fts_code MATCH :cq{check}{where} "
            "ORDER BY c.rowid DESC LIMIT :n"),
            {"cq": code_match(key), "key": key, "n": limit}))
    if dialect == "postgresql":
        return list(session.execute(text(
            "SELECT p.id, p.barcode_value, p.ext_id FROM passes p "  # noqa: S608 - constant
            f"WHERE {POSTGRES_CODE_MATCH}{where} LIMIT :n"),
            {"code_like": code_like(key), "n": limit}))
    return []


def search_ids(session: Session, typed: str, limit: int = 50, *,
               loyalty_only: bool = False) -> list[str]:
    """Pass ids whose name or ext id match every typed word (as prefixes), or whose
    barcode value or ext id contains what was typed (as a code): a whole code
    first, then codes that start so, then names, then codes that merely contain it."""
    where = f" AND {LOYALTY_ONLY}" if loyalty_only else ""
    names = _name_ids(session, typed, limit, where)
    key = typed_code(typed)
    if key is None:
        return names
    whole, starting, inside = [], [], []
    for pass_id, barcode, ext_id in _code_rows(session, key, limit, where):
        keys = (code_key(barcode), code_key(ext_id))
        if key in keys:
            whole.append(pass_id)
        elif any(k.startswith(key) for k in keys):
            starting.append(pass_id)
        else:
            inside.append(pass_id)
    ordered = dict.fromkeys([*whole, *starting, *names, *inside])
    return list(ordered)[:limit]


@dataclass(frozen=True)
class PassHit:
    """A search result as plain data: who, which pass and event, in what state."""

    id: str
    name: str | None
    ext_id: str | None
    status: str | None
    barcode: str | None = None
    event_name: str | None = None
    event_start: datetime | None = None
    event_time_zone: str | None = None
    seat: str | None = None
    #: The template keeps a loyalty balance.
    loyalty: bool = False
    #: The balance once this desk's pending operations land (None: not known).
    balance: int | None = None
    balance_type: str | None = None


def seat_of(attributes: dict[str, Any] | None) -> str | None:
    """The pass's seat field (a content field whose key names a seat), if it has one."""
    content = (attributes or {}).get("passContent")
    if not isinstance(content, dict):
        return None
    for key, value in content.items():
        if "seat" in str(key).lower() and value not in (None, ""):
            return str(value)
    return None


def find_passes(session: Session, typed: str, limit: int = 50, *,
                loyalty_only: bool = False) -> list[PassHit]:
    """Passes matching what was typed, best first, with what a result row shows."""
    from passdesk.store.loyalty import expected_balance  # only when a result shows one

    ids = search_ids(session, typed, limit, loyalty_only=loyalty_only)
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(
        select(Pass.id, Pass.display_name, Pass.ext_id, Pass.status, Pass.barcode_value,
               Pass.attributes, Event.name.label("event_name"), Event.start_time,
               Event.time_zone, PassTemplate.loyalty_enabled, PassTemplate.balance_type)
        .outerjoin(Event, Event.id == Pass.event_id)
        .outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
        .where(Pass.id.in_(ids)))}
    hits = []
    for pass_id in ids:
        r = rows.get(pass_id)
        if r is None:
            continue
        loyalty = bool(r.loyalty_enabled)
        balance = expected_balance(session, r.id).expected if loyalty else None
        hits.append(PassHit(r.id, r.display_name, r.ext_id, r.status, r.barcode_value,
                            r.event_name, r.start_time, r.time_zone, seat_of(r.attributes),
                            loyalty, balance, r.balance_type))
    return hits


def search_passes(database: Database, typed: str, limit: int = 50, *,
                  loyalty_only: bool = False) -> list[PassHit]:
    """``find_passes`` in a session of its own (the Door's and the Till's search)."""
    with database.session() as session:
        return find_passes(session, typed, limit, loyalty_only=loyalty_only)
