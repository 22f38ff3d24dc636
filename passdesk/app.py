"""Composition root: builds the services, the main window, and runs Qt.

    run(demo=False)          what ``passdesk`` / ``passdesk --demo`` call
    build_services(...)      settings, keychain, task runners, server link, local
                             database, sync service and its Qt bridge, the in-app hub
    build_main_window(...)   the window from given services, no event loop (tests)

Started without an API key for the configured server (neither in the
environment nor in the keychain), the app asks: start the demo, open
Settings, or quit.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLoggingCategory, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.api.urls import normalize_url
from passdesk.core import texts
from passdesk.gui.gate import Gate
from passdesk.gui.hub_control import HubController
from passdesk.gui.i18n import say, translate
from passdesk.gui.main_window import MainWindow
from passdesk.gui.rescue_dialog import offer_rescue
from passdesk.gui.server import (
    ClientFactory,
    ServerLink,
    ServerTarget,
    pass_entry_client,
    sync_client_factory,
)
from passdesk.gui.services import Services
from passdesk.gui.start_dialog import StartChoice, ask_start_choice
from passdesk.gui.widgets.icons import app_icon
from passdesk.gui.workers import main_thread_gc
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretName, SecretStore
from passdesk.settings import Settings, SettingsStore, data_dir
from passdesk.store import damage_mark, rescue, rescue_read
from passdesk.store.database import Database, DatabaseError, database_url, fresh_sqlite_url
from passdesk.store.rescue import RescueReport
from passdesk.sync.service import IDLE_CHECK_EVERY, PULL_EVERY, SyncService

log = logging.getLogger(__name__)

#: The embedded sandbox's API key (public, not a secret).
DEMO_API_KEY = "demo"
SETTINGS_PANE = "settings"
#: Demo mode's own database, in the data folder beside the real one.
DEMO_DATABASE_FILE = "demo.sqlite3"


class StartMode(StrEnum):
    CONFIGURED = "configured"  # the configured server with its key
    DEMO = "demo"  # the embedded sandbox
    SETTINGS = "settings"  # the configured server, no key yet: open Settings
    QUIT = "quit"


def configured_target(settings: Settings, secrets: SecretStore) -> ServerTarget:
    """The server from the settings file with its key (environment, then keychain)."""
    url = normalize_url(settings.api_base_url or DEFAULT_BASE_URL)
    secret = secrets.get(SecretName.API_KEY, scope=url)
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


def fresh_demo_database_url(folder: Path) -> str:
    """The demo's SQLite file, emptied: the sandbox's data is new at every start and
    must never mix with a real account's cache, so the file is deleted first."""
    return fresh_sqlite_url(folder / DEMO_DATABASE_FILE)


def open_database(settings: Settings, *, demo: bool, server_url: str | None = None
                  ) -> Database:
    """The local store: the configured one, in demo mode a fresh demo file, else
    the SQLite file of ``server_url`` (the PassEntry API's is ``passdesk.sqlite3``).

    Raises ``DatabaseError`` with a message for the user.
    """
    folder = data_dir()
    own = None if server_url in (None, DEFAULT_BASE_URL) else server_url
    url = (fresh_demo_database_url(folder) if demo
           else database_url(settings.database_url, folder, own))
    try:
        return Database.open(url)
    except DatabaseError:
        raise
    except SQLAlchemyError as exc:  # e.g. a file that is not a database, an unknown driver
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError(texts.translate(
            "storage", "Cannot open the database at {url}: {problem}").format(
            url=_without_password(url), problem=str(reason))) from exc


def local_store_file(settings: Settings, server_url: str | None) -> Path | None:
    """The SQLite file ``open_database`` opens for ``server_url`` (None: not a file)."""
    own = None if server_url in (None, DEFAULT_BASE_URL) else server_url
    return rescue.sqlite_path(database_url(settings.database_url, data_dir(), own))


def rescue_if_damage_seen(store: Path | None,
                          offer: Callable[[Path, str], RescueReport | None]
                          ) -> RescueReport | bool | None:
    """When a query met damage last time (a note beside the file), check the file
    now and ``offer`` the rescue if it is damaged. Without a note nothing is read,
    so a normal start stays fast. The report, False to quit, None to go on as is."""
    if store is None or damage_mark.seen(store) is None:
        return None
    try:
        problem = rescue_read.quick_check(store)
    except sqlite3.Error as exc:  # locked, no permission: the open below says so
        log.warning("could not check %s: %s", store, exc)
        return None
    if problem is None:
        damage_mark.clear(store)
        return None
    report = offer(store, problem)
    return False if report is None else report


def rescued_notice(report: RescueReport) -> str:
    rows = report.rescued  # a plain name: pyside6-lupdate skips a numerus of "a.b"
    if report.fresh:
        return texts.translate(
            "window", "A fresh local store was started; the damaged file is kept as {file}. "
            "Passes and events are fetched again.").format(file=report.kept_as[0].name)
    return texts.translate(
        "window", "The local data was rescued (%Ln row(s)); the damaged file is kept as "
        "{file}. Passes and events are fetched again.", None, rows).format(
        file=report.kept_as[0].name)


def _said(exc: BaseException) -> str:
    """An error's message in the installed language (when it holds a ``Text``)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


def _cause(exc: BaseException) -> str:
    """SQLite's own words for an open failure, without the URL around them."""
    cause = exc.__cause__
    return str(getattr(cause, "orig", None) or cause or exc)


def _without_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return "the configured URL"


def follow_server(link: ServerLink, sync: SyncService) -> None:
    """When Settings switch server or key, the sync service uses them from its next round.

    Each server has its own local database, and the sync service refuses to
    sync or send a database's changes to any server but its own (it says so in
    the status bar). The database opened at start stays open, so after a switch
    to another server passdesk must be restarted to open that server's data;
    swapping the database while running is future work.
    """
    link.changed.connect(lambda target: sync.set_client_factory(
        sync_client_factory(target, link.client_factory)))


def build_services(
    *,
    demo: bool = False,
    settings_store: SettingsStore | None = None,
    secret_store: SecretStore | None = None,
    settings: Settings | None = None,
    sandbox_factory: Callable[[], Any] | None = None,
    client_factory: ClientFactory = pass_entry_client,
    pull_every: timedelta = PULL_EVERY,
    idle_check_every: timedelta = IDLE_CHECK_EVERY,
) -> Services:
    """The app's services; in demo mode this starts the sandbox (stopped by ``close()``).

    ``client_factory`` builds every API client (tests pass one with an httpx
    transport); ``sandbox_factory`` builds the demo sandbox. ``pull_every``
    and ``idle_check_every`` pace the sync service. Raises ``DatabaseError``
    when the local database cannot be opened.
    """
    settings_store = settings_store or SettingsStore()
    secrets = secret_store or SecretStore()
    notices: list[str] = []
    if settings is None:
        settings = settings_store.load()
        if settings_store.problem:
            notices.append(settings_store.problem)
    configured = None if demo else configured_target(settings, secrets)
    database = open_database(settings, demo=demo,
                             server_url=configured.base_url if configured else None)
    sandbox = None
    try:
        if demo:
            sandbox, target = start_sandbox(sandbox_factory)
        else:
            target = configured
    except BaseException:
        database.close()
        raise
    link = ServerLink(target, client_factory=client_factory)
    # The pull runs in a child process (its Python off the UI's interpreter), unless a
    # caller's own client factory (a test's transport) cannot be rebuilt there.
    sync = SyncService(database, sync_client_factory(target, client_factory),
                       pull_every=pull_every, idle_check_every=idle_check_every,
                       entity_id=lambda: settings_store.load().entity_id,
                       pull_in_child=client_factory is pass_entry_client)
    if demo:
        sync.bind(target.base_url)
    bridge = SyncBridge()
    bridge.attach(sync)
    follow_server(link, sync)
    hub = HubController(database, settings_store, secrets)
    # A token saved in the Readers pane is the one the hub checks: it follows at once.
    bridge.store_changed.connect(hub.store_changed)
    return Services(settings=settings_store, keychain=secrets, net_tasks=TaskRunner(), link=link,
                    database=database, sync=sync, bridge=bridge,
                    store_tasks=TaskRunner(max_threads=1), hub=hub, sandbox=sandbox,
                    notices=notices, gate=Gate(database, settings_store))


#: How long a thread holds the interpreter before one waiting for it takes a turn
#: (Python's default: 5 ms). The sync worker runs Python flat out during a pull, and
#: every sqlite3 or Qt call of the UI thread hands the interpreter over and waits
#: for it back: at 5 ms a verdict's p99 while pulling was 111 ms, at 0.5 ms 7 ms.
SWITCH_INTERVAL_S = 0.0005


def keep_the_ui_thread_first() -> None:
    """Hand the interpreter between threads often (see ``SWITCH_INTERVAL_S``)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


#: Qt messages that say nothing a user can act on: optional libraries QtMultimedia
#: looks for (PipeWire, VA-API video decoding) and the FFmpeg version it uses.
QUIET_QT_RULES = ("qt.multimedia.symbolsresolver.warning=false\n"
                  "qt.multimedia.ffmpeg.info=false")


def quiet_known_qt_noise() -> None:
    """Silence known-harmless Qt messages on stderr (before QtMultimedia loads).

    Qt lets QT_LOGGING_RULES and a QT_LOGGING_CONF file override these rules,
    so nothing is hidden from someone who asks for it. (A missing sound output
    is shown on the Door instead.)
    """
    QLoggingCategory.setFilterRules(QUIET_QT_RULES)


def build_main_window(services: Services, *, start_pane: str | None = None,
                      start_services: bool = True) -> MainWindow:
    """The main window over ``services``, their background work started unless
    ``start_services`` is False (``run`` starts them once the window shows). No event loop."""
    window = MainWindow(services, start_pane=start_pane)
    if start_services:
        services.start()
    return window


def single_instance_key(settings: Settings, store: Path | None, *, demo: bool) -> str:
    """One passdesk per user and store: the key of the store this start opens."""
    from passdesk.gui.single_instance import instance_key

    if store is not None:
        return instance_key(store.parent, store.name)
    if demo:
        return instance_key(data_dir(), DEMO_DATABASE_FILE)
    # A database server: its URL names it (hashed, never shown; it may hold a password).
    return instance_key(data_dir(), database_url(settings.database_url, data_dir()))


def run(*, demo: bool = False, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    quiet_known_qt_noise()
    keep_the_ui_thread_first()
    qt_app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    main_thread_gc.install(qt_app)  # Qt objects are never destroyed on a worker thread
    qt_app.setApplicationName("passdesk")
    qt_app.setDesktopFileName("passdesk")
    qt_app.setWindowIcon(app_icon())

    settings_store = SettingsStore()
    secrets = SecretStore()
    settings = settings_store.load()
    # Before the first window or message: every word after this is in that language.
    from passdesk.gui.i18n import language

    language.install(settings.language)
    notices = [settings_store.problem] if settings_store.problem else []
    target = configured_target(settings, secrets)
    mode = decide_start(demo=demo, has_key=target.has_key,
                        ask=lambda: ask_start_choice(target.address))
    if mode is StartMode.QUIT:
        return 0
    store = None if mode is StartMode.DEMO else local_store_file(settings, target.base_url)
    # Before the store is read (the rescue check below may offer to rewrite it).
    from passdesk.gui.single_instance import bring_to_front, claim

    instance = claim(single_instance_key(settings, store, demo=mode is StartMode.DEMO))
    if instance is None:  # this store's passdesk runs already: it was asked to come forward
        return 0
    rescued = rescue_if_damage_seen(store, offer_rescue)
    if rescued is False:
        return 1
    try:
        try:
            services = build_services(demo=mode is StartMode.DEMO, settings_store=settings_store,
                                      secret_store=secrets, settings=settings)
        except DatabaseError as exc:
            damaged = (None if store is None or rescued
                       else rescue.damaged_file(exc, f"sqlite:///{store}"))
            if damaged is None:
                raise
            log.error("the local database is damaged: %s", exc)
            rescued = offer_rescue(damaged, _cause(exc))
            if rescued is None:
                return 1
            services = build_services(demo=False, settings_store=settings_store,
                                      secret_store=secrets, settings=settings)
    except DatabaseError as exc:  # the user's environment, not a bug: no traceback
        log.error("the local database did not open: %s", exc)
        QMessageBox.critical(None, "passdesk", translate(
            "window", "passdesk cannot open its local database.\n\n{problem}\n\n"
            "Check that the data folder exists and can be written, or set "
            "PASSDESK_DATA_DIR to another folder.").format(problem=_said(exc)))
        return 1
    except Exception as exc:  # the sandbox could not start: say so instead of a traceback
        log.exception("the demo sandbox did not start")
        QMessageBox.critical(None, "passdesk", translate(
            "window", "The demo sandbox could not start:\n{problem}").format(
            problem=_said(exc)))
        return 1
    services.notices.extend(notices)
    if rescued:
        services.notices.append(rescued_notice(rescued))
    start: QTimer | None = None
    try:
        window = build_main_window(
            services, start_pane=SETTINGS_PANE if mode is StartMode.SETTINGS else None,
            start_services=False)
        window.show_fitted()
        instance.asked_to_show.connect(lambda: bring_to_front(window))
        # The sync's first round and the hub start once the window is up: the Door
        # takes scans from its first event loop turn, before the first sync finishes.
        start = QTimer(singleShot=True, interval=0)
        start.timeout.connect(services.start)
        start.start()
        return qt_app.exec()
    finally:
        if start is not None:
            start.stop()  # never after the close below
        services.close()
