"""The Passes pane's reads, each in a session of its own, returning plain data.

What the pane and its list model run on the store's worker: the queries are
``store/pass_list.py``'s; here each read opens and closes its session, so no
widget holds one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from passdesk.store.database import Database
from passdesk.store.pass_list import (
    FilterChoices,
    KeyList,
    PassFilter,
    PassRow,
    SortKey,
    deactivatable,
    display_names,
    export_csv,
    fetch_rows,
    filter_choices,
    list_keys,
    pass_ids,
)


def read_first_page(database: Database, flt: PassFilter, sort: SortKey, *, page: int,
                    limit: int | None) -> tuple[KeyList, list[PassRow]]:
    """The list's keys (the first ``limit`` of them, None: all) and its first ``page`` rows."""
    with database.session() as session:
        keys = list_keys(session, flt, sort, limit=limit)
        return keys, fetch_rows(session, keys.keys[:page])


def read_again(database: Database, flt: PassFilter, sort: SortKey, pages: Sequence[int], *,
               page: int) -> tuple[KeyList, dict[int, list[PassRow]]]:
    """The whole list's keys, and the rows of the ``pages`` (of ``page`` rows) shown."""
    with database.session() as session:
        keys = list_keys(session, flt, sort)
        return keys, {p: fetch_rows(session, keys.keys[p * page:(p + 1) * page])
                      for p in pages}


def read_keys(database: Database, flt: PassFilter, sort: SortKey) -> KeyList:
    with database.session() as session:
        return list_keys(session, flt, sort)


def read_rows(database: Database, keys: Sequence[Any]) -> list[PassRow]:
    with database.session() as session:
        return fetch_rows(session, keys)


def read_filter_choices(database: Database) -> FilterChoices:
    with database.session() as session:
        return filter_choices(session)


def read_pass_ids(database: Database, keys: Sequence[Any]) -> list[str]:
    with database.session() as session:
        return pass_ids(session, keys)


def read_display_names(database: Database, ids: Sequence[str]) -> list[str | None]:
    with database.session() as session:
        return display_names(session, ids)


def read_deactivatable(database: Database, ids: Sequence[str]
                       ) -> tuple[list[str], list[str | None]]:
    with database.session() as session:
        return deactivatable(session, list(ids))


def export_list(database: Database, out: TextIO, flt: PassFilter, sort: SortKey) -> int:
    """Write the list as CSV to ``out``; the number of passes written."""
    with database.session() as session:
        return export_csv(session, out, flt, sort)
