"""``passdesk store rescue``: the damaged-database rescue from a terminal."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from passdesk import cli
from passdesk.store import rescue_read
from tests.helpers import damaged_store as ds


def test_rescue_of_the_configured_store_prints_what_was_rescued(
        isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = isolated_dirs / "data" / "passdesk.sqlite3"  # the app's file for the API
    path.parent.mkdir(parents=True)
    ds.damaged_store(path, table="scans", share=0.25)

    assert cli.main(["store", "rescue", "--yes"]) == 0

    out = capsys.readouterr().out
    assert f"{path} is damaged" in out
    assert "unsent changes: 300 rescued, none lost" in out
    assert "door scans: " in out
    assert " lost" in out.split("door scans: ")[1].splitlines()[0]
    kept = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1
    assert f"kept as {kept[0]}" in out


def test_the_command_asks_first_and_a_no_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.sqlite3"
    ds.damaged_store(path)
    before = path.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))

    assert cli.main(["store", "rescue", "--database", str(path)]) == 1

    assert "Nothing was changed." in capsys.readouterr().out
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3"]


def test_nothing_rescued_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.sqlite3"
    ds.build_store(path)
    ds.damage(path, [1])  # the list of tables is gone
    monkeypatch.setattr(rescue_read.shutil, "which", lambda _name: None)

    assert cli.main(["store", "rescue", "--database", str(path), "--yes"]) == 1

    assert "Nothing could be read from it" in capsys.readouterr().out


def test_a_sound_store_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.sqlite3"
    ds.build_store(path)
    assert cli.main(["store", "rescue", "--database", str(path), "--yes"]) == 0
    assert "is not damaged" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3"]


def test_the_installed_command_rescues_after_a_yes(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    ds.damaged_store(path, table="outbox", share=0.2)
    done = subprocess.run([sys.executable, "-m", "passdesk", "store", "rescue",
                           "--database", str(path)], input="y\n", capture_output=True,
                          text=True, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "Rescue store.sqlite3 now? [y/N]" in done.stdout
    assert "unsent changes: " in done.stdout
    assert "Traceback" not in done.stderr
