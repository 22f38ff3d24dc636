"""Single instance: one passdesk per user and store; a second start hands over.

Real local servers (Unix sockets here, named pipes on Windows) and real child
processes; nothing is mocked. A child started with ``subprocess.run`` blocks this
test's thread, so the first it knocks on is busy, as a first still starting is.
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget

from passdesk.gui.single_instance import (
    SingleInstance,
    bring_to_front,
    claim,
    instance_key,
    server_name,
)

REPO = Path(__file__).resolve().parents[2]
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket's file")

#: A child passdesk start: claims argv[1]; prints "first" or "second". A first prints
#: "first", then serves until it was asked to show itself argv[2] times. Children
#: started together wait for the file argv[3] so that they claim at the same moment.
CHILD = r"""
import os, sys, time
from PySide6.QtCore import QCoreApplication
from passdesk.gui.single_instance import claim

app = QCoreApplication([])
key, asks, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if go:
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
instance = claim(key)
if instance is None:
    print("second", flush=True)
    sys.exit(0)
print("first" if instance.guarded else "unguarded", flush=True)
seen = []
instance.asked_to_show.connect(lambda: seen.append(1))
give_up = time.monotonic() + 60  # a stuck test fails on its output, not on time
while len(seen) < asks and time.monotonic() < give_up:
    app.processEvents()
    time.sleep(0.005)
print(f"asked {len(seen)}", flush=True)
"""


def child_args(key: str, *, asks: int = 0, go: Path | str = "") -> list[str]:
    return [sys.executable, "-c", CHILD, key, str(asks), str(go)]


def child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def key(tmp_path: Path) -> str:
    return instance_key(tmp_path / "data", "passdesk.sqlite3")


@pytest.fixture
def take(qapp) -> Iterator[Callable[[str], SingleInstance | None]]:
    """``take(key)``: ``claim(key)``, closed after the test."""
    taken: list[SingleInstance] = []

    def take_(key: str) -> SingleInstance | None:
        instance = claim(key)
        if instance is not None:
            taken.append(instance)
        return instance

    yield take_
    for instance in taken:
        instance.close()


# --- the key -----------------------------------------------------------------------------


def test_a_key_is_short_and_safe_for_pipes_and_sockets(tmp_path: Path) -> None:
    key = instance_key(tmp_path / ("a folder with spaces ü" * 10), "passdesk.sqlite3")

    assert key.startswith("passdesk-")
    assert len(key) == len("passdesk-") + 20
    assert key.removeprefix("passdesk-").isalnum()
    assert key.isascii()


def test_different_folders_and_stores_have_different_keys(tmp_path: Path) -> None:
    keys = {instance_key(tmp_path / "one", "passdesk.sqlite3"),
            instance_key(tmp_path / "two", "passdesk.sqlite3"),
            instance_key(tmp_path / "one", "demo.sqlite3"),
            instance_key(tmp_path / "one", "passdesk-api.example.com.sqlite3")}

    assert len(keys) == 4


def test_one_folder_spelled_two_ways_has_one_key(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")

    key = instance_key(tmp_path / "data", "passdesk.sqlite3")

    assert instance_key(tmp_path / "x" / ".." / "data", "passdesk.sqlite3") == key
    assert instance_key(tmp_path / "link", "passdesk.sqlite3") == key


# --- two starts in one process -----------------------------------------------------------


def test_the_first_claim_listens(take, key) -> None:
    first = take(key)

    assert first is not None
    assert first.guarded
    assert first.name == server_name(key)


def test_a_second_claim_hands_over_to_the_first(qtbot, take, key) -> None:
    first = take(key)

    # This thread does not run the event loop meanwhile: the first is "busy".
    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        assert take(key) is None


def test_each_second_start_asks_once(qtbot, take, key) -> None:
    first = take(key)
    asked: list[int] = []
    first.asked_to_show.connect(lambda: asked.append(1))

    assert take(key) is None
    assert take(key) is None
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    QCoreApplication.processEvents()
    assert len(asked) == 2


def test_two_stores_run_side_by_side(take, tmp_path: Path) -> None:
    real = take(instance_key(tmp_path / "data", "passdesk.sqlite3"))
    demo = take(instance_key(tmp_path / "data", "demo.sqlite3"))
    other = take(instance_key(tmp_path / "other", "passdesk.sqlite3"))

    assert None not in (real, demo, other)
    assert len({real.name, demo.name, other.name}) == 3


def test_after_the_first_closes_the_next_start_is_first(take, key) -> None:
    first = take(key)
    first.close()

    second = take(key)

    assert second is not None
    assert second.guarded


def test_a_first_that_is_dropped_frees_the_name(take, key) -> None:
    """``app.run`` returning drops its SingleInstance: the server goes with it."""
    first = claim(key)
    name = first.name
    del first
    gc.collect()

    assert not Path(name).exists() or sys.platform == "win32"
    again = take(key)
    assert again is not None
    assert again.guarded

def test_a_message_other_than_show_is_ignored(qtbot, take, key) -> None:
    first = take(key)
    asked: list[int] = []
    first.asked_to_show.connect(lambda: asked.append(1))
    stranger = QLocalSocket()
    stranger.connectToServer(first.name)
    assert stranger.waitForConnected(5_000)
    stranger.write(b"open the door\n")
    stranger.waitForBytesWritten(5_000)

    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        assert take(key) is None  # a real second start, after the stranger
    QCoreApplication.processEvents()
    stranger.abort()
    assert len(asked) == 1


# --- a socket left behind --------------------------------------------------------------


@unix_only
def test_a_leftover_file_at_the_name_does_not_block_the_next_start(qtbot, take, key) -> None:
    Path(server_name(key)).write_bytes(b"")

    first = take(key)

    assert first is not None
    assert first.guarded
    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        assert take(key) is None  # the new server answers


@unix_only
def test_the_socket_of_a_killed_first_does_not_block_the_next_start(qtbot, take, key) -> None:
    with subprocess.Popen(child_args(key, asks=1), cwd=REPO, env=child_env(),
                          stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout.readline().strip() == "first"
        finally:
            child.send_signal(signal.SIGKILL)
    assert Path(server_name(key)).exists()  # the dead first's socket is still there

    first = take(key)

    assert first is not None
    assert first.guarded
    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        assert take(key) is None


@unix_only
def test_a_temp_folder_too_long_for_a_socket_path(qtbot, take, key, tmp_path, monkeypatch
                                                  ) -> None:
    deep = tmp_path / ("t" * 60) / ("u" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(deep))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)

    first = take(key)

    assert first is not None
    assert first.guarded
    assert len(os.fsencode(first.name)) <= 100
    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        assert take(key) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux's")
def test_on_linux_the_socket_lives_in_the_users_runtime_folder(take, key, tmp_path,
                                                               monkeypatch) -> None:
    (tmp_path / "run").mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))

    first = take(key)

    assert first is not None
    assert Path(first.name).parent == tmp_path / "run"
    assert Path(first.name).is_socket()


@unix_only
def test_a_first_keeps_its_socket_file_fresh_for_temp_cleaners(take, key) -> None:
    first = take(key)
    os.utime(first.name, (1_000_000_000, 1_000_000_000))  # 2001: ripe for a cleaner

    first.touch()

    assert os.stat(first.name).st_mtime > 1_000_000_000

@unix_only
def test_a_first_too_busy_to_take_one_more_connection_is_still_the_first(qapp, key) -> None:
    """A server alive but with its backlog full (it accepts nothing): the knock times out.
    That is a live first, so this start must not start a second over the store."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    waiting: list[socket.socket] = []
    try:
        listener.bind(server_name(key))
        listener.listen(0)
        while True:  # fill the backlog with connections the "first" never accepts
            filler = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            filler.setblocking(False)
            waiting.append(filler)
            try:
                filler.connect(server_name(key))
            except BlockingIOError:
                break

        assert claim(key, connect_timeout_ms=300) is None

        assert Path(server_name(key)).exists()  # the live first's socket was left alone
    finally:
        for filler in waiting:
            filler.close()
        listener.close()
        Path(server_name(key)).unlink(missing_ok=True)


# --- other processes ----------------------------------------------------------------------


def test_a_second_process_hands_over_and_exits_with_0(qtbot, take, key) -> None:
    first = take(key)

    with qtbot.waitSignal(first.asked_to_show, timeout=10_000):
        # run() blocks this thread: the first reads the message only after the child left.
        done = subprocess.run(child_args(key), cwd=REPO, env=child_env(),
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.split() == ["second"]


def test_a_first_process_is_shown_by_this_start(take, key) -> None:
    child = subprocess.Popen(child_args(key, asks=1), cwd=REPO, env=child_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "first"

    assert take(key) is None
    out, err = child.communicate()
    assert child.returncode == 0, err[-3000:]
    assert out.split() == ["asked", "1"]


@unix_only
def test_starts_at_the_same_moment_over_a_dead_firsts_socket_make_one_first(tmp_path, key
                                                                           ) -> None:
    """Each start finds the dead first's socket; exactly one may replace it."""
    starts = 4
    Path(server_name(key)).write_bytes(b"")
    go = tmp_path / "go"
    children = [subprocess.Popen(child_args(key, asks=starts - 1, go=go), cwd=REPO,
                                 env=child_env(), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for _ in range(starts)]
    for child in children:
        assert child.stdout.readline().strip() == "ready"
    go.write_text("")

    results = [(*child.communicate(), child.returncode) for child in children]

    assert [rc for _, _, rc in results] == [0] * starts, [err[-2000:] for _, err, _ in results]
    said = sorted(out.split()[0] for out, _, _ in results)
    assert said == ["first"] + ["second"] * (starts - 1)
    assert f"asked {starts - 1}" in "".join(out for out, _, _ in results)


# --- coming to the front ------------------------------------------------------------------

#: Qt's offscreen platform cannot raise a window (and says so); the real ones can.
raise_unsupported = pytest.mark.qt_log_ignore("This plugin does not support raise")


@raise_unsupported
def test_a_minimized_window_comes_back_as_it_was(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMaximized()
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    assert window.isMinimized()

    bring_to_front(window)

    assert not window.isMinimized()
    assert window.isMaximized()
    assert window.isVisible()


@raise_unsupported
def test_a_window_behind_another_takes_the_focus(qtbot) -> None:
    window, other = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(other)
    window.show()
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=5_000)

    bring_to_front(window)

    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)

