"""Settings → Venue hub → PassEntry events, as a person: register, pause, enable, rotate.

The app runs its hub on a loopback port over the desk's database and talks
to a real sandbox; the test types and clicks, then checks what PassEntry
(the sandbox) holds, what the keychain holds, and that the running hub takes
deliveries signed with the secret of the moment.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from passdesk.api import PassEntryClient
from passdesk.core.payloads import ScanInput
from passdesk.gui.hub_control import HubPhase
from passdesk.gui.settings.hub_subscription_dialog import (
    NOT_REGISTERED,
    ROTATE_QUESTION,
    HubSubscriptionDialog,
)
from passdesk.gui.widgets.style import Tone, tone_of
from passdesk.hub.signatures import sign
from passdesk.keychain import SecretName, SecretStore
from passdesk.settings import SettingsStore
from passdesk.sync.readers import MASK_DOTS
from tests.gui.helpers import click, configure, open_settings, retype, when_shown
from tests.gui.settings.test_hub import free_port
from tests.integration.hub.test_webhooks_passentry import webhook

PUBLIC = "https://hub.venue.example"
HOOK_URL = f"{PUBLIC}/webhooks/passentry"
WAIT_MS = 15_000
SHOTS = Path("/tmp/h19/h4")


@pytest.fixture
def running(qtbot, sandbox, make_services, open_window):
    """The app over the sandbox, its hub running on a free port;
    (window, pane, base, services)."""
    configure(sandbox.base_url, sandbox.api_key)
    port = free_port()
    store = SettingsStore()
    settings = store.load()
    settings.hub_run, settings.hub_port = True, port
    store.save(settings)
    SecretStore().set("hub_token", "hub-token-for-the-readers-1234")
    services = make_services()
    window = open_window(services)
    qtbot.waitUntil(lambda: services.hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
    return window, open_settings(qtbot, window), f"http://127.0.0.1:{port}", services


def open_events(qtbot, pane) -> HubSubscriptionDialog:
    """Click "PassEntry events…" in the Venue hub group."""
    click(qtbot, pane.form.hubSubscriptionButton)
    dialog = pane.hub.subscription_dialog
    assert isinstance(dialog, HubSubscriptionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def text(dialog) -> str:
    return dialog.form.hubSubscriptionStatus.text()


def summary(pane) -> str:
    """The Venue hub status's line about PassEntry events ("" when it has none)."""
    last = pane.form.hubStatus.text().splitlines()[-1]
    return last if last.startswith("PassEntry events") else ""


def remote(sandbox) -> dict:
    with sandbox.state.lock:
        (hook,) = sandbox.state.webhooks.values()
        return {"id": hook.id, **hook.attributes}


def deliver(base: str, secret: str, event_id: str) -> int:
    body = json.dumps(webhook("passInstalled", event_id=event_id)).encode()
    return httpx.post(f"{base}/webhooks/passentry", content=body, timeout=60,
                      headers={"X-Webhook-Signature": sign(body, secret),
                               "Content-Type": "application/json"}).status_code


def shots(window, pane, dialog, name: str) -> None:
    """The window at both sizes with the Venue hub group in view, and the dialog on it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        window.resize(width, height)
        pane.form.scrollArea.ensureWidgetVisible(pane.form.hubStatus, 50, 30)
        window.grab().save(str(SHOTS / f"{name}-window-{width}x{height}.png"))
    for _ in range(3):  # the dialog lays out its new words, then grows to them
        QApplication.processEvents()
    status = dialog.form.hubSubscriptionStatus
    assert status.height() >= status.heightForWidth(status.width()), "no line is cut off"
    dialog.grab().save(str(SHOTS / f"{name}-dialog.png"))


def test_register_pause_enable_rotate_as_a_person(qtbot, sandbox, running, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    window, pane, base, _services = running
    assert summary(pane) == ""
    dialog = open_events(qtbot, pane)
    form = dialog.form
    assert text(dialog) == NOT_REGISTERED
    assert not form.hubPauseButton.isEnabled()
    assert not form.hubRotateButton.isEnabled()
    shots(window, pane, dialog, "hub-not-registered")

    # A plain-HTTP address is refused in words before anything is sent.
    retype(qtbot, form.hubPublicUrlEdit, "http://hub.venue.example")
    click(qtbot, form.hubRegisterButton)
    assert tone_of(form.hubSubscriptionStatus) is Tone.ERROR
    assert "HTTPS addresses only" in text(dialog)
    assert not sandbox.state.webhooks

    retype(qtbot, form.hubPublicUrlEdit, PUBLIC)
    click(qtbot, form.hubRegisterButton)
    assert text(dialog) == "Registering this hub with PassEntry…"
    assert not form.hubRegisterButton.isEnabled()
    qtbot.waitUntil(lambda: text(dialog).startswith("Delivering"), timeout=WAIT_MS)

    hook = remote(sandbox)
    secret = hook["secretKey"]
    assert hook["url"] == HOOK_URL
    assert hook["enabled"] is True
    assert hook["subscribedEvents"] == ["passInstalled", "passRemoved", "passScanned",
                                        "passCreated"]
    assert text(dialog) == (
        f"Delivering to {HOOK_URL}\n"
        "Passes installed, removed, scanned and created, for the whole organisation "
        f"“{hook['scopeName']}”\n"
        f"Secret {MASK_DOTS}{secret[-4:]}, in the keychain")
    assert tone_of(form.hubSubscriptionStatus) is Tone.SUCCESS
    assert summary(pane) == "PassEntry events: delivered to hub.venue.example"
    assert SecretStore().get(SecretName.WEBHOOK_SECRET).value == secret
    assert deliver(base, secret, "evt-1") == 200, "the running hub took the secret"
    shots(window, pane, dialog, "hub-registered")

    click(qtbot, form.hubPauseButton)
    qtbot.waitUntil(lambda: text(dialog).startswith("Paused"), timeout=WAIT_MS)
    assert remote(sandbox)["enabled"] is False
    assert form.hubPauseButton.text() == "E&nable"
    assert tone_of(form.hubSubscriptionStatus) is Tone.WARNING
    assert summary(pane) == "PassEntry events: paused (hub.venue.example)"
    shots(window, pane, dialog, "hub-paused")
    click(qtbot, form.hubPauseButton)
    qtbot.waitUntil(lambda: text(dialog).startswith("Delivering"), timeout=WAIT_MS)
    assert remote(sandbox)["enabled"] is True
    assert form.hubPauseButton.text() == "Paus&e"

    # Rotate: first say no, and nothing changes; then yes.
    questions: list[str] = []

    def answer(choice: str):
        def act(box: QMessageBox) -> None:
            questions.append(box.text() + "\n" + box.informativeText())
            if choice == "shot":
                box.grab().save(str(SHOTS / "hub-rotate-confirm.png"))
                choice_button = next(b for b in box.buttons() if b.text() == "Cancel")
            else:
                choice_button = next(b for b in box.buttons() if b.text() == choice)
            click(qtbot, choice_button)
        return act

    when_shown(QMessageBox, answer("shot"))
    click(qtbot, form.hubRotateButton)
    qtbot.waitUntil(lambda: len(questions) == 1, timeout=WAIT_MS)
    assert remote(sandbox)["secretKey"] == secret
    assert questions[0].startswith(ROTATE_QUESTION)
    assert "at once" in questions[0]

    when_shown(QMessageBox, answer("Rotate secret"))
    click(qtbot, form.hubRotateButton)
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: remote(sandbox)["secretKey"] != secret, timeout=WAIT_MS)
    new = remote(sandbox)["secretKey"]
    qtbot.waitUntil(lambda: f"{MASK_DOTS}{new[-4:]}" in text(dialog), timeout=WAIT_MS)
    keychain = SecretStore()
    assert keychain.get(SecretName.WEBHOOK_SECRET).value == new
    assert keychain.get(SecretName.WEBHOOK_SECRET_PREVIOUS).value == secret
    assert deliver(base, new, "evt-2") == 200, "no restart needed"
    assert deliver(base, secret, "evt-3") == 200, "signed just before: still accepted"
    assert deliver(base, "forged", "evt-4") == 401

    saved = SettingsStore().path.read_text(encoding="utf-8")
    assert json.loads(saved)["hub_public_url"] == PUBLIC
    for value in (secret, new):
        assert value not in saved
        assert value not in caplog.text
        assert value not in text(dialog)
    click(qtbot, form.buttonBox.button(form.buttonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: pane.hub.subscription_dialog is None)
    assert summary(pane) == "PassEntry events: delivered to hub.venue.example"


def test_registered_before_is_shown_when_settings_open(qtbot, sandbox, running,
                                                       make_services, open_window) -> None:
    window, pane, _base, _services = running
    dialog = open_events(qtbot, pane)
    retype(qtbot, dialog.form.hubPublicUrlEdit, PUBLIC)
    click(qtbot, dialog.form.hubRegisterButton)
    qtbot.waitUntil(lambda: text(dialog).startswith("Delivering"), timeout=WAIT_MS)
    dialog.reject()
    window.close()

    # The next time: the line says what Settings know; the dialog asks PassEntry,
    # which no longer has it (deleted in the dashboard).
    with sandbox.state.lock:
        sandbox.state.webhooks.clear()
    again = open_settings(qtbot, open_window(make_services()))
    assert summary(again) == "PassEntry events: registered for hub.venue.example"
    dialog = open_events(qtbot, again)
    assert dialog.form.hubPublicUrlEdit.text() == PUBLIC
    qtbot.waitUntil(lambda: text(dialog) == NOT_REGISTERED, timeout=WAIT_MS)
    assert not dialog.form.hubRotateButton.isEnabled()
    assert summary(again) == ""


def test_rotating_in_settings_refuses_no_delivery_while_scans_come(
        qtbot, sandbox, running) -> None:
    """The hub run in the app, reached by the sandbox through a tunnel: scans keep
    coming while the person rotates the secret; every delivery is answered 2xx."""
    _window, pane, base, services = running
    sandbox.webhooks.retry_base = 0.05
    sandbox.tunnels[PUBLIC] = base
    dialog = open_events(qtbot, pane)
    retype(qtbot, dialog.form.hubPublicUrlEdit, PUBLIC)
    click(qtbot, dialog.form.hubRegisterButton)
    qtbot.waitUntil(lambda: text(dialog).startswith("Delivering"), timeout=WAIT_MS)
    old = remote(sandbox)["secretKey"]
    with sandbox.state.lock:
        reader = next(iter(sandbox.state.readers))
        pass_id = next(iter(sandbox.state.passes))

    # The rotate answer reaches the desk late: PassEntry already signs with the new key.
    client = services.link.client
    real_rotate = client.webhook_subscriptions.rotate_secret

    def slow_answer(sub_id: str):
        record = real_rotate(sub_id)
        time.sleep(0.4)
        return record

    client.webhook_subscriptions.rotate_secret = slow_answer
    stop = threading.Event()
    made: list[str] = []

    def keep_scanning() -> None:
        with PassEntryClient(sandbox.base_url, sandbox.api_key) as scanner:
            while not stop.is_set():
                made.append(scanner.scans.create(
                    ScanInput(reader_id=reader, pass_id=pass_id)).scan_info.scan_id)
                time.sleep(0.01)

    scanning = threading.Thread(target=keep_scanning)
    scanning.start()
    try:
        qtbot.waitUntil(lambda: len(made) >= 5, timeout=WAIT_MS)
        when_shown(QMessageBox, lambda box: click(
            qtbot, next(b for b in box.buttons() if b.text() == "Rotate secret")))
        click(qtbot, dialog.form.hubRotateButton)
        qtbot.waitUntil(lambda: remote(sandbox)["secretKey"] != old, timeout=WAIT_MS)
        new = remote(sandbox)["secretKey"]
        qtbot.waitUntil(lambda: f"{MASK_DOTS}{new[-4:]}" in text(dialog), timeout=WAIT_MS)
        count = len(made)
        qtbot.waitUntil(lambda: len(made) >= count + 5, timeout=WAIT_MS)
    finally:
        stop.set()
        scanning.join(30)
    assert sandbox.webhooks.wait_idle(60)

    log = [a for a in sandbox.webhooks.attempts() if a["webhookType"] == "passScanned"]
    assert len(log) == len(made)
    assert [a for a in log if a["status"] != 200] == [], "no delivery refused"
    assert SecretStore().get(SecretName.WEBHOOK_SECRET).value == new
