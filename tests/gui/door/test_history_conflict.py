"""The Door's history flags an offline conflict (issue 24, item 2).

A ticket is admitted here by a scanner burst. Another desk that could not see
this one while the network was down admitted the same ticket earlier; its scan
reaches the shared database late. This Door's history row of the admission
then says so, in the amber of "look twice", with a tooltip saying where to look.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from passdesk.gui.door.history_model import CONFLICT_WORD, Column
from passdesk.store import scans
from passdesk.store.schema import Scan
from tests.gui.door.test_passentry_scans import tonights_ticket
from tests.gui.helpers import open_synced_door
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def test_an_admission_another_desk_also_made_offline_is_flagged(
        qtbot, sandbox, make_services, open_window) -> None:
    _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    pass_id, barcode, _name = tonights_ticket(services.database)
    pane.form.verdictFrame.setFocus()
    Typist().scan(barcode, target=pane.form.verdictFrame)
    assert pane.verdict_text[0] == "ADMIT"
    model = pane.recent

    def reason() -> str:
        return model.index(0, Column.REASON).data()

    qtbot.waitUntil(lambda: model.rowCount() >= 1)
    assert CONFLICT_WORD not in reason()

    # The other desk's admission, made during the split, written now.
    with services.database.session() as session:
        mine = session.scalars(select(Scan).where(Scan.pass_id == pass_id)).one()
        scans.record_scan(
            session, scanned_at=mine.scanned_at - timedelta(minutes=3), raw_value=barcode,
            source="wedge", pass_id=pass_id, event_id=mine.event_id, desk="Door 2",
            verdict="admit", reason="admitted")
    qtbot.waitUntil(lambda: CONFLICT_WORD in reason(), timeout=10_000)
    tip = model.index(0, Column.REASON).data(Qt.ItemDataRole.ToolTipRole)
    assert "Insights" in tip
