"""The pull in a child process (sync/pull_process.py, sync/pull_worker.py): a real
``passdesk pull-worker`` against the sandbox over loopback, into real SQLite files."""

from __future__ import annotations

import json
import logging
import random
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.api.errors import UnauthorizedError
from passdesk.core.texts import Text, translate
from passdesk.sandbox import SandboxServer
from passdesk.store import bulk_load, write_turns
from passdesk.store import passes as pass_store
from passdesk.store.database import Database, DatabaseError
from passdesk.store.door_queries import DoorStore
from passdesk.store.schema import Pass
from passdesk.sync import pull_process, pull_worker
from passdesk.sync.progress import SyncCancelled
from passdesk.sync.pull import PullReport, PullSync
from passdesk.sync.pull_process import PullChildFailed, PullInChild, child_database_url
from passdesk.sync.service import Connection, SyncService
from tests.integration.sync.test_service import wait_for

#: What a pass row holds, compared between a pull in a child and one in this process.
COLUMNS = ("id", "ext_id", "status", "barcode_value", "nfc_value", "template_id",
           "event_id", "display_name", "created_at", "attributes")


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def pass_rows(db: Database) -> dict[str, tuple]:
    with db.session() as s:
        return {p.id: tuple(getattr(p, c) for c in COLUMNS) for p in s.scalars(select(Pass))}


@pytest.mark.slow
def test_a_pull_in_a_child_fills_the_store_as_a_pull_in_this_process(sandbox, tmp_path) -> None:
    ours = Database.open(url_of(tmp_path / "child.sqlite3"))
    theirs = Database.open(url_of(tmp_path / "here.sqlite3"))
    progress = []
    entity = sandbox.state.default_entity_id
    try:
        report = PullInChild(child_database_url(ours), sandbox.base_url, "demo",
                             on_progress=progress.append, entity_id=entity).run()
        with PassEntryClient(sandbox.base_url, "demo") as client:
            expected = PullSync(client, theirs, entity_id=entity).run()
        assert report == expected  # the report crossed whole, scans included
        assert report.passes_inserted == 2000
        child_rows, here_rows = pass_rows(ours), pass_rows(theirs)
        assert set(child_rows) == set(here_rows)
        for pass_id in random.Random(3).sample(sorted(here_rows), 100):
            assert child_rows[pass_id] == here_rows[pass_id]
        # Progress reached this process, page by page, as the in-process pull gives it.
        passes = [p for p in progress if p.phase.startswith("passes")]
        assert len(passes) >= 20
        assert passes[-1].done == 2000
        assert passes[-1].total == 2000
        with ours.session() as s:
            assert not bulk_load.is_set_aside(s)  # the row triggers are back
    finally:
        ours.close()
        theirs.close()


@pytest.mark.slow
def test_a_cancel_stops_the_child_between_pages_and_the_next_pull_resumes(sandbox,
                                                                           tmp_path) -> None:
    db = Database.open(url_of(tmp_path / "store.sqlite3"))
    cancel = threading.Event()

    def cancel_at_the_third_page(progress) -> None:
        if progress.phase.startswith("passes") and progress.pages == 3:
            write_turns.door_expects_scan(600)  # the child's next page waits...
            cancel.set()  # ...and is never written: the cancel comes first

    try:
        with pytest.raises(SyncCancelled):
            PullInChild(child_database_url(db), sandbox.base_url, "demo",
                        on_progress=cancel_at_the_third_page, cancel=cancel).run()
        write_turns.door_wrote()
        with db.session() as s:
            stopped_at = pass_store.count(s)
            assert not bulk_load.is_set_aside(s)
        assert 300 <= stopped_at < 2000
        assert stopped_at % 100 == 0  # whole pages: each committed with its cursor

        report = PullInChild(child_database_url(db), sandbox.base_url, "demo").run()
        assert report.mode == "full"
        assert report.first_page == stopped_at // 100 + 1
        assert report.passes_fetched == 2000 - stopped_at
        with PassEntryClient(sandbox.base_url, "demo") as client:
            remote = {p.id for p in client.passes.iter(include_pass_design=False)}
        with db.session() as s:
            ids = list(s.scalars(select(Pass.id)))
        assert len(ids) == len(set(ids)) == 2000
        assert set(ids) == remote
    finally:
        write_turns.door_wrote()
        db.close()


@pytest.mark.slow
def test_a_scan_the_door_expects_holds_the_child_until_the_door_wrote(sandbox,
                                                                        tmp_path) -> None:
    """The parent's "a scan is coming" reaches the child: its pages stop until the
    door's write (a real door transaction in this process) says go."""
    db = Database.open(url_of(tmp_path / "store.sqlite3"))
    held = threading.Event()
    outcome: list = []

    def hold_at_the_third_page(progress) -> None:
        if progress.phase.startswith("passes") and progress.pages == 3:
            write_turns.door_expects_scan(600)
            held.set()

    pull = PullInChild(child_database_url(db), sandbox.base_url, "demo",
                       on_progress=hold_at_the_third_page)
    runner = threading.Thread(target=lambda: outcome.append(pull.run()))
    runner.start()
    door = DoorStore(db)
    try:
        assert held.wait(120)
        time.sleep(1.0)  # the page the child was writing when told ends
        with db.session() as s:
            first = pass_store.count(s)
        time.sleep(1.0)
        with db.session() as s:
            assert pass_store.count(s) == first < 2000  # held: nothing more written
        assert runner.is_alive()
        with door.transaction():  # the door's scan is written: "go"
            pass
        runner.join(120)
        assert outcome
        assert outcome[0].passes_inserted == 2000
    finally:
        write_turns.door_wrote()
        runner.join(120)
        door.close()
        db.close()


def test_a_refused_key_raises_the_api_s_own_error_here(sandbox, tmp_path) -> None:
    db = Database.open(url_of(tmp_path / "store.sqlite3"))
    try:
        with pytest.raises(UnauthorizedError, match="not accepted") as raised:
            PullInChild(child_database_url(db), sandbox.base_url, "not-the-key").run()
        assert raised.value.status == 401
    finally:
        db.close()


@pytest.mark.slow
def test_the_key_reaches_the_child_on_its_input_only(tmp_path, caplog) -> None:
    key = "k3y-only-on-stdin-7f1c"
    caplog.set_level(logging.DEBUG)  # the child logs verbosely too: its lines reach ours
    seen: dict[str, bytes] = {}
    with SandboxServer(api_key=key) as server:
        db = Database.open(url_of(tmp_path / "store.sqlite3"))
        pull = PullInChild(child_database_url(db), server.base_url, key)

        def look_at_the_child(_progress) -> None:
            proc = Path(f"/proc/{pull.pid}")
            if "argv" not in seen and proc.exists():
                seen["argv"] = (proc / "cmdline").read_bytes()
                seen["environment"] = (proc / "environ").read_bytes()

        pull.on_progress = look_at_the_child
        try:
            report = pull.run()
        finally:
            db.close()
    assert report.passes_inserted == 2000
    assert key not in " ".join(pull.command)
    if sys.platform.startswith("linux"):
        assert b"pull-worker" in seen["argv"]
        assert key.encode() not in seen["argv"]
        assert key.encode() not in seen["environment"]
    assert pull.stderr_tail  # it did log (httpx's request lines), and never the key
    assert key not in "\n".join(pull.stderr_tail)
    assert "pull child:" in caplog.text
    assert key not in caplog.text


def test_a_child_that_cannot_open_the_store_says_so(sandbox, tmp_path) -> None:
    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"this is no SQLite database, " * 100)
    with pytest.raises(DatabaseError, match="Cannot open the database") as raised:
        PullInChild(url_of(store), sandbox.base_url, "demo").run()
    assert str(store) in str(raised.value)


def test_a_child_that_dies_is_named_with_its_exit_code_and_last_words(tmp_path) -> None:
    dies = [sys.executable, "-c", "import sys; print('cannot go on', file=sys.stderr); "
                                  "sys.exit(3)"]
    pull = PullInChild(url_of(tmp_path / "store.sqlite3"), "http://127.0.0.1:9",
                       "some-key-123", command=dies)
    with pytest.raises(PullChildFailed, match="exit code 3") as raised:
        pull.run()
    assert "cannot go on" in str(raised.value)
    assert "some-key-123" not in str(raised.value)


def test_the_store_in_memory_has_no_url_for_a_child(tmp_path) -> None:
    memory = Database.open("sqlite://")
    on_disk = Database.open(url_of(tmp_path / "store.sqlite3"))
    try:
        assert child_database_url(memory) is None
        assert child_database_url(on_disk) == url_of(tmp_path / "store.sqlite3")
    finally:
        memory.close()
        on_disk.close()


def service(sandbox, db, key: str = "demo") -> SyncService:
    return SyncService(db, lambda: PassEntryClient(sandbox.base_url, key), live=False,
                       pull_in_child=True)


@pytest.mark.slow
def test_the_sync_service_pulls_in_a_child(sandbox, db, caplog) -> None:
    caplog.set_level(logging.INFO)  # the child's log lines show it ran there
    sync = service(sandbox, db)
    sync.start()
    try:
        wait_for(lambda: sync.status.last_sync_at is not None, timeout=120)
        status = sync.status
        assert status.last_sync_error is None
        assert status.connection is Connection.ONLINE
        assert status.last_report is not None
        assert status.last_report.passes_inserted == 2000
        with db.session() as s:
            assert pass_store.count(s) == 2000
        assert "pull child:" in caplog.text
    finally:
        sync.stop()


def test_the_sync_service_names_a_key_the_child_was_refused(sandbox, db) -> None:
    sync = service(sandbox, db, key="not-the-key")
    sync.start()
    try:
        wait_for(lambda: sync.status.connection is Connection.KEY_REFUSED, timeout=120)
        assert "not accepted" in sync.status.connection_detail
    finally:
        sync.stop()


def test_texts_cross_from_the_child_as_texts() -> None:
    # What the child writes is JSON: a Text there comes back here as a Text, to be
    # said in the person's language (the report's not-offered words, an error's message).
    words = translate("sync", "This PassEntry account does not offer {what}").format(
        what=translate("sync", "the events list"))
    report = PullReport(not_offered={"events": words, "old": "plain words"})
    back = pull_process._report(json.loads(json.dumps(pull_worker.report_as_json(report))))
    assert back == report
    assert isinstance(back.not_offered["events"], Text)
    assert isinstance(back.not_offered["events"].args["what"], Text)
    problem = translate("storage", "The disk is full.")
    said = json.loads(json.dumps(pull_worker._error(DatabaseError(problem))))
    rebuilt = pull_process._rebuilt(said)
    assert isinstance(rebuilt, DatabaseError)
    assert isinstance(rebuilt.args[0], Text)
    failed = pull_process._rebuilt(json.loads(json.dumps(pull_worker._error(ValueError(problem)))))
    assert isinstance(failed, PullChildFailed)
    assert isinstance(failed.args[0].args["message"], Text)
