"""The report: the PDF written, reopened with QtPdf and its text checked for the
figures; the CSV files read back and checked against the same ``Attendance``."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from passdesk.core.insights import (
    STEP,
    Attendance,
    Conflict,
    ConflictScan,
    DoorLine,
    Scope,
)
from passdesk.core.loyalty import BalanceType
from passdesk.core.loyalty_insights import DeskLine, LoyaltyDay, LoyaltyInsights
from passdesk.gui.insights import report_csv
from passdesk.gui.insights.charts import LINE_COLOURS  # a door's colour in the pane, too
from passdesk.gui.insights.report import ReportNotWritten, write_pdf
from passdesk.gui.insights.report_chart import admissions_chart

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)  # 19:00 in Paris
STEPS = tuple(START + STEP * k for k in range(24))  # two hours
NOW = STEPS[-1] + timedelta(minutes=3)  # 20:58 in Paris
GENERATED = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
#: Where the test leaves one page, to be looked at.
PAGE_PNG = Path("/tmp/report_page.png")


def door(key: str, name: str, per_step: tuple[int, ...], rate: float,
         last: datetime | None) -> DoorLine:
    return DoorLine(key=key, name=name, per_step=per_step, admitted=sum(per_step),
                    rate_now=rate, last_scan_at=last)


def night(*, conflicts: int = 2, conflict_count: int | None = None, doors: int = 3,
          capacity: int | None = 1500) -> Attendance:
    lines = (
        door("Door 1", "Door 1", tuple(10 + k for k in range(24)), 4.2, NOW - timedelta(minutes=1)),
        door("Door 2", "Door 2 (balcony)", tuple(k % 7 for k in range(24)), 0.0,
             NOW - timedelta(minutes=25)),
        door("passentry:rd-2", "South Gate (PassEntry reader)", tuple([3] * 24), 0.6,
             NOW - timedelta(minutes=4)),
    )[:doors]
    listed = tuple(
        Conflict(f"pass-{n:03d}", f"Ann-Marie Holder {n}", (
            ConflictScan(START + timedelta(minutes=3 + n), "Door 1", "admit"),
            ConflictScan(START + timedelta(minutes=9 + n), "South Gate (PassEntry reader)",
                         "warn")), event_id="ev-gala")
        for n in range(conflicts))
    admitted = sum(d.admitted for d in lines)
    return Attendance(
        scope=Scope(event_id="ev-gala", label="Spring Gala"), now=NOW, steps=STEPS,
        doors=lines, admitted=admitted, re_entries=37, exits=112, inside=admitted - 112,
        denied={"already admitted": 14, "wrong event": 5, "=HYPERLINK(\"x\")": 1},
        holds_waiting=2, undone=3, tickets=1400, no_shows=233, conflicts=listed,
        conflict_count=conflict_count if conflict_count is not None else conflicts,
        capacity=capacity, passes_admitted=1167)


def loyalty_day(balance_type: BalanceType = BalanceType.INTEGER) -> LoyaltyInsights:
    """A shop's day: two desks, the front one in two parts of the day."""
    return LoyaltyInsights(
        start=datetime(2026, 12, 6, 23, 0, tzinfo=UTC),
        end=datetime(2026, 12, 7, 23, 0, tzinfo=UTC), as_of=NOW,
        days=(LoyaltyDay(date(2026, 12, 7), issued=1240, redeemed=300, operations=31),),
        active_cardholders=17, rewards_reached=4,
        per_desk=(DeskLine("Front", 20, 1000, 300), DeskLine("Hub", 11, 240, 0)),
        per_shift=(DeskLine("Front", 12, 600, 100, shift="afternoon"),
                   DeskLine("Front", 8, 400, 200, shift="evening"),
                   DeskLine("Hub", 11, 240, 0, shift="evening")),
        waiting=3, under_review=1, balance_type=balance_type)


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, " ".join(text.split())  # words as one line: cells wrap in the PDF


def page_image(path: Path, page: int = 0) -> QImage:
    """A page as it prints on white paper (A4 at 150 dpi)."""
    document = QPdfDocument()
    document.load(str(path))
    rendered = document.render(page, QSize(1240, 1754))
    document.close()
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def pixels_near(image: QImage, colour: str, tolerance: int = 40) -> int:
    want = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            got = image.pixelColor(x, y)
            if (abs(got.red() - want.red()) + abs(got.green() - want.green())
                    + abs(got.blue() - want.blue())) <= tolerance:
                found += 1
    return found


def test_the_pdf_holds_the_figures_doors_and_conflicts(qapp, tmp_path: Path) -> None:
    path = tmp_path / "gala.pdf"
    a = night()

    write_pdf(path, a, title="Spring Gala", generated_at=GENERATED, tz=PARIS)

    assert path.read_bytes().startswith(b"%PDF")
    pages, text = pdf_text(path)
    assert 1 <= pages <= 3
    assert "Spring Gala" in text
    assert "generated Tue 8 Dec 2026, 10:30 CET" in text
    assert "figures as of Mon 7 Dec 2026, 20:58 CET" in text
    assert f"{a.admitted:,} Admitted" in text
    assert f"{a.inside:,} Inside now, {a.inside / 1500:.0%} of capacity" in text
    assert "1,500 Capacity" in text
    for figure in ("37 Re-entries", "112 Exits", "20 Turned away", "2 Holds waiting",
                   "3 Undone", "1,400 Tickets", "1,167 Passes admitted", "233 No-shows",
                   "2 Offline conflicts", "4.8 Admissions a minute now"):
        assert figure in text
    assert a.peak == (39, STEPS[20])
    assert "39 Busiest 5 minutes, 20:40\u201320:45" in text
    # The doors' table: name, admitted, peak per 5 minutes, rate, last scan, silent or not.
    assert "Door 1 516 33 4.2 20:57 scanning" in text
    assert "Door 2 (balcony) 66 6 0.0 20:33 silent for 25 min" in text
    assert "South Gate (PassEntry reader) 72 3 0.6 20:54 scanning" in text
    # Denials by reason, most first; a name that looks like a formula is only text.
    assert "already admitted 14 70% wrong event 5 25% =HYPERLINK(\"x\") 1 5%" in text
    # The conflicts: each pass, its holder, each admission's time and door.
    assert "pass-001 Ann-Marie Holder 1 19:04 in at Door 1 19:10 in at South Gate" in text
    page = page_image(path)
    page.save(str(PAGE_PNG))
    assert pixels_near(page, LINE_COLOURS[0]) > 200  # the chart's first door line


def test_text_from_people_is_shown_as_text_not_markup(qapp, tmp_path: Path) -> None:
    a = night(conflicts=1)
    odd = Conflict("pass-<b>", "<i>Bob</i> & Co", a.conflicts[0].scans)
    path = tmp_path / "odd.pdf"

    write_pdf(path, replace(a, conflicts=(odd,)), title="A <b> & C",
              generated_at=GENERATED, tz=PARIS)

    _, text = pdf_text(path)
    assert "A <b> & C" in text
    assert "pass-<b> <i>Bob</i> & Co" in text


def test_a_long_list_of_conflicts_runs_over_pages_and_says_how_many_are_left_out(
        qapp, tmp_path: Path) -> None:
    path = tmp_path / "split.pdf"

    write_pdf(path, night(conflicts=120, conflict_count=900), title="After the split",
              generated_at=GENERATED, tz=PARIS)

    pages, text = pdf_text(path)
    assert 3 <= pages <= 8
    assert "Offline conflicts (900)" in text
    assert "The first 120 of 900 are listed." in text
    assert "pass-119 Ann-Marie Holder 119" in text
    assert f"page {pages} of {pages}" in text
    # The table's head is repeated on each page it runs over.
    assert text.count("Pass Holder Scans (in / out, time and door)") >= 2


def test_the_charts_given_are_the_charts_shown(qapp, tmp_path: Path) -> None:
    given = QImage(800, 300, QImage.Format.Format_RGB32)
    given.fill(QColor("#ff00ff"))
    path = tmp_path / "pane.pdf"

    write_pdf(path, night(), title="Spring Gala", charts=[given], generated_at=GENERATED,
              tz=PARIS)

    page = page_image(path)
    assert pixels_near(page, "#ff00ff") > 10_000
    assert pixels_near(page, LINE_COLOURS[0]) < 50  # not drawn again here


def test_a_day_without_scans_says_so_on_one_page(qapp, tmp_path: Path) -> None:
    quiet = Attendance(scope=Scope(day=date(2026, 12, 7), label="2026-12-07"), now=NOW,
                       steps=(), doors=(), admitted=0, re_entries=0, exits=0, inside=0,
                       denied={}, holds_waiting=0, undone=0, tickets=None, no_shows=None,
                       conflicts=())
    path = tmp_path / "quiet.pdf"

    write_pdf(path, quiet, title="Monday 7 December 2026", generated_at=GENERATED, tz=UTC)

    pages, text = pdf_text(path)
    assert pages == 1
    assert "Every event on Mon 7 Dec 2026" in text
    assert "No admissions in this period." in text
    assert "No door has scanned." in text
    assert "No one was turned away." in text
    assert "Tickets" not in text
    assert "Capacity" not in text


def test_a_day_s_report_shows_its_loyalty_figures(qapp, tmp_path: Path) -> None:
    path = tmp_path / "day.pdf"

    write_pdf(path, night(), title="Monday 7 December 2026", generated_at=GENERATED, tz=PARIS,
              loyalty=loyalty_day())

    _, text = pdf_text(path)
    assert ("Loyalty 1,240 Points issued 300 Points redeemed 31 Operations "
            "17 Active cardholders 4 Rewards reached 3 Changes waiting 1 Under review") in text
    assert ("Front whole day 20 1,000 300 afternoon 12 600 100 evening 8 400 200 "
            "Hub whole day 11 240 0 evening 11 240 0") in text


def test_decimal_points_read_as_the_cards_show_them(qapp, tmp_path: Path) -> None:
    path = tmp_path / "day.pdf"

    write_pdf(path, night(), title="Monday", generated_at=GENERATED, tz=PARIS,
              loyalty=loyalty_day(BalanceType.DECIMAL))

    assert "12.40 Points issued 3.00 Points redeemed" in pdf_text(path)[1]


def test_a_place_that_takes_no_file_raises_an_oserror_that_says_why(
        qapp, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "gala.pdf"
    with pytest.raises(ReportNotWritten) as raised:
        write_pdf(missing, night(), title="Spring Gala", generated_at=GENERATED, tz=PARIS)
    assert isinstance(raised.value, OSError)
    assert str(raised.value) == (f"Could not write the report to {missing}: "
                                 "No such file or directory")
    assert not missing.parent.exists()


def test_a_failed_write_leaves_what_was_there_and_no_part_file(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "gala.pdf"  # a folder where the file should go
    folder.mkdir()
    (folder / "kept.txt").write_text("still here")

    with pytest.raises(OSError, match=re.escape(f"Could not write the report to {folder}: ")):
        write_pdf(folder, night(), title="Spring Gala", generated_at=GENERATED, tz=PARIS)

    assert (folder / "kept.txt").read_text() == "still here"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gala.pdf"]


def test_the_chart_draws_one_line_per_door_in_its_colour(qapp) -> None:
    chart = admissions_chart(night(), PARIS, QSize(960, 480))
    assert chart.size() == QSize(960, 480)
    for colour in LINE_COLOURS[:3]:
        assert pixels_near(chart, colour) > 20


# --- CSV ----------------------------------------------------------------------------------

def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        return list(reader.fieldnames or []), list(reader)


def test_the_csv_files_hold_the_figures_behind_the_charts(tmp_path: Path) -> None:
    a = night()
    folder = tmp_path / "gala"

    written = report_csv.write_csv(folder, a, PARIS)

    assert [p.name for p in written] == ["figures.csv", "admissions.csv", "denials.csv",
                                         "doors.csv", "conflicts.csv"]
    keys, figures = read(folder / "figures.csv")
    assert keys == ["figure", "value"]
    values = {row["figure"]: row["value"] for row in figures}
    assert values == {
        "scope": "event", "event_id": "ev-gala", "day": "", "label": "Spring Gala",
        "as_of": "2026-12-07T20:58:00+01:00", "admitted": str(a.admitted),
        "passes_admitted": "1167", "re_entries": "37", "exits": "112",
        "inside": str(a.inside), "capacity": "1500", "denied": "20", "holds_waiting": "2",
        "undone": "3", "tickets": "1400", "no_shows": "233", "conflicts": "2",
        "peak_admissions": str(a.peak[0]), "peak_step_start": "2026-12-07T20:40:00+01:00",
        "rate_per_minute": "4.8"}

    keys, admissions = read(folder / "admissions.csv")
    assert keys == ["step_start", "door", "admissions", "door_key"]
    assert len(admissions) == len(STEPS) * len(a.doors)
    for d in a.doors:
        mine = [row for row in admissions if row["door_key"] == d.key]
        assert [int(row["admissions"]) for row in mine] == list(d.per_step)
        assert {row["door"] for row in mine} == {d.name}
    assert admissions[0]["step_start"] == "2026-12-07T19:00:00+01:00"

    keys, denials = read(folder / "denials.csv")
    assert keys == ["reason", "denied"]
    assert [(r["reason"], int(r["denied"])) for r in denials] == [
        ("already admitted", 14), ("wrong event", 5), ("'=HYPERLINK(\"x\")", 1)]

    keys, doors = read(folder / "doors.csv")
    assert keys == ["door", "admitted", "peak_per_5_min", "rate_per_minute", "last_scan_at",
                    "silent_minutes", "silent", "door_key"]
    assert doors[1] == {"door": "Door 2 (balcony)", "admitted": "66", "peak_per_5_min": "6",
                        "rate_per_minute": "0.0", "last_scan_at": "2026-12-07T20:33:00+01:00",
                        "silent_minutes": "25", "silent": "yes", "door_key": "Door 2"}
    assert [int(r["admitted"]) for r in doors] == [d.admitted for d in a.doors]
    assert [r["silent"] for r in doors] == ["no", "yes", "no"]

    keys, conflicts = read(folder / "conflicts.csv")
    assert keys == ["pass_id", "holder", "at", "door", "verdict", "event_id"]
    assert len(conflicts) == sum(len(c.scans) for c in a.conflicts)
    assert conflicts[0] == {"pass_id": "pass-000", "holder": "Ann-Marie Holder 0",
                            "at": "2026-12-07T19:03:00+01:00", "door": "Door 1",
                            "verdict": "admit", "event_id": "ev-gala"}


@pytest.mark.parametrize(("balance_type", "issued", "redeemed"), [
    (BalanceType.INTEGER, "1240", "300"), (BalanceType.DECIMAL, "12.40", "3.00")])
def test_the_loyalty_figures_come_as_two_more_files(tmp_path: Path, balance_type: BalanceType,
                                                    issued: str, redeemed: str) -> None:
    written = report_csv.write_csv(tmp_path, night(), PARIS, loyalty=loyalty_day(balance_type))

    assert [p.name for p in written][-2:] == ["loyalty_days.csv", "loyalty_desks.csv"]
    _, figures = read(tmp_path / "figures.csv")
    values = {row["figure"]: row["value"] for row in figures}
    assert {k: values[k] for k in values if k.startswith(("loyalty", "active", "rewards"))} == {
        "loyalty_issued": issued, "loyalty_redeemed": redeemed, "loyalty_operations": "31",
        "active_cardholders": "17", "rewards_reached": "4", "loyalty_waiting": "3",
        "loyalty_under_review": "1"}
    keys, days = read(tmp_path / "loyalty_days.csv")
    assert keys == ["day", "issued", "redeemed", "operations"]
    assert days == [{"day": "2026-12-07", "issued": issued, "redeemed": redeemed,
                     "operations": "31"}]
    keys, desks = read(tmp_path / "loyalty_desks.csv")
    assert keys == ["desk", "shift", "operations", "issued", "redeemed"]
    assert [(r["desk"], r["shift"], r["operations"]) for r in desks] == [
        ("Front", "", "20"), ("Front", "afternoon", "12"), ("Front", "evening", "8"),
        ("Hub", "", "11"), ("Hub", "evening", "11")]


def test_a_csv_name_gets_its_tables_beside_it(tmp_path: Path) -> None:
    written = report_csv.write_csv(tmp_path / "gala.csv", night(), UTC)
    assert [p.name for p in written] == ["gala-figures.csv", "gala-admissions.csv",
                                         "gala-denials.csv", "gala-doors.csv",
                                         "gala-conflicts.csv"]
    assert all(p.is_file() for p in written)
    assert not (tmp_path / "gala.csv").exists()


def test_csv_into_a_folder_whose_parent_is_missing_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        report_csv.write_csv(tmp_path / "no" / "such", night(), UTC)
