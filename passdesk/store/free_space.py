"""Free space on the disk that holds the local store, before it runs out.

When that disk is full, a scan cannot be recorded (the Door says NOT RECORDED).
This check warns well before: ``check`` reads the free space of the store's
folder (``shutil.disk_usage``: one ``statvfs``) and says it is low below
``max(LOW_BYTES, 2 * the store's file)``:

- 500 MB: a scan costs about 1 KB on disk (row, indexes, outbox row), so
  500 MB is some 500,000 scans, days of the busiest door, yet a laptop with a
  few GB free is not warned for nothing (a share like 2 % would warn at 40 GB
  on a 2 TB disk);
- twice the file: a rescue or a backup copies the file, and SQLite may need
  a file's worth of room for its write-ahead log and rebuilds.

A PostgreSQL store (or one in memory) has no local folder: nothing is checked.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from passdesk.core.texts import Text, translate
from passdesk.store.database import Database

#: Below this free space the warning shows (see the module's docstring).
LOW_BYTES = 500 * 1024 * 1024
#: What reads a disk's usage (tests give a fake; the disk cannot be filled here).
disk_usage = shutil.disk_usage


@dataclass(frozen=True)
class Space:
    folder: Path
    free: int
    total: int
    #: The free space below which it is low.
    threshold: int

    @property
    def low(self) -> bool:
        return self.free < self.threshold

    @property
    def short(self) -> str:
        """For a status bar: "Low disk space: 312 MB free" ("" when there is room)."""
        if not self.low:
            return ""
        return translate("storage", "Low disk space: {size} free").format(
            size=megabytes(self.free))

    @property
    def words(self) -> str:
        """The warning, "" when there is room."""
        if not self.low:
            return ""
        return translate("storage", "Low disk space: {size} free for the local store. "
                         "Free some space now: when the disk is full, scans are not "
                         "recorded.").format(size=megabytes(self.free))


def megabytes(count: int) -> Text:
    """``312 MB``, ``1.5 GB``, ``12 GB`` (the number said as the locale writes it)."""
    if count >= 10 * 1024 ** 3:
        return translate("storage", "{size} GB").format(size=round(count / 1024 ** 3))
    if count >= 1024 ** 3:
        return translate("storage", "{size} GB").format(size=round(count / 1024 ** 3, 1))
    return translate("storage", "{size} MB").format(size=round(count / 1024 ** 2))


def store_file(database: Database) -> Path | None:
    """The SQLite file of ``database``; None for PostgreSQL or a store in memory."""
    if not database.is_sqlite:
        return None
    name = database.engine.url.database
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return None
    return Path(name)


def check(path: Path) -> Space:
    """The free space where ``path`` (the store's file) lives, and whether it is low."""
    folder = path.parent
    usage = disk_usage(folder)
    size = path.stat().st_size if path.exists() else 0
    return Space(folder, usage.free, usage.total, max(LOW_BYTES, 2 * size))
