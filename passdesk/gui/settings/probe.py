"""Settings → "Test connection": what each PassEntry route answered, as a small table.

``run_probe`` runs on a worker thread with a short-lived client: one cheap
call first (``check_connection``: a refused key or an unreachable server is
its typed error, said as before), then every GET route once
(``client.probe()``, as ``passdesk check --api``). Its rows become plain lines:
the route, what it is in plain words, and the result ("OK", "not offered on
this account", "failed (500)"). The report is the text ``passdesk check --api``
prints (no key, no secret), for "Copy report".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from passdesk import __version__
from passdesk.api import probe
from passdesk.api.http import RetryPolicy
from passdesk.api.probe import ProbeRow
from passdesk.api.routes import ROUTES, Standing
from passdesk.core import texts
from passdesk.core.texts import QT_TRANSLATE_NOOP
from passdesk.gui.i18n import say, translate
from passdesk.gui.server import ClientFactory, ServerTarget
from passdesk.gui.widgets.palette import Colour

#: The table's columns (shown as ``gui.i18n.translate("settings", header)``).
HEADERS = (QT_TRANSLATE_NOOP("settings", "Route"), QT_TRANSLATE_NOOP("settings", "What it is"),
           QT_TRANSLATE_NOOP("settings", "Result"))
#: A connection check answers quickly: one attempt, no retries, a short timeout.
PROBE_RETRY = RetryPolicy(max_attempts=1)
PROBE_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class Outcome(StrEnum):
    OK = "ok"
    ABSENT = "absent"
    FAILED = "failed"


_COLOURS = {Outcome.OK: QColor(Colour.OK_GREEN), Outcome.ABSENT: QColor(Colour.GREY_500),
            Outcome.FAILED: QColor(Colour.RED_700)}


@dataclass(frozen=True)
class ProbeLine:
    route: str
    what: str
    result: str
    outcome: Outcome


@dataclass(frozen=True)
class ProbeOutcome:
    #: One line over the table, e.g. "Connected to api.passentry.com: 14 of 14 routes answer."
    summary: str
    #: Every documented route answered as it should.
    ok: bool
    lines: list[ProbeLine]
    #: What ``passdesk check --api`` prints: the table as text, no secrets.
    report: str


_OUTCOMES = {probe.OK: Outcome.OK, probe.NOT_OFFERED: Outcome.ABSENT,
             probe.SKIPPED: Outcome.ABSENT, probe.FAILED: Outcome.FAILED}


def run_probe(target: ServerTarget, entity_id: str | None,
              client_factory: ClientFactory) -> ProbeOutcome:
    """Ask the server every GET route once, with a client of its own. Runs on a worker."""
    with client_factory(target.base_url, target.api_key, retry=PROBE_RETRY,
                        timeout=PROBE_TIMEOUT) as client:
        connected = client.check_connection()  # a refused key: its typed error
        rows = client.probe(entity_id)
    return outcome_of(rows, target.base_url, connected.summary)


def report_text(base_url: str, rows: list[ProbeRow]) -> str:
    """What ``passdesk check --api`` prints for these rows: header, table, summary."""
    return "\n".join((f"PassEntry API check of {base_url} (passdesk {__version__})",
                      probe.table(rows), probe.summary(rows)))


def outcome_of(rows: list[ProbeRow], base_url: str, connected: str) -> ProbeOutcome:
    failed = [r for r in rows if r.failed and r.standing is Standing.DOCUMENTED]
    summary = texts.translate("settings", "{connected}.\n{routes}.").format(
        connected=connected, routes=probe.summary(rows))
    return ProbeOutcome(summary, not failed, [line_of(r) for r in rows],
                        report_text(base_url, rows))


def line_of(row: ProbeRow) -> ProbeLine:
    """A row in words a person reads: what the route is, and what it answered, in the
    installed language (Qt's translate is thread-safe: this runs on a worker)."""
    what = say(ROUTES[row.route].what) if row.route in ROUTES else row.route
    what = what[:1].upper() + what[1:]
    if row.standing is Standing.LEGACY:
        what = translate("settings", "{route} (older API)").format(route=what)
    elif row.standing is not Standing.DOCUMENTED:
        what = translate("settings", "{route} (sandbox only)").format(route=what)
    detail = say(row.detail) if row.detail else ""
    if row.outcome == probe.OK:
        result = (translate("settings", "OK · {detail}").format(detail=detail)
                  if detail else "OK")
    elif row.outcome == probe.NOT_OFFERED:
        result = translate("settings", "not offered on this account")
    elif row.outcome == probe.SKIPPED:
        result = detail or translate("settings", "skipped")
    elif row.status:
        result = (translate("settings", "failed with {status}: {detail}") if detail
                  else translate("settings", "failed with {status}")).format(
            status=str(row.status), detail=detail)
    else:
        result = (translate("settings", "failed: {detail}").format(detail=detail)
                  if detail else translate("settings", "failed"))
    return ProbeLine(f"{row.method} {row.path}", what, result,
                     _OUTCOMES.get(row.outcome, Outcome.FAILED))


class ProbeTable:
    """Fills the pane's ``probeTable``: as tall as its rows, never a scroll bar inside."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([translate("settings", h) for h in HEADERS])
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)

    def show_lines(self, lines: list[ProbeLine]) -> None:
        table = self.table
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, words in enumerate((line.route, line.what, line.result)):
                item = QTableWidgetItem(words)
                item.setToolTip(words)
                if column == 2:
                    item.setForeground(_COLOURS[line.outcome])
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(lines)))
        table.setFixedHeight(height)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's texts, row by row (for tests and the report)."""
        table = self.table
        return [tuple(table.item(r, c).text() for c in range(len(HEADERS)))
                for r in range(table.rowCount())]
