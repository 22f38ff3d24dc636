"""``passdesk report``: the report of an event or a day from a terminal, over a real
SQLite store with scans written as desks and readers write them."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtPdf import QPdfDocument

from passdesk import cli
from passdesk.settings import SettingsStore
from passdesk.store import scans
from passdesk.store.database import Database
from passdesk.store.schema import Event, LoyaltyOperation, Pass, Reader

PARIS = ZoneInfo("Europe/Paris")
#: The night's scans start here: two hours ago, so the event is still live.
T0 = (datetime.now(UTC) - timedelta(hours=2)).replace(second=0, microsecond=0)


def fill(url: str) -> None:
    """Winter Ball: ten tickets, two desks and a PassEntry reader that was offline.

    Door 1 lets in p0..p5; Door 2 p6 and p7; p0 goes out and back in (a re-entry);
    Door 2 turns p1 away (already admitted) and Door 1 an unknown code; Door 1's
    admission of p8 is undone; the South Gate reader, offline, let p3 in again.
    """
    db = Database.open(url)
    try:
        with db.session() as s:
            s.add(Event(id="E1", name="Winter Ball", start_time=T0,
                        end_time=T0 + timedelta(hours=5)))
            s.add(Event(id="E2", name="Matinee"))
            s.add(Reader(id="rd-2", name="South Gate"))
            for k in range(10):
                s.add(Pass(id=f"p{k}", display_name=f"Guest {k}", event_id="E1"))
        written = []

        def scan(minutes: float, desk: str, verdict: str, reason: str, pass_id: str | None,
                 reader: str | None = None, undone: bool = False) -> None:
            with db.session() as s:
                written.append(scans.record_scan(
                    s, scanned_at=T0 + timedelta(minutes=minutes), raw_value=pass_id or "junk",
                    source="wedge", pass_id=pass_id, event_id="E1", desk=desk,
                    reader_id=reader, verdict=verdict, reason=reason,
                    undone_at=T0 + timedelta(minutes=minutes + 1) if undone else None))

        for k in range(6):
            scan(2 + k, "Door 1", "admit", "admitted", f"p{k}")
        scan(4, "Door 2", "admit", "admitted", "p6")
        scan(11, "Door 2", "warn", "removed from wallet", "p7")
        scan(20, "Door 1", "exit", "exited", "p0")
        scan(31, "Door 2", "admit", "readmitted", "p0")
        scan(12, "Door 2", "deny", "already admitted", "p1")
        scan(13, "Door 1", "deny", "unknown pass", None)
        scan(14, "Door 1", "admit", "admitted", "p8", undone=True)
        scan(6.5, "passentry:rd-2", "admit", "admitted", "p3", reader="rd-2")
    finally:
        db.close()


def add_loyalty(url: str) -> None:
    """The shop's counter on the same night: +50 and +30 (waiting) at Front, -20 at the
    hub, one PassEntry refused (counts nowhere) and one under review."""
    db = Database.open(url)
    try:
        with db.session() as s:
            for n, (minutes, amount, desk, state) in enumerate((
                    (10, 50, "Front", "applied"), (12, 30, "Front", "pending"),
                    (15, -20, "hub", "applied"), (16, 999, "Front", "failed"),
                    (18, 5, "Front", "review"))):
                s.add(LoyaltyOperation(
                    id=f"op-{n}", pass_id=f"p{n}", created_at=T0 + timedelta(minutes=minutes),
                    kind="delta", amount=amount, desk=desk, state=state, balance_after=None))
    finally:
        db.close()


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'venue.sqlite3'}"
    fill(url)
    return url


def set_door(event_id: str | None, capacity: int | None) -> None:
    store = SettingsStore()
    settings = store.load()
    settings.door = {"station": "Door 1", "event_id": event_id, "capacity": capacity}
    store.save(settings)


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    pages = document.pageCount()
    text = " ".join(document.getAllText(k).text() for k in range(pages))
    document.close()
    return pages, " ".join(text.split())


def report(*args: str) -> int:
    return cli.main(["report", *args])


def local(minutes: float) -> str:
    return f"{(T0 + timedelta(minutes=minutes)).astimezone(PARIS):%H:%M}"


def test_the_report_of_an_event_has_its_figures_doors_and_conflicts(
        qapp, url, tmp_path: Path, capsys) -> None:
    set_door("E1", 500)
    pdf = tmp_path / "ball.pdf"

    assert report("--event", "E1", "--pdf", str(pdf), "--database", url,
                  "--tz", "Europe/Paris") == 0

    assert capsys.readouterr().err == f"The report of Winter Ball is written to {pdf}\n"
    pages, text = pdf_text(pdf)
    assert 1 <= pages <= 2
    assert "Winter Ball Event E1" in text
    # Ten admissions (p0..p7, p0 again, p3 at the reader), the undone one not among them.
    for figure in ("10 Admitted", "9 Inside now, 2% of capacity", "500 Capacity",
                   "1 Re-entries", "1 Exits", "2 Turned away", "0 Holds waiting",
                   "1 Undone", "1 Offline conflicts", "10 Tickets", "8 Passes admitted",
                   "2 No-shows"):
        assert figure in text
    assert "Door 1 6 " in text
    assert "Door 2 3 " in text
    assert "South Gate (PassEntry reader) 1 " in text
    assert "Loyalty" not in text  # an event's report: the doors only
    assert "already admitted 1 50%" in text
    assert "unknown pass 1 50%" in text
    assert (f"p3 Guest 3 {local(5)} in at Door 1 {local(6.5)} in at South Gate "
            "(PassEntry reader)") in text


def test_csv_files_come_with_the_pdf(qapp, url, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "figures"

    assert report("--event", "E1", "--pdf", str(tmp_path / "ball.pdf"), "--csv", str(folder),
                  "--database", url, "--tz", "UTC") == 0

    assert f"Its figures are in 5 CSV files in {folder}" in capsys.readouterr().err
    with (folder / "figures.csv").open(newline="", encoding="utf-8") as file:
        figures = {row["figure"]: row["value"] for row in csv.DictReader(file)}
    assert figures["admitted"] == "10"
    assert figures["inside"] == "9"
    assert figures["capacity"] == ""  # the Door is not set to this event
    assert figures["conflicts"] == "1"
    with (folder / "conflicts.csv").open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(r["pass_id"], r["door"]) for r in rows] == [
        ("p3", "Door 1"), ("p3", "South Gate (PassEntry reader)")]
    assert rows[0]["at"] == (T0 + timedelta(minutes=5)).isoformat(timespec="seconds")


def test_the_capacity_is_the_door_s_only_when_the_door_admits_that_event(
        qapp, url, tmp_path: Path) -> None:
    set_door("E2", 500)
    pdf = tmp_path / "ball.pdf"

    assert report("--event", "E1", "--pdf", str(pdf), "--database", url) == 0

    _, text = pdf_text(pdf)
    assert "Capacity" not in text
    assert "9 Inside now" in text


def test_the_report_of_a_day_covers_its_scans(qapp, url, tmp_path: Path, capsys) -> None:
    day = T0.astimezone(PARIS).date()
    pdf = tmp_path / "day.pdf"
    add_loyalty(url)
    if (T0 + timedelta(minutes=31)).astimezone(PARIS).date() != day:
        pytest.skip("the night's scans run over midnight in Paris just now")

    assert report("--day", day.isoformat(), "--pdf", str(pdf), "--csv", str(tmp_path / "csv"),
                  "--database", url, "--tz", "Europe/Paris") == 0

    title = f"{day:%A} {day.day} {day:%B %Y}"
    assert capsys.readouterr().err.startswith(f"The report of {title} is written to {pdf}\n"
                                              "Its figures are in 7 CSV files")
    with (tmp_path / "csv" / "loyalty_desks.csv").open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    # Each desk's whole day (the parts of the day it falls in depend on the clock now).
    assert [(r["desk"], r["operations"], r["issued"], r["redeemed"]) for r in rows
            if not r["shift"]] == [("Front", "3", "85", "0"), ("hub", "1", "0", "20")]
    _, text = pdf_text(pdf)
    assert text.startswith(f"{title} Every event on {day:%a} {day.day} {day:%b %Y}")
    assert "10 Admitted" in text
    assert "Tickets" not in text  # a day has no tickets of its own
    assert "p3 event E1 Guest 3" in text  # a day holds many events
    assert ("Loyalty 85 Points issued 20 Points redeemed 4 Operations 4 Active cardholders "
            "0 Rewards reached 1 Changes waiting 1 Under review") in text


def test_the_configured_store_is_read_without_database(
        qapp, isolated_dirs: Path, tmp_path: Path) -> None:
    fill(f"sqlite:///{isolated_dirs / 'data' / 'passdesk.sqlite3'}")
    pdf = tmp_path / "ball.pdf"

    assert report("--event", "E1", "--pdf", str(pdf)) == 0

    assert "10 Admitted" in pdf_text(pdf)[1]


def test_an_unknown_event_exits_2_and_writes_nothing(qapp, url, tmp_path: Path,
                                                      capsys) -> None:
    pdf = tmp_path / "ball.pdf"

    assert report("--event", "E9", "--pdf", str(pdf), "--database", url) == 2

    assert capsys.readouterr().err.startswith("There is no event E9 in the local database.")
    assert not pdf.exists()


def test_no_database_exits_2_and_makes_none(qapp, tmp_path: Path, capsys) -> None:
    path = tmp_path / "nowhere.sqlite3"

    assert report("--event", "E1", "--pdf", str(tmp_path / "x.pdf"),
                  "--database", f"sqlite:///{path}") == 2

    assert capsys.readouterr().err.startswith(f"There is no database file at {path}")
    assert not path.exists()


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--day", "7/12/2026", "--day 7/12/2026: give the day as YYYY-MM-DD"),
    ("--tz", "Mars/Olympus", "--tz Mars/Olympus: not a time zone"),
])
def test_a_day_or_zone_that_is_not_one_exits_2(qapp, url, tmp_path: Path, capsys,
                                               option: str, value: str, words: str) -> None:
    which = [] if option == "--day" else ["--event", "E1"]

    assert report(*which, option, value, "--pdf", str(tmp_path / "x.pdf"),
                  "--database", url) == 2

    assert capsys.readouterr().err.startswith(words)


def test_a_pdf_that_cannot_be_written_exits_1_and_says_why(qapp, url, tmp_path: Path,
                                                           capsys) -> None:
    pdf = tmp_path / "no-such-folder" / "ball.pdf"

    assert report("--event", "E1", "--pdf", str(pdf), "--database", url) == 1

    assert capsys.readouterr().err == (f"Could not write the report to {pdf}: "
                                       "No such file or directory\n")


def test_csv_that_cannot_be_written_exits_1_and_says_why(qapp, url, tmp_path: Path,
                                                         capsys) -> None:
    folder = tmp_path / "no" / "figures"

    assert report("--event", "E1", "--pdf", str(tmp_path / "ball.pdf"), "--csv", str(folder),
                  "--database", url) == 1

    assert capsys.readouterr().err.endswith(
        f"Could not write the CSV files to {folder}: No such file or directory\n")
    assert (tmp_path / "ball.pdf").is_file()  # the PDF before it stays
