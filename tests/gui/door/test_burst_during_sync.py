"""A scanner burst at the Door while the first sync is still writing passes: typed
through the real event path (key events with timestamps, through the wedge), its
verdict is the one the store's facts give, and it is on the panel (issue 22, part 3).
How quickly is measured by tests/benchmarks/bench_scan.py --while-pulling."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from passdesk.core.admission import Reason
from passdesk.gui.door.history_model import WORDS
from passdesk.store import write_turns
from passdesk.store.schema import Pass, Scan
from tests.gui.helpers import configure
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def stored_barcodes(services, limit: int) -> list[str]:
    with services.database.session() as session:
        return list(session.scalars(select(Pass.barcode_value)
                                    .where(Pass.barcode_value.is_not(None))
                                    .order_by(Pass.id).limit(limit)))


def test_bursts_during_the_first_sync_show_their_verdicts(
        qtbot, sandbox, make_services, open_window, monkeypatch) -> None:
    sandbox.faults.set(latency=0.1)  # the first sync takes a while: pages keep coming
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services, start_pane="door")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    door = window.pane("door")
    bridge = services.bridge
    # Passes are being written: the sync is in its passes phase with some stored.
    qtbot.waitUntil(lambda: bridge.status.syncing and bridge.status.progress is not None
                    and bridge.status.progress.phase.startswith("passes")
                    and len(stored_barcodes(services, 3)) == 3, timeout=60_000)
    expected: list[str] = []  # each burst tells the pull a scan is coming
    expects = write_turns.door_expects_scan
    monkeypatch.setattr(write_turns, "door_expects_scan",
                        lambda *a: (expected.append("coming"), expects(*a))[1])
    typist = Typist()
    values = [*stored_barcodes(services, 3), "TKT-NOT-A-PASS-42"]
    for value in values:
        typist.pause(1_000)
        typist.scan(value, target=door.form.verdictFrame)
        result = door.last_result
        assert result is not None
        assert result.value == value
        assert not write_turns._doors_before_writers()  # recorded: the pull goes on
        # What the panel shows is this verdict; a ticket not found (or a pass with no
        # event yet) says NOT LOADED while the first sync runs: check it by hand.
        not_loaded = result.verdict.reason is Reason.UNKNOWN_PASS or (
            result.verdict.reason is Reason.WRONG_EVENT and result.facts.event_id is None)
        shown = ("unsure", "NOT LOADED") if not_loaded else (
            result.verdict.outcome.value, WORDS[result.verdict.outcome])
        assert (door.form.verdictFrame.property("outcome"),
                door.form.verdictWord.text()) == shown
        # And the verdict is the store's: the pass it found, the scan it recorded.
        with services.database.session() as session:
            scan = session.get(Scan, result.scan_id)
            assert scan is not None
            assert scan.raw_value == value
            found = session.scalar(select(Pass.id).where(Pass.barcode_value == value))
        assert (result.facts.id if result.facts else None) == found
        assert scan.verdict == result.verdict.outcome.value
    assert expected == ["coming"] * len(values)
    assert door.last_result.verdict.reason is Reason.UNKNOWN_PASS  # the unknown ticket
    assert door.form.verdictWord.text() == "NOT LOADED"
    assert bridge.status.syncing  # all of that while the sync was still writing
