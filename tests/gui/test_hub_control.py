"""The in-app hub's controller: what it runs, when, and that the UI thread never waits."""

from __future__ import annotations

import errno
import threading
import time

import pytest

from passdesk.core.admission import DoorConfig
from passdesk.gui.hub_control import HubController, HubPhase, plan_for, start_problem
from passdesk.keychain import SecretStore
from passdesk.settings import Settings, SettingsStore

WAIT_MS = 10_000


class FakeServer:
    """Stands in for ``HubServer``: the controller's own logic, no sockets."""

    made: list[FakeServer]

    def __init__(self, _db, config, *, host: str, port: int, delay: float = 0.0,
                 error: Exception | None = None, gate: threading.Event | None = None) -> None:
        self.config, self.host, self.port = config, host, port
        self.delay, self.error, self.gate = delay, error, gate
        self.started = threading.Event()
        self.stops = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> str:
        if self.gate is not None and not self.gate.wait(30):
            raise RuntimeError("the test never let this start finish")
        time.sleep(self.delay)
        if self.error is not None:
            raise self.error
        self.started.set()
        return self.url

    def stop(self) -> None:
        self.stops += 1


def factory(made: list[FakeServer], **behaviour):
    def make(db, config, *, host: str, port: int) -> FakeServer:
        server = FakeServer(db, config, host=host, port=port, **behaviour)
        made.append(server)
        return server

    return make


def turn_on(port: int = 8770, store: SettingsStore | None = None, **changes) -> None:
    store = store or SettingsStore()
    settings = store.load()
    settings.hub_run, settings.hub_port = True, port
    for name, value in changes.items():
        setattr(settings, name, value)
    store.save(settings)


@pytest.fixture
def made() -> list[FakeServer]:
    return []


def controller(made: list[FakeServer], store: SettingsStore | None = None,
               **behaviour) -> HubController:
    return HubController(None, store or SettingsStore(), SecretStore(),  # type: ignore[arg-type]
                         server_factory=factory(made, **behaviour))


def test_the_hub_takes_the_desks_event_and_reentry_rule_and_the_one_token() -> None:
    assert plan_for(Settings(), SecretStore()) is None, "off by default"
    SecretStore().set("validation_token", "token-kept-by-an-older-passdesk")
    settings = Settings(hub_run=True, hub_port=9000, hub_host="0.0.0.0",  # noqa: S104
                        door={"station": "north door", "event_id": "ev-42",
                              "allow_reentry": True, "capacity": 10})

    plan = plan_for(settings, SecretStore())

    assert plan is not None
    assert (plan.host, plan.port) == ("0.0.0.0", 9000)  # noqa: S104
    # A reader through the hub cannot be asked to wait: the hub never holds a ticket.
    assert plan.door == DoorConfig(desk="hub", event_id="ev-42", allow_reentry=True,
                                   can_hold=False)
    assert plan.config.door == plan.door
    assert plan.token == plan.config.token == "token-kept-by-an-older-passdesk"
    assert "token-kept" not in repr(plan)


def test_the_hub_judges_cards_and_event_times_as_the_door_does() -> None:
    from datetime import timedelta

    settings = Settings(hub_run=True, door={"event_id": "ev-42", "admit_non_tickets": True,
                                            "early_entry_minutes": 90})
    plan = plan_for(settings, SecretStore())
    assert plan is not None
    assert plan.door.admit_non_tickets is True
    assert plan.door.early_entry == timedelta(minutes=90)


@pytest.mark.parametrize(("code", "words"), [
    (errno.EADDRINUSE, "Port 8770 is in use by another program."),
    (errno.EACCES, "Port 8770 may only be used by an administrator"),
    (errno.EADDRNOTAVAIL, "This computer has no network address 10.9.8.7."),
    (errno.ENETDOWN, "The venue hub could not listen on 10.9.8.7:8770:"),
])
def test_why_a_start_failed_is_said_in_words(code: int, words: str) -> None:
    assert start_problem(OSError(code, "x"), "10.9.8.7", 8770).startswith(words)


def test_an_unexpected_error_is_called_a_bug() -> None:
    text = start_problem(ValueError("boom"), "127.0.0.1", 8770)
    assert "ValueError: boom" in text
    assert "bug in passdesk" in text


def test_starting_never_makes_the_window_wait(qtbot, made) -> None:
    turn_on()
    gate = threading.Event()
    hub = controller(made, gate=gate)

    hub.apply()  # returns while the server's start is still held at the gate

    assert hub.state.phase is HubPhase.STARTING
    qtbot.waitUntil(lambda: len(made) == 1, timeout=WAIT_MS)
    assert not made[0].started.is_set()
    gate.set()
    qtbot.waitUntil(lambda: hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
    assert hub.state.url == "http://127.0.0.1:8770"
    hub.close()
    assert made[0].stops == 1


def test_saved_changes_restart_and_unchanged_settings_do_not(qtbot, made,
                                                             monkeypatch) -> None:
    store = SettingsStore()
    turn_on(port=9001, store=store)
    hub = controller(made, store)
    hub.apply()
    qtbot.waitUntil(lambda: hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)

    hub.apply()
    assert hub.state.phase is HubPhase.RUNNING
    assert len(made) == 1, "nothing changed: no restart"

    def no_reading(*_args):
        raise AssertionError("the hub read the settings file again")

    monkeypatch.setattr(store, "load", no_reading)  # from now on, saves are announced
    with qtbot.waitSignal(hub.state_changed) as stopping:
        store.save(Settings(hub_run=True, hub_port=9002))  # no apply(): the hub follows
    assert stopping.args[0].phase is HubPhase.STOPPING
    qtbot.waitUntil(lambda: hub.state.url == "http://127.0.0.1:9002", timeout=WAIT_MS)
    assert [s.port for s in made] == [9001, 9002]
    assert made[0].stops == 1

    store.save(Settings(hub_run=True, hub_port=9002, hub_url="https://elsewhere/validate"))
    assert hub.state.phase is HubPhase.RUNNING
    assert len(made) == 2, "a save that changes nothing of the hub's: no restart"

    # Saved on a worker thread (as the webhook subscription does): followed on this one.
    worker = threading.Thread(target=store.save, args=(Settings(hub_port=9002),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hub.state.phase is HubPhase.STOPPED, timeout=WAIT_MS)
    assert made[1].stops == 1
    hub.close()


def test_nothing_starts_on_a_save_before_the_first_apply(qtbot, made) -> None:
    store = SettingsStore()
    hub = controller(made, store)
    turn_on(store=store)
    qtbot.wait(50)
    assert made == []
    assert hub.state.phase is HubPhase.STOPPED
    hub.apply()
    qtbot.waitUntil(lambda: hub.state.phase is HubPhase.RUNNING, timeout=WAIT_MS)
    hub.close()
    store.save(Settings(hub_run=True, hub_port=9003))
    qtbot.wait(50)
    assert len(made) == 1, "a closed controller follows nothing"


def test_a_failed_start_waits_for_the_next_apply(qtbot, made) -> None:
    turn_on()
    hub = controller(made, error=OSError(errno.EADDRINUSE, "in use"))
    hub.apply()
    qtbot.waitUntil(lambda: hub.state.phase is HubPhase.FAILED, timeout=WAIT_MS)
    assert hub.state.problem.startswith("Port 8770 is in use")
    assert made[0].stops == 1, "what it took is given back"

    hub.refresh()  # e.g. a sync brought the readers: no retry loop
    assert hub.state.phase is HubPhase.FAILED
    assert len(made) == 1

    hub.apply()  # the person clicked Apply again
    assert hub.state.phase is HubPhase.STARTING
    qtbot.waitUntil(lambda: len(made) == 2 and hub.state.phase is HubPhase.FAILED,
                    timeout=WAIT_MS)
    hub.close()


def test_closing_while_starting_stops_what_the_start_made(qtbot, made) -> None:
    turn_on()
    hub = controller(made, delay=0.5)
    hub.apply()
    qtbot.waitUntil(lambda: len(made) == 1, timeout=WAIT_MS)

    hub.close()  # the app ends before the start reported back

    assert made[0].started.is_set()
    assert made[0].stops == 1
    hub.apply()
    assert len(made) == 1, "a closed controller starts nothing"


def test_a_setting_the_hub_cannot_use_is_a_message(qtbot, made, monkeypatch) -> None:
    turn_on()
    SecretStore().set("webhook_secret_previous", "old-webhook-secret")
    monkeypatch.setenv("PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL", "next tuesday")
    hub = controller(made)

    hub.apply()

    assert hub.state.phase is HubPhase.FAILED
    assert "PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL must be an ISO 8601 time" in hub.state.problem
    assert made == []
    hub.close()
