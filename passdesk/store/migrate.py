"""Alembic migrations, run from code (no alembic.ini) at every start.

Alembic is imported only when it has work to do: ``is_current`` compares the
store's ``alembic_version`` with the head read from the migration files' own
``revision`` lines (a few small files, no alembic), so opening a store that is
already current costs one query instead of a quarter second of imports.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: ``revision = "0001"`` and ``down_revision = None`` (an annotation allowed), as alembic writes.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$",
                            re.MULTILINE)


def config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


@cache
def head_from_files() -> str | None:
    """The head revision as the migration files name it, without alembic; None when
    the files do not say it plainly (alembic then decides, as always)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        for path in (MIGRATIONS / "versions").glob("*.py"):
            found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
            if "revision" not in found:
                continue
            revisions.add(ast.literal_eval(found["revision"]))
            down = ast.literal_eval(found.get("down_revision", "None"))
            downs.update(down if isinstance(down, tuple | list) else [down])
    except (OSError, ValueError, SyntaxError):
        return None
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the store is at the head revision already (one small query). False
    when unsure: no version table yet, not a database, locked; the upgrade, which
    runs then, says what is wrong."""
    head = head_from_files()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except SQLAlchemyError:
        return False
    return [row[0] for row in rows] == [head]


def upgrade_if_needed(engine: Engine) -> None:
    """Upgrade to the head revision unless the store is there already."""
    if not is_current(engine):
        upgrade(engine)
