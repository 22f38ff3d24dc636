"""Batches over loopback HTTP against the sandbox (PASSENTRY-API.md §11): a 500-row pass
batch followed to the end, an errors CSV for bad rows, notify many by selection and by
group tag (scheduled, cancelled, sent now), a batch update, and an account without
batches."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from passdesk.api import ApiError, PassEntryClient
from passdesk.api.errors import NotOfferedError
from passdesk.core import bulk_csv
from passdesk.core.payloads import BarcodeInput, PassInput
from passdesk.sandbox.handlers.batches import offer_batches
from passdesk.store.database import Database
from passdesk.sync import batches, bulk_issue
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all

TAG = "batch-500"


def no_wait(_seconds: float) -> None:
    """The sandbox moves a batch on at each look: no need to wait between looks."""


def template_of(sandbox, kind: str = "generic") -> str:
    with sandbox.state.lock:
        return next(t.id for t in sandbox.state.templates.values()
                    if t.attributes["templateType"] == kind)


def sandbox_now(sandbox):
    with sandbox.state.lock:
        return sandbox.state.now()


def rows(template_id: str, n: int, prefix: str = "B") -> list[PassInput]:
    return [PassInput(template_id, {"fullName": f"Guest {i}"}, ext_id=f"{prefix}-{i:04d}",
                      group_tags=[TAG, f"row{i}"],
                      barcode=BarcodeInput(type="qr", source="custom", value=f"Q{prefix}{i}",
                                           display_text=True))
            for i in range(n)]


@pytest.fixture
def api(sandbox):
    with PassEntryClient(sandbox.base_url, "demo") as client:
        yield client


def test_batch_csv_has_the_documented_columns():
    text = bulk_csv.batch_csv(rows("T1", 2))
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == [*bulk_csv.BATCH_COLUMNS, "passfield_fullName"]
    assert table[1] == ["B-0000", f"{TAG},row0", "", "", "", "true", "qr", "custom", "QB0",
                        "true", "Guest 0"]
    with_event = [PassInput("T1", {}, ext_id="x", event_id="ev")]
    assert "event" in bulk_csv.batch_blockers(with_event)


def test_rows_a_batch_cannot_carry_go_one_by_one(api, sandbox):
    with_event = [PassInput(template_of(sandbox), {}, ext_id="x", event_id="ev")]
    path = batches.bulk_path(api, with_event)
    assert not path.offered
    assert "event" in path.words
    assert batches.bulk_path(api, rows(template_of(sandbox), 1)).offered


def test_a_500_row_batch_is_followed_to_the_end_with_500_passes(api, sandbox):
    assert batches.offered(api).offered
    made = batches.create_pass_batch(api, rows(template_of(sandbox), 500), template_of(sandbox),
                                     name="Gala guests")
    assert (made.status, made.type) == ("processing", "passCreation")
    seen: list[tuple[str, str]] = []
    done = batches.follow(api, made, sleep=no_wait,
                          progress=lambda b: seen.append((b.status,
                                                          batches.progress_words(b))))
    assert done.status == "successful"
    assert batches.status_words(done) == "Done"
    assert seen[-1] == ("successful", "500/500")
    # It really moved: at least one look saw it part-way.
    assert any(s == "processing" and w not in ("0/500", "500/500", "") for s, w in seen)
    with sandbox.state.lock:
        made_here = [p for p in sandbox.state.passes.values()
                     if TAG in (p.attributes.get("groupTags") or [])]
        assert len(made_here) == 500
        one = sandbox.state.get_pass("B-0042").attributes
        assert one["passContent"]["fullName"] == "Guest 42"
        assert one["barcode"]["value"] == "QB42"
    results_url, errors_url = batches.csv_links(done)
    assert errors_url is None
    results = list(csv.reader(io.StringIO(batches.download(api, results_url).decode())))
    assert len(results) == 501
    listed = batches.list_batches(api)
    assert listed[0].id == made.id
    assert listed[0].name == "Gala guests"


def test_bad_rows_come_back_in_the_errors_csv(api, sandbox, tmp_path):
    template = template_of(sandbox)
    good = rows(template, 6, prefix="E")
    with sandbox.state.lock:
        taken = next(iter(sandbox.state.passes.values())).attributes["extId"]
    bad = list(good)
    bad[2] = PassInput(template, {"fullName": "Already"}, ext_id=taken)
    bad[4] = PassInput(template, {"fullName": "Twice"}, ext_id="E-0000")
    done = batches.follow(api, batches.create_pass_batch(api, bad, template), sleep=no_wait)
    assert done.status == "successful"  # some passes were made
    _results, errors_url = batches.csv_links(done)
    saved = tmp_path / "errors.csv"
    saved.write_bytes(batches.download(api, errors_url))
    lines = batches.error_lines(saved.read_bytes())
    # Batch CSV line n is row n - 2 (the header is line 1): rows 2 and 4.
    assert [line for line, _why in lines] == [4, 6]
    assert all("taken" in why for _line, why in lines)
    with sandbox.state.lock:
        assert sandbox.state.get_pass("E-0005") is not None


def test_a_lost_answer_finds_the_batch_instead_of_sending_it_twice(api, sandbox):
    template = template_of(sandbox)
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/passes/batch")
    made = batches.create_pass_batch(api, rows(template, 8, prefix="L"), template,
                                     name="Lost answer")
    assert sandbox.faults.snapshot()["drop"] == 0  # the answer was really lost
    assert made.name == "Lost answer"
    done = batches.follow(api, made, sleep=no_wait)
    assert done.status == "successful"
    with sandbox.state.lock:
        assert len(sandbox.state.batches) == 1  # applied once, found, not sent again


def test_download_never_sends_the_key_to_another_host(api):
    with pytest.raises(ApiError, match="https"):
        batches.download(api, "http://files.example.com/errors.csv")


def selection(sandbox, n: int) -> list[str]:
    with sandbox.state.lock:
        return [p.id for p in sandbox.state.ordered_passes()
                if p.attributes["status"] == "active" and not p.nullified][:n]


def test_notify_many_by_selection_scheduled_then_cancelled(api, sandbox):
    entity = sandbox.entity_id
    ids = selection(sandbox, 3)
    now = sandbox_now(sandbox)
    with pytest.raises(ChangeRefused, match="an hour"):
        batches.notify_many(api, entity, "Doors open at 7", batches.Audience(tuple(ids)),
                            at=now + timedelta(minutes=20), clock=lambda: now)
    made = batches.notify_many(api, entity, "Doors open at 7", batches.Audience(tuple(ids)),
                               at=now + timedelta(hours=3), clock=lambda: now,
                               name="Doors")
    assert len(made) == 1
    assert made[0].type == "walletMessaging"
    scheduled = batches.follow(api, made[0], sleep=no_wait)
    assert scheduled.status == "scheduled"
    assert scheduled.total_count == 3
    cancelled = batches.cancel(api, scheduled)
    assert cancelled.status == "cancelled"
    with pytest.raises(ChangeRefused, match="only a scheduled"):
        batches.cancel(api, cancelled)
    # Time passes on the sandbox: a cancelled batch never sends.
    with sandbox.state.lock:
        sandbox.state.clock.start += timedelta(hours=4)
        assert all(sandbox.state.passes[i].attributes.get("latestMessage") != "Doors open at 7"
                   for i in ids)
    assert api.batches.get(made[0].id).status == "cancelled"


def test_a_lost_answer_to_a_message_batch_does_not_message_twice(api, sandbox):
    ids = selection(sandbox, 2)
    now = sandbox_now(sandbox)
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/entities")
    made = batches.notify_many(api, sandbox.entity_id, "Once only", batches.Audience(tuple(ids)),
                               at=now + timedelta(hours=2), clock=lambda: now, name="Once")
    assert sandbox.faults.snapshot()["drop"] == 0
    assert [b.name for b in made] == ["Once"]
    with sandbox.state.lock:
        assert len(sandbox.state.batches) == 1


def test_notify_many_splits_more_than_500_recipients(api, sandbox):
    ids = selection(sandbox, 501)
    if len(ids) < 501:
        pytest.skip("the demo data has fewer than 501 active passes")
    now = sandbox_now(sandbox)
    made = batches.notify_many(api, sandbox.entity_id, "Hello", batches.Audience(tuple(ids)),
                               at=now + timedelta(hours=2), clock=lambda: now, name="Big")
    assert [b.name for b in made] == ["Big (1 of 2)", "Big (2 of 2)"]
    assert [batches.follow(api, b, sleep=no_wait).total_count for b in made] == [500, 1]


def test_notify_many_by_group_tag_sent_now(api, sandbox):
    template = template_of(sandbox)
    batches.follow(api, batches.create_pass_batch(api, rows(template, 4, prefix="G"), template),
                   sleep=no_wait)
    now = sandbox_now(sandbox)
    made = batches.notify_many(api, sandbox.entity_id, "Hi %{fullName}",
                               batches.Audience(group_tag=TAG), clock=lambda: now,
                               sleep=no_wait)
    assert len(made) == 1
    done = batches.follow(api, made[0], sleep=no_wait)
    assert done.status == "successful"
    with sandbox.state.lock:
        assert sandbox.state.get_pass("G-0002").attributes["latestMessage"] == "Hi Guest 2"
    scheduled_for = batches.scheduled_at(made[0])
    assert scheduled_for is not None
    assert scheduled_for > now + timedelta(hours=1)


def test_update_batch_changes_passes_at_its_time(api, sandbox):
    template = template_of(sandbox)
    batches.follow(api, batches.create_pass_batch(api, rows(template, 3, prefix="U"), template),
                   sleep=no_wait)
    with pytest.raises(ChangeRefused, match="pass_id"):
        batches.update_from_csv(api, b"ext_id\nU-0000\n", template, at=sandbox_now(sandbox))
    data = (b"pass_id,passfield_fullName,pass_action\n"
            b"U-0000,Renamed,\nU-0001,,deactivate\nNOPE-1,,\n")
    made = batches.update_from_csv(api, data, template, at=sandbox_now(sandbox),
                                   name="Fix names")
    assert made.type == "passUpdate"
    assert made.scheduled_at
    seen: list[tuple[str, str]] = []
    done = batches.follow(api, made, sleep=no_wait,
                          until=lambda b: b.status in batches.FINISHED,
                          progress=lambda b: seen.append((b.status,
                                                          batches.progress_words(b))))
    assert done.status == "completedWithErrors"
    assert [s for s, _ in seen][:2] == ["validating", "scheduled"]
    assert ("processing", "2/3") in seen  # runs over several looks, progress shown
    with sandbox.state.lock:
        assert sandbox.state.get_pass("U-0000").attributes["passContent"]["fullName"] == (
            "Renamed")
        assert sandbox.state.get_pass("U-0001").attributes["status"] == "deactivated"
    _results, errors_url = batches.csv_links(done)
    assert [line for line, _ in batches.error_lines(batches.download(api, errors_url))] == [4]


def test_without_batches_bulk_issue_falls_back_to_one_pass_at_a_time(api, sandbox, tmp_path):
    offer_batches(sandbox.state, False)
    offer = batches.offered(api)
    assert not offer.offered
    assert "does not offer batches" in offer.words
    new = rows(template_of(sandbox), 5, prefix="F")
    path = batches.bulk_path(api, new)
    assert not path.offered
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        PullSync(api, db).run(reconcile=False)
        clock = FakeClock()
        assert bulk_issue.issue_many(db, rows=new, clock=clock).queued == 5
        drain_all(Pusher(api, db, clock=clock), clock, db)
    finally:
        db.close()
    with sandbox.state.lock:
        assert sandbox.state.get_pass("F-0004") is not None
        assert not sandbox.state.batches
    with pytest.raises(NotOfferedError, match="does not offer batches"):
        batches.create_pass_batch(api, rows(template_of(sandbox), 2), template_of(sandbox))


def test_strict_sandbox_offers_batches(strict):
    with PassEntryClient(strict.base_url, "demo") as client:
        assert batches.offered(client).offered
