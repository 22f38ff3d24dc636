"""Discarding a change in the Sync pane is a supervisor's (issue 23): a door-staff
desk asks for a supervisor's PIN once the discard is confirmed, and each change
discarded is an entry of the audit trail; with roles off nothing is asked."""

from __future__ import annotations

import pytest

from passdesk.core.roles import Role
from passdesk.gui.gate import STEP_UP
from passdesk.gui.sync.pane import SyncPane
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access
from tests.gui.helpers import SYNC_WAIT_MS, click, configure, open_pane, wait_until_synced
from tests.gui.roles import Answer, trail
from tests.gui.sync.test_pane import (
    QUICK_CHECKS,
    Desk,
    click_row,
    confirm_discard_dialog,
    refuse_a_change,
)


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services(idle_check_every=QUICK_CHECKS)
    window = open_window(services)
    pane = open_pane(qtbot, window, "Sync")
    assert isinstance(pane, SyncPane)
    return Desk(window, services, pane)



def test_a_door_staff_desk_discards_with_a_supervisors_pin(qtbot, sandbox, desk,
                                                           step_ups) -> None:
    desk.services.gate.set_desk(DeskAccess(role=Role.DOOR_STAFF, role_chosen=True))
    with desk.services.database.session() as session:
        access.add_person(session, "Mia", Role.MANAGER, "2468")
        access.add_person(session, "Sam", Role.SUPERVISOR, "1357")
    wait_until_synced(qtbot, desk.services)
    card, start = refuse_a_change(qtbot, sandbox, desk)
    form = desk.form
    change = f"Loyalty -{start + 50:,} points"

    # Confirmed, then the PIN is asked; Cancel keeps the change.
    click_row(qtbot, desk, 0)
    confirm_discard_dialog(qtbot, {})
    click(qtbot, form.discardButton)
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["what"] == (f"Discard a change under review: Discard “{change}” "
                                        f"for pass {card}")
    assert step_ups.seen[0]["people"] == ["Sam (Supervisor)", "Mia (Manager)"]
    assert form.detailLabel.text() == "Not discarded: a supervisor's PIN was not given."
    assert desk.services.store_tasks.wait_for_done(30_000)
    assert [r["State"] for r in desk.rows()] == ["Refused"]
    assert trail(desk.services) == []

    # Sam's PIN: discarded, and the trail says who allowed it.
    step_ups.answers.append(Answer(who="Sam (Supervisor)", pins=("1357",)))
    click_row(qtbot, desk, 0)
    confirm_discard_dialog(qtbot, {})
    click(qtbot, form.discardButton)
    qtbot.waitUntil(lambda: desk.rows() == [], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: len(trail(desk.services)) == 2)
    assert trail(desk.services) == [
        (STEP_UP, "review.discard", "Sam", None, {"role": "supervisor"}),
        ("review.discard", card, "Sam", change, "discarded"),
    ]


def test_with_roles_off_discard_asks_no_pin(qtbot, sandbox, desk, step_ups) -> None:
    desk.services.gate.set_desk(DeskAccess(role=Role.DOOR_STAFF, role_chosen=True))
    wait_until_synced(qtbot, desk.services)
    refuse_a_change(qtbot, sandbox, desk)
    click_row(qtbot, desk, 0)
    confirm_discard_dialog(qtbot, {})
    click(qtbot, desk.form.discardButton)
    qtbot.waitUntil(lambda: desk.rows() == [], timeout=SYNC_WAIT_MS)
    assert step_ups.seen == []
    assert trail(desk.services) == []
