"""One door step behind every face: the same values through the Door, the hub
(``/validate`` over loopback HTTP, and its ``Validator``) and the Till's scan
(the real pane, on the door step's finder) get the same decisions, in the same
words (a value none can read: ``core.admission.unreadable_words``), and the Door
and the hub leave the same scan records.

Each face works on its own copy of one store synced from the sandbox, and all
of them read one clock, so "Already admitted at 19:42" reads the same
everywhere. The values are normal (a ticket by barcode, by download link, by
a VTAP's NFC read, by the pass's own NFC value) and hostile (unknown, control
characters, NUL, 10 KB long, only spaces, a lone surrogate, SQL), and the pass's
state varies (nullified, deactivated, removed, another event's, already
admitted, back in after an exit).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.core.admission import Direction, DoorConfig, Outcome, Reason
from passdesk.core.payloads import PassInput
from passdesk.core.payloads.passes import NfcInput
from passdesk.gui.till.pane import TillPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.hub.config import HubConfig
from passdesk.hub.server import HubServer
from passdesk.hub.validate import Validator, parse_request
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, Scan
from passdesk.sync import passes
from passdesk.sync.pull import PullSync

TOKEN = "one-door-step-token"
NFC_VALUE = "NFC-TAG-0042"
DESK = "gate"


class SetClock:
    """The time every face reads; the test moves it between scans."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass(frozen=True)
class Cast:
    """The passes the values name, from the synced store."""

    event: str
    tickets: list[Pass]  # active tickets of the running event, each used once
    nullified: Pass
    deactivated: Pass
    removed: Pass
    other_event: Pass
    nfc: Pass


@pytest.fixture(scope="module")
def synced(tmp_path_factory) -> tuple[Path, Cast]:
    """A store synced from its own sandbox (with one pass issued with an NFC value),
    one of its tickets nullified here, as the Passes pane does."""
    from passdesk.sandbox import SandboxServer

    path = tmp_path_factory.mktemp("one-door-step") / "synced.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    sandbox = SandboxServer()
    sandbox.start()
    try:
        with PassEntryClient(sandbox.base_url, "demo") as client:
            PullSync(client, db).run(reconcile=False)
            now = datetime.now(UTC)
            with db.session() as s:
                event = next(e for e in s.scalars(select(Event))
                             if e.start_time <= now <= e.end_time)
                template = s.scalars(select(Pass.template_id)
                                     .where(Pass.event_id == event.id)).first()
            issued = client.passes.create(PassInput(
                template, {"fullName": "Nina Nfc"},
                nfc=NfcInput(source="custom", custom_value=NFC_VALUE)))
            PullSync(client, db).run(reconcile=False)
    finally:
        sandbox.stop()
    with db.session() as s:
        def some(*where, count: int = 1) -> list[Pass]:
            found = s.scalars(select(Pass).where(*where).order_by(Pass.id).limit(count)).all()
            assert len(found) == count
            return list(found)

        mine = Pass.event_id == event.id
        tickets = some(mine, Pass.status == "active", Pass.barcode_value.is_not(None),
                       Pass.ext_id.is_not(None), count=6)
        cast = Cast(event.id, tickets[:5], nullified=tickets[5],
                    deactivated=some(mine, Pass.status == "deactivated")[0],
                    removed=some(mine, Pass.status == "removed")[0],
                    other_event=some(Pass.event_id.is_not(None), Pass.event_id != event.id,
                                     Pass.status == "active",
                                     Pass.barcode_value.is_not(None))[0],
                    nfc=s.get(Pass, issued.id))
        s.expunge_all()
    assert cast.nfc.nfc_value == NFC_VALUE
    passes.nullify_pass(db, pass_id=cast.nullified.id)
    db.close()
    return path, cast


def copy_of(synced_path: Path, tmp_path: Path, name: str) -> Database:
    copy = tmp_path / f"{name}.sqlite3"
    copy.write_bytes(synced_path.read_bytes())
    return Database.open(f"sqlite:///{copy}")


@dataclass(frozen=True)
class Said:
    """A face's decision and its words."""

    success: bool  # admitted (or checked out): green
    reason: str  # the reason's word, e.g. "already admitted"
    message: str  # what the door person (or the reader's screen) reads


@dataclass
class Faces:
    clock: SetClock
    config: DoorConfig
    stores: dict[str, Database]
    door: Door
    http: httpx.Client
    validator: Validator

    def door_says(self, value: str) -> Said:
        result = self.door.scan(ScanRead(value, source="wedge", kind=ScanKind.BARCODE))
        verdict = result.verdict
        return Said(verdict.lets_in or verdict.outcome is Outcome.EXIT, str(verdict.reason),
                    verdict.message)

    def hub_says(self, value: str) -> Said:
        body = {"scan": {"scanValue": value, "readerId": "gate-reader"}}
        # json.dumps escapes what UTF-8 cannot carry (a lone surrogate), as JSON allows.
        response = self.http.post("/validate", content=json.dumps(body),
                                  headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200, response.text
        return _said(response.json())

    def validator_says(self, value: str) -> Said:
        return _said(self.validator.validate(parse_request(
            {"scan": {"scanValue": value, "readerId": "gate-reader"}})))

    def all_say(self, value: str) -> dict[str, Said]:
        return {"door": self.door_says(value), "hub": self.hub_says(value),
                "validator": self.validator_says(value)}

    def check_out(self, pass_id: str) -> None:
        """An exit desk checks the pass out, in every face's store."""
        for db in self.stores.values():
            exit_door = Door(db, replace(self.config, desk="exit", direction=Direction.EXIT),
                             clock=self.clock)
            assert exit_door.scan(pass_id).verdict.outcome is Outcome.EXIT
            exit_door.close()

    def records(self, name: str) -> list[tuple]:
        """What each scan record of the gate says, in order (not how it came in)."""
        with self.stores[name].session() as s:
            return [(r.scanned_at, r.raw_value, r.verdict, r.reason, r.detail, r.pass_id,
                     r.event_id) for r in s.scalars(
                select(Scan).where(Scan.desk == DESK).order_by(Scan.scanned_at))]


def _said(body: dict) -> Said:
    answer = body["validationResponse"]
    return Said(answer["status"] == "success", answer["statusDetail"],
                answer["readerInstructions"]["message"])


@pytest.fixture
def faces(synced, tmp_path) -> Iterator[Faces]:
    path, cast = synced
    clock = SetClock(datetime.now(UTC).replace(microsecond=0))
    config = DoorConfig(desk=DESK, event_id=cast.event, allow_reentry=True)
    stores = {name: copy_of(path, tmp_path, name) for name in ("door", "hub", "validator")}
    door = Door(stores["door"], config, clock=clock)
    hub = HubServer(stores["hub"], HubConfig(token=TOKEN, door=config), clock=clock)
    hub.start()
    validator = Validator(stores["validator"], config, clock=clock)
    try:
        with httpx.Client(base_url=hub.url, timeout=10) as http:
            yield Faces(clock, config, stores, door, http, validator)
    finally:
        validator.close()
        hub.stop()
        door.close()
        for db in stores.values():
            db.close()


def steps(cast: Cast) -> list[tuple[str, str, Reason]]:
    """(what, the value scanned, the reason every face must give), in order."""
    first, second, by_link, by_vtap, wrapped = cast.tickets
    return [
        ("a valid ticket", first.barcode_value, Reason.ADMITTED),
        ("an unknown value", "NO-SUCH-TICKET-4711", Reason.UNKNOWN_PASS),
        ("control characters only", "\x1d\x1e\x04\x07\x1b", Reason.UNREADABLE),
        ("a code between control characters", f"\x02{wrapped.barcode_value}\r\n",
         Reason.ADMITTED),
        ("10 KB", "7" * 10_240, Reason.UNREADABLE),
        ("only spaces", "     ", Reason.UNREADABLE),
        ("a lone surrogate", "\ud800", Reason.UNREADABLE),
        ("NUL and a few letters", "\x00abc", Reason.UNREADABLE),
        ("SQL", "'; DROP TABLE passes; --", Reason.UNKNOWN_PASS),
        ("a download URL",
         f"https://download.passentry.com/download?pass={by_link.id}", Reason.ADMITTED),
        ("a VTAP's NFC read", f"NFC:{by_vtap.id.upper()}", Reason.ADMITTED),
        ("the pass's own NFC value", NFC_VALUE, Reason.WRONG_EVENT),  # issued, no event
        ("a nullified pass", cast.nullified.barcode_value, Reason.NULLIFIED),
        ("a deactivated pass", cast.deactivated.id, Reason.DEACTIVATED),
        ("a pass removed from the wallet", cast.removed.id, Reason.REMOVED_FROM_WALLET),
        ("a pass for another event", cast.other_event.barcode_value, Reason.WRONG_EVENT),
        ("already admitted", first.ext_id, Reason.ALREADY_ADMITTED),
        ("a second ticket", second.id, Reason.ADMITTED),
        ("CHECK OUT", first.id, Reason.EXITED),
        ("re-entry after checking out", first.barcode_value, Reason.READMITTED),
    ]


def test_the_door_and_the_hub_decide_alike_in_the_same_words(synced, faces) -> None:
    _path, cast = synced
    seen = []
    for n, (what, value, reason) in enumerate(steps(cast)):
        faces.clock.at += timedelta(seconds=5)  # each scan after the one before
        if what == "CHECK OUT":
            faces.check_out(value)
            continue
        said = faces.all_say(value)
        assert said["door"].reason == str(reason), (n, what, said)
        assert said["hub"] == said["door"], (n, what)
        assert said["validator"] == said["door"], (n, what)
        seen.append(said["door"])
    assert any(s.message.startswith("Already admitted at ") for s in seen)
    assert {s.message for s in seen} >= {"Welcome", "Welcome back",
                                         "Cancelled: this pass was nullified",
                                         "Unknown pass: not a ticket for this venue"}
    # The same scan records: one place builds them, whichever face asked.
    door_records = faces.records("door")
    assert len(door_records) == len(seen)
    assert faces.records("hub") == door_records
    assert faces.records("validator") == door_records


@pytest.fixture
def till(qtbot, faces, tmp_path, monkeypatch) -> Iterator[TillPane]:
    """The Till pane as the app builds it, on the door's store (a scan only looks up)."""
    monkeypatch.setenv("PASSDESK_MUTE", "1")
    tasks, bridge = TaskRunner(max_threads=1), SyncBridge()
    pane = TillPane(database=faces.stores["door"], bridge=bridge, store_tasks=tasks,
                    settings=SettingsStore(tmp_path / "settings.json"))
    qtbot.addWidget(pane)
    yield pane
    tasks.shutdown()


def test_the_till_finds_what_the_door_finds_and_says_what_the_door_says(
        synced, faces, till) -> None:
    """The Till's scan goes through the door step's finder: the same pass for every
    value the Door reads, and for one it cannot read, the Door's and the hub's words."""
    _path, cast = synced
    unreadable = set()
    for what, value, _reason in steps(cast):
        if what == "CHECK OUT":
            continue
        customer = till.scan(ScanRead(value, source="wedge", kind=ScanKind.BARCODE))
        till_says = till.form.resultLabel.text()
        result = faces.door.scan(ScanRead(value, source="wedge", kind=ScanKind.BARCODE))
        if result.verdict.reason is Reason.UNREADABLE:
            assert customer is None, what
            assert till_says == result.verdict.message == faces.hub_says(value).message, what
            unreadable.add(till_says)
        else:
            assert (customer.id if customer else None) == \
                (result.facts.id if result.facts else None), what
            assert not till_says.startswith("Could not read"), what
    # Every kind of unreadable value was asked: empty, too long, control characters.
    assert unreadable == {"Could not read the code: nothing was read",
                          "Could not read the code: 10,240 characters is not a pass code",
                          "Could not read the code: mostly control characters, "
                          "not a pass code"}
    assert till.scan(NFC_VALUE).id == cast.nfc.id
    assert till.scan("NO-SUCH-CARD-42") is None
    assert till.form.resultLabel.text() == ("No pass 'NO-SUCH-CARD-42' in the local store. "
                                            "If it is new, wait for the next sync.")
