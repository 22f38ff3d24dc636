"""The Door counts the scans PassEntry's own readers made (issue 19, item 2).

A person at PassEntry's South Gate Reader lets a ticket in (the sandbox's
``POST /scans``, internal validation). The desk syncs (Sync -> Sync now): the
Door's counters show the admission and the guest inside. The same ticket
scanned at the Door (a scanner burst through the keyboard wedge) is DENIED as
already inside, in words naming the reader and the time; the counters follow.
The verdict is saved as PNGs at 1024x768 and 1366x768 to be looked at.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from passdesk.store import admissions
from passdesk.store.schema import Event, Pass, Scan
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    distinct_colours,
    open_pane,
    open_synced_door,
    save_shot,
)
from tests.gui.scanning.test_wedge import Typist

READER, READER_NAME = "south-gate-1", "South Gate Reader"


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def tonights_ticket(database) -> tuple[str, str, str]:
    """(pass id, barcode, holder) of an active ticket for the event on now."""
    now = datetime.now(UTC)
    with database.session() as session:
        for row in session.execute(
                select(Pass.id, Pass.barcode_value, Pass.display_name, Event.start_time,
                       Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.display_name.is_not(None),
                       Pass.barcode_value.is_not(None)).order_by(Pass.id)):
            if row.start_time.replace(tzinfo=UTC) <= now < row.end_time.replace(tzinfo=UTC):
                return row.id, row.barcode_value, row.display_name
    raise AssertionError("no active demo ticket for an event on now")


def scanned_at_the_south_gate(sandbox, pass_id: str) -> dict:
    """PassEntry's reader checks the pass itself (internal validation)."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10,
                      headers={"Authorization": f"Bearer {sandbox.api_key}"}) as client:
        answer = client.post("/scans", json={"scan": {
            "readerId": READER, "passId": pass_id, "scanType": "barcode"}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["validationResponse"]["status"] == "successful"
    return answer.json()["scanInfo"]


def test_a_ticket_a_passentry_reader_let_in_is_denied_at_the_door(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    form, bridge = pane.form, services.bridge

    def counters() -> tuple[str, str, str]:
        return form.admittedCount.text(), form.deniedCount.text(), form.insideCount.text()

    pass_id, barcode, name = tonights_ticket(services.database)
    assert counters() == ("0", "0", "0")
    info = scanned_at_the_south_gate(sandbox, pass_id)

    # The desk syncs, as a person asks it to: Sync, then Sync now.
    sync_pane = open_pane(qtbot, window, "Sync")
    first = bridge.status.last_sync_at
    click(qtbot, sync_pane.form.syncNowButton)
    qtbot.waitUntil(lambda: bridge.status.last_sync_at != first and not bridge.status.syncing,
                    timeout=SYNC_WAIT_MS)
    assert open_pane(qtbot, window, "Door") is pane
    qtbot.waitUntil(lambda: counters() == ("1", "0", "1"))

    # The same ticket at the Door: a scanner burst with the door screen focused.
    form.verdictFrame.setFocus()
    typist = Typist()
    typist.pause(1_000)
    typist.scan(barcode, target=form.verdictFrame)

    word, shown, message = pane.verdict_text
    assert (word, shown) == ("DENY", name)
    assert form.verdictFrame.property("outcome") == "deny"
    with services.database.session() as session:
        facts = admissions.facts_of(session, pass_id)
        rows = session.scalars(select(Scan).where(Scan.pass_id == pass_id)
                               .order_by(Scan.scanned_at)).all()
        logged = [(r.source, r.verdict, r.desk) for r in rows]
    when = facts.event.local(datetime.fromisoformat(info["scannedAt"].replace("Z", "+00:00")))
    who = READER_NAME if not sandbox.strict else f"PassEntry reader {READER}"
    assert message.startswith(f"Already admitted by {who} at {when:%H:%M}")
    assert counters() == ("1", "1", "1")
    assert logged == [("passentry", "admit", f"passentry:{READER}"),
                      ("wedge", "deny", pane.door.config.desk)]

    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        assert pane.verdict_text == (word, shown, message)  # still on screen
        shot = save_shot(window, tmp_path, f"door-passentry-deny-{size[0]}x{size[1]}.png")
        assert distinct_colours(shot) > 5
        # The whole message fits the verdict panel at this size (wrapped, not clipped).
        label = form.verdictMessage
        needed = (label.heightForWidth(label.width()) if label.wordWrap()
                  else label.sizeHint().height())
        assert label.fontMetrics().horizontalAdvance(message) <= label.width() \
            or label.wordWrap()
        assert needed <= label.height()
