"""The till's two lists: this customer's operations and this shift's, with totals,
loaded and exported to CSV on the store's worker."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QTableView, QWidget

from passdesk.core.loyalty_report import Totals
from passdesk.files import write_atomically
from passdesk.gui.i18n import translate
from passdesk.gui.till.operations_model import Column, OperationsModel
from passdesk.gui.till.words import points
from passdesk.gui.widgets.words import local_time
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.till_queries import operations_with_totals, write_operations_csv

log = logging.getLogger(__name__)

#: Rows a list shows (its totals count every operation).
HISTORY_ROWS = 200


class TillHistory(QObject):
    """Each list is read one read at a time (``OneReadAtATime``): a burst of store
    notices costs two reads, and the last scope asked for is the one shown."""

    def __init__(self, form: QWidget, *, database: Database, store_tasks: TaskRunner) -> None:
        super().__init__(form)
        self._form = form
        self._database = database
        self._store_tasks = store_tasks
        self.currency = ""
        self.customer = OperationsModel(self)
        self.shift = OperationsModel(self)
        _set_up_table(form.customerHistoryTable, self.customer)
        _set_up_table(form.shiftHistoryTable, self.shift)
        form.customerHistoryTable.setColumnHidden(Column.WHO, True)
        #: Per list: its totals line and the scope asked for last (None: no customer).
        self._asked: dict[OperationsModel, tuple[QLabel, dict | None]] = {}
        self._reads = {model: OneReadAtATime(lambda model=model: self._read_again(model))
                       for model in (self.customer, self.shift)}

    def load_customer(self, pass_id: str | None) -> None:
        scope = None if pass_id is None else {"pass_id": pass_id}
        self._load(self.customer, self._form.customerHistoryTotals, scope)

    def load_shift(self, desk: str, since: datetime) -> None:
        self._load(self.shift, self._form.shiftHistoryTotals, {"desk": desk, "since": since})

    def _load(self, model: OperationsModel, label: QLabel, scope: dict | None) -> None:
        self._asked[model] = (label, scope)
        self._read_again(model)

    def _read_again(self, model: OperationsModel) -> None:
        reads = self._reads[model]
        if not reads.begin():
            return  # a read runs: the scope asked for last is read after it
        label, scope = self._asked[model]
        if scope is None:
            model.set_rows([])
            label.setText("")
            reads.done()
            return
        db = self._database

        def show(found) -> None:
            self._show(model, label, found, scope.get("since"))

        def failed(exc: Exception) -> None:
            log.warning("till list not read: %s", exc)

        try:
            self._store_tasks.run(lambda: read_history(db, **scope), owner=self,
                                  on_success=reads.shown(show), on_failure=reads.shown(failed))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            log.debug("till list not read: the app is closing")
            reads.done()

    def _show(self, model: OperationsModel, label: QLabel, found, since: datetime | None
              ) -> None:
        lines, totals = found
        model.currency = self.currency
        model.set_rows(lines)
        types = {line.balance_type for line in lines}
        label.setText(totals_words(totals, types.pop() if len(types) == 1 else None, since))


class ExportLine(QLabel):
    """How an export went, on one line that never moves the pane: it keeps its room
    when hidden, and long text (a path) is shortened in the middle, whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setObjectName("exportLine")
        self.setAccessibleName(translate("till", "Export result"))
        self.setProperty("role", "help")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        elided = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                               max(0, self.width()))
        super().setText(elided)


def totals_words(totals: Totals, balance_type, since: datetime | None = None) -> str:
    words = [translate("till", "Since {when}").format(when=local_time(since))] \
        if since is not None else []
    if not totals.operations:
        return " · ".join([*words, translate("till", "no operations yet")])
    words += [translate("till", "%Ln operation(s)", None, int(totals.operations)),
              translate("till", "issued {points}").format(
                  points=points(totals.issued, balance_type)),
              translate("till", "redeemed {points}").format(
                  points=points(totals.redeemed, balance_type))]
    if totals.overrides:
        words.append(translate("till", "%Ln balance(s) set", None, int(totals.overrides)))
    if totals.unconfirmed:
        words.append(translate("till", "%Ln not yet confirmed", None, int(totals.unconfirmed)))
    return " · ".join(words)


def _set_up_table(table: QTableView, model: OperationsModel) -> None:
    table.setModel(model)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    metrics = table.fontMetrics()
    # Short columns fit what they hold (at most a few hundred rows); names take the rest.
    for column in (Column.TIME, Column.POINTS, Column.BALANCE, Column.STATE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in (Column.WHO, Column.WHAT):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)


def read_history(db: Database, *, pass_id: str | None = None, desk: str | None = None,
                 since: datetime | None = None):
    """Lines and totals; on the store's worker."""
    return operations_with_totals(db, pass_id=pass_id, desk=desk, since=since,
                                  limit=HISTORY_ROWS)


def export_operations(db: Database, path: str, scope: dict) -> int:
    """Write the operations to ``path`` (whole, or not at all) as data rows only;
    returns how many. On the store's worker."""
    return write_atomically(path, lambda out: write_operations_csv(db, out, **scope))
