"""A file written whole or not at all: the one atomic write every caller uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from passdesk.files import (
    part_path,
    replacing,
    write_atomically,
    write_bytes_atomically,
    write_text_atomically,
)


def test_text_bytes_and_streams_land_whole_with_no_part_left(tmp_path: Path) -> None:
    text, data, stream = tmp_path / "a.json", tmp_path / "b.png", tmp_path / "c.csv"
    write_text_atomically(text, "{}\n")
    write_bytes_atomically(data, b"\x89PNG")
    assert write_atomically(str(stream), lambda out: out.write("x,y\r\n")) == 5
    assert text.read_text(encoding="utf-8") == "{}\n"
    assert data.read_bytes() == b"\x89PNG"
    assert stream.read_bytes() == b"x,y\r\n", "a CSV's own line ends are kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.png", "c.csv"]


def test_a_failing_writer_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("old", encoding="utf-8")

    def fails(out) -> None:
        out.write("half a fi")
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError, match="went away"):
        write_atomically(path, fails)
    assert path.read_text(encoding="utf-8") == "old"
    assert not part_path(path).exists()


def test_a_place_that_takes_no_file_fails_before_the_block(tmp_path: Path) -> None:
    ran = []
    with pytest.raises(FileNotFoundError), replacing(tmp_path / "no such folder" / "x.png"):
        ran.append(True)
    assert ran == []


def test_a_failed_rename_removes_the_part(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_bytes_atomically(folder, b"data")  # a folder cannot be replaced by a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert part_path(folder) == tmp_path / "taken.part"
