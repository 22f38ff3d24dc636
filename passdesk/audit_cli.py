"""``passdesk audit``: the audit trail from a terminal.

    passdesk audit verify              check every entry's seal and link; exit 0 whole,
                                       1 tampered with, 2 the database cannot be opened
    passdesk audit export --csv FILE   write every entry as CSV ('-': standard output)

Both read the store of the server in Settings (as ``passdesk scans export``), or
the one named with ``--database URL``. A database that does not exist yet is
not made: there is nothing to check.

The CSV form (``store.audit_export``) is also what the audit view
exports: times in UTC as sealed, ``before`` and ``after`` as the sealed JSON,
so an export can be checked again entry by entry.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:

    from passdesk.store.database import Database

#: Exit codes of ``verify``.
WHOLE, TAMPERED, CANNOT_OPEN = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="check or export the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="action", required=True)
    verify = audit_sub.add_parser(
        "verify", help="check that no entry was changed, taken out or put in")
    export = audit_sub.add_parser("export", help="write the audit trail as CSV")
    export.add_argument("--csv", required=True, metavar="FILE",
                        help="CSV file to write ('-' for standard output)")
    for cmd in (verify, export):
        cmd.add_argument("--database", metavar="URL",
                         help="SQLAlchemy URL of the store, e.g. sqlite:///path/store.sqlite3 "
                              "(default: the one of the server in Settings)")
        cmd.add_argument("--url", help="API base URL whose local data to read "
                                       "(default: the one in Settings)")


def run(args: argparse.Namespace, *, server_url: str | None = None) -> int:
    """``server_url``: the API base URL in normal form (the command line's ``--url``
    or Settings'); None reads Settings'."""
    from passdesk.store.database import DatabaseError

    try:
        db = open_store(args, server_url)
    except DatabaseError as exc:
        tell(str(exc), sys.stderr)
        return CANNOT_OPEN
    try:
        if args.audit_command == "verify":
            return _verify(db)
        return _export(db, args.csv)
    finally:
        db.close()


def open_store(args: argparse.Namespace, server_url: str | None) -> Database:
    """The store, opened (and brought up to date) only if it exists."""
    from passdesk.core.passentry import DEFAULT_BASE_URL
    from passdesk.settings import SettingsStore, data_dir
    from passdesk.store.database import Database, DatabaseError, database_url
    from passdesk.store.rescue import sqlite_path

    if args.database:
        url = args.database
    else:
        settings = SettingsStore().load()
        server = server_url or settings.api_base_url
        url = database_url(settings.database_url, data_dir(),
                           None if server == DEFAULT_BASE_URL else server)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise DatabaseError(f"There is no database file at {path}: nothing to check.")
    return Database.open(url)


def _verify(db: Database) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from passdesk.core.storage_failure import first_line
    from passdesk.store import audit

    try:
        with db.session() as session:
            breaks = audit.verify(session)
            count = audit.head(session).seq
    except SQLAlchemyError as exc:
        tell(f"Cannot read the audit trail: {first_line(exc)}", sys.stderr)
        return CANNOT_OPEN
    if not breaks:
        tell(f"Audit trail whole: {count:,} {'entry' if count == 1 else 'entries'}.", sys.stdout)
        return WHOLE
    tell(f"The audit trail was tampered with ({len(breaks):,} "
          f"{'break' if len(breaks) == 1 else 'breaks'}):", sys.stdout)
    for chain_break in breaks:
        tell(f"  {chain_break.words}", sys.stdout)
    return TAMPERED


def _export(db: Database, file: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from passdesk.core.storage_failure import first_line
    from passdesk.files import write_atomically
    from passdesk.store.audit_export import write_csv

    try:
        with db.session() as session:
            if file == "-":
                count = write_csv(session, sys.stdout)
            else:
                count = write_atomically(file, lambda out: write_csv(session, out))
    except OSError as exc:
        tell(f"Could not write {file}: {exc.strerror or exc}", sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        tell(f"Cannot read the audit trail: {first_line(exc)}", sys.stderr)
        return CANNOT_OPEN
    if file != "-":
        tell(f"{count:,} audit entries written to {file}", sys.stderr)
    return 0


def tell(line: str, stream: TextIO) -> None:
    """One line for the person at the terminal (``print`` is the CLI module's alone)."""
    stream.write(line + "\n")
