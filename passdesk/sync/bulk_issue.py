"""Issuing the checked rows of a CSV: queued through the outbox in chunks.

Each chunk is one transaction (its passes and their outbox rows, all or
none), and rows whose ext id the store or the outbox already has are skipped
inside that same transaction. So after a crash, or a cancel, running the same
rows again queues only the ones missing, and no pass is ever queued twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from passdesk.core.payloads import PassInput
from passdesk.core.texts import translate
from passdesk.store.bulk_queries import known_ext_ids
from passdesk.store.database import Database
from passdesk.sync import passes
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

CHUNK = 100
Progress = Callable[[int, int], None]  # (rows done, rows in all)


@dataclass(frozen=True)
class BulkResult:
    total: int
    queued: int
    #: Already in the store or the outbox (an earlier run, or issued by hand).
    skipped: int
    cancelled: bool = False

    @property
    def done(self) -> int:
        return self.queued + self.skipped


def issue_many(db: Database, *, rows: Sequence[PassInput], chunk: int = CHUNK,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False,
               clock: Clock = utcnow) -> BulkResult:
    """Queue ``rows`` (each with its ext id) to be created; see the module text.

    Refuses the whole batch before writing anything if a row lacks an ext id,
    repeats one, or breaks a limit: those are for the CSV check to catch.
    """
    _refuse_bad(rows)
    queued = skipped = 0
    for start in range(0, len(rows), chunk):
        if cancelled():
            return BulkResult(len(rows), queued, skipped, cancelled=True)
        part = rows[start:start + chunk]
        now = clock()
        with db.session() as session:
            known = known_ext_ids(session, [r.ext_id for r in part if r.ext_id])
            for new in part:
                if new.ext_id in known:
                    skipped += 1
                else:
                    passes.add_pass(session, new, now)
                    queued += 1
        if progress is not None:
            progress(queued + skipped, len(rows))
    return BulkResult(len(rows), queued, skipped)


def _refuse_bad(rows: Sequence[PassInput]) -> None:
    seen: set[str] = set()
    for n, new in enumerate(rows, 1):
        if not new.ext_id:
            raise ChangeRefused(translate("passes", "row {row} has no ext id: it could be "
                                          "queued twice").format(row=str(n)))
        if new.ext_id in seen:
            raise ChangeRefused(translate("passes", "ext id {ext_id} is given twice").format(
                ext_id=repr(new.ext_id)))
        seen.add(new.ext_id)
        problems = new.problems()
        if problems:
            raise ChangeRefused(translate("passes", "row {row}: {problems}").format(
                row=str(n), problems=passes.problems_said(problems)))
