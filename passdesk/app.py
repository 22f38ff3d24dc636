"""Composition root: builds the services, the main window, and runs Qt.

    run(demo=False)          what ``passdesk`` / ``passdesk --demo`` call
    build_services(...)      settings, secrets, task runner, server link, monitor
    build_main_window(...)   the window from given services, no event loop (tests)

Started without an API key for the configured server (neither in the
environment nor in the keychain), the app asks: start the demo, open
Settings, or quit.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from passdesk.api import PassEntryClient
from passdesk.api.http import normalize_url
from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.gui.icons import app_icon
from passdesk.gui.main_window import MainWindow
from passdesk.gui.monitor import DEFAULT_INTERVAL_MS, ConnectionMonitor
from passdesk.gui.server import ClientFactory, ServerLink, ServerTarget
from passdesk.gui.services import Services
from passdesk.gui.start_dialog import StartChoice, ask_start_choice
from passdesk.gui.tasks import TaskRunner
from passdesk.secrets import SecretStore
from passdesk.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

#: The embedded sandbox's API key (public, not a secret).
DEMO_API_KEY = "demo"
SETTINGS_PANE = "settings"


class StartMode(StrEnum):
    CONFIGURED = "configured"  # the configured server with its key
    DEMO = "demo"  # the embedded sandbox
    SETTINGS = "settings"  # the configured server, no key yet: open Settings
    QUIT = "quit"


def configured_target(settings: Settings, secrets: SecretStore) -> ServerTarget:
    """The server from the settings file with its key (environment, then keychain)."""
    url = normalize_url(settings.api_base_url or DEFAULT_BASE_URL)
    secret = secrets.get("api_key", scope=url)
    return ServerTarget(url, secret.value, secret.source)


def decide_start(*, demo: bool, has_key: bool, ask: Callable[[], StartChoice]) -> StartMode:
    """How to start; ``ask`` (the no-key dialog) is called only when it must be."""
    if demo:
        return StartMode.DEMO
    if has_key:
        return StartMode.CONFIGURED
    return {StartChoice.DEMO: StartMode.DEMO, StartChoice.SETTINGS: StartMode.SETTINGS,
            StartChoice.QUIT: StartMode.QUIT}[ask()]


def start_sandbox(factory: Callable[[], Any] | None = None) -> tuple[Any, ServerTarget]:
    """Start the embedded demo sandbox on a free loopback port; returns it and its target."""
    if factory is None:
        from passdesk.sandbox import SandboxServer

        factory = SandboxServer
    server = factory()
    base_url = server.start()
    return server, ServerTarget(base_url, getattr(server, "api_key", DEMO_API_KEY), demo=True)


def build_services(
    *,
    demo: bool = False,
    settings_store: SettingsStore | None = None,
    secret_store: SecretStore | None = None,
    settings: Settings | None = None,
    sandbox_factory: Callable[[], Any] | None = None,
    client_factory: ClientFactory = PassEntryClient,
    check_interval_ms: int = DEFAULT_INTERVAL_MS,
) -> Services:
    """The app's services; in demo mode this starts the sandbox (stopped by ``close()``).

    ``client_factory`` builds every API client (tests pass one with an httpx
    transport); ``sandbox_factory`` builds the demo sandbox.
    """
    settings_store = settings_store or SettingsStore()
    secrets = secret_store or SecretStore()
    notices: list[str] = []
    if settings is None:
        settings = settings_store.load()
        if settings_store.problem:
            notices.append(settings_store.problem)
    sandbox = None
    if demo:
        sandbox, target = start_sandbox(sandbox_factory)
    else:
        target = configured_target(settings, secrets)
    tasks = TaskRunner()
    link = ServerLink(target, client_factory=client_factory)
    monitor = ConnectionMonitor(link, tasks, interval_ms=check_interval_ms)
    return Services(settings=settings_store, secrets=secrets, tasks=tasks, link=link,
                    monitor=monitor, sandbox=sandbox, notices=notices)


def build_main_window(services: Services, *, start_pane: str | None = None) -> MainWindow:
    """The main window over ``services``, its connection monitor started. No event loop."""
    window = MainWindow(services, start_pane=start_pane)
    services.monitor.start()
    return window


def run(*, demo: bool = False, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    qt_app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    qt_app.setApplicationName("passdesk")
    qt_app.setDesktopFileName("passdesk")
    qt_app.setWindowIcon(app_icon())

    settings_store = SettingsStore()
    secrets = SecretStore()
    settings = settings_store.load()
    notices = [settings_store.problem] if settings_store.problem else []
    target = configured_target(settings, secrets)
    mode = decide_start(demo=demo, has_key=target.has_key,
                        ask=lambda: ask_start_choice(target.address))
    if mode is StartMode.QUIT:
        return 0
    try:
        services = build_services(demo=mode is StartMode.DEMO, settings_store=settings_store,
                                  secret_store=secrets, settings=settings)
    except Exception as exc:  # the sandbox could not start: say so instead of a traceback
        log.exception("the demo sandbox did not start")
        QMessageBox.critical(None, "passdesk", f"The demo sandbox could not start:\n{exc}")
        return 1
    services.notices.extend(notices)
    try:
        window = build_main_window(
            services, start_pane=SETTINGS_PANE if mode is StartMode.SETTINGS else None)
        window.show()
        return qt_app.exec()
    finally:
        services.close()
