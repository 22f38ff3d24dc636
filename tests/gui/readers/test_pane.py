"""The Readers pane, driven as a person would, over the real sandbox.

Reader administration goes to PassEntry at once (it needs the network): the
test checks the sandbox right after each click (its state and its request
log), and that the secrets typed (a reader's password) reach neither the
database file nor the settings file.

Two kinds of server: the sandbox with its legacy and extension routes (the
reader list, reader edits, changing the reader configuration by API), and a
strict one with only the documented routes, where the pane lists the readers
this desk created, says what the API does not offer and shows the dashboard
steps for the validation settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from passdesk.gui.main_window import MainWindow
from passdesk.gui.readers.model import HEADERS, Column
from passdesk.gui.readers.pane import ReadersPane
from passdesk.gui.readers.reader_dialog import ReaderDialog
from passdesk.gui.readers.words import (
    CONFIG_NOT_OFFERED,
    NO_EDIT_TIP,
    NO_ENTITY,
    NO_ENTITY_TIP,
    NOT_LISTED,
)
from passdesk.gui.services import Services
from passdesk.sandbox import SandboxServer
from passdesk.settings import SettingsStore, default_hub_url
from passdesk.store.schema import Scan
from passdesk.sync.readers import MASK_DOTS
from passdesk.sync.service import StoreChanged
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    distinct_colours,
    open_pane,
    open_settings,
    retype,
    save_shot,
    wait_until_synced,
    when_shown,
)

QUICK_CHECKS = timedelta(seconds=0.3)
PASSWORD = "N0rth-Gate-pw!"
SIZES = ((1024, 768), (1366, 768))


@pytest.fixture
def sandbox(legacy_sandbox) -> SandboxServer:
    """With the legacy and extension routes, whatever PASSDESK_SANDBOX_STRICT says:
    these tests are about what such a server offers."""
    return legacy_sandbox


@pytest.fixture
def strict_sandbox(strict) -> SandboxServer:
    """Only the documented routes: a real account's API."""
    return strict


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


def open_desk(qtbot, server: SandboxServer, make_services, open_window) -> Desk:
    configure(server.base_url, server.api_key)
    services = make_services(idle_check_every=QUICK_CHECKS)
    window = open_window(services)
    wait_until_synced(qtbot, services)
    return Desk(window, services, window.pane("readers"))


def show_readers(qtbot, desk: Desk) -> ReadersPane:
    pane = open_pane(qtbot, desk.window, "Readers")
    assert isinstance(pane, ReadersPane)
    desk.pane = pane
    # Opening the pane asks PassEntry for the configuration: the masks come with it.
    qtbot.waitUntil(lambda: pane.config.form.nfcKeyLabel.text().startswith(MASK_DOTS),
                    timeout=SYNC_WAIT_MS)
    return pane


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    desk = open_desk(qtbot, sandbox, make_services, open_window)
    pane = show_readers(qtbot, desk)
    qtbot.waitUntil(lambda: pane.model.rowCount() == len(sandbox.state.readers))
    return desk


def sandbox_validation(server: SandboxServer) -> dict:
    with server.state.lock:
        return dict(server.state.reader_configuration[1]["validationConfiguration"])


def database_bytes(services: Services) -> bytes:
    """Every file of the SQLite store (the WAL too), as bytes."""
    path = Path(services.database.engine.url.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def create_reader(qtbot, desk: Desk, name: str, tmp_path: Path) -> dict[str, object]:
    """New reader… → type a name and a password, tick QR → OK; what the dialog said."""
    seen: dict[str, object] = {}

    def fill(dialog: ReaderDialog) -> None:
        f = dialog.form
        retype(qtbot, f.nameEdit, name)
        seen["id"] = f.idEdit.text()  # suggested from the name
        seen["problem"] = dialog.problem()
        seen["note"] = dialog.form.networkLabel.text()
        f.passwordEdit.setFocus()
        qtbot.keyClicks(f.passwordEdit, PASSWORD)
        click(qtbot, f.qrCheck)
        save_shot(dialog, tmp_path, "readers-dialog.png")
        click(qtbot, dialog.ok_button)

    when_shown(ReaderDialog, fill)
    assert desk.pane.form.newButton.isEnabled()
    click(qtbot, desk.pane.form.newButton)
    qtbot.waitUntil(lambda: desk.cells(name) is not None, timeout=SYNC_WAIT_MS)
    return seen


def choose_this_desks_hub(qtbot, desk: Desk) -> str:
    form = desk.pane.config.form
    click(qtbot, form.externalRadio)
    assert form.urlEdit.isEnabled()
    click(qtbot, form.hubButton)
    hub = default_hub_url()
    assert form.urlEdit.text() == hub
    assert form.saveButton.isEnabled(), "no token to type: it is set in the dashboard"
    return hub


def shots(qtbot, desk: Desk, tmp_path: Path, name: str) -> None:
    for size in SIZES:
        desk.window.resize(*size)
        qtbot.waitUntil(lambda size=size: desk.window.size().toTuple() == size)
        shot = save_shot(desk.window, tmp_path, f"{name}-{size[0]}.png")
        assert distinct_colours(shot) > 10


# --- a server with the legacy and extension routes ------------------------------------

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
    assert not desk.pane.form.noticeLabel.isVisible(), "this server lists readers"
    config = desk.pane.config.form
    assert config.internalRadio.isChecked()
    assert not config.urlEdit.isEnabled()
    assert "SANDBOX" not in config.nfcKeyLabel.text()
    assert not config.saveButton.isEnabled(), "nothing changed yet"


def test_a_reader_is_created_under_the_entity_and_validation_switched_to_the_hub(
        qtbot, sandbox, desk, tmp_path) -> None:
    entity = sandbox.state.default_entity_id
    seen = create_reader(qtbot, desk, "North Gate", tmp_path)

    assert seen["id"] == "north-gate"
    assert seen["problem"] == "Enter a password for the reader."
    assert f"under your entity {entity}" in seen["note"]
    made = sandbox.state.get_reader("north-gate")
    assert made.password == PASSWORD
    assert made.attributes["readerType"] == "PassentryReader"
    assert (made.attributes["scanEnabled"], made.attributes["qrEnabled"]) == (True, True)
    created = [e for e in sandbox.requests.entries() if e.method == "POST"]
    assert [(e.path, e.status) for e in created] == [
        (f"/api/v1/entities/{entity}/readers", 201)], "under the entity, once"
    assert desk.cells("North Gate")["Enabled"] == "scan · QR"
    assert "was created on PassEntry" in desk.message()
    assert desk.pane.selected_id() == "north-gate"
    assert PASSWORD.encode() not in database_bytes(desk.services)

    hub = choose_this_desks_hub(qtbot, desk)
    click(qtbot, desk.pane.config.form.saveButton)

    qtbot.waitUntil(lambda: sandbox_validation(sandbox)["validationType"] == "external",
                    timeout=SYNC_WAIT_MS)
    assert sandbox_validation(sandbox) == {"validationType": "external", "url": hub}
    assert sandbox.requests.count(
        "PATCH", f"/api/v1/entities/{entity}/readerConfiguration") == 1
    qtbot.waitUntil(lambda: "Saved: readers send every scan to" in desk.message())
    form = desk.pane.config.form
    assert form.externalRadio.isChecked()
    assert form.urlEdit.text() == hub
    assert not form.saveButton.isEnabled(), "saved: nothing left to send"
    assert not desk.pane.form.stepsHost.isVisible(), "this server took the change"
    # PassEntry logged its reader apps out; the list says so.
    qtbot.waitUntil(lambda: desk.cells("South Gate Reader")["Logged in"] == "no")
    assert b"SANDBOX-FAKE-KEY" not in database_bytes(desk.services), "nor the NFC key"
    shots(qtbot, desk, tmp_path, "readers-pane")


def test_a_reader_is_edited_where_the_server_offers_it(qtbot, sandbox, desk) -> None:
    desk.pane.table.select("south-gate-1")
    assert desk.pane.form.editButton.isEnabled()

    def edit(dialog: ReaderDialog) -> None:
        assert dialog.form.passwordEdit.text() == "", "a password is never read back"
        click(qtbot, dialog.form.redeemCheck)
        click(qtbot, dialog.ok_button)

    when_shown(ReaderDialog, edit)
    click(qtbot, desk.pane.form.editButton)
    qtbot.waitUntil(lambda: sandbox.state.get_reader("south-gate-1").attributes["redeemEnabled"],
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: desk.cells("South Gate Reader")["Enabled"] == "scan · redeem · QR")


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
    click(qtbot, desk.pane.config.form.externalRadio)
    click(qtbot, desk.pane.config.form.hubButton)
    assert not desk.pane.config.form.saveButton.isEnabled()
    assert "needs a connection" in desk.pane.config.form.saveButton.toolTip()
    save_shot(desk.window, tmp_path, "readers-pane-offline.png")


# --- a strict server: only the documented routes ------------------------------------------

def test_on_a_strict_server_the_desks_readers_are_listed_and_the_dashboard_steps_shown(
        qtbot, strict_sandbox, make_services, open_window, memory_keyring, tmp_path) -> None:
    server = strict_sandbox
    entity = server.state.default_entity_id
    memory_keyring.store[("passdesk", "hub_token")] = "hub-token-for-the-readers-9c1d"
    desk = open_desk(qtbot, server, make_services, open_window)
    # No entities list here: the person types the entity ID in Settings.
    settings = open_settings(qtbot, desk.window)
    retype(qtbot, settings.form.entityEdit, entity)
    click(qtbot, settings.form.saveButton)
    assert SettingsStore().load().entity_id == entity
    pane = show_readers(qtbot, desk)

    qtbot.waitUntil(lambda: pane.form.noticeLabel.isVisible(), timeout=SYNC_WAIT_MS)
    assert pane.form.noticeLabel.text() == NOT_LISTED
    create_reader(qtbot, desk, "East Gate", tmp_path)
    assert server.requests.count("POST", f"/api/v1/entities/{entity}/readers") == 1
    assert server.state.get_reader("east-gate").password == PASSWORD
    assert "created here or seen scanning" in pane.form.summaryLabel.text()
    pane.table.select("east-gate")
    assert not pane.form.editButton.isEnabled()
    assert pane.form.editButton.toolTip() == NO_EDIT_TIP
    # A reader this desk did not make, known from the scans that came through it (the hub).
    with desk.services.database.session() as session:
        session.add(Scan(id="scan-from-the-hub-1", raw_value="TKT-1", source="hub",
                         reader_id="north-door-vtap", verdict="admit",
                         scanned_at=datetime.now(UTC) - timedelta(minutes=5)))
    desk.services.bridge.notice(StoreChanged("readers"))
    qtbot.waitUntil(lambda: desk.cells("north-door-vtap") is not None)
    seen = desk.cells("north-door-vtap")
    assert (seen["Last seen"], seen["Type"], seen["Enabled"]) == ("5 min ago", "—", "—")
    assert desk.cells("East Gate") is not None, "still listed: created here"

    before = sandbox_validation(server)
    hub = choose_this_desks_hub(qtbot, desk)
    click(qtbot, pane.config.form.saveButton)
    qtbot.waitUntil(lambda: pane.form.stepsHost.isVisible(), timeout=SYNC_WAIT_MS)
    assert sandbox_validation(server) == before, "nothing was changed on PassEntry"
    assert desk.message() == CONFIG_NOT_OFFERED
    steps = pane.steps.form
    assert steps.whereLabel.text() == "Readers → Reader Configuration → Validation Settings"
    assert steps.urlField.text() == hub
    click(qtbot, steps.copyUrlButton)
    assert QGuiApplication.clipboard().text() == hub
    assert "hub-token-for-the-readers-9c1d" not in steps.tokenLabel.text()
    # Known now: Save says what it does, and asks PassEntry no more.
    assert pane.config.form.saveButton.text().replace("&", "") == "Show dashboard steps"
    patches = server.requests.count("PATCH", f"/api/v1/entities/{entity}/readerConfiguration")
    click(qtbot, pane.config.form.saveButton)
    assert server.requests.count(
        "PATCH", f"/api/v1/entities/{entity}/readerConfiguration") == patches
    shots(qtbot, desk, tmp_path, "readers-pane-strict")


def test_on_a_strict_server_without_an_entity_id_the_pane_says_where_to_enter_it(
        qtbot, strict_sandbox, make_services, open_window) -> None:
    desk = open_desk(qtbot, strict_sandbox, make_services, open_window)
    pane = open_pane(qtbot, desk.window, "Readers")
    desk.pane = pane
    qtbot.waitUntil(lambda: desk.message() == NO_ENTITY, timeout=SYNC_WAIT_MS)
    assert "Settings → PassEntry account" in NO_ENTITY
    assert not pane.form.newButton.isEnabled()
    assert pane.form.newButton.toolTip() == NO_ENTITY_TIP
    assert pane.form.noticeLabel.text() == NOT_LISTED
    assert strict_sandbox.requests.count("POST") == 0
