"""The Settings pane, driven as a person would, against the real sandbox over loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication

from passdesk import cli
from passdesk.api import (
    InsecureUrlError,
    NetworkError,
    UnauthorizedError,
)
from passdesk.gui.i18n import formats
from passdesk.gui.settings.pane import TESTING, SettingsPane
from passdesk.gui.settings.probe import ProbeOutcome
from passdesk.gui.widgets.style import Tone, tone_of
from passdesk.keychain import SecretStore
from passdesk.sandbox import SandboxServer
from passdesk.settings import SettingsStore
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    open_settings,
    retype,
    run_connection_test,
    save_shot,
)

WRONG_KEY = "pd-wrong-key-0000"
NEW_KEY = "pd-live-7f3a9c2e51b84d06"


def test_connection_test_succeeds_with_the_sandbox(qtbot, sandbox, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    assert pane.form.urlEdit.text() == sandbox.base_url

    text = run_connection_test(qtbot, pane)

    assert text.startswith("Connected to 127.0.0.1")
    with sandbox.state.lock:
        passes = sum(1 for p in sandbox.state.passes.values() if not p.nullified)
    assert f"{formats.number(passes)} passes" in text  # as the locale writes numbers
    assert "documented reads work" in text
    assert tone_of(pane.form.resultLabel) is Tone.SUCCESS
    assert pane.form.probeTable.isVisible()
    rows = {route: (what, result) for route, what, result in pane.probe.rows()}
    # The count as the API part writes it, or as the locale does once it is a Text.
    assert rows["GET /passes"] in (("The passes list", f"OK · {passes:,} passes"),
                                   ("The passes list", f"OK · {formats.number(passes)} passes"))
    assert rows["GET /scans"][1].startswith("OK")


def test_a_wrong_key_is_reported_as_refused(qtbot, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    qtbot.keyClicks(pane.form.keyEdit, WRONG_KEY)

    text = run_connection_test(qtbot, pane)

    assert "The API key was not accepted" in text
    # Already in Settings: the key is the field above, not "in Settings".
    assert "Check the API key above" in text
    assert "in Settings" not in text
    assert UnauthorizedError.hint not in text
    assert WRONG_KEY not in text
    assert tone_of(pane.form.resultLabel) is Tone.ERROR
    assert not pane.form.probeTable.isVisible(), "no table of refusals"


def test_a_stopped_server_is_a_network_failure(qtbot, sandbox, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    sandbox.stop()

    text = run_connection_test(qtbot, pane)

    assert "Could not connect to 127.0.0.1" in text
    assert NetworkError.hint in text
    assert tone_of(pane.form.resultLabel) is Tone.ERROR


def test_plain_http_to_a_remote_host_is_refused_before_any_request(
        qtbot, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    retype(qtbot, pane.form.urlEdit, "http://example.com/api/v1")
    qtbot.keyClicks(pane.form.keyEdit, "some-key")

    click(qtbot, pane.form.testButton)

    # Refused at once, on the UI thread, without waiting for a worker.
    text = pane.form.resultLabel.text()
    assert "Refusing plain http to example.com" in text
    assert InsecureUrlError.hint in text
    assert text != TESTING
    assert pane.form.testButton.isEnabled()


def test_the_button_is_disabled_and_says_testing_while_a_test_runs(
        qtbot, make_services) -> None:
    configure("https://api.passentry.com/api/v1", "some-key")
    services = make_services()
    release = threading.Event()

    def slow_check(target, entity_id):
        release.wait(timeout=30)
        return ProbeOutcome("Connected to Box office", True, [], "report")

    pane = SettingsPane(settings=services.settings, keychain=services.keychain,
                        net_tasks=services.net_tasks, link=services.link, check=slow_check)
    qtbot.addWidget(pane)

    click(qtbot, pane.form.testButton)
    assert not pane.form.testButton.isEnabled()
    assert pane.form.resultLabel.text() == TESTING

    release.set()
    qtbot.waitUntil(lambda: pane.form.testButton.isEnabled())
    assert "Box office" in pane.form.resultLabel.text()
    assert not pane.form.copyReportButton.isHidden()


def test_save_puts_the_key_in_the_keychain_and_not_in_the_settings_file(
        qtbot, sandbox, sandbox_window, memory_keyring) -> None:
    pane = open_settings(qtbot, sandbox_window)
    qtbot.keyClicks(pane.form.keyEdit, NEW_KEY)

    click(qtbot, pane.form.saveButton)

    assert memory_keyring.store[("passdesk", f"api_key@{sandbox.base_url}")] == NEW_KEY
    settings_file = SettingsStore().path
    saved = settings_file.read_text(encoding="utf-8")
    assert NEW_KEY not in saved
    assert json.loads(saved)["api_base_url"] == sandbox.base_url
    assert pane.form.keyEdit.text() == ""
    assert "stored in the keychain" in pane.form.keyStatus.text()
    assert pane.form.resultLabel.text().startswith("Saved.")
    # The app now uses the new key: the sandbox refuses it, and the status bar says so.
    qtbot.waitUntil(lambda: "Key refused" in sandbox_window.status.online_label.text(),
                    timeout=SYNC_WAIT_MS)


def test_save_without_a_keychain_stores_nothing_and_says_so(
        qtbot, sandbox, make_services, open_window, memory_keyring) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    window = open_window(make_services())
    pane = open_settings(qtbot, window)
    assert "No keychain on this system" in pane.form.keyStatus.text()
    retype(qtbot, pane.form.urlEdit, sandbox.base_url)
    qtbot.keyClicks(pane.form.keyEdit, NEW_KEY)

    click(qtbot, pane.form.saveButton)

    text = pane.form.resultLabel.text()
    assert "nothing was stored" in text
    assert "PASSDESK_API_KEY" in text
    assert NEW_KEY not in text
    assert tone_of(pane.form.resultLabel) is Tone.ERROR
    assert not SettingsStore().path.exists()
    assert memory_keyring.store == {}


def test_remove_key_deletes_it_and_the_app_has_no_key(
        qtbot, sandbox, sandbox_window, memory_keyring) -> None:
    pane = open_settings(qtbot, sandbox_window)
    qtbot.waitUntil(lambda: "Online" in sandbox_window.status.online_label.text(),
                    timeout=SYNC_WAIT_MS)
    assert pane.form.removeKeyButton.isEnabled()

    click(qtbot, pane.form.removeKeyButton)

    assert memory_keyring.store == {}
    assert "No key is stored" in pane.form.keyStatus.text()
    assert not pane.form.removeKeyButton.isEnabled()
    # The sync service is told at once and says so from its worker.
    qtbot.waitUntil(lambda: "No API key" in sandbox_window.status.online_label.text())


def test_the_key_field_never_shows_the_stored_key(qtbot, sandbox, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    assert pane.form.keyEdit.text() == ""
    assert pane.form.keyEdit.echoMode() is pane.form.keyEdit.EchoMode.Password
    assert "stored in the keychain" in pane.form.keyStatus.text()
    assert "demo" not in pane.form.keyStatus.text()


def test_a_key_from_the_environment_is_shown_as_such(
        qtbot, sandbox, make_services, open_window, monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_API_KEY", sandbox.api_key)
    configure(sandbox.base_url)
    window = open_window(make_services())
    pane = open_settings(qtbot, window)

    assert "environment variable PASSDESK_API_KEY" in pane.form.keyStatus.text()
    assert not pane.form.removeKeyButton.isEnabled()
    assert run_connection_test(qtbot, pane).startswith("Connected to")


def test_demo_mode_says_so_and_a_saved_key_opens_that_server_after_a_restart(
        qtbot, sandbox, make_services, open_window) -> None:
    services = make_services(demo=True)
    window = open_window(services)
    demo_address = services.link.target.address
    pane = open_settings(qtbot, window)
    assert pane.form.demoNotice.isVisible()
    assert demo_address in pane.form.demoNotice.text()
    assert "keychain" in pane.form.demoNotice.text()
    assert window.status.server_label.text() == f"Demo sandbox · {demo_address}"

    # The fixture's sandbox plays "the real server" here; the key is saved at once,
    # before the demo's first sync could have finished.
    retype(qtbot, pane.form.urlEdit, sandbox.base_url)
    qtbot.keyClicks(pane.form.keyEdit, sandbox.api_key)
    click(qtbot, pane.form.saveButton)

    assert not pane.form.demoNotice.isVisible()
    assert window.status.server_label.text() == f"Local server · 127.0.0.1:{sandbox.port}"
    assert SecretStore().get("api_key", scope=sandbox.base_url).value == sandbox.api_key
    assert "Restart passdesk" in pane.form.resultLabel.text()
    # The demo's data is never sent to the real server, however quick the save was.
    qtbot.waitUntil(lambda: "Other server's data" in window.status.online_label.text(),
                    timeout=SYNC_WAIT_MS)
    assert not sandbox.requests.entries(), "the real server was not contacted with the demo's data"

    # The restart opens the configured server's own local data, and syncs it.
    window.close()
    restarted = open_window(make_services())
    assert restarted.status.server_label.text() == f"Local server · 127.0.0.1:{sandbox.port}"
    qtbot.waitUntil(lambda: "Online" in restarted.status.online_label.text(),
                    timeout=SYNC_WAIT_MS)


@pytest.mark.parametrize("size", [(1100, 720), (900, 600)])
def test_nothing_is_clipped_at_common_window_sizes(
        qtbot, make_services, open_window, size) -> None:
    services = make_services(demo=True)
    window = open_window(services)
    pane = open_settings(qtbot, window)
    run_connection_test(qtbot, pane)  # a two-line result and the demo notice: the tallest case
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)

    form = pane.form
    # With a scroll bar the content is laid out twice (its width shrinks): the second time.
    contents = form.scrollContents
    qtbot.waitUntil(lambda: contents.height() >= contents.heightForWidth(contents.width()))
    # Four groups (server, venue hub, staff roles, language) may scroll up and down;
    # never sideways. The language's one row is on top of what the three others took.
    assert form.scrollArea.horizontalScrollBar().maximum() == 0
    assert (form.scrollArea.verticalScrollBar().maximum()
            < form.scrollArea.height() * 2 // 3 + pane.language_group.height())
    for button in (form.testButton, form.saveButton, form.removeKeyButton, form.copyReportButton,
                   form.hubTokenButton, form.hubApplyButton, window.status.sync_button,
                   pane.roles_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.height() >= button.sizeHint().height(), button.text()
    label = window.status.online_label
    assert label.width() >= label.sizeHint().width()
    # The hub's Apply is reached by scrolling, whole.
    form.scrollArea.ensureWidgetVisible(form.hubApplyButton)
    corner = form.hubApplyButton.mapTo(form.scrollArea.viewport(), QPoint(0, 0))
    assert form.scrollArea.viewport().rect().contains(
        QRect(corner, form.hubApplyButton.size()))


# --- the route table, "Copy report" and the entity ID ------------------------------------

REPORT_KEY = "pd-report-key-5b2e99d1c7"


@pytest.fixture
def strict_sandbox() -> Iterator[SandboxServer]:
    """Only the documented routes, and a key that must not reach the report."""
    server = SandboxServer(strict=True, api_key=REPORT_KEY)
    server.start()
    yield server
    server.stop()


def test_on_a_strict_server_the_table_says_what_is_not_offered_and_copies_the_cli_report(
        qtbot, strict_sandbox, make_services, open_window, capsys, tmp_path) -> None:
    server = strict_sandbox
    entity = server.state.default_entity_id
    configure(server.base_url, server.api_key)
    window = open_window(make_services())
    pane = open_settings(qtbot, window)
    retype(qtbot, pane.form.entityEdit, entity)

    text = run_connection_test(qtbot, pane)

    assert text.startswith("Connected to 127.0.0.1")
    assert tone_of(pane.form.resultLabel) is Tone.SUCCESS, "every documented read works"
    rows = {route: (what, result) for route, what, result in pane.probe.rows()}
    assert rows["GET /events"] == ("The events list (older API)",
                                   "not offered on this account")
    assert rows["GET /readers"][1] == "not offered on this account"
    assert rows["GET /entities/{entity_id}/readerConfiguration"][1].startswith("OK")
    assert not any(result.startswith("failed") for _what, result in rows.values())

    click(qtbot, pane.form.copyReportButton)
    copied = QGuiApplication.clipboard().text()
    assert "Copied" in pane.form.reportHelp.text()
    assert REPORT_KEY not in copied
    # The same text `passdesk check --api` prints for this server and entity.
    capsys.readouterr()
    assert cli.main(["check", "--api", "--url", server.base_url, "--entity", entity]) == 0
    printed = capsys.readouterr().out.strip()
    assert _without_counts(copied) == _without_counts(printed)
    assert "GET /events" in copied
    assert "not offered" in copied
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        pane.form.scrollArea.ensureWidgetVisible(pane.form.copyReportButton)
        save_shot(window, tmp_path, f"settings-test-connection-{size[0]}.png")


def _without_counts(report: str) -> str:
    """Both runs read the same server; only a scan or pass made meanwhile could differ."""
    return "\n".join(line for line in report.splitlines() if "scan" not in line.lower())


def test_the_entity_id_is_saved_in_the_settings_file(qtbot, sandbox, sandbox_window,
                                                     tmp_path) -> None:
    pane = open_settings(qtbot, sandbox_window)
    assert pane.form.entityEdit.text() == ""
    assert "dashboard" in pane.form.entityHelp.text()
    retype(qtbot, pane.form.entityEdit, "  0d10c850 ")
    sandbox_window.resize(1024, 768)
    qtbot.waitUntil(lambda: sandbox_window.size().toTuple() == (1024, 768))
    save_shot(sandbox_window, tmp_path, "settings-entity-1024.png")

    click(qtbot, pane.form.saveButton)

    assert SettingsStore().load().entity_id == "0d10c850"
    assert pane.form.entityEdit.text() == "0d10c850"
    retype(qtbot, pane.form.entityEdit, "")
    click(qtbot, pane.form.saveButton)
    assert SettingsStore().load().entity_id is None


def test_each_route_result_reads_in_plain_words() -> None:
    from passdesk.api.probe import FAILED, NOT_OFFERED, OK, SKIPPED, ProbeRow
    from passdesk.api.routes import Standing
    from passdesk.gui.settings.probe import Outcome, line_of, outcome_of

    rows = [ProbeRow("passes.list", "GET", "/passes", Standing.DOCUMENTED, OK, 200, True,
                     "3 passes"),
            ProbeRow("scans.list", "GET", "/scans", Standing.DOCUMENTED, FAILED, 500, None,
                     "Server error"),
            ProbeRow("events.list", "GET", "/events", Standing.LEGACY, NOT_OFFERED, 404),
            ProbeRow("scans.get", "GET", "/scans/{id}", Standing.DOCUMENTED, SKIPPED,
                     detail="skipped: no id")]
    lines = [line_of(r) for r in rows]
    assert [(x.route, x.what, x.result, x.outcome) for x in lines] == [
        ("GET /passes", "The passes list", "OK · 3 passes", Outcome.OK),
        ("GET /scans", "The scans list", "failed with 500: Server error", Outcome.FAILED),
        ("GET /events", "The events list (older API)", "not offered on this account",
         Outcome.ABSENT),
        ("GET /scans/{id}", "A scan", "skipped: no id", Outcome.ABSENT)]
    outcome = outcome_of(rows, "https://api.passentry.com/api/v1", "Connected")
    assert not outcome.ok, "a documented route failed"
    assert outcome.report.startswith("PassEntry API check of https://api.passentry.com/api/v1")
