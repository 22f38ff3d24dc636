"""What changed in the store, in the words every desk hears: one topic per kind of data.

A ``StoreChanged`` notice names one of these (``sync/service.py``), whether this
desk wrote the change or the database's triggers told of another writer's
(migration 0009 keeps the topic of each table in ``change_counters`` and in
PostgreSQL's notices, so a value never changes). Panes reload on the topics
they show; ``ALL`` means "everything may have changed" (a sync ended, a lost
feed came back).
"""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    PASSES = "passes"
    SCANS = "scans"
    LOYALTY = "loyalty"
    EVENTS = "events"
    READERS = "readers"
    OUTBOX = "outbox"
    TEMPLATES = "templates"
    #: Not a table: every pane reloads.
    ALL = "all"
