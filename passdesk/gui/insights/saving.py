"""The pane's "Save PDF…" and "Save figures as CSV…": the figures on screen, written by
``report.write_pdf`` (with the pane's own charts as pictures) and ``report_csv.write_csv``.

A file that cannot be written is said in words on the pane's state line, never a
traceback; so is where the files went.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from passdesk.core.insights import Attendance
from passdesk.core.loyalty_insights import LoyaltyInsights
from passdesk.gui.i18n import formats, translate
from passdesk.gui.insights.report import write_pdf
from passdesk.gui.insights.report_csv import write_csv
from passdesk.gui.widgets.file_names import safe_file_name
from passdesk.gui.widgets.style import Tone, set_tone

log = logging.getLogger(__name__)


def why(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


class ReportSaving:
    """Asks for a file and writes the figures shown; says how it went on ``line``."""

    def __init__(self, owner: QWidget, line: QLabel, *, figures: Callable[[], Attendance | None],
                 title: Callable[[], str], charts: Callable[[], list[QImage]],
                 zone: Callable[[], tzinfo],
                 loyalty: Callable[[], LoyaltyInsights | None] = lambda: None) -> None:
        self._owner = owner
        self._line = line
        self._figures = figures
        self._title = title
        self._charts = charts
        self._zone = zone
        self._loyalty = loyalty

    def _default(self, suffix: str) -> str:
        figures = self._figures()
        day = figures.now.astimezone(self._zone()).date() if figures else None
        stem = safe_file_name(f"{self._title()} {day or ''}".strip().replace(" ", "-"))
        return str(Path.home() / f"{stem}{suffix}")

    def _say(self, tone: Tone, words: str) -> None:
        set_tone(self._line, tone, words)
        self._line.show()

    def save_pdf(self) -> Path | None:
        figures = self._figures()
        if figures is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self._owner, translate("insights", "Save the report as PDF"), self._default(".pdf"),
            translate("insights", "PDF files (*.pdf);;All files (*)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(path, figures, title=self._title(), charts=self._charts(),
                      generated_at=figures.now, tz=self._zone(), loyalty=self._loyalty())
        except Exception as exc:  # a slot: the person reads why, the log keeps the rest
            log.warning("report not written to %s: %s", path, exc)
            self._say(Tone.ERROR, translate("insights", "The report was not saved: could not "
                                                        "write {path} ({why}).").format(
                path=path, why=why(exc)))
            return None
        self._say(Tone.SUCCESS, translate("insights", "Report saved: {path}").format(path=path))
        return Path(path)

    def save_csv(self) -> list[Path]:
        figures = self._figures()
        if figures is None:
            return []
        path, _ = QFileDialog.getSaveFileName(
            self._owner, translate("insights", "Save the figures as CSV (one file per chart)"),
            self._default(".csv"), translate("insights", "CSV files (*.csv);;All files (*)"))
        if not path:
            return []
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            written = write_csv(path, figures, self._zone(), loyalty=self._loyalty(),
                                style=formats.spreadsheet())
        except Exception as exc:  # a slot: the person reads why, the log keeps the rest
            log.warning("figures not written beside %s: %s", path, exc)
            self._say(Tone.ERROR, translate("insights", "The figures were not saved: could not "
                                                        "write beside {path} ({why}).").format(
                path=path, why=why(exc)))
            return []
        folder = written[0].parent if written else Path(path).parent
        self._say(Tone.SUCCESS, translate("insights", "%Ln CSV file(s) saved in {folder}: {files}",
                                          None, len(written)).format(
            folder=folder, files=", ".join(p.name for p in written)))
        return written
