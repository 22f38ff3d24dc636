"""Bulk issue from a CSV on the sandbox: killed halfway, run again, pushed: each
good row becomes exactly one pass."""

from __future__ import annotations

import csv
import io
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.core import bulk_csv
from passdesk.core.template_fields import template_fields
from passdesk.store import outbox
from passdesk.store.bulk_queries import templates
from passdesk.store.schema import OutboxRow, Pass
from passdesk.sync import bulk_issue
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all

ROOT = Path(__file__).resolve().parents[3]
TAG = "csv-bulk-test"
ROWS, BAD = 500, {9: "", 77: "dup", 150: "long", 222: "lat", 300: "radius", 420: "noext",
                  480: "cells"}
STALL_AT = 260  # chunks of 50: five committed, the sixth open when killed


def people_csv(path: Path) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Name", "Seat", "ext id", "Group Tag", "Latitude", "Longitude", "Radius"])
    for i in range(ROWS):
        row = [f"Guest {i}", f"R{i}", f"bulk-{i}", TAG, "51.5", "-0.12", "50"]
        kind = BAD.get(i + 2)
        if kind == "":
            row[0] = ""
        elif kind == "dup":
            row[2] = "bulk-7"  # row 9's, which is bad anyway: both are refused
        elif kind == "long":
            row[1] = "S" * 256
        elif kind == "lat":
            row[4] = "91"
        elif kind == "radius":
            row[6] = "20000"
        elif kind == "noext":
            row[2] = ""
        elif kind == "cells":
            row += ["extra"]
        writer.writerow(row)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def run_child(url: str, csv_path: Path, template_id: str, stall_at: int) -> list[str]:
    command = [sys.executable, "-m", "tests.integration.sync.bulk_child", url, str(csv_path),
               template_id, str(stall_at)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as child:
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if stall_at and line.strip() == "stalled":
                child.send_signal(signal.SIGKILL)  # mid-chunk: its transaction is open
                break
        _out, err = child.communicate()
    expected = -signal.SIGKILL if stall_at else 0
    assert child.returncode == expected, err
    return lines


def creates(db) -> Counter:
    with db.session() as s:
        rows = s.scalars(select(OutboxRow).where(OutboxRow.kind == "pass.create"))
        return Counter(r.payload["ext_id"] for r in rows)


@pytest.mark.slow
def test_killed_halfway_and_run_again_every_good_row_is_one_pass(sandbox, api, db,
                                                                  tmp_path) -> None:
    PullSync(api, db).run(reconcile=False)
    with db.session() as s:
        template = next(t for t in templates(s) if t.name == "Riverside Arena Ticket")
    csv_path = tmp_path / "guests.csv"
    people_csv(csv_path)
    table = bulk_csv.read_csv(csv_path.read_bytes())
    fields = template_fields(template.attributes)
    report = bulk_csv.check_rows(table, bulk_csv.propose_mapping(table.headers, fields),
                                 fields, template_id=template.id)
    assert sorted(b.row_number for b in report.bad) == sorted(BAD)
    wanted = {g.new.ext_id for g in report.good}
    assert len(wanted) == 493
    url = str(db.engine.url)

    lines = run_child(url, csv_path, template.id, STALL_AT)
    assert lines[-1] == "stalled"
    assert "chunk 250 493" in lines
    assert sum(creates(db).values()) == 250  # the open chunk left nothing behind

    lines = run_child(url, csv_path, template.id, 0)
    assert lines[-1] == "result 243 250"
    again = bulk_issue.issue_many(db, rows=[g.new for g in report.good])
    assert (again.queued, again.skipped) == (0, 493)
    counted = creates(db)
    assert set(counted) == wanted
    assert set(counted.values()) == {1}
    with db.session() as s:
        local = s.scalars(select(Pass.ext_id).where(Pass.group_tag == TAG)).all()
    assert sorted(local) == sorted(wanted)

    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                         timeout=httpx.Timeout(5.0)) as client:
        drain_all(Pusher(client, db, clock=clock), clock, db)
    with db.session() as s:
        assert outbox.counts(s) == {"done": 493}
    remote = Counter(p.ext_id for p in api.passes.iter(group_tag=TAG))
    assert set(remote) == wanted
    assert set(remote.values()) == {1}


def test_a_batch_with_a_repeated_or_missing_ext_id_is_refused_whole(db) -> None:
    from passdesk.core.payloads import PassInput

    with pytest.raises(ChangeRefused, match="given twice"):
        bulk_issue.issue_many(db, rows=[PassInput("t", ext_id="a"), PassInput("t", ext_id="a")])
    with pytest.raises(ChangeRefused, match="no ext id"):
        bulk_issue.issue_many(db, rows=[PassInput("t", ext_id="a"), PassInput("t")])
    assert creates(db) == Counter()


def test_progress_is_reported_per_chunk_and_cancel_stops_between_chunks(db) -> None:
    from passdesk.core.payloads import PassInput

    rows = [PassInput("t", {"fullName": f"P{i}"}, ext_id=f"e{i}") for i in range(25)]
    seen: list[tuple[int, int]] = []
    result = bulk_issue.issue_many(db, rows=rows, chunk=10, progress=lambda d, t: seen.append(
        (d, t)), cancelled=lambda: len(seen) >= 2)
    assert seen == [(10, 25), (20, 25)]
    assert (result.queued, result.cancelled) == (20, True)
    result = bulk_issue.issue_many(db, rows=rows, chunk=10)
    assert (result.queued, result.skipped, result.cancelled) == (5, 20, False)
