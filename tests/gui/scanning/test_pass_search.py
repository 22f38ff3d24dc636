"""Looking a pass up by the number printed on it (M4), as the QA report's repro does:
at the Door (Ctrl+F, then typing), at the Till (typing, then Enter) and in the Passes
pane, on the real sandbox after the first sync. The ticket and the card carry the
report's numbers (set in the sandbox before the sync, so the sync brings them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passdesk.gui.main_window import MainWindow
from passdesk.gui.passes.model import Column
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.scanning.pass_search import DETAIL_ROLE, STATUS_ROLE
from passdesk.gui.services import Services
from passdesk.gui.till.pane import TillPane
from passdesk.sandbox.demo_ids import STORE_CARD, TICKET
from tests.gui.helpers import SYNC_WAIT_MS, open_pane, open_synced_door, retype, save_shot
from tests.gui.scanning.test_wedge import PERSON_MS, Typist

TICKET_NUMBER = "TKT-25VUM-KBIRK"
CARD_NUMBER = "CARD-KQ5Z2-6YFBF"
SHOTS = Path("/tmp/h5")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class Demo:
    window: MainWindow
    services: Services
    typist: Typist
    #: (pass id, holder, event name, seat) of the ticket; (pass id, holder) of the card.
    ticket: tuple[str, str, str, str]
    card: tuple[str, str]


def _number(sandbox, kind: str, number: str, *, seated: bool = False) -> tuple:
    """Give an active demo pass of ``kind`` the printed ``number``; returns its facts."""
    state = sandbox.state
    with state.lock:
        for stored in sorted(state.passes.values(), key=lambda p: p.id):
            attrs = stored.attributes
            content = attrs.get("passContent") or {}
            wanted_seat = not seated or "Seat " in content.get("seat", "")
            if (attrs.get("passType") == kind and attrs.get("status") == "active"
                    and attrs.get("barcode") and wanted_seat):
                attrs["barcode"] = dict(attrs["barcode"], value=number)
                event = state.events.get(stored.event_id) if stored.event_id else None
                return (stored.id, content["fullName"], event.name if event else None,
                        content.get("seat"))
    raise AssertionError(f"no active {kind} pass in the demo data")


@pytest.fixture
def demo(qtbot, sandbox, make_services, open_window) -> Demo:
    ticket = _number(sandbox, TICKET, TICKET_NUMBER, seated=True)
    card = _number(sandbox, STORE_CARD, CARD_NUMBER)[:2]
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    window.resize(1024, 768)
    return Demo(window, services, Typist(), ticket, card)


def _rows(results) -> list[tuple[str, str, str, str]]:
    """(pass id, name, status, details) of each result row."""
    return [(results.item(r).data(Qt.ItemDataRole.UserRole), results.item(r).text(),
             results.item(r).data(STATUS_ROLE), results.item(r).data(DETAIL_ROLE))
            for r in range(results.rowCount())]


def _type_over(demo: Demo, qtbot, edit, typed: str) -> None:
    """A person selects what is in the field and types ``typed`` over it."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    demo.typist.pause(1_000)
    demo.typist.type(typed, gap_ms=PERSON_MS, target=edit)


@pytest.mark.parametrize("typed", [TICKET_NUMBER, "TKT-25VUM", "25vum", "TKT-25VUM-KB1RK"])
def test_the_door_finds_a_ticket_by_its_number(qtbot, demo, typed) -> None:
    pane = demo.window.pane("door")
    form = pane.form
    ticket_id, name, event, seat = demo.ticket
    form.verdictFrame.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is form.searchEdit
    _type_over(demo, qtbot, form.searchEdit, typed)
    qtbot.waitUntil(lambda: any(r[0] == ticket_id for r in _rows(pane.results)))
    row = next(r for r in _rows(pane.results) if r[0] == ticket_id)
    assert row[1] == name
    assert row[2] == "Active"
    assert TICKET_NUMBER in row[3]
    assert event in row[3]
    assert seat in row[3]
    assert "No pass matches" not in form.searchHint.text()
    # Nothing to scroll sideways in the result list at 1024 x 768.
    assert form.searchResults.horizontalScrollBar().maximum() == 0
    if typed == "25vum":
        SHOTS.mkdir(exist_ok=True)
        demo.window.grab().save(str(SHOTS / "door-search-25vum-1024.png"))
        demo.window.resize(1366, 768)
        qtbot.waitUntil(lambda: demo.window.width() == 1366)
        assert form.searchResults.horizontalScrollBar().maximum() == 0
        demo.window.grab().save(str(SHOTS / "door-search-25vum-1366.png"))


def test_the_till_finds_a_card_by_its_number_and_enter_picks_it(qtbot, demo, tmp_path) -> None:
    pane = open_pane(qtbot, demo.window, "Till")
    assert isinstance(pane, TillPane)
    form = pane.form
    card_id, name = demo.card
    form.searchEdit.setFocus()
    _type_over(demo, qtbot, form.searchEdit, CARD_NUMBER)
    qtbot.waitUntil(lambda: [r[0] for r in _rows(pane.results)] == [card_id])
    row = _rows(pane.results)[0]
    assert row[1] == name
    assert row[2] == "Active"
    assert CARD_NUMBER in row[3]
    demo.typist.type("\n", gap_ms=PERSON_MS, target=form.searchEdit)
    qtbot.waitUntil(lambda: pane.customer is not None and pane.customer.id == card_id)
    assert form.customerName.text() == name

    # Once PassEntry said the balance, a result row shows it.
    qtbot.waitUntil(lambda: "PassEntry confirmed" in form.balanceNote.text()
                    and "reading" not in form.balanceNote.text(), timeout=SYNC_WAIT_MS)
    form.searchEdit.setFocus()
    _type_over(demo, qtbot, form.searchEdit, "kq5z2")
    qtbot.waitUntil(lambda: pane.search.answered == "kq5z2" and pane.results.rowCount() == 1)
    assert _rows(pane.results)[0][3] == f"{form.balanceValue.text()} points\n{CARD_NUMBER}"
    SHOTS.mkdir(exist_ok=True)
    demo.window.grab().save(str(SHOTS / "till-search-card-1024.png"))
    save_shot(demo.window, tmp_path, "till-search-card.png")

    # The Till lists loyalty cards only: the ticket's number and holder find nothing.
    _type_over(demo, qtbot, form.searchEdit, TICKET_NUMBER)
    qtbot.waitUntil(lambda: pane.search.answered == TICKET_NUMBER)
    assert pane.results.rowCount() == 0
    assert form.searchHint.text() == "No pass matches."


def test_the_till_picks_with_enter_typed_before_the_answer(qtbot, demo) -> None:
    pane = open_pane(qtbot, demo.window, "Till")
    form = pane.form
    card_id, _name = demo.card
    form.searchEdit.setFocus()
    _type_over(demo, qtbot, form.searchEdit, "kq5z2-6yfbf\n")  # Enter at once
    qtbot.waitUntil(lambda: pane.customer is not None and pane.customer.id == card_id)
    assert form.searchEdit.text() == ""


@pytest.mark.parametrize("typed", ["25vum", "TKT-25VUM-KB1RK"])
def test_the_passes_pane_finds_a_ticket_by_its_number(qtbot, demo, typed) -> None:
    pane = open_pane(qtbot, demo.window, "Passes")
    assert isinstance(pane, PassesPane)
    model = pane.model
    _ticket_id, name, _event, _seat = demo.ticket
    retype(qtbot, pane.form.searchEdit, typed)
    qtbot.waitUntil(lambda: model.filter.text == typed and model.shown_generation
                    == model.generation and model.complete
                    and (model.rowCount() == 0 or model.row_loaded(0)))
    names = [model.index(r, Column.NAME).data() for r in range(model.rowCount())]
    assert name in names
    assert model.rowCount() == 1
    if typed == "25vum":
        SHOTS.mkdir(exist_ok=True)
        demo.window.grab().save(str(SHOTS / "passes-search-25vum-1024.png"))


def test_a_result_row_says_who_what_for_when_where_and_its_state(qapp) -> None:
    from datetime import UTC, datetime

    from passdesk.gui.i18n import language

    language.install(None, forced="en")  # as the app starts in English: the locale's grouping
    from passdesk.gui.scanning.pass_search import result_row
    from passdesk.store.search import PassHit

    ticket = result_row(PassHit(
        "p1", "Ana Berg", "9f8e7d6c5b4a", "deactivated", "TKT-25VUM-KBIRK", "Winter Gala",
        datetime(2026, 12, 8, 0, 0, tzinfo=UTC), "America/New_York", "Row A, Seat 1"))
    assert (ticket.name, ticket.status) == ("Ana Berg", "Deactivated")
    # The event's own time (19:00 in New York), the printed number, never the hex ext id.
    assert ticket.lines == ("Winter Gala · Mon 7 Dec 2026, 19:00",
                            "TKT-25VUM-KBIRK · Row A, Seat 1")
    card = result_row(PassHit("p2", None, "crm-7", "active", None, loyalty=True, balance=1240))
    assert (card.name, card.lines) == ("(no name)", ("1,240 points", "crm-7"))
    unknown = result_row(PassHit("p3", "Cy", None, "active", "CARD-1", loyalty=True))
    assert unknown.lines == ("CARD-1",)  # a balance not known is not shown
