"""The Insights pane and its report in the pseudo-locale (issue 25): every word on
each tab went through a translator and none is cut off at 1366 by 768, with a busy
night's figures; the PDF speaks the installed language; the CSV files keep their
column keys whatever the language."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import insert, select

from passdesk.gui.i18n import language, translate
from passdesk.gui.i18n.pseudo import pseudo
from passdesk.gui.insights import scope as scope_module
from passdesk.gui.insights.pane import InsightsPane
from passdesk.gui.insights.report import write_pdf
from passdesk.gui.insights.report_csv import write_csv
from passdesk.gui.insights.scope import TODAY
from passdesk.store.schema import LoyaltyOperation, Pass
from tests.gui.i18n.sweep import check, data_words, open_by_nav
from tests.gui.insights.test_pane import desk  # noqa: F401 - the fixture
from tests.gui.insights.test_report import GENERATED, PARIS, loyalty_day, night, pdf_text


def read_now(qtbot, pane: InsightsPane) -> None:
    qtbot.waitUntil(lambda: pane.attendance is not None and not pane.live.reading,
                    timeout=10_000)


def test_the_insights_pane_in_pseudo(speak_later, qtbot, desk, tmp_path,  # noqa: F811
                                     monkeypatch) -> None:
    db = desk.services.database
    now = datetime.now(UTC)
    with db.session() as session:
        cards = list(session.scalars(select(Pass.id).where(Pass.event_id.is_(None))
                                     .order_by(Pass.id).limit(2)))
    with db.session() as session:
        session.execute(insert(LoyaltyOperation), [
            {"id": str(uuid.uuid4()), "pass_id": card, "created_at": now, "kind": "delta",
             "amount": amount, "desk": "Till 1", "state": state}
            for card, amount, state in ((cards[0], 10, "applied"), (cards[1], 5, "pending"),
                                        (cards[0], -4, "applied"))])
    code = speak_later()
    window = desk.window
    window.resize(1366, 768)
    pane = open_by_nav(qtbot, window, "insights")
    assert isinstance(pane, InsightsPane)
    qtbot.waitUntil(lambda: pane.events is not None)
    pane.choose(desk.night.event_id)
    read_now(qtbot, pane)
    exempt = data_words(db)

    if code == "pseudo":
        assert pane.tabs.tabText(0) == pseudo("Attendance")  # the sweep sees pseudo text
    check(pane, exempt, "attendance")
    pane.tabs.setCurrentIndex(1)
    check(pane, exempt, "conflicts")

    # Saved: the line that says where.
    pdf = tmp_path / "night.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(pdf), "")))
    pane.saving.save_pdf()
    assert pdf.exists()
    assert pane.saved_line.isVisible()
    check(pane, exempt, "the report saved")

    # A read that fails: the last figures stay, marked out of date, with why.
    def gone(*_args, **_kwargs):
        raise scope_module.EventGone(desk.night.event_id)

    with monkeypatch.context() as patch:
        patch.setattr(scope_module, "attendance", gone)
        pane.live.read()
        qtbot.waitUntil(lambda: pane.state.isVisible() and pane.stale, timeout=10_000)
        check(pane, exempt, "a read failed")
    pane.live.read()
    qtbot.waitUntil(lambda: not pane.state.isVisible() and not pane.stale, timeout=10_000)

    # The day's loyalty.
    pane.choose(TODAY)
    read_now(qtbot, pane)
    pane.tabs.setCurrentWidget(pane.loyalty)
    qtbot.waitUntil(lambda: pane.loyalty.insights is not None, timeout=10_000)
    check(pane, exempt, "loyalty")
    pane.tabs.setCurrentIndex(0)
    check(pane, exempt, "today's attendance")


def headers(paths: list[Path]) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            found[path.name] = next(csv.reader(f))
    return found


def test_the_report_speaks_the_language_and_the_csv_keeps_its_keys(speak_later,
                                                                   tmp_path) -> None:
    a, loyalty = night(), loyalty_day()
    language.install(None, forced="en")
    english = headers(write_csv(tmp_path / "en", a, PARIS, loyalty=loyalty))
    code = speak_later()

    path = tmp_path / f"{code}.pdf"
    write_pdf(path, a, title="Spring Gala", generated_at=GENERATED, tz=PARIS, loyalty=loyalty)

    _, text = pdf_text(path)
    for words in ("At a glance", "Doors", "Turned away", "Loyalty", "Admitted",
                  "Points issued", "whole day"):
        said = pseudo(words) if code == "pseudo" else translate("reports", words)
        assert said in text, words
    assert "At a glance" not in text
    assert headers(write_csv(tmp_path / code, a, PARIS, loyalty=loyalty)) == english


def test_passdesk_report_speaks_the_installed_language(qapp, tmp_path, monkeypatch,
                                                       capsys) -> None:
    """``passdesk report`` installs the language as the app does (``PASSDESK_LANG``
    here): the PDF and the lines it says are in it; the CSV keys are not."""
    from tests.unit.test_report_cli import fill, report
    from tests.unit.test_report_cli import pdf_text as cli_pdf_text

    url = f"sqlite:///{tmp_path / 'venue.sqlite3'}"
    fill(url)
    monkeypatch.setenv("PASSDESK_LANG", "pseudo")
    pdf = tmp_path / "ball.pdf"
    try:
        assert report("--event", "E1", "--pdf", str(pdf), "--csv", str(tmp_path / "csv"),
                      "--database", url, "--tz", "Europe/Paris") == 0
    finally:
        monkeypatch.delenv("PASSDESK_LANG")
        language.install(None, forced="en")
    said = capsys.readouterr().err
    assert said.startswith("[")  # "The report of … is written to …", in pseudo
    _, text = cli_pdf_text(pdf)
    assert pseudo("At a glance") in text
    with (tmp_path / "csv" / "doors.csv").open(newline="", encoding="utf-8") as file:
        assert next(csv.reader(file))[:3] == ["door", "admitted", "peak_per_5_min"]
