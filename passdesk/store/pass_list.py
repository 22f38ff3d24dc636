"""The Passes pane's list: filter, sort and search over millions of passes.

A list is read in two steps. ``list_keys`` reads the ordered keys of every
matching pass once per filter or sort (SQLite: ``rowid``, 8 bytes each;
elsewhere: the primary key); ``fetch_rows`` then reads the display columns
of the few hundred a view shows. ``limit`` reads just the first keys, so a
screenful shows before the whole list is read.

Typed text goes through the full-text index (``store/search.py``): names and
ext ids by word prefixes, and barcode values and ext ids by any part of the
number (O/0 and I/1 alike). A prefix of one or two letters can match most
passes: only the most recently stored ``SEARCH_CAP`` matches (filters
applied) are read, and the list says it was capped.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import Integer, Select, column, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import ClauseAdapter

from passdesk.core.records import DeviceType, PassStatus
from passdesk.store.list_plan import equality_conditions
from passdesk.store.schema import Event, Pass, PassTemplate
from passdesk.store.search import (
    POSTGRES_CODE_MATCH,
    POSTGRES_MATCH,
    code_checked,
    code_like,
    code_match,
    fts_query,
    postgres_query,
    sqlite_pass_code_sql,
    typed_code,
)

#: Text matches read at most; a person types more to narrow further. Each
#: keystroke reads and sorts up to this many: 2,000 keep it near 10 ms at a
#: million passes (10,000 took 25-75 ms) and are more than anyone scrolls.
SEARCH_CAP = 2_000
#: PostgreSQL: a text search first looks for its matches among this many of the
#: newest passes (about 10 ms when none match there); a prefix matching one in
#: ten of them fills the cap there, anything rarer goes to the GIN index.
NEWEST_WINDOW = 50_000
#: Longer words or several are rare enough for the index alone.
SHORT_PREFIX = 3
#: A code part this short ("TKT", "CARD") may be in a large share of the passes too.
SHORT_CODE = 5
#: The columns ``PassFilter`` conditions read.
FILTER_COLUMNS = ("status", "device_type", "group_tag", "template_id", "event_id")
#: Sortable columns (the pane's headers name them); the default sort is first.
#: Not the printed number nor the event's name: neither has an index in list
#: order, so sorting a million passes by them would read and sort them all.
SORT_COLUMNS = ("created_at", "display_name", "ext_id", "status", "template_name",
                "device_type", "group_tag")
_WORD = re.compile(r"\w+", re.UNICODE)
#: SQLite's search indexes (migrations 0002/0004, 0011) as far as a query names them.
_FTS = table("passes_fts", column("rowid", Integer))
_FTS_CODE = table("passes_fts_code", column("rowid", Integer))


@dataclass(frozen=True)
class PassFilter:
    """What the list shows; None (or "") means "any"."""

    status: str | None = None
    device_type: str | None = None
    group_tag: str | None = None
    template_id: str | None = None
    event_id: str | None = None
    #: Aware datetimes; from is inclusive, to exclusive.
    created_from: datetime | None = None
    created_to: datetime | None = None
    #: What was typed in the search field (names, ext ids: prefixes of words;
    #: barcode values and ext ids: any part).
    text: str = ""


@dataclass(frozen=True)
class SortKey:
    column: str = "created_at"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort passes by {self.column!r}")


@dataclass(frozen=True)
class KeyList:
    """The ordered keys of a list; ``capped``: the text matched more than was read."""

    keys: Sequence[Any]
    capped: bool = False
    #: False when only the first ``limit`` keys were read.
    complete: bool = True


@dataclass(frozen=True)
class PassRow:
    """One line of the list, as plain data."""

    key: Any
    id: str
    display_name: str | None
    ext_id: str | None
    status: str | None
    device_type: str | None
    template_name: str | None
    group_tag: str | None
    created_at: datetime | None
    #: The number printed on the pass (its barcode value), if it has one.
    barcode_value: str | None = None
    #: The event the pass belongs to (a LEFT JOIN by the event's key: no query per row).
    event_name: str | None = None
    event_start: datetime | None = None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter combos offer: values, and (id, name) of templates and events."""

    statuses: list[str]
    device_types: list[str]
    group_tags: list[str]
    templates: list[tuple[str, str]] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def key_column(session: Session):
    """``passes.rowid`` on SQLite (a small int, and what the search index returns),
    the primary key elsewhere."""
    if _is_sqlite(session):
        return literal_column("passes.rowid", Integer)
    return Pass.id


def _text_keys(session: Session, typed: str, key, conditions: list) -> Select | None:
    """The keys of the passes whose text matches and that ``conditions`` let
    through, most recently stored first; None if nothing can match.

    The filters go into this query, so the cap counts passes the list can
    show: a rare status with a common name is not capped away.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        query = fts_query(typed)
        if query is None:
            return None
        # FTS5 walks its rowids newest first; each is looked up in passes only
        # to check the filters, and the walk stops at the cap.
        fts = _FTS.c.rowid
        return (select(fts).select_from(_FTS.join(Pass.__table__, key == fts))
                .where(text("passes_fts MATCH :fts_q").bindparams(fts_q=query), *conditions)
                .order_by(fts.desc()))
    words = _WORD.findall(typed)
    if not words:
        return None
    if dialect == "postgresql":
        match = _postgres_match(typed)
        if match is None:
            return None
        # Materialized: with the order and limit outside, the planner reads the
        # matches through the GIN index instead of walking every pass by date
        # hoping to meet some (185 ms at 1,000,000 when none match).
        matched = (select(Pass.id, Pass.created_at).where(match, *conditions)
                   .cte("matched").prefix_with("MATERIALIZED"))
        return (select(matched.c.id)
                .order_by(matched.c.created_at.desc(), matched.c.id.desc()))
    match = (Pass.display_name.ilike(f"%{typed.strip()}%")
             | Pass.ext_id.ilike(f"%{typed.strip()}%")
             | Pass.barcode_value.ilike(f"%{typed.strip()}%"))
    return select(key).where(match, *conditions).order_by(key.desc())


def _postgres_match(typed: str):
    """PostgreSQL: the words match, or the code is in the pass's code key; None if
    nothing can match."""
    query, code = postgres_query(typed), typed_code(typed)
    matches = []
    if query is not None:
        matches.append(text(POSTGRES_MATCH).bindparams(ts_q=query))
    if code is not None:
        matches.append(text(POSTGRES_CODE_MATCH).bindparams(code_like=code_like(code)))
    return or_(*matches) if matches else None


def _sqlite_code_keys(typed: str, key, conditions: list) -> Select | None:
    """SQLite: the keys of the passes whose code key holds what was typed, newest
    first, through the trigram index (walked newest first, as ``passes_fts``)."""
    code = typed_code(typed)
    if code is None:
        return None
    found = _FTS_CODE.c.rowid
    checks = [text("passes_fts_code MATCH :code_q").bindparams(code_q=code_match(code))]
    if code_checked(code):  # looked up by its end: check the whole part
        checks.append(text(f"instr({sqlite_pass_code_sql('passes')}, :code_key) > 0")
                      .bindparams(code_key=code))
    elif not conditions:  # the index alone answers: no pass row is read
        return select(found).select_from(_FTS_CODE).where(*checks).order_by(found.desc())
    return (select(found).select_from(_FTS_CODE.join(Pass.__table__, key == found))
            .where(*checks, *conditions).order_by(found.desc()))


def _text_matches(session: Session, typed: str, key, conditions: list
                  ) -> Sequence[Any] | None:
    """The keys of at most SEARCH_CAP + 1 matches, the most recently stored first,
    however short the prefix; None if nothing can match."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _sqlite_text_matches(session, typed, key, conditions)
    matches = _text_keys(session, typed, key, conditions)
    if matches is None:
        return None
    if dialect == "postgresql" and _short_prefix(typed):
        # A short prefix matches many passes: the newest ones hold enough of them,
        # found without reading every match. Too few there: the index decides.
        found = _read_keys(session, _among_newest(typed, conditions))
        if len(found) > SEARCH_CAP:
            return found
    return _read_keys(session, matches.limit(SEARCH_CAP + 1))


def _sqlite_text_matches(session: Session, typed: str, key, conditions: list
                         ) -> Sequence[Any] | None:
    """The newest SEARCH_CAP + 1 of the name matches and the code matches together:
    each read newest first up to that many, so the newest of both are among them.

    When the words alone match more than the cap ("crm-0001"), the list is capped
    anyway: their newest are shown without also walking the numbers.
    """
    names = _text_keys(session, typed, key, conditions)
    codes = _sqlite_code_keys(typed, key, conditions)
    if names is None and codes is None:
        return None
    found: set[int] = set()
    if names is not None:
        found.update(_read_keys(session, names.limit(SEARCH_CAP + 1)))
    if codes is not None and len(found) <= SEARCH_CAP:
        found.update(_read_keys(session, codes.limit(SEARCH_CAP + 1)))
    return array("q", sorted(found, reverse=True)[:SEARCH_CAP + 1])


def _short_prefix(typed: str) -> bool:
    """One word of at most SHORT_PREFIX letters, or a code part of at most SHORT_CODE:
    what may match a large share of passes."""
    words = _WORD.findall(typed)
    code = typed_code(typed)
    return ((len(words) == 1 and len(words[0]) <= SHORT_PREFIX)
            or (code is not None and len(code) <= SHORT_CODE))


def _among_newest(typed: str, conditions: list) -> Select:
    """PostgreSQL: the matches among the NEWEST_WINDOW most recently created passes."""
    passes = Pass.__table__
    columns = [passes.c[name] for name in ("id", "created_at", *FILTER_COLUMNS)]
    newest = (select(*columns, literal_column("search_tsv"), literal_column("search_code"))
              .order_by(passes.c.created_at.desc(), passes.c.id.desc())
              .limit(NEWEST_WINDOW).subquery("newest"))
    on_newest = ClauseAdapter(newest)
    return (select(newest.c.id)
            .where(_postgres_match(typed), *(on_newest.traverse(c) for c in conditions))
            .order_by(newest.c.created_at.desc(), newest.c.id.desc())
            .limit(SEARCH_CAP + 1))


def _conditions(flt: PassFilter, session: Session | None = None) -> list:
    """``session``: the rarest indexed value drives the walk (``store/list_plan.py``)."""
    found = equality_conditions({name: getattr(flt, name) for name in FILTER_COLUMNS}, session)
    if flt.created_from is not None:
        found.append(Pass.created_at >= flt.created_from)
    if flt.created_to is not None:
        found.append(Pass.created_at < flt.created_to)
    return found


def _hidden(flt: PassFilter) -> list:
    """A nullified pass is listed only when the status filter asks for it, as
    PassEntry lists passes without ``includeNullified`` (PASSENTRY-API.md §3.6).
    Applied to the keys found, not inside a text search: the number search keeps
    its index-only plan."""
    if flt.status == PassStatus.NULLIFIED:
        return []
    return [Pass.status.is_distinct_from(PassStatus.NULLIFIED.value)]


def _order(sort: SortKey, key, dialect: str = "sqlite") -> list:
    column = getattr(Pass, sort.column)
    # The key breaks ties, so pages of an equal-valued run never shift.
    ordered = [column.desc(), key.desc()] if sort.descending else [column.asc(), key.asc()]
    if dialect != "sqlite" and sort.column != "created_at":
        # Empty values sort as SQLite sorts them: first going up, last going down.
        # (Passes always have a creation time: its index keeps the default order's plan.)
        ordered[0] = ordered[0].nulls_last() if sort.descending else ordered[0].nulls_first()
    return ordered


def list_keys(session: Session, flt: PassFilter, sort: SortKey, *,
              limit: int | None = None) -> KeyList:
    """The keys of the passes ``flt`` lets through, in ``sort`` order."""
    key = key_column(session)
    query = select(key).select_from(Pass.__table__)
    capped = False
    if flt.text.strip():
        # The text index drives a search: the filters only check its matches.
        found = _text_matches(session, flt.text, key, _conditions(flt))
        if found is None:
            return KeyList([])  # only punctuation typed: nothing can match
        capped = len(found) > SEARCH_CAP
        query = query.where(_key_in(session, key, found[:SEARCH_CAP]), *_hidden(flt))
    else:
        query = query.where(*_conditions(flt, session), *_hidden(flt))
    query = query.order_by(*_order(sort, key, session.get_bind().dialect.name))
    if limit is not None:
        query = query.limit(limit + 1)
    keys = _read_keys(session, query)
    complete = limit is None or len(keys) <= limit
    return KeyList(keys[:limit] if limit is not None else keys, capped, complete)


def _key_in(session: Session, key, keys: Sequence[Any]):
    if _is_sqlite(session):
        # One JSON text instead of 10,000 bound parameters (SQLite caps their number).
        return key.in_(select(literal_column("value", Integer)).select_from(
            func.json_each(json.dumps(list(keys)))))
    return key.in_(list(keys))


def _read_keys(session: Session, query: Select) -> Sequence[Any]:
    """The first column of ``query``; SQLite's int keys in a compact array.

    Elsewhere read from the DBAPI cursor, skipping the per-row result machinery.
    SQLite: one text of 16 hex digits per key in the query's order (SQLite never
    flattens an ordered subquery into an aggregate): one step of the statement, not
    one per key, each letting go of the GIL and taking it back from a pull's thread
    (a million keys: 2 s idle, 11 s so during a pull), and no Python object per key.
    """
    if _is_sqlite(session):
        return _read_sqlite_keys(session, query)
    result = session.connection().execute(query)  # Core: a CursorResult
    keys: list = []
    try:
        while rows := result.cursor.fetchmany(50_000):
            keys.extend(r[0] for r in rows)
    finally:
        result.close()
    return keys


def _read_sqlite_keys(session: Session, query: Select) -> array:
    first = query.selected_columns[0]
    ordered = query.with_only_columns(first.label("k"), maintain_column_froms=True).subquery()
    packed = session.connection().execute(select(func.group_concat(
        func.printf("%016x", ordered.c.k), "")).select_from(ordered)).scalar()
    keys = array("q", bytes.fromhex(packed or ""))
    if sys.byteorder == "little":  # the hex digits are big-endian
        keys.byteswap()
    return keys


def fetch_rows(session: Session, keys: Sequence[Any]) -> list[PassRow]:
    """The display columns of ``keys``, in their order; keys since deleted are left out."""
    if not keys:
        return []
    key = key_column(session)
    found = {}
    for start in range(0, len(keys), 500):  # well under every database's parameter limit
        chunk = list(keys[start:start + 500])
        for r in session.execute(select(
                key.label("k"), Pass.id, Pass.display_name, Pass.ext_id, Pass.status,
                Pass.device_type, Pass.template_name, Pass.group_tag, Pass.created_at,
                Pass.barcode_value, Event.name.label("event_name"),
                Event.start_time.label("event_start"))
                .select_from(Pass.__table__.outerjoin(Event.__table__,
                                                      Event.id == Pass.event_id))
                .where(key.in_(chunk))):
            found[r.k] = PassRow(r.k, r.id, r.display_name, r.ext_id, r.status, r.device_type,
                                 r.template_name, r.group_tag, r.created_at, r.barcode_value,
                                 r.event_name, r.event_start)
    return [found[k] for k in keys if k in found]


def pass_ids(session: Session, keys: Sequence[Any]) -> list[str]:
    """The pass ids of ``keys``, in their order (for acting on a selection)."""
    key = key_column(session)
    found: dict[Any, str] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start:start + 500])
        found.update((k, i) for k, i in session.execute(select(key, Pass.id).where(key.in_(chunk))))
    return [found[k] for k in keys if k in found]


def display_names(session: Session, pass_ids: Sequence[str]) -> list[str | None]:
    """The holders' names of ``pass_ids``, in the same order (None when unknown)."""
    names: dict[str, str | None] = {}
    for start in range(0, len(pass_ids), 500):
        chunk = list(pass_ids[start:start + 500])
        names.update((i, n) for i, n in session.execute(
            select(Pass.id, Pass.display_name).where(Pass.id.in_(chunk))))
    return [names.get(pass_id) for pass_id in pass_ids]


#: Statuses a pass cannot be deactivated from (it is already, or it is gone).
NOT_DEACTIVATABLE = frozenset({"deactivated", "nullified"})


def deactivatable(session: Session, pass_ids: Sequence[str]) -> tuple[list[str], list[str | None]]:
    """Of ``pass_ids``, those that can still be deactivated, and their holders' names."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for start in range(0, len(pass_ids), 500):
        chunk = list(pass_ids[start:start + 500])
        found.update((i, (n, st)) for i, n, st in session.execute(
            select(Pass.id, Pass.display_name, Pass.status).where(Pass.id.in_(chunk))))
    ids = [i for i in pass_ids if i in found and found[i][1] not in NOT_DEACTIVATABLE]
    return ids, [found[i][0] for i in ids]


def refresh_statistics(session: Session) -> None:
    """Let the query planner count the passes per template, event, group and
    time again, so a combination of filters walks the most selective index
    (0.3 s at a million passes; after pulls that changed many rows)."""
    session.execute(text("ANALYZE passes"))


def filter_choices(session: Session) -> FilterChoices:
    """The combos' values. Statuses and device types are the API's fixed sets (a
    DISTINCT over a million rows has no index to use); group tags use theirs."""
    tags = session.scalars(select(Pass.group_tag).where(Pass.group_tag.is_not(None))
                           .distinct().order_by(Pass.group_tag))
    templates = session.execute(select(PassTemplate.id, PassTemplate.name)
                                .order_by(PassTemplate.name, PassTemplate.id))
    events = session.execute(select(Event.id, Event.name, Event.start_time)
                             .order_by(Event.start_time.desc(), Event.name))
    return FilterChoices([s.value for s in PassStatus], [d.value for d in DeviceType],
                         list(tags), [(t.id, t.name or t.id) for t in templates],
                         [(e.id, e.name or e.id) for e in events])


#: Columns of the passes export, in order; names a spreadsheet user can read.
EXPORT_COLUMNS = ("name", "ext_id", "status", "device", "template", "group_tag", "event",
                  "created_at", "pass_id", "barcode", "expires_at", "download_url")


def export_csv(session: Session, out: TextIO, flt: PassFilter, sort: SortKey) -> int:
    """Write the passes of ``flt`` in ``sort`` order as CSV to ``out``; returns rows.

    Times are UTC ISO 8601. Cells a spreadsheet would run as formulas
    (= + - @ at the start) get a leading quote: names come from outside.
    """
    keys = list_keys(session, flt, sort).keys
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    key = key_column(session)
    events = dict(session.execute(select(Event.id, Event.name)).all())
    written = 0
    for start in range(0, len(keys), 500):
        chunk = list(keys[start:start + 500])
        rows = {r.k: r for r in session.execute(select(
            key.label("k"), Pass.display_name, Pass.ext_id, Pass.status, Pass.device_type,
            Pass.template_name, Pass.group_tag, Pass.event_id, Pass.created_at, Pass.id,
            Pass.barcode_value, Pass.expires_at, Pass.download_url).where(key.in_(chunk)))}
        for k in chunk:
            r = rows.get(k)
            if r is None:
                continue
            writer.writerow([_cell(v) for v in (
                r.display_name, r.ext_id, r.status, r.device_type, r.template_name,
                r.group_tag, events.get(r.event_id, r.event_id), _iso(r.created_at), r.id,
                r.barcode_value, _iso(r.expires_at), r.download_url)])
            written += 1
    return written


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _cell(value: object) -> str:
    text_ = "" if value is None else str(value)
    return "'" + text_ if text_[:1] in ("=", "+", "-", "@", "\t", "\r") else text_
