"""``passdesk --self-test``: the real app on the demo sandbox, driven without a person.

As its own process with the user's folders pointed into tmp_path (nothing may be
written there), and in-process with a fault that breaks the door step (exit code 1,
the step named, everything closed anyway)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from passdesk import selftest

REPO = Path(__file__).resolve().parents[2]
STEPS = ("start", "window", "sync", "door-admit", "door-deny", "camera", "loyalty", "close")


#: A font cache the system's fontconfig may refresh under HOME: not passdesk's writing.
FONT_CACHE = (".cache", "fontconfig")


def written(folder: Path) -> list[str]:
    """Everything under ``folder``, but the font cache."""
    found = (p.relative_to(folder).parts for p in folder.rglob("*"))
    return sorted("/".join(parts) for parts in found if FONT_CACHE[:len(parts)] != parts[:2])


@pytest.mark.slow
def test_the_self_test_passes_and_leaves_the_users_folders_alone(tmp_path) -> None:
    home, config, data = (tmp_path / name for name in ("home", "config-user", "data-user"))
    for folder in (home, config, data):
        folder.mkdir()
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("PASSDESK_", "XDG_"))}  # XDG_*: let HOME decide
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), PASSDESK_CONFIG_DIR=str(config),
               PASSDESK_DATA_DIR=str(data))

    done = subprocess.run([sys.executable, "-m", "passdesk", "--self-test"], cwd=REPO, env=env,
                          capture_output=True, text=True, check=False)

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines] == [*STEPS, "all"]
    for line in lines:
        assert re.fullmatch(r"self-test: [a-z-]+ ok \(\d+ ms\)", line), line
    for folder in (home, config, data):
        assert written(folder) == [], folder


def test_a_broken_step_fails_the_self_test_and_names_it(qapp, monkeypatch, tmp_path,
                                                         memory_keyring) -> None:
    # The door is asked for a pass that does not exist: it denies, the step fails.
    monkeypatch.setattr(selftest, "door_pass", lambda db: "NOPE-00000-00000")
    before = {name: os.environ.get(name) for name in
              ("PASSDESK_CONFIG_DIR", "PASSDESK_DATA_DIR", "PASSDESK_MUTE")}
    out = io.StringIO()
    # Earlier tests may leave a sandbox thread or widgets behind: only what the
    # self-test started counts.
    threads_before = set(threading.enumerate())
    widgets_before = set(qapp.topLevelWidgets())

    assert selftest.run(out=out) == 1

    lines = out.getvalue().splitlines()
    assert [line.split()[1] for line in lines] == [
        "start", "window", "sync", "door-admit", "close", "FAILED"]
    assert lines[3].startswith("self-test: door-admit FAILED: scanned 'NOPE-00000-00000': "
                               "expected admit, got deny (Unknown pass")
    assert re.fullmatch(r"self-test: close ok \(\d+ ms\)", lines[4])
    assert re.fullmatch(r"self-test: FAILED at door-admit \(\d+ ms\)", lines[5])
    # Closed and put back: no sandbox or sync thread left, the environment as it was,
    # nothing in the caller's folders or keychain.
    assert not [t.name for t in set(threading.enumerate()) - threads_before
                if t.name == "passdesk-sync" or t.name.startswith("sandbox-")]
    assert not set(qapp.topLevelWidgets()) - widgets_before
    assert {name: os.environ.get(name) for name in before} == before
    assert not (tmp_path / "config").exists()
    assert not (tmp_path / "data").exists()
    assert memory_keyring.store == {}
