"""The report and its figures in every shipped language (issue 25): the PDF says its
headings, days, months and numbers in the language; the CSV files keep their column
keys and say days, times and decimals as that language's spreadsheet reads them.

``PASSDESK_SHOTS=<folder>`` saves the PDF's first page of each language as a PNG.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from passdesk.core.csv_style import PLAIN
from passdesk.core.languages import SHIPPED
from passdesk.core.loyalty import BalanceType
from passdesk.gui.i18n import formats, language, translate
from passdesk.gui.insights.report import write_pdf
from passdesk.gui.insights.report_csv import write_csv
from tests.gui.insights.test_report import (
    GENERATED,
    PARIS,
    loyalty_day,
    night,
    page_image,
    pdf_text,
)

#: How each language's spreadsheet writes 7 December 2026 and 20:57 (CLDR's short
#: dates with the whole year), and its decimal sign.
SPREADSHEET = {
    "de": ("07.12.2026", "07.12.2026 20:57:00", ","),
    "fr": ("07/12/2026", "07/12/2026 20:57:00", ","),
    "es": ("7/12/2026", "7/12/2026 20:57:00", ","),
    "it": ("07/12/2026", "07/12/2026 20:57:00", ","),
    "nl": ("07-12-2026", "07-12-2026 20:57:00", ","),
}


@pytest.fixture(params=SHIPPED)
def speaking(request, qapp):
    assert language.install(None, forced=request.param) == request.param
    yield request.param
    language.install(None, forced="en")


def rows(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.reader(file, delimiter=delimiter))


def test_every_shipped_language_has_its_spreadsheet_style() -> None:
    assert set(SPREADSHEET) == set(SHIPPED)


def test_the_csv_keeps_its_keys_and_writes_the_languages_days_and_numbers(
        speaking, tmp_path) -> None:
    a, loyalty = night(), loyalty_day(BalanceType.DECIMAL)
    plain = write_csv(tmp_path / "plain", a, PARIS, loyalty=loyalty, style=PLAIN)
    said = write_csv(tmp_path / speaking, a, PARIS, loyalty=loyalty,
                     style=formats.spreadsheet())
    day, moment, point = SPREADSHEET[speaking]
    delimiter = ";" if point == "," else ","
    for english, local in zip(plain, said, strict=True):
        assert rows(local, delimiter)[0] == rows(english, ",")[0], local.name  # the keys

    doors = {r[0]: r for r in rows(tmp_path / speaking / "doors.csv", delimiter)[1:]}
    assert doors["Door 1"][3] == f"4{point}2"  # rate_per_minute
    assert doors["Door 1"][4] == moment  # last_scan_at, in the report's zone
    assert doors["Door 1"][6] == "no"  # silent: a value a script compares, not a word
    days = rows(tmp_path / speaking / "loyalty_days.csv", delimiter)
    assert days[1][:3] == [day, f"12{point}40", f"3{point}00"]  # issued/redeemed points
    assert rows(tmp_path / "plain" / "loyalty_days.csv", ",")[1][:3] == [
        "2026-12-07", "12.40", "3.00"]


def test_the_pdf_speaks_the_language_with_its_days_and_numbers(speaking, tmp_path) -> None:
    path = tmp_path / f"report-{speaking}.pdf"
    write_pdf(path, night(), title="Spring Gala", generated_at=GENERATED, tz=PARIS,
              loyalty=loyalty_day())
    _, text = pdf_text(path)
    locale = QLocale()
    for heading in ("At a glance", "Doors", "Turned away", "Loyalty"):
        said = translate("reports", heading)
        assert said != heading, f"{speaking}: {heading!r} is not translated"
        assert said in text, f"{speaking}: {said!r}"
    assert "At a glance" not in text
    # Generated on Tuesday 8 December 2026 (10:30 in Paris): the language's names.
    short = QLocale.FormatType.ShortFormat
    assert locale.dayName(date(2026, 12, 8).isoweekday(), short) in text
    assert locale.monthName(12, short) in text
    # Passes admitted, grouped as the language does (the PDF's text gives French's
    # narrow no-break space back as a space).
    assert formats.number(1167).replace("\u202f", " ").replace("\xa0", " ") in text
    assert "1,167" not in text
    folder = os.environ.get("PASSDESK_SHOTS")
    if folder:
        page_image(path).save(str(Path(folder) / f"report-{speaking}.png"))


def test_passdesk_report_writes_a_spreadsheet_in_the_language_on_request(
        qapp, tmp_path, monkeypatch) -> None:
    """``--spreadsheet``: the language's style; without it, ISO for scripts."""
    from tests.unit.test_report_cli import fill, report

    url = f"sqlite:///{tmp_path / 'venue.sqlite3'}"
    fill(url)
    monkeypatch.setenv("PASSDESK_LANG", "de")
    try:
        for flag, folder in (([], "plain"), (["--spreadsheet"], "de")):
            assert report("--event", "E1", "--pdf", str(tmp_path / f"{folder}.pdf"),
                          "--csv", str(tmp_path / folder), "--database", url,
                          "--tz", "Europe/Paris", *flag) == 0
    finally:
        monkeypatch.delenv("PASSDESK_LANG")
        language.install(None, forced="en")
    plain = rows(tmp_path / "plain" / "figures.csv", ",")
    german = rows(tmp_path / "de" / "figures.csv", ";")
    assert [r[0] for r in german] == [r[0] for r in plain]  # the same keys, in order
    as_of = dict(german)["as_of"]
    assert "T" in dict(plain)["as_of"]
    assert "T" not in as_of
    assert as_of[2] == "."  # dd.MM.yyyy HH:mm:ss
