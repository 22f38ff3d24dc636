"""Holds for special tickets, on the door engine over a real database (SQLite and
PostgreSQL): each kind of rule holds, a held guest is not inside until let in,
the scan log keeps who decided and what, a hold is decided once, letting in
asks the rules again, and the hub (no person to ask) answers "failed" with the
hold's reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from passdesk.core.admission import DoorConfig, Outcome, Reason
from passdesk.core.holds import Decision, HoldKind, HoldRule
from passdesk.hub.config import HubConfig
from passdesk.hub.server import HubServer
from passdesk.scan.door import Door
from passdesk.store.database import Database
from passdesk.store.held_scans import waiting_holds
from passdesk.store.schema import OutboxRow, Pass, Scan

TOKEN = "holds-hub-token"
NOW = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
ID_CHECK = HoldRule(HoldKind.TEMPLATE, "tpl-18", reason="Check photo ID")
STUDENT = HoldRule(HoldKind.FIELD, "ticketType", "Student", "Check student card")
FLAGGED = HoldRule(HoldKind.FLAG, "attention", reason="Ask the manager")


def _pass(pid: str, template: str, content: dict | None = None,
          tags: list[str] | None = None) -> Pass:
    return Pass(id=pid, barcode_value=f"BC-{pid}", status="active", pass_type="eventTicket",
                template_id=template, template_name=template, display_name=f"Guest {pid}",
                group_tags=tags, attributes={"passContent": content or {}})


@pytest.fixture
def db(db_url: str) -> Database:
    database = Database.open(db_url)
    with database.session() as s:
        s.add_all([
            _pass("adult", "tpl-18"),
            _pass("student", "tpl-std", {"ticketType": {"value": " student "}}),
            _pass("flagged", "tpl-std", tags=["VIP", "Attention"]),
            _pass("plain", "tpl-std", {"ticketType": "Adult"}, ["VIP"]),
        ])
    yield database
    database.close()


def door_for(db: Database, **config) -> Door:
    return Door(db, DoorConfig(desk="north", holds=(ID_CHECK, STUDENT, FLAGGED), **config),
                clock=lambda: NOW, log_as="reader-1")


def test_each_kind_of_rule_holds_and_others_pass(db) -> None:
    door = door_for(db)
    try:
        said = {pid: door.scan(f"BC-{pid}").verdict for pid in
                ("adult", "student", "flagged", "plain")}
    finally:
        door.close()
    assert {k: (v.outcome, v.message) for k, v in said.items()} == {
        "adult": (Outcome.HOLD, "Check photo ID"),
        "student": (Outcome.HOLD, "Check student card"),
        "flagged": (Outcome.HOLD, "Ask the manager"),
        "plain": (Outcome.ADMIT, "Welcome")}
    assert not said["adult"].lets_in
    with db.session() as s:
        assert [h.holder for h in waiting_holds(s, "north")] == [
            "Guest adult", "Guest student", "Guest flagged"]
        # A hold is logged in PassEntry once decided: only the admission is queued now.
        assert s.scalar(select(OutboxRow.payload["scanValue"].as_string())) == "BC-plain"


def test_a_hold_is_not_inside_until_let_in_and_the_log_says_who(db) -> None:
    door = door_for(db)
    try:
        held = door.scan("BC-adult")
        assert door.counters().inside == 0
        assert door.counters().admitted == 0
        result = door.decide_hold(held.scan_id, Decision.CONFIRMED)
        assert result is not None
        assert (result.verdict.outcome, result.verdict.message) == (
            Outcome.ADMIT, "Let in after the check: Check photo ID")
        assert door.counters().inside == 1
        assert door.decide_hold(held.scan_id, Decision.REFUSED) is None  # decided once
        # The pass is in now: a second scan is "already admitted", not another hold.
        again = door.scan("BC-adult")
        assert again.verdict.reason is Reason.ALREADY_ADMITTED
    finally:
        door.close()
    with db.session() as s:
        row = s.get(Scan, held.scan_id)
        assert (row.verdict, row.reason, row.decision, row.decided_by) == (
            "admit", "held", "confirmed", "north")
        assert row.detail == "Check photo ID · let in by north"
        assert row.decided_at == NOW
        logged = s.scalars(select(OutboxRow.payload)).all()
        assert [(p["scanValue"], p["status"]) for p in logged] == [
            ("BC-adult", "successful"), ("BC-adult", "failed")]
        assert waiting_holds(s, "north") == []


def test_a_refused_hold_is_denied_and_logged_by_the_desk(db) -> None:
    door = door_for(db)
    try:
        held = door.scan("BC-student")
        result = door.decide_hold(held.scan_id, Decision.REFUSED)
        assert (result.verdict.outcome, result.verdict.message) == (
            Outcome.DENY, "Turned away: Check student card")
        counts = door.counters()
        assert (counts.admitted, counts.denied, counts.inside) == (0, 1, 0)
        # Turned away is no admission: the next scan is held again.
        assert door.scan("BC-student").verdict.outcome is Outcome.HOLD
    finally:
        door.close()
    with db.session() as s:
        row = s.get(Scan, held.scan_id)
        assert (row.verdict, row.reason, row.decision, row.decided_by, row.detail) == (
            "deny", "held", "refused", "north", "Check student card · turned away by north")
        assert s.scalars(select(OutboxRow.payload["status"].as_string())).all() == ["failed"]


def test_letting_in_asks_the_rules_again(db) -> None:
    """A held guest whose pass another door let in meanwhile is still denied."""
    door, other = door_for(db), Door(db, DoorConfig(desk="south"), clock=lambda: NOW)
    try:
        held = door.scan("BC-flagged")
        assert other.scan("BC-flagged").verdict.outcome is Outcome.ADMIT
        result = door.decide_hold(held.scan_id, Decision.CONFIRMED)
        assert result.verdict.reason is Reason.ALREADY_ADMITTED
        assert door.counters().inside == 1
    finally:
        door.close()
        other.close()
    with db.session() as s:
        row = s.get(Scan, held.scan_id)
        assert (row.verdict, row.reason, row.decision) == ("deny", "already admitted",
                                                           "confirmed")


def test_the_hub_answers_failed_with_the_hold_reason(db) -> None:
    """A reader cannot ask Enter or Esc: the hub (over loopback HTTP, given the desk's
    hold rules as is) answers "failed" with the hold's reason, so the guest goes to
    staff who check by hand; the scan is logged denied, with no hold left waiting."""
    config = DoorConfig(desk="hub", holds=(ID_CHECK, STUDENT, FLAGGED))
    hub = HubServer(db, HubConfig(token=TOKEN, door=config), clock=lambda: NOW)
    hub.start()
    try:
        with httpx.Client(base_url=hub.url, timeout=10) as http:
            said = {value: http.post(
                "/validate", headers={"Authorization": f"Bearer {TOKEN}"},
                json={"scan": {"scanValue": value, "readerId": "r1", "scanType": "qr"}},
            ).json()["validationResponse"] for value in ("BC-adult", "BC-plain")}
    finally:
        hub.stop()
    held, plain = said["BC-adult"], said["BC-plain"]
    assert (held["status"], held["statusDetail"]) == ("failed", "held")
    assert held["readerInstructions"]["message"] == (
        "Check photo ID: ask staff to check this ticket")
    assert plain["status"] == "success"
    with db.session() as s:
        assert s.scalars(select(Scan.verdict).order_by(Scan.raw_value)).all() == [
            "deny", "admit"]
        assert waiting_holds(s, "hub") == []


def test_the_hub_command_takes_the_desks_hold_rules() -> None:
    """``passdesk hub`` on its own reads the Door settings' holds (the app's hub is given
    them by ``gui/hub_control.py``); a settings file it cannot read gives none."""
    from passdesk.hub.standalone import _desk_holds
    from passdesk.settings import SettingsStore
    from passdesk.settings.door import DoorSetup, setup_to_json

    assert _desk_holds() == ()
    setup = DoorSetup(DoorConfig(holds=(ID_CHECK, FLAGGED)))
    SettingsStore().update(lambda s: setattr(s, "door", setup_to_json(setup)))
    assert _desk_holds() == (ID_CHECK, FLAGGED)


def test_undo_takes_back_the_hold_let_in_last(db) -> None:
    """A hold let in after a later guest's admission is the last admission to undo."""
    times = iter([NOW, NOW + timedelta(seconds=5), NOW + timedelta(seconds=9),
                  NOW + timedelta(seconds=12)])
    door = Door(db, DoorConfig(desk="north", holds=(ID_CHECK,)), clock=lambda: next(times))
    try:
        held = door.scan("BC-adult")
        door.scan("BC-plain")
        door.decide_hold(held.scan_id, Decision.CONFIRMED)
        undone = door.undo_last_admission()
    finally:
        door.close()
    assert undone.scan_id == held.scan_id
