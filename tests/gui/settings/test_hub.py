"""The venue hub run in the app, from the Settings pane: real sockets, real HTTP, as a person."""

from __future__ import annotations

import json
import logging
import socket
import sys
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from passdesk import app
from passdesk.core.admission import DoorConfig
from passdesk.core.validation_formats import ValidationResponse
from passdesk.gui.hub_control import HubPhase
from passdesk.gui.settings.hub_section import STOPPED
from passdesk.gui.settings.hub_token_dialog import ReaderTokenDialog
from passdesk.gui.settings.pane import SettingsPane
from passdesk.gui.widgets.style import Tone, tone_of
from passdesk.keychain import SecretStore
from passdesk.settings import ALL_INTERFACES, SettingsStore
from passdesk.settings.door import DoorSetup
from passdesk.store.schema import Event, Pass
from passdesk.sync.readers import MASK_DOTS
from passdesk.sync.service import StoreChanged
from tests.gui.helpers import (
    click,
    configure,
    open_settings,
    retype,
    save_shot,
    wait_until_synced,
    when_shown,
)

TOKEN = "hub-token-9c1f3a7e5d2b48e0b6a4"
OTHER_TOKEN = "hub-token-second-77e2c0d9a1f4"
SCAN = {"scan": {"scanValue": "no-such-pass", "readerId": "gate-1"}}
WAIT_MS = 15_000


def watch_logs(caplog) -> None:
    """Everything passdesk logs, and what the libraries log at INFO and above."""
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="passdesk")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def validate_status(base: str, token: str) -> int | None:
    """The status of a reader's request with ``token``; None while nothing listens."""
    try:
        return httpx.post(f"{base}/validate", json=SCAN, headers=bearer(token)).status_code
    except httpx.TransportError:
        return None


def answers(port: int) -> bool:
    """Whether anything answers HTTP on this loopback port."""
    try:
        httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
    except httpx.TransportError:
        return False
    return True


@pytest.fixture
def pane(qtbot, make_services, open_window) -> SettingsPane:
    return open_settings(qtbot, open_window(make_services(demo=True)))


@pytest.fixture
def blocker() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def turn_on(qtbot, pane: SettingsPane, port: int) -> None:
    form = pane.form
    if not form.hubRunCheck.isChecked():
        click(qtbot, form.hubRunCheck)
    retype(qtbot, form.hubPortSpin, str(port))
    click(qtbot, form.hubApplyButton)


def status(pane: SettingsPane) -> str:
    return pane.form.hubStatus.text()


def wait_running(qtbot, pane: SettingsPane) -> str:
    qtbot.waitUntil(lambda: status(pane).startswith("Running at"), timeout=WAIT_MS)
    return status(pane)


def set_token_in_pane(qtbot, pane: SettingsPane, token: str) -> None:
    """Click "Set token…", type the token in the dialog, click OK."""

    def type_token(dialog: ReaderTokenDialog) -> None:
        dialog.form.tokenEdit.setFocus()
        qtbot.keyClicks(dialog.form.tokenEdit, token)
        click(qtbot, dialog.ok_button)

    when_shown(ReaderTokenDialog, type_token)
    click(qtbot, pane.form.hubTokenButton)


def test_turned_on_in_settings_the_hub_answers_readers_with_the_token_set_there(
        qtbot, pane, caplog, tmp_path) -> None:
    watch_logs(caplog)
    form = pane.form
    port = free_port()
    assert status(pane) == STOPPED
    assert form.hubTokenStatus.text().startswith("Not set")
    assert not answers(port)

    turn_on(qtbot, pane, port)
    text = wait_running(qtbot, pane)

    readers = SettingsStore().load().hub_validation_url()
    assert text == (f"Running at http://127.0.0.1:{port}\n"
                    f"Readers: point them at {readers}\n"
                    "No token is set, so every reader is refused: set one with “Set token…”.")
    assert tone_of(form.hubStatus) is Tone.WARNING
    base = f"http://127.0.0.1:{port}"
    assert httpx.get(f"{base}/health").status_code == 200
    assert httpx.post(f"{base}/validate", json=SCAN).status_code == 401
    assert httpx.post(f"{base}/validate", json=SCAN, headers=bearer(TOKEN)).status_code == 401

    set_token_in_pane(qtbot, pane, TOKEN)

    assert form.hubTokenStatus.text() == f"{MASK_DOTS}b6a4, in the keychain"
    # The running hub restarts with the new token at once, on the same port.
    assert status(pane) == "Stopping the venue hub…"
    qtbot.waitUntil(lambda: tone_of(form.hubStatus) is Tone.SUCCESS, timeout=WAIT_MS)
    assert status(pane) == f"Running at {base}\nReaders: point them at {readers}"
    assert httpx.post(f"{base}/validate", json=SCAN).status_code == 401
    assert httpx.post(f"{base}/validate", json=SCAN,
                      headers=bearer(OTHER_TOKEN)).status_code == 401
    answer = httpx.post(f"{base}/validate", json=SCAN, headers=bearer(TOKEN))
    assert answer.status_code == 200
    assert not ValidationResponse.from_json(answer.json()).success  # no such pass
    save_shot(pane, tmp_path, "settings-hub.png")

    # Off again: the port no longer answers.
    click(qtbot, form.hubRunCheck)
    assert not form.hubPortSpin.isEnabled()
    click(qtbot, form.hubApplyButton)
    qtbot.waitUntil(lambda: status(pane) == STOPPED, timeout=WAIT_MS)
    assert not answers(port)

    saved = json.loads(SettingsStore().path.read_text(encoding="utf-8"))
    assert (saved["hub_run"], saved["hub_port"], saved["hub_host"]) == (False, port, "127.0.0.1")
    assert TOKEN not in SettingsStore().path.read_text(encoding="utf-8")
    assert TOKEN not in caplog.text
    assert f"venue hub running at {base}" in caplog.text, "the log says what happened"
    assert TOKEN not in form.hubTokenStatus.text() + form.hubStatus.text()


def test_a_port_in_use_is_a_message_and_the_app_carries_on(
        qtbot, pane, blocker, caplog) -> None:
    turn_on(qtbot, pane, blocker)

    qtbot.waitUntil(lambda: tone_of(pane.form.hubStatus) is Tone.ERROR, timeout=WAIT_MS)
    assert status(pane) == (f"Port {blocker} is in use by another program. Choose another "
                            "port, or stop that program (another passdesk, or “passdesk hub”).")
    assert pane.window().isVisible()
    assert f"Port {blocker} is in use" in caplog.text

    # Another port, and the same Apply starts it.
    port = free_port()
    turn_on(qtbot, pane, port)
    wait_running(qtbot, pane)
    assert answers(port)


def test_listening_on_every_interface_is_said(qtbot, pane) -> None:
    form = pane.form
    click(qtbot, form.hubRunCheck)
    form.hubHostCombo.setFocus()
    qtbot.keyClick(form.hubHostCombo, Qt.Key.Key_Down)
    assert form.hubHostCombo.currentText() == "All network interfaces (0.0.0.0)"
    port = free_port()
    turn_on(qtbot, pane, port)

    assert wait_running(qtbot, pane).startswith(
        f"Running at http://0.0.0.0:{port} (all network interfaces)\n")
    assert answers(port)
    assert SettingsStore().load().hub_host == ALL_INTERFACES


def test_the_hub_starts_with_the_app_and_follows_the_readers_token(
        qtbot, open_window, caplog) -> None:
    watch_logs(caplog)
    services = app.build_services(demo=True)
    # A free port once the demo sandbox has its own (it could pick this one otherwise).
    port = free_port()
    store = SettingsStore()
    settings = store.load()
    settings.hub_run, settings.hub_port = True, port
    store.save(settings)
    SecretStore().set("hub_token", TOKEN)
    base = f"http://127.0.0.1:{port}"
    try:
        window = open_window(services)
        qtbot.waitUntil(lambda: services.hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
        assert validate_status(base, TOKEN) == 200
        pane = open_settings(qtbot, window)
        assert pane.form.hubRunCheck.isChecked()
        assert pane.form.hubPortSpin.value() == port
        assert status(pane).startswith(f"Running at {base}\n")

        # The Readers pane saves a new token (the one keychain entry) and announces it.
        SecretStore().set("hub_token", OTHER_TOKEN)
        services.bridge.notice(StoreChanged("readers"))
        qtbot.waitUntil(lambda: validate_status(base, OTHER_TOKEN) == 200, timeout=WAIT_MS)
        assert validate_status(base, TOKEN) == 401
    finally:
        services.close()
    assert not answers(port), "closing the app stops the hub"
    assert TOKEN not in caplog.text
    assert OTHER_TOKEN not in caplog.text


def test_a_token_from_the_environment_is_shown_masked(qtbot, monkeypatch, make_services,
                                                      open_window) -> None:
    monkeypatch.setenv("PASSDESK_HUB_TOKEN", TOKEN)
    pane = open_settings(qtbot, open_window(make_services(demo=True)))
    text = pane.form.hubTokenStatus.text()
    assert text == f"{MASK_DOTS}b6a4, from the environment variable PASSDESK_HUB_TOKEN"
    assert TOKEN not in text


def test_the_hub_in_the_app_judges_with_the_doors_rules_as_changed(
        qtbot, sandbox, make_services, open_window, monkeypatch) -> None:
    port = free_port()
    configure(sandbox.base_url, sandbox.api_key)
    store = SettingsStore()
    settings = store.load()
    settings.hub_run, settings.hub_port = True, port
    store.save(settings)
    SecretStore().set("hub_token", TOKEN)
    services = make_services()
    window = open_window(services)
    wait_until_synced(qtbot, services)
    door = window.pane("door")
    qtbot.waitUntil(lambda: services.hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
    with services.database.session() as s:
        barcode, event = s.execute(
            select(Pass.barcode_value, Pass.event_id)
            .where(Pass.event_id.is_not(None), Pass.barcode_value.is_not(None))
            .order_by(Pass.id).limit(1)).one()
        other_event = s.scalar(select(Event.id).where(Event.id != event).limit(1))
    assert other_event

    def detail() -> str | None:
        """The hub's words for the pass; None while it restarts."""
        try:
            answer = httpx.post(f"http://127.0.0.1:{port}/validate", headers=bearer(TOKEN),
                                json={"scan": {"scanValue": barcode, "readerId": "gate-1"}})
        except httpx.TransportError:
            return None
        return answer.json()["validationResponse"].get("readerInstructions", {}).get("message")

    def wrong_event() -> bool:
        """The hub's words for a ticket of another event: which event, and not this one."""
        words = detail() or ""
        return words.startswith("Ticket for ") and words.endswith(": not this door's event")

    assert not wrong_event()
    readers: list[str] = []  # who reads settings.json from now on
    load = services.settings.load

    def watched_load():
        readers.append(sys._getframe(1).f_globals["__name__"])
        return load()

    monkeypatch.setattr(services.settings, "load", watched_load)
    # The door person picks another event in Door settings: the hub follows the save.
    door.apply_setup(DoorSetup(DoorConfig(desk="north", event_id=other_event)))
    qtbot.waitUntil(wrong_event, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: services.hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
    assert "passdesk.gui.hub_control" not in readers, "told by the save, not by the file"
