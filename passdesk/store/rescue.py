"""Rescuing a damaged local store: the file is moved aside, what still reads goes
into a fresh store, and the next sync is a full one.

    damaged_file(exc, url)  the SQLite file an open failure says is damaged, or None
    rescue(path)            move aside, read table by table, fresh store, rows in
    start_fresh(path)       move aside, fresh empty store
    RescueReport.lines()    what was rescued and what was not, in plain words

The old file (with its -wal and -shm) is renamed, never deleted or written: it
is read from a copy. Unsent changes and scans are read first, then loyalty
operations, template drafts and settings-like tables, then what PassEntry
holds anyway (passes, events, templates), which the full sync brings back.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from passdesk.core.texts import Text, translate
from passdesk.store import damage_mark, migrate, rescue_read, scan_tallies, sync_state
from passdesk.store.database import Database, DatabaseError

#: What exists nowhere else comes first; what PassEntry holds comes last.
ORDER = ("outbox", "scans", "loyalty_operations", "template_drafts", "sync_state",
         "hub_events", "readers", "reader_configurations", "entities", "events",
         "pass_templates", "passes")
#: Made and kept by the migrations themselves, never copied.
SKIP = frozenset({"alembic_version", "change_counters", "search_control",
                  "scan_tally", "pass_tally"})  # the Insights tallies: counted again
#: The sync marks kept: the server the queued changes belong to, and the entity.
#: Every cursor goes, so the next sync pulls everything again.
KEEP_STATE = ("server", "entity")
#: sync_state key: when and from which file the store was rescued.
RESCUE_KEY = "rescued"
LABELS = {
    "outbox": translate("storage", "unsent changes"),
    "scans": translate("storage", "door scans"),
    "loyalty_operations": translate("storage", "loyalty operations"),
    "template_drafts": translate("storage", "template drafts"),
    "sync_state": translate("storage", "sync marks"),
    "hub_events": translate("storage", "hub deliveries"),
    "readers": translate("storage", "readers"),
    "reader_configurations": translate("storage", "reader settings"),
    "entities": translate("storage", "accounts"),
    "events": translate("storage", "events"),
    "pass_templates": translate("storage", "templates"),
    "passes": translate("storage", "passes"),
}
#: Tables PassEntry holds: what is lost there comes back with the full sync.
FROM_PASSENTRY = frozenset({"readers", "reader_configurations", "entities", "events",
                            "pass_templates", "passes"})


class _Count(int):
    """A count as a message's argument: grouped in the English (``1,884``, as the CLI
    prints it), said by the locale's rules (``gui.i18n.say``: ``1.884``)."""

    def __str__(self) -> str:
        return f"{int(self):,}"


class RescueError(RuntimeError):
    """The rescue could not be done; the message says why in plain words."""


@dataclass
class TableReport:
    name: str
    rescued: int = 0
    lost: int | None = 0  # None: some rows were lost, how many is not known
    unreadable: bool = False

    @property
    def label(self) -> str:
        return LABELS.get(self.name, self.name.replace("_", " "))

    def words(self) -> Text:
        lost = self.lost  # a plain name: pyside6-lupdate skips a numerus of "a.b"
        if self.unreadable and not self.rescued:
            text = (translate("storage", "{table}: could not be read (%Ln row(s))", None,
                              lost) if lost
                    else translate("storage", "{table}: could not be read"))
        elif self.lost is None:
            text = translate("storage", "{table}: {rescued} rescued, some lost")
        elif self.lost:
            text = translate("storage", "{table}: {rescued} rescued, {lost} lost")
        else:
            text = translate("storage", "{table}: {rescued} rescued, none lost")
        text = text.format(table=self.label, rescued=_Count(self.rescued),
                           lost=_Count(self.lost or 0))
        if self.name in FROM_PASSENTRY and (self.lost or self.lost is None or self.unreadable):
            text = translate("storage", "{line} (they come back with the sync)").format(
                line=text)
        return text


@dataclass
class RescueReport:
    original: Path
    kept_as: list[Path] = field(default_factory=list)
    tables: list[TableReport] = field(default_factory=list)
    fresh: bool = False  # started empty on purpose
    problem: str | None = None  # why nothing could be read

    @property
    def rescued(self) -> int:
        """Rows of data rescued (the sync marks are bookkeeping, reset anyway)."""
        return sum(t.rescued for t in self.tables if t.name != "sync_state")

    @property
    def anything_rescued(self) -> bool:
        return self.rescued > 0

    def table(self, name: str) -> TableReport | None:
        return next((t for t in self.tables if t.name == name), None)

    def lines(self) -> list[str]:
        """The report, a line each (``Text``s: ``gui.i18n.say`` says them; "" between)."""
        kept = self.kept_as[0] if self.kept_as else self.original
        head: list[str] = [translate("storage", "The damaged file was kept as {path}.")
                           .format(path=str(kept)), ""]
        if self.fresh:
            return [*head, translate("storage", "A fresh store was started; nothing was "
                                     "copied from the old one."),
                    translate("storage", "Passes and events come back with the next sync.")]
        if self.problem:
            head.append(translate("storage", "Nothing could be read from it: {problem}")
                        .format(problem=self.problem))
        else:
            rows = self.rescued  # a plain name, for pyside6-lupdate
            head.append(translate("storage", "%Ln row(s) rescued into a fresh store:", None,
                                  rows))
            # The sync marks are the app's own bookkeeping: reset anyway, not news.
            head += [translate("storage", "  {table}", "a line of the list; keep the two "
                               "spaces").format(table=t.words())
                     for t in self.tables if t.name != "sync_state"
                     and (t.rescued or t.lost or t.lost is None or t.unreadable)]
        head += ["", translate("storage", "A full sync now brings passes and events back "
                               "from PassEntry.")]
        return head


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, None for any other database or an in-memory one."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def damaged_file(exc: BaseException, url: str) -> Path | None:
    """The SQLite file behind ``url`` when ``exc`` (an open failure) is its damage.

    The error itself usually says so; otherwise a quick check of the file decides
    (it reads the whole file, so it runs only here, after a failure).
    """
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    if rescue_read.is_damage_error(exc):
        return path
    try:
        return path if rescue_read.quick_check(path) is not None else None
    except sqlite3.Error:  # locked, no permission: not damage
        return None


def rescue(path: Path, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
           ) -> RescueReport:
    """Move ``path`` aside, copy every readable row into a fresh store there."""
    report = RescueReport(path, kept_as=move_aside(path, clock()))
    with tempfile.TemporaryDirectory(prefix=".rescue-", dir=path.parent) as work:
        source = _working_copy(report.kept_as, Path(work))
        opened = _open_source(source, Path(work), report)
        if opened is None:
            _create(path, "head")
        else:
            conn, old_tables = opened
            try:
                _create(path, _known(rescue_read.revision(conn)) or "head")
                _copy(conn, old_tables, path, report)
            finally:
                conn.close()
    _finish(path, report, clock())
    return report


def start_fresh(path: Path, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
                ) -> RescueReport:
    """Move ``path`` aside (kept) and start an empty store in its place."""
    report = RescueReport(path, kept_as=move_aside(path, clock()), fresh=True)
    _create(path, "head")
    _finish(path, report, clock())
    return report


def move_aside(path: Path, now: datetime) -> list[Path]:
    """Rename the file and its -wal/-shm to a name that says when; returns the new paths."""
    if not path.is_file():
        raise RescueError(translate("storage", "There is no database file at {path}.")
                          .format(path=str(path)))
    stamp = now.strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 2
    while base.exists():
        base = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
        number += 1
    moved = []
    try:
        for end in ("", "-wal", "-shm", "-journal"):
            old = path.with_name(path.name + end)
            if old.exists():
                new = base.with_name(base.name + end)
                old.rename(new)
                moved.append(new)
    except OSError as exc:
        raise RescueError(translate("storage", "Could not move the damaged file aside: "
                                    "{problem}").format(problem=exc.strerror or str(exc))
                          ) from exc
    return moved


def _working_copy(kept: list[Path], work: Path) -> Path:
    """Read from a copy: opening a WAL file writes to it, and the kept file stays as it was."""
    source = work / "source.sqlite3"
    try:
        for path in kept:
            end = next((e for e in ("-wal", "-shm", "-journal") if path.name.endswith(e)), "")
            shutil.copyfile(path, source.with_name(source.name + end))
    except OSError as exc:
        raise RescueError(translate("storage", "Could not copy the damaged file to read it: "
                                    "{problem}").format(problem=exc.strerror or str(exc))
                          ) from exc
    return source


def _open_source(source: Path, work: Path, report: RescueReport
                 ) -> tuple[sqlite3.Connection, dict[str, list[str]]] | None:
    """The connection to read on and the tables to read: the copy as it is, else with
    its header repaired, else SQLite's own recovery (when its tool is installed).
    None when the list of tables cannot be read at all."""
    conn = rescue_read.open_source(source)
    try:
        return conn, rescue_read.tables(conn)
    except sqlite3.DatabaseError as exc:
        report.problem = str(exc)
    conn.close()
    for _size in rescue_read.header_repairs(source):
        other = rescue_read.open_source(source)
        try:
            found = rescue_read.tables(other)
        except sqlite3.DatabaseError:
            other.close()
            continue
        report.problem = None
        return other, found
    recovered = work / "recovered.sqlite3"
    if rescue_read.recover_with_cli(source, recovered):
        other = rescue_read.open_source(recovered)
        try:
            found = rescue_read.tables(other)
        except sqlite3.DatabaseError:
            found = {}
        if not set(found) & set(ORDER):  # only orphan pages: nothing says whose rows
            other.close()
            return None
        report.problem = None
        return other, found
    return None


def _known(revision: str | None) -> str | None:
    """``revision`` when this version's migrations know it (an older file), else None."""
    if revision is None:
        return None
    from alembic.script import ScriptDirectory  # only for a rescue: not on every start

    try:
        return revision if ScriptDirectory(str(migrate.MIGRATIONS)).get_revision(revision) \
            else None
    except Exception:  # alembic raises several kinds for an unknown revision
        return None


def _create(path: Path, revision: str) -> None:
    """A fresh store at the old file's schema version, so its rows fit as they are;
    the app's next open upgrades it like any older file."""
    try:
        database = Database.open(f"sqlite:///{path}", upgrade=False)
    except DatabaseError as exc:
        raise RescueError(str(exc)) from exc
    try:
        migrate.upgrade(database.engine, revision)
    except Exception as exc:
        raise RescueError(translate("storage", "Could not create a fresh store at {path}: "
                                    "{problem}").format(path=str(path), problem=str(exc))
                          ) from exc
    finally:
        database.close()
    damage_mark.clear(path)  # the note was about the file now kept aside


def _copy(conn: sqlite3.Connection, old: dict[str, list[str]], path: Path,
          report: RescueReport) -> None:
    target = sqlite3.connect(path, isolation_level=None)
    try:
        # A rescued row whose parent was lost is still worth keeping.
        target.execute("PRAGMA foreign_keys=OFF")
        # Random keys (uuids) into several indexes: a bigger cache saves most page reloads.
        target.execute("PRAGMA cache_size=-65536")
        # A new file: if the power fails now, the kept file is still there to rescue again.
        target.execute("PRAGMA journal_mode=DELETE")
        target.execute("PRAGMA synchronous=OFF")
        new = rescue_read.tables(target)
        shadows = _fts_shadow_tables(target)
        names = [n for n in ORDER if n in new] + sorted(n for n in new if n not in ORDER)
        # The change counters' per-row triggers took three quarters of the time (100k
        # scans: 9.6 s with, 2.6 s without); nobody follows a store not open yet.
        # The Insights tallies' triggers likewise: the tallies are counted once at the end.
        counters = target.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'passdesk\\_changed\\_%' ESCAPE '\\' "
            "OR name LIKE 'insights\\_scan\\_%' ESCAPE '\\')").fetchall()
        for trigger, _sql in counters:
            target.execute(f"DROP TRIGGER {rescue_read.quoted(trigger)}")
        try:
            for name in names:
                if name in SKIP or name in shadows or name not in old:
                    continue
                columns = [c for c in new[name] if c in old[name]]
                report.tables.append(_copy_table(conn, target, name, columns))
        finally:
            for _trigger, sql in counters:
                target.execute(sql)
        target.execute("BEGIN")
        for statement in scan_tallies.rebuild_sql("sqlite"):
            target.execute(statement)
        target.execute("COMMIT")
        marks = ", ".join("?" * len(KEEP_STATE))
        target.execute(f"DELETE FROM sync_state WHERE key NOT IN ({marks})",  # noqa: S608
                       KEEP_STATE)
    finally:
        target.close()


def _copy_table(conn: sqlite3.Connection, target: sqlite3.Connection, name: str,
                columns: list[str]) -> TableReport:
    read = rescue_read.TableRead(name, columns)
    table = TableReport(name)
    names = ", ".join(rescue_read.quoted(c) for c in columns)
    marks = ", ".join("?" * len(columns))
    insert = f"INSERT INTO {rescue_read.quoted(name)} ({names}) VALUES ({marks})"  # noqa: S608
    refused = 0
    target.execute("BEGIN")
    try:
        for batch in rescue_read.read_rows(conn, read):
            values = [row[1:] for row in batch]
            try:
                target.execute("SAVEPOINT batch")
                target.executemany(insert, values)
                target.execute("RELEASE batch")
                table.rescued += len(values)
            except sqlite3.Error:
                target.execute("ROLLBACK TO batch")
                target.execute("RELEASE batch")
                for value in values:  # one by one: only a row the store refuses is lost
                    try:
                        target.execute(insert, value)
                        table.rescued += 1
                    except sqlite3.Error:
                        refused += 1
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    lost = read.lost
    table.lost = None if lost is None else lost + refused
    table.unreadable = read.unreadable is not None
    return table


def _fts_shadow_tables(conn: sqlite3.Connection) -> set[str]:
    """The tables a full-text index keeps for itself (rebuilt by its triggers)."""
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if any(r[0].startswith(v + "_") for v in virtual)}


def _finish(path: Path, report: RescueReport, now: datetime) -> None:
    """Upgrade to the current schema as the app does, and note the rescue."""
    try:
        database = Database.open(f"sqlite:///{path}")
    except DatabaseError as exc:
        raise RescueError(translate("storage", "The fresh store did not open: {problem}")
                          .format(problem=str(exc))) from exc
    try:
        with database.session() as session:
            sync_state.write(session, RESCUE_KEY, {
                "at": now.isoformat(), "kept_as": str(report.kept_as[0]),
                "rescued": report.rescued, "fresh": report.fresh})
    finally:
        database.close()
    damage_mark.clear(path)  # the note was about the file now kept aside
