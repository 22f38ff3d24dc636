"""GUI fixtures: services and windows built per test, over the real sandbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from passdesk import app
from passdesk.gui.main_window import MainWindow
from passdesk.gui.passes.batches_dialog import BatchAccess
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.services import Services
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from tests.gui.helpers import configure, synced_store


@pytest.fixture
def make_services() -> Iterator[Callable[..., Services]]:
    """``make_services(**build_services_kwargs)``; each is closed after the test."""
    made: list[Services] = []

    def make(**kwargs) -> Services:
        services = app.build_services(**kwargs)
        made.append(services)
        return services

    yield make
    for services in made:
        services.close()


@pytest.fixture
def open_window(qtbot) -> Callable[..., MainWindow]:
    """``open_window(services, start_pane=None)``: the main window, shown at its default size."""

    def open_(services: Services, *, start_pane: str | None = None) -> MainWindow:
        window = app.build_main_window(services, start_pane=start_pane)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


@pytest.fixture
def sandbox_window(sandbox, make_services, open_window) -> MainWindow:
    """The app as set up for the sandbox: its URL saved, key ``demo`` in the keychain."""
    configure(sandbox.base_url, sandbox.api_key)
    return open_window(make_services())


@pytest.fixture
def store_tasks() -> Iterator[TaskRunner]:
    """The store's worker, as the app runs it: one task at a time."""
    runner = TaskRunner(max_threads=1)
    yield runner
    runner.shutdown()


@pytest.fixture
def store(sandbox, tmp_path) -> Iterator[Database]:
    """A real SQLite store in a temp folder, synced once from the sandbox."""
    db = synced_store(sandbox.base_url, tmp_path / "store.sqlite3")
    yield db
    db.close()


@pytest.fixture
def net_tasks() -> Iterator[TaskRunner]:
    """The network worker of the batch dialogs."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def access(sandbox, store, net_tasks):
    """What the batch dialogs reach PassEntry through. No entity in Settings: the one
    the first sync found is used; a strict sandbox lists no entities (a legacy route),
    so there it is typed in Settings, as a person on such an account does."""
    link = ServerLink(ServerTarget(sandbox.base_url, "demo"))
    entity = sandbox.state.default_entity_id if sandbox.strict else None
    yield BatchAccess(link, net_tasks, store, poll_every=0.05, entity_setting=lambda: entity)
    link.close()


@pytest.fixture
def step_ups(qtbot):
    """Every step-up dialog of the test answered as ``step_ups.answers`` say (Cancel
    when none is left); ``step_ups.seen`` keeps what each showed."""
    from tests.gui.roles import StepUps

    answering = StepUps(qtbot)
    yield answering
    answering.stop()


@pytest.fixture(autouse=True)
def no_dialog_watch_left():
    """A dialog watch (``when_shown``) that never fired ends with its test."""
    yield
    from tests.gui.helpers import stop_watching

    stop_watching()
