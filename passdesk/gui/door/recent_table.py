"""The Door's list of this desk's recent scans: the table's columns, and the
history read on the store's worker.

A mixin of ``DoorPane``; the rows are ``history_model.RecentScansModel``'s.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView

from passdesk.core.admission import Outcome
from passdesk.gui.door.history_model import Column, RecentScan, RecentScansModel
from passdesk.gui.door.words import outcome_word
from passdesk.gui.i18n import formats, translate
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.store.database import Database
from passdesk.store.door_panel import recent_desk_scans

log = logging.getLogger(__name__)

HISTORY_ROWS = 50


class RecentScansTable:
    def _build_recent_table(self) -> None:
        self._history_reads = OneReadAtATime(self._load_history)
        self.recent = RecentScansModel(self)
        table = self.form.recentTable
        table.setModel(self.recent)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        widest_word = max((outcome_word(o) for o in Outcome), key=metrics.horizontalAdvance)
        # The locale's clock, at its widest ("22:58:58", "10:58:58 PM").
        late = datetime.now().astimezone().replace(hour=22, minute=58, second=58)
        widest_time = formats.clock(late, seconds=True)
        titles = header.fontMetrics()
        for column, widest in ((Column.TIME, widest_time), (Column.VERDICT, widest_word)):
            # As wide as its widest value, or its title ("Heure (UTC)") when that is wider.
            title = self.recent.headerData(column, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(widest),
                                             titles.horizontalAdvance(str(title or ""))) + 18)
        # The reason gets most of the room (``_share_columns``); cut text has its tooltip.
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        # Two lines a row: a reason ("Ticket for Autumn Jazz Festival, Tue 5 Jan: …") wraps
        # instead of being cut after a word at 1024 px; the whole of it is in the tooltip.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 8)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self.form.recentTable.viewport():
            self._share_columns()
        return super().eventFilter(watched, event)

    def _share_columns(self) -> None:
        """Names get a third of what the fixed columns leave, the reason the rest."""
        table = self.form.recentTable
        header = table.horizontalHeader()
        fixed = header.sectionSize(Column.TIME) + header.sectionSize(Column.VERDICT)
        free = table.viewport().width() - fixed
        header.resizeSection(Column.WHO, max(80, free * 3 // 8))

    def _load_history(self) -> None:
        # One read at a time (``OneReadAtATime``): every scan of every desk asks for one
        # (the conflict flag), and the door's own reads wait behind them on the store's
        # worker. Requests during a read make one more read after it.
        reads = self._history_reads
        self._refresh_undo()
        if not reads.begin():
            return
        db, desk = self._database, self._setup.config.desk
        started = self.door.clock()
        self._store_tasks.run(
            lambda: _history(db, desk), owner=self,
            on_success=reads.shown(lambda rows: self.recent.set_rows(rows, keep_since=started)),
            on_failure=reads.shown(lambda exc: log.warning("scan history not read: %s", exc)))


def _history(db: Database, desk: str) -> list[RecentScan]:
    """This desk's last scans, newest first; on the store's worker."""
    rows = recent_desk_scans(db, desk, HISTORY_ROWS)
    out = []
    for row in rows:
        try:
            outcome = Outcome(row.verdict)
        except ValueError:
            continue
        who = row.holder or (translate("door", "a pass picked by hand") if row.source == "manual"
                             else row.value)
        out.append(RecentScan(row.id, _aware(row.at), who, outcome, row.detail or "",
                              undone=row.undone_at is not None, named=bool(row.holder),
                              conflict=row.conflict))
    return out


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
