"""``passdesk audit verify`` and ``passdesk audit export``: the audit trail from a terminal."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from passdesk import cli
from passdesk.store import audit
from passdesk.store.database import Database

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)


def write_trail(url: str, count: int = 3) -> None:
    db = Database.open(url)
    try:
        for n in range(count):
            with db.session() as session:
                audit.append(session, desk="desk-1", actor=f"person {n + 1}",
                             authorised_by="Maria", action="till.set_balance",
                             subject=f"P-{n + 1}", before={"points": n}, after={"points": 50},
                             at=T0 + timedelta(minutes=n))
    finally:
        db.close()


def run_sql(url: str, sql: str, **params) -> None:
    db = Database.open(url)
    try:
        with db.engine.begin() as connection:
            connection.execute(text(sql), params)
    finally:
        db.close()


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'venue.sqlite3'}"
    write_trail(url)
    return url


def test_verify_says_a_whole_trail_is_whole(url, capsys) -> None:
    assert cli.main(["audit", "verify", "--database", url]) == 0
    assert capsys.readouterr().out == "Audit trail whole: 3 entries.\n"


def test_verify_names_an_entry_changed_with_sql_and_exits_1(url, capsys) -> None:
    run_sql(url, "UPDATE audit_entries SET after = :v WHERE seq = 2", v='{"points":5000}')

    assert cli.main(["audit", "verify", "--database", url]) == 1

    out = capsys.readouterr().out
    assert out.splitlines() == ["The audit trail was tampered with (1 break):",
                                "  Entry 2 was changed after it was written."]


def test_verify_names_entries_cut_off_the_end(url, capsys) -> None:
    run_sql(url, "DELETE FROM audit_entries WHERE seq >= 2")

    assert cli.main(["audit", "verify", "--database", url]) == 1

    assert "Entries 2 to 3 are missing (the last ones written)." in capsys.readouterr().out


def test_verify_reads_the_configured_store_by_default(isolated_dirs: Path, capsys) -> None:
    # No --database: the app's own file for the server in Settings (the default API).
    write_trail(f"sqlite:///{isolated_dirs / 'data' / 'passdesk.sqlite3'}", count=1)

    assert cli.main(["audit", "verify"]) == 0

    assert capsys.readouterr().out == "Audit trail whole: 1 entry.\n"


def test_verify_of_a_store_that_does_not_exist_exits_2_and_makes_none(
        tmp_path: Path, capsys) -> None:
    path = tmp_path / "nowhere.sqlite3"

    assert cli.main(["audit", "verify", "--database", f"sqlite:///{path}"]) == 2

    err = capsys.readouterr().err
    assert err == f"There is no database file at {path}: nothing to check.\n"
    assert not path.exists()


def test_verify_of_a_file_that_is_not_a_database_exits_2_without_a_traceback(
        tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are not the pages of a database " * 200)

    assert cli.main(["audit", "verify", "--database", f"sqlite:///{path}"]) == 2

    err = capsys.readouterr().err
    assert f"Cannot open the database at sqlite:///{path}: file is not a database\n" in err
    assert "Traceback" not in err


def test_export_writes_every_entry_as_csv(url, tmp_path: Path, capsys) -> None:
    out = tmp_path / "audit.csv"

    assert cli.main(["audit", "export", "--csv", str(out), "--database", url]) == 0

    assert capsys.readouterr().err == f"3 audit entries written to {out}\n"
    with out.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["seq", "at", "desk"]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3"]
    assert rows[1][1:9] == ["2026-12-07T20:00:00.000000+00:00", "desk-1", "person 1", "Maria",
                            "till.set_balance", "P-1", '{"points":0}', '{"points":50}']


def test_export_to_a_folder_that_does_not_exist_says_so(url, tmp_path: Path, capsys) -> None:
    out = tmp_path / "gone" / "audit.csv"

    assert cli.main(["audit", "export", "--csv", str(out), "--database", url]) == 1

    assert capsys.readouterr().err == f"Could not write {out}: No such file or directory\n"


@pytest.mark.slow
def test_verify_as_its_own_process(url) -> None:
    run_sql(url, "UPDATE audit_entries SET actor = 'someone else' WHERE seq = 1")

    done = subprocess.run([sys.executable, "-m", "passdesk", "audit", "verify",
                           "--database", url], capture_output=True, text=True, check=False)

    assert done.returncode == 1
    assert "Entry 1 was changed after it was written." in done.stdout
