"""The Readers pane, driven as a person would, over the real sandbox.

Reader administration goes to PassEntry at once (it needs the network): the
test checks the sandbox right after each click, and that the secrets typed
(a reader's password, the validation token) reach neither the database file
nor the settings file, only the (in-memory) keychain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from passdesk.gui.main_window import MainWindow
from passdesk.gui.reader_dialog import ReaderDialog
from passdesk.gui.reader_token_dialog import ReaderTokenDialog
from passdesk.gui.readers_model import HEADERS, Column
from passdesk.gui.readers_pane import ReadersPane
from passdesk.gui.services import Services
from passdesk.settings import SettingsStore, default_hub_url
from passdesk.sync.readers import HUB_TOKEN, MASK_DOTS
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    distinct_colours,
    open_pane,
    retype,
    save_shot,
    wait_until_synced,
    when_shown,
)

QUICK_CHECKS = timedelta(seconds=0.3)
TOKEN = "venue-hub-token-5d1c0e77a2b94f3f9a"
PASSWORD = "N0rth-Gate-pw!"


@dataclass
class Desk:
    window: MainWindow
    services: Services
    pane: ReadersPane

    def cells(self, name: str) -> dict[str, str] | None:
        proxy = self.pane.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, Column.NAME).data() == name:
                return {HEADERS[c]: proxy.index(row, c).data() for c in Column}
        return None

    def message(self) -> str:
        label = self.pane.form.messageLabel
        return label.text() if label.isVisible() else ""


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services(idle_check_every=QUICK_CHECKS)
    window = open_window(services)
    wait_until_synced(qtbot, window)
    pane = open_pane(qtbot, window, "Readers")
    assert isinstance(pane, ReadersPane)
    # Opening the pane asks PassEntry for the configuration: the masks come with it.
    qtbot.waitUntil(lambda: pane.config.form.nfcKeyLabel.text().startswith(MASK_DOTS),
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: pane.model.rowCount() == len(sandbox.state.readers))
    return Desk(window, services, pane)


def sandbox_validation(sandbox) -> dict:
    with sandbox.state.lock:
        return dict(sandbox.state.reader_configuration[1]["validationConfiguration"])


def database_bytes(services: Services) -> bytes:
    """Every file of the SQLite store (the WAL too), as bytes."""
    path = Path(services.database.engine.url.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_the_list_shows_the_sandbox_readers(desk) -> None:
    assert desk.pane.model.rowCount() == 2
    assert desk.cells("South Gate Reader") == {
        "Name": "South Gate Reader", "Reader ID": "south-gate-1",
        "Type": "PassEntry app", "Logged in": "yes", "Last seen": "3 min ago",
        "Enabled": "scan · QR"}
    till = desk.cells("Coffee Till VTAP")
    assert (till["Type"], till["Logged in"], till["Last seen"]) == ("VTAP", "no",
                                                                    "2 days ago")
    assert desk.pane.form.summaryLabel.text() == "2 readers · 1 logged in"
    config = desk.pane.config.form
    assert config.internalRadio.isChecked()
    assert not config.urlEdit.isEnabled()
    assert "SANDBOX" not in config.nfcKeyLabel.text()
    assert not config.saveButton.isEnabled(), "nothing changed yet"


def test_a_new_reader_is_created_on_passentry_without_keeping_its_password(
        qtbot, sandbox, desk, tmp_path) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: ReaderDialog) -> None:
        f = dialog.form
        retype(qtbot, f.nameEdit, "North Gate")
        seen["id"] = f.idEdit.text()  # suggested from the name
        seen["problem"] = dialog.problem()
        f.passwordEdit.setFocus()
        qtbot.keyClicks(f.passwordEdit, PASSWORD)
        click(qtbot, f.qrCheck)
        save_shot(dialog, tmp_path, "readers-dialog.png")
        click(qtbot, dialog.ok_button)

    when_shown(ReaderDialog, fill)
    click(qtbot, desk.pane.form.newButton)

    assert seen["id"] == "north-gate"
    assert seen["problem"] == "Enter a password for the reader."
    qtbot.waitUntil(lambda: desk.cells("North Gate") is not None, timeout=SYNC_WAIT_MS)
    made = sandbox.state.get_reader("north-gate")
    assert made.password == PASSWORD
    assert made.attributes["readerType"] == "PassentryReader"
    assert (made.attributes["scanEnabled"], made.attributes["qrEnabled"]) == (True, True)
    assert desk.cells("North Gate")["Enabled"] == "scan · QR"
    assert "was created on PassEntry" in desk.message()
    assert desk.pane.selected_id() == "north-gate"
    assert PASSWORD.encode() not in database_bytes(desk.services)

    def edit(dialog: ReaderDialog) -> None:
        assert dialog.form.passwordEdit.text() == "", "a password is never read back"
        assert not dialog.form.idEdit.isEnabled() or dialog.form.idEdit.isReadOnly()
        click(qtbot, dialog.form.redeemCheck)
        save_shot(dialog, tmp_path, "readers-dialog-edit.png")
        click(qtbot, dialog.ok_button)

    when_shown(ReaderDialog, edit)
    click(qtbot, desk.pane.form.editButton)
    qtbot.waitUntil(lambda: sandbox.state.get_reader("north-gate").attributes["redeemEnabled"],
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: desk.cells("North Gate")["Enabled"] == "scan · redeem · QR")
    assert sandbox.state.get_reader("north-gate").password == PASSWORD, "kept: none typed"


def test_switching_to_third_party_with_this_desks_hub(qtbot, sandbox, desk,
                                                      memory_keyring, tmp_path) -> None:
    config = desk.pane.config
    form = config.form
    click(qtbot, form.thirdPartyRadio)
    assert form.urlEdit.isEnabled()
    assert "token" in config.problem().lower()
    assert not form.saveButton.isEnabled()
    click(qtbot, form.hubButton)
    hub = default_hub_url()
    assert hub.startswith("https://")
    assert hub.endswith(":8443/validate")
    assert form.urlEdit.text() == hub

    def type_token(dialog: ReaderTokenDialog) -> None:
        dialog.form.tokenEdit.setFocus()
        qtbot.keyClicks(dialog.form.tokenEdit, TOKEN)
        assert dialog.form.maskLabel.text() == f"New token: {MASK_DOTS}3f9a"
        save_shot(dialog, tmp_path, "readers-token-dialog.png")
        click(qtbot, dialog.ok_button)

    when_shown(ReaderTokenDialog, type_token)
    click(qtbot, form.replaceTokenButton)
    assert form.tokenLabel.text() == f"{MASK_DOTS}3f9a  (new, not saved yet)"
    assert form.saveButton.isEnabled()
    click(qtbot, form.saveButton)

    qtbot.waitUntil(lambda: sandbox_validation(sandbox)["validationType"] == "thirdParty",
                    timeout=SYNC_WAIT_MS)
    assert sandbox_validation(sandbox) == {"validationType": "thirdParty", "url": hub,
                                           "token": TOKEN}
    qtbot.waitUntil(lambda: "Saved: readers send every scan to" in desk.message())
    assert form.tokenLabel.text() == f"{MASK_DOTS}3f9a"
    assert form.thirdPartyRadio.isChecked()
    assert form.urlEdit.text() == hub
    assert not form.saveButton.isEnabled(), "saved: nothing left to send"
    # PassEntry logged its reader apps out; the list says so.
    qtbot.waitUntil(lambda: desk.cells("South Gate Reader")["Logged in"] == "no")

    # The token: in the keychain only, one entry the Door sends and the hub checks.
    assert memory_keyring.store[("passdesk", HUB_TOKEN)] == TOKEN
    assert ("passdesk", "validation_token") not in memory_keyring.store
    assert "restart “passdesk hub”" in desk.message()
    assert TOKEN.encode() not in database_bytes(desk.services)
    assert TOKEN not in SettingsStore().path.read_text(encoding="utf-8")
    assert b"SANDBOX-FAKE-KEY" not in database_bytes(desk.services), "nor the NFC key"

    for size, name in (((1100, 720), "readers-pane.png"), ((860, 560), "readers-pane-860.png")):
        desk.window.resize(*size)
        qtbot.waitUntil(lambda size=size: desk.window.size().toTuple() == size)
        shot = save_shot(desk.window, tmp_path, name)
        assert distinct_colours(shot) > 10


def test_the_hub_button_uses_the_hub_url_setting(qtbot, sandbox, desk) -> None:
    store = SettingsStore()
    settings = store.load()
    settings.hub_url = "https://hub.riverside.example:9443/validate"
    store.save(settings)
    click(qtbot, desk.pane.config.form.hubButton)
    assert desk.pane.config.form.urlEdit.text() == "https://hub.riverside.example:9443/validate"


def test_offline_the_list_stays_and_changes_say_they_need_the_network(
        qtbot, sandbox, desk, tmp_path) -> None:
    sandbox.stop()
    click(qtbot, desk.pane.form.refreshButton)
    qtbot.waitUntil(lambda: "could not be reached" in desk.message(), timeout=SYNC_WAIT_MS)
    assert "need the network" in desk.message()
    assert desk.pane.model.rowCount() == 2, "the synced readers stay listed"
    assert not desk.pane.form.newButton.isEnabled()
    click(qtbot, desk.pane.config.form.internalRadio)  # no change: nothing to save
    click(qtbot, desk.pane.config.form.thirdPartyRadio)
    assert not desk.pane.config.form.saveButton.isEnabled()
    assert "needs a connection" in desk.pane.config.form.saveButton.toolTip()
    save_shot(desk.window, tmp_path, "readers-pane-offline.png")
