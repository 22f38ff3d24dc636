"""The main window: navigation, the status bar's server and online state, the start-up
choice without a key, and screenshots."""

from __future__ import annotations

import socket
from datetime import timedelta

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolButton

from passdesk import app
from passdesk.api import PassEntryClient
from passdesk.gui.main_window import MainWindow
from passdesk.gui.panes import PANES, PaneSpec
from passdesk.gui.start_dialog import NoKeyDialog, StartChoice, ask_start_choice
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    distinct_colours,
    open_settings,
    run_connection_test,
    wait_until_synced,
    when_shown,
)

#: The sync service checks the connection this often when idle (30 s in the app).
QUICK_CHECKS = timedelta(seconds=0.2)


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def online_text(window: MainWindow) -> str:
    return window.status.online_label.text()


# --- navigation --------------------------------------------------------------


def test_the_nav_list_shows_exactly_the_panes_that_exist(sandbox_window) -> None:
    titles = ["Door", "Till", "Events", "Passes", "Designer", "Readers", "Sync", "Staff",
              "Settings", "Insights"]
    assert nav_titles(sandbox_window) == titles
    assert [spec.title for spec in PANES] == titles
    assert sandbox_window.stack.count() == sandbox_window.nav.count()
    for row in range(sandbox_window.nav.count()):
        assert not sandbox_window.nav.item(row).icon().isNull()
    assert sandbox_window.windowTitle() == "passdesk"
    assert not sandbox_window.windowIcon().isNull()


def test_a_pane_is_one_registration(qtbot, make_services) -> None:
    configure("https://api.passentry.com/api/v1")
    services = make_services()
    panes = [
        PaneSpec("alpha", "Alpha", "settings.svg", lambda s: QLabel("alpha pane")),
        PaneSpec("beta", "Beta", "passdesk.svg", lambda s: QLabel("beta pane")),
    ]
    window = MainWindow(services, panes=panes, start_pane="beta")
    qtbot.addWidget(window)

    assert nav_titles(window) == ["Alpha", "Beta"]
    assert window.current_pane_key == "beta"
    assert window.stack.currentWidget().text() == "beta pane"
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget().text() == "alpha pane"


# --- status bar --------------------------------------------------------------


def test_status_bar_names_the_demo_sandbox_and_goes_online(
        qtbot, make_services, open_window) -> None:
    services = make_services(demo=True)
    window = open_window(services)
    port = services.sandbox.port

    assert window.status.server_label.text() == f"Demo sandbox · 127.0.0.1:{port}"
    qtbot.waitUntil(lambda: online_text(window) == "● Online", timeout=SYNC_WAIT_MS)


def test_status_bar_names_the_real_api(qtbot, make_services, open_window) -> None:
    def no_network(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no network in tests", request=request)

    def client_factory(*args, **kwargs) -> PassEntryClient:
        return PassEntryClient(*args, transport=httpx.MockTransport(no_network), **kwargs)

    configure("https://api.passentry.com/api/v1", "pd-live-key")
    window = open_window(make_services(client_factory=client_factory))

    assert window.status.server_label.text() == "PassEntry API · api.passentry.com"
    qtbot.waitUntil(lambda: online_text(window) == "● Offline", timeout=SYNC_WAIT_MS)
    tooltip = window.status.online_label.toolTip()
    assert "Could not connect to api.passentry.com" in tooltip
    assert "kept and sent when the connection is back" in tooltip


def test_online_offline_and_online_again_without_anyone_asking(
        qtbot, sandbox, make_services, open_window) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    window = open_window(make_services(idle_check_every=QUICK_CHECKS))
    assert window.status.server_label.text() == f"Local server · 127.0.0.1:{sandbox.port}"
    qtbot.waitUntil(lambda: online_text(window) == "● Online", timeout=SYNC_WAIT_MS)

    sandbox.stop()  # nobody clicks anything: the sync service's idle check notices

    qtbot.waitUntil(lambda: online_text(window) == "● Offline", timeout=SYNC_WAIT_MS)
    assert "Could not connect to 127.0.0.1" in window.status.online_label.toolTip()
    sandbox.start()
    qtbot.waitUntil(lambda: online_text(window) == "● Online", timeout=SYNC_WAIT_MS)


def test_a_refused_key_and_a_missing_key_are_named(
        qtbot, sandbox, make_services, open_window) -> None:
    configure(sandbox.base_url, "not-the-demo-key")
    refused = open_window(make_services())
    qtbot.waitUntil(lambda: online_text(refused) == "● Key refused", timeout=SYNC_WAIT_MS)
    assert "not accepted" in refused.status.online_label.toolTip()

    configure("https://api.passentry.com/api/v1")
    missing = open_window(make_services())
    qtbot.waitUntil(lambda: online_text(missing) == "● No API key")
    assert "Settings" in missing.status.online_label.toolTip()


def test_clicking_the_sync_indicator_opens_the_sync_pane(qtbot, sandbox, make_services,
                                                        open_window) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    window.show_pane("settings")
    wait_until_synced(qtbot, services)

    click(qtbot, window.status.sync_button)

    assert window.current_pane_key == "sync"


# --- start-up without a key ---------------------------------------------------


def never_ask() -> StartChoice:
    raise AssertionError("the no-key dialog must not be shown")


def test_start_decision_with_demo_or_a_key_asks_nothing() -> None:
    assert app.decide_start(demo=True, has_key=False, ask=never_ask) is app.StartMode.DEMO
    assert app.decide_start(demo=False, has_key=True, ask=never_ask) is app.StartMode.CONFIGURED


@pytest.mark.parametrize(("choice", "mode"), [
    (StartChoice.DEMO, app.StartMode.DEMO),
    (StartChoice.SETTINGS, app.StartMode.SETTINGS),
    (StartChoice.QUIT, app.StartMode.QUIT),
])
def test_start_decision_without_a_key_asks(choice, mode) -> None:
    asked = []
    result = app.decide_start(demo=False, has_key=False,
                              ask=lambda: asked.append(1) or choice)
    assert result is mode
    assert asked == [1]


def test_a_key_is_looked_up_for_the_configured_server(sandbox, monkeypatch) -> None:
    from passdesk.keychain import SecretStore
    from passdesk.settings import SettingsStore

    configure("https://api.passentry.com/api/v1")
    store = SecretStore()
    assert not app.configured_target(SettingsStore().load(), store).has_key
    store.set("api_key", "elsewhere", scope=sandbox.base_url)  # another server's key
    assert not app.configured_target(SettingsStore().load(), store).has_key
    monkeypatch.setenv("PASSDESK_API_KEY", "from-env")
    assert app.configured_target(SettingsStore().load(), store).has_key


@pytest.mark.parametrize(("button", "choice"), [
    ("demo_button", StartChoice.DEMO),
    ("settings_button", StartChoice.SETTINGS),
    ("quit_button", StartChoice.QUIT),
])
def test_the_no_key_dialog_buttons(qtbot, button, choice) -> None:
    dialog = NoKeyDialog("api.passentry.com")
    qtbot.addWidget(dialog)
    dialog.open()
    assert "no PassEntry API key for api.passentry.com" in dialog.message.text()
    assert dialog.demo_button.text() == "Start &demo"
    assert dialog.settings_button.text() == "Open &Settings"

    with qtbot.waitSignal(dialog.finished):
        click(qtbot, getattr(dialog, button))

    assert dialog.choice is choice
    assert not dialog.isVisible()


def test_escape_in_the_no_key_dialog_quits(qtbot) -> None:
    dialog = NoKeyDialog("api.passentry.com")
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is StartChoice.QUIT


def test_ask_start_choice_shows_the_dialog_modally(qtbot) -> None:
    timer = when_shown(NoKeyDialog, lambda d: click(qtbot, d.settings_button))
    assert ask_start_choice("api.passentry.com") is StartChoice.SETTINGS
    assert not timer.isActive()


def refuses_connections(base_url: str) -> bool:
    url = httpx.URL(base_url)
    try:
        socket.create_connection((url.host, url.port), timeout=2).close()
    except OSError:
        return True
    return False


def test_run_without_a_key_can_start_the_demo_and_stops_it_on_exit(qtbot) -> None:
    seen: dict[str, str] = {}

    def on_window(window: MainWindow) -> None:
        seen["server"] = window.status.server_label.text()
        seen["pane"] = window.current_pane_key or ""
        # Wait for the first contact, so the demo sandbox was really reached.
        qtbot.waitUntil(lambda: online_text(window) == "● Online", timeout=SYNC_WAIT_MS)
        seen["url"] = window.status.server_label.toolTip().removeprefix("API base URL: ")
        window.close()

    dialog_timer = when_shown(NoKeyDialog, lambda d: click(qtbot, d.demo_button))
    window_timer = when_shown(MainWindow, on_window)

    assert app.run(demo=False, argv=["passdesk"]) == 0

    assert not dialog_timer.isActive()
    assert not window_timer.isActive()
    assert seen["server"].startswith("Demo sandbox · 127.0.0.1:")
    assert seen["pane"] == "door"  # the first pane
    assert refuses_connections(seen["url"])  # the sandbox was stopped on exit


def test_run_without_a_key_can_open_settings(qtbot) -> None:
    seen: dict[str, str] = {}

    def on_window(window: MainWindow) -> None:
        seen["pane"] = window.current_pane_key or ""
        qtbot.waitUntil(lambda: online_text(window) != "● Checking…")
        seen["online"] = online_text(window)
        seen["server"] = window.status.server_label.text()
        window.close()

    when_shown(NoKeyDialog, lambda d: click(qtbot, d.settings_button))
    when_shown(MainWindow, on_window)

    assert app.run(argv=["passdesk"]) == 0
    assert seen == {"pane": "settings", "online": "● No API key",
                    "server": "PassEntry API · api.passentry.com"}


def test_run_without_a_key_can_quit(qtbot) -> None:
    when_shown(NoKeyDialog, lambda d: click(qtbot, d.quit_button))
    assert app.run(argv=["passdesk"]) == 0


def test_a_database_that_cannot_open_is_a_message_and_exit_code_1(
        qtbot, sandbox, tmp_path, monkeypatch) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("PASSDESK_DATA_DIR", str(blocker / "data"))
    seen: dict[str, str] = {}

    def read_and_close(box: QMessageBox) -> None:
        seen["text"] = box.text()
        box.accept()

    timer = when_shown(QMessageBox, read_and_close)
    assert app.run(argv=["passdesk"]) == 1
    assert not timer.isActive()
    assert "cannot open its local database" in seen["text"]
    assert str(blocker / "data") in seen["text"]
    assert "Traceback" not in seen["text"]


# --- screenshots -----------------------------------------------------------------


def test_screenshots_of_the_window_and_the_settings_pane(
        qtbot, sandbox_window, tmp_path) -> None:
    window = sandbox_window
    window.resize(1100, 720)
    qtbot.waitUntil(lambda: online_text(window) == "● Online", timeout=SYNC_WAIT_MS)
    window_png = tmp_path / "main-window.png"
    assert window.grab().save(str(window_png))

    pane = open_settings(qtbot, window)
    assert run_connection_test(qtbot, pane).startswith("Connected to")
    pane_png = tmp_path / "settings-pane.png"
    assert pane.grab().save(str(pane_png))

    for png, size in ((window_png, (1100, 720)), (pane_png, pane.size().toTuple())):
        assert png.stat().st_size > 0
        image = QImage(str(png))
        assert (image.width(), image.height()) == tuple(
            round(v * window.devicePixelRatio()) for v in size)
        assert distinct_colours(png) > 8, f"{png.name} looks blank"


# --- start-up notices, keyboard ---------------------------------------------------


def test_a_damaged_settings_file_is_announced(qtbot, make_services, open_window) -> None:
    from passdesk.gui.main_window import NoticeBar
    from passdesk.settings import SettingsStore

    path = SettingsStore().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json", encoding="utf-8")

    window = open_window(make_services())

    bars = window.findChildren(NoticeBar)
    assert len(bars) == 1
    assert "settings file was damaged" in bars[0].label.text()
    assert bars[0].isVisible()
    dismiss = bars[0].findChild(QToolButton)
    click(qtbot, dismiss)
    assert not bars[0].isVisible()


def test_labels_have_buddies_and_tab_order_follows_the_form(qtbot, sandbox_window) -> None:
    pane = open_settings(qtbot, sandbox_window)
    form = pane.form
    assert form.urlLabel.buddy() is form.urlEdit
    assert form.keyLabel.buddy() is form.keyEdit
    assert "&" in form.urlLabel.text()
    assert "&" in form.keyLabel.text()

    form.urlEdit.setFocus()
    qtbot.waitUntil(form.urlEdit.hasFocus)
    order = [form.urlEdit]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [form.urlEdit, form.keyEdit, form.removeKeyButton, form.entityEdit,
                     form.testButton, form.saveButton]
    assert form.entityLabel.buddy() is form.entityEdit
