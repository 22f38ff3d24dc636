"""The Door and the Till log their scans in PassEntry as the reader a person chose.

A person opens Door settings, clicks "Log scans in PassEntry as" and clicks a
reader, saves, scans a pass with the scanner (a keyboard wedge burst); the
scan reaches the sandbox's ``GET /scans`` as that reader's, with the verdict
in words, and the Sync pane names the change in words too. The Till logs a
card it found the same way, without its points (they go by their own change).
"""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from passdesk.core.loyalty import ScanLoyalty
from passdesk.gui.scanning.log_as import DONT_LOG, LOG_HINT, NO_READERS, log_hint
from passdesk.gui.sync.outbox_model import change_words
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from passdesk.store import outbox
from tests.gui.door.test_loyalty import a_loyalty_card
from tests.gui.helpers import click, open_pane, open_synced_door, save_shot
from tests.gui.scanning.test_wedge import Typist

READER, READER_NAME = "south-gate-1", "South Gate Reader"

#: A combo's list is a popup: the offscreen platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def reader_known(sandbox) -> str:
    """The reader's words in the "Log scans in PassEntry as" list.

    A strict sandbox lists no readers (only documented routes): there the reader
    becomes known, by its id, through a scan it made that the desk's sync pulls.
    """
    if not sandbox.strict:
        return READER_NAME
    with sandbox.state.lock:
        ticket = next(p.id for p in sandbox.state.passes.values()
                      if p.attributes.get("status") == "active"
                      and p.attributes.get("passType") == "eventTicket")
    with httpx.Client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as http:
        made = http.post(f"{sandbox.base_url}/scans", json={"scan": {
            "readerId": READER, "passId": ticket, "scanType": "barcode"}})
    assert made.status_code == 200, made.text
    return READER


def logged(sandbox) -> list[dict]:
    with httpx.Client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as http:
        data = http.get(f"{sandbox.base_url}/scans", params={"perPage": 100}).json()["data"]
    return [s for s in data if s["attributes"]["validationType"] == "externalValidation"]


def click_item(qtbot, combo, text: str) -> None:
    """Open the combo's list with a click and click ``text`` in it, as a person would."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert row >= 0, f"{text!r} is not offered: {offered}"
    index = view.model().index(row, 0)
    view.scrollTo(index)
    # The popup ignores a release just after it opened (a press-drag-release pick).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    rect = view.visualRect(index)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def test_a_door_scan_is_logged_as_the_reader_chosen_in_door_settings(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    reader = reader_known(sandbox)
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    card, barcode, name = a_loyalty_card(services.database)

    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    dialog = pane.settings_dialog
    form = dialog.form
    assert form.logCombo.currentText() == DONT_LOG  # nothing is logged until chosen
    assert form.logHintLabel.text() == LOG_HINT
    click(qtbot, form.cardsCheck)  # a loyalty card is no ticket: let it in here
    form.tabs.setCurrentWidget(form.scanPage)
    click_item(qtbot, form.logCombo, reader)
    for size in ((1024, 768), (1366, 768)):
        dialog.resize(*size)
        save_shot(dialog, tmp_path, f"door-settings-log-{size[0]}.png")
    click(qtbot, form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert SettingsStore().load().door["log_scans_as"] == READER

    typist = Typist()
    pane.form.verdictFrame.setFocus()
    typist.pause(1_000)
    typist.scan(barcode, target=pane.form.verdictFrame)
    assert pane.verdict_text[:2] == ("ADMIT", name)
    save_shot(window, tmp_path, "door-logged-scan.png")

    qtbot.waitUntil(lambda: len(logged(sandbox)) == 1, timeout=60_000)
    scan = logged(sandbox)[0]
    assert scan["relationships"]["reader"]["data"]["id"] == READER
    assert scan["relationships"]["pass"]["data"]["id"] == card
    assert (scan["attributes"]["status"], scan["attributes"]["scanValue"],
            scan["attributes"]["scanType"]) == ("successful", barcode, "barcode")
    assert scan["attributes"]["statusDetail"]  # the verdict in words
    with services.database.session() as s:
        rows = [i for i in outbox.items(s, (outbox.DONE,)) if i.kind == "scan.log"]
    assert len(rows) == 1
    assert change_words(rows[0]) == "Log scan in PassEntry (successful)"


def test_with_no_reader_known_the_hint_says_how_to_get_one() -> None:
    assert log_hint({READER: READER_NAME}) == LOG_HINT
    assert log_hint({}) == f"{LOG_HINT} {NO_READERS}"
    assert "Readers pane" in NO_READERS


def test_the_reader_to_log_as_is_kept_in_the_settings_file() -> None:
    setup = DoorSetup(log_as=READER)
    assert setup_from_json(setup_to_json(setup)) == setup
    assert setup_from_json({}).log_as == ""
    assert setup_from_json({"log_scans_as": 7}).log_as == ""


def test_the_till_logs_a_card_it_found_without_its_points(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    from tests.gui.till.test_pane import Till, loyalty_cards

    reader = reader_known(sandbox)
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Till")
    till = Till(window, services, pane, Typist(), sandbox)
    pass_id, barcode, _name = loyalty_cards(services, 1)[0]
    start = till.server_balance(pass_id)

    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    dialog = pane.settings_dialog
    form = dialog.form
    assert form.logCombo.currentText() == DONT_LOG
    assert form.logHelp.text() == LOG_HINT
    click_item(qtbot, form.logCombo, reader)
    for size in ((1024, 768), (1366, 768)):
        dialog.resize(*size)
        save_shot(dialog, tmp_path, f"till-settings-log-{size[0]}.png")
    click(qtbot, form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert SettingsStore().load().till["log_scans_as"] == READER
    pane.apply_setup(replace(pane.setup, scan=ScanLoyalty(2)))  # scan with loyalty: +2

    till.scan(barcode)
    qtbot.waitUntil(lambda: len(logged(sandbox)) == 1, timeout=60_000)
    scan = logged(sandbox)[0]
    assert scan["relationships"]["reader"]["data"]["id"] == READER
    assert scan["relationships"]["pass"]["data"]["id"] == pass_id
    assert (scan["attributes"]["status"], scan["attributes"]["statusDetail"],
            scan["attributes"]["scanValue"]) == ("successful", "Loyalty card found", barcode)
    # The points went once, by the till's own change: the log carried none.
    qtbot.waitUntil(lambda: till.operations(pass_id) == [(2, "applied")], timeout=60_000)
    assert till.server_balance(pass_id) == start + 2


def test_the_sync_pane_says_in_words_what_a_refused_scan_log_is(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    from passdesk.gui.sync.outbox_model import HEADERS, Column
    from passdesk.gui.sync.pane import SyncPane

    window, _services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    # A reader this desk was set to that PassEntry does not know (removed there).
    pane.apply_setup(replace(pane._setup, log_as="old-gate-9"))
    typist = Typist()
    pane.form.verdictFrame.setFocus()
    typist.pause(1_000)
    typist.scan("NO-SUCH-PASS-7781", target=pane.form.verdictFrame)
    assert pane.verdict_text[0] == "DENY"

    sync = open_pane(qtbot, window, "Sync")
    assert isinstance(sync, SyncPane)
    model = sync.model

    def rows() -> list[dict[str, str]]:
        return [{HEADERS[c]: model.data(model.index(r, c)) for c in Column}
                for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: [r["State"] for r in rows()] == ["Refused"], timeout=60_000)
    row = rows()[0]
    assert row["Change"] == "Log scan in PassEntry (denied)"
    assert row["For"] == "NO-SUCH-PASS-7781 at old-gate-9"
    assert row["Last message"].startswith('PassEntry does not know the reader "old-gate-9"')
    qtbot.waitUntil(sync.form.detailLabel.isVisible)
    assert sync.form.detailLabel.text().startswith(
        "Refused by PassEntry: Log scan in PassEntry (denied) for the scan of "
        "NO-SUCH-PASS-7781 as reader old-gate-9.\nPassEntry does not know the reader")
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        save_shot(window, tmp_path, f"sync-pane-scan-log-{size[0]}.png")
    assert logged(sandbox) == []
