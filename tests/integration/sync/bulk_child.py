"""The process the bulk issue test kills: queues a CSV's rows, maybe stalling midway.

    python -m tests.integration.sync.bulk_child DB_URL CSV_PATH TEMPLATE_ID STALL_AT

With STALL_AT > 0 the child prints "stalled" while the STALL_AT-th pass is
being added (its chunk's transaction open, earlier chunks committed) and
waits there to be killed. Prints "chunk DONE TOTAL" after each commit and
"result QUEUED SKIPPED" at the end.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from passdesk.core import bulk_csv
from passdesk.core.template_fields import template_fields
from passdesk.store.bulk_queries import templates
from passdesk.store.database import Database
from passdesk.sync import bulk_issue, passes

CHUNK = 50


def main() -> None:
    db_url, csv_path, template_id, stall_at = sys.argv[1:5]
    db = Database.open(db_url)
    with db.session() as session:
        template = next(t for t in templates(session) if t.id == template_id)
    fields = template_fields(template.attributes)
    table = bulk_csv.read_csv(Path(csv_path).read_bytes())
    report = bulk_csv.check_rows(table, bulk_csv.propose_mapping(table.headers, fields),
                                 fields, template_id=template_id)
    added = 0
    real_add = passes.add_pass

    def add_then_maybe_stall(session, new, now):
        nonlocal added
        added += 1
        local_id = real_add(session, new, now)
        if added == int(stall_at):
            session.flush()  # written, not committed
            print("stalled", flush=True)
            threading.Event().wait()  # until SIGKILL
        return local_id

    passes.add_pass = add_then_maybe_stall
    result = bulk_issue.issue_many(
        db, rows=[g.new for g in report.good], chunk=CHUNK,
        progress=lambda done, total: print(f"chunk {done} {total}", flush=True))
    print(f"result {result.queued} {result.skipped}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
