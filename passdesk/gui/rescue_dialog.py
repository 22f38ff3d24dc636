"""Asked at start-up when the local database is damaged: rescue, start fresh, or quit.

The rescue runs off the UI thread (a big store takes a while); the dialog
then shows what was rescued and what was not, and "Continue" starts passdesk
on the new store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.gui.widgets.icons import app_icon
from passdesk.gui.widgets.style import APP_STYLE, set_role
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store import rescue
from passdesk.store.rescue import RescueReport

log = logging.getLogger(__name__)
Work = Callable[[Path], RescueReport]


class RescueChoice(StrEnum):
    RESCUE = "rescue"
    FRESH = "fresh"
    QUIT = "quit"


class DamagedStoreDialog(QDialog):
    """The offer, then the work, then the report; ``report`` is set when passdesk may go on."""

    def __init__(self, path: Path, problem: str, parent: QWidget | None = None, *,
                 rescue_work: Work = rescue.rescue, fresh_work: Work = rescue.start_fresh
                 ) -> None:
        super().__init__(parent)
        self.path = path
        self.report: RescueReport | None = None
        self.choice = RescueChoice.QUIT
        self._work = {RescueChoice.RESCUE: rescue_work, RescueChoice.FRESH: fresh_work}
        self._tasks = TaskRunner(max_threads=1, parent=self)
        self.setWindowTitle(translate("window", "passdesk: local data damaged"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(APP_STYLE)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._offer_page(problem))
        self.pages.addWidget(self._busy_page())
        self.pages.addWidget(self._report_page())

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(48, 48)))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.addLayout(top)

    # --- pages -------------------------------------------------------------------

    def _offer_page(self, problem: str) -> QWidget:
        page = QWidget(self)
        title = QLabel(translate("window", "The local data file is damaged"), page,
                       objectName="paneTitle")
        text = _words(page, translate(
            "window", "passdesk cannot read its local data file, so it cannot start on it.\n\n"
            "Unsent changes and door scans may still be inside. passdesk can move the "
            "file aside (it is kept, never deleted), copy what can still be read into a "
            "fresh store, and then fetch passes and events again from PassEntry."))
        detail = _words(page, translate("window", "File: {path}\nSQLite says: {problem}")
                        .format(path=str(self.path), problem=say(problem)))
        set_role(detail, "help")
        self.rescue_button = QPushButton(
            translate("window", "Rescue what can be read (recommended)"), page,
            objectName="rescueButton")
        self.fresh_button = QPushButton(
            translate("window", "Start a fresh store (the old file is kept)"), page,
            objectName="freshButton")
        self.quit_button = QPushButton(translate("window", "Quit"), page,
                                       objectName="quitButton")
        self.rescue_button.setDefault(True)
        self.rescue_button.clicked.connect(lambda: self._start(RescueChoice.RESCUE))
        self.fresh_button.clicked.connect(self._ask_fresh)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (title, text, detail):
            layout.addWidget(widget)
        layout.addSpacing(8)
        for button in (self.rescue_button, self.fresh_button, self.quit_button):
            layout.addWidget(button)
        return page

    def _busy_page(self) -> QWidget:
        page = QWidget(self)
        self.busy_title = QLabel(translate("window", "Rescuing the local data…"), page,
                                 objectName="paneTitle")
        hint = _words(page, translate("window", "This can take a minute for a large store. "
                                      "Please leave passdesk open."))
        bar = QProgressBar(page)
        bar.setRange(0, 0)  # how long is not known: a moving bar says it is working
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_title)
        layout.addWidget(hint)
        layout.addWidget(bar)
        layout.addStretch(1)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_title = QLabel("", page, objectName="paneTitle")
        self.report_text = _words(page, "")
        self.report_text.setObjectName("rescueReport")
        self.report_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton(translate("window", "Continue"), page,
                                           objectName="continueButton")
        self.continue_button.clicked.connect(self.accept)
        self.close_button = QPushButton(translate("window", "Quit"), page,
                                        objectName="closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # --- work --------------------------------------------------------------------

    def _ask_fresh(self) -> None:
        if confirm_destructive(
                self, translate("window", "Start a fresh store"),
                translate("window", "Start a fresh store without rescuing?"),
                translate("window", "Start fresh"), name="freshConfirm",
                button_name="freshConfirmButton",
                details=translate("window", "Unsent changes and scans in the old file are not "
                                  "sent. The file is kept as it is, beside {file}.")
                .format(file=self.path.name)):
            self._start(RescueChoice.FRESH)

    def _start(self, choice: RescueChoice) -> None:
        self.choice = choice
        if choice is RescueChoice.FRESH:
            self.busy_title.setText(translate("window", "Starting a fresh store…"))
        self.pages.setCurrentIndex(1)
        work = self._work[choice]
        self._tasks.run(lambda: work(self.path), on_success=self._done,
                        on_failure=self._failed)

    def _done(self, report: RescueReport) -> None:
        self.report = report
        if report.fresh:
            self.report_title.setText(translate("window", "A fresh store is ready"))
        elif report.anything_rescued:
            self.report_title.setText(translate("window", "The local data was rescued"))
        else:
            self.report_title.setText(translate("window", "Nothing could be rescued"))
        self.report_text.setText("\n".join(say(line) for line in report.lines()))
        self.continue_button.setDefault(True)
        self.pages.setCurrentIndex(2)

    def _failed(self, exc: Exception) -> None:
        log.error("the rescue of %s did not finish: %s", self.path, exc)
        self.report = None
        self.report_title.setText(translate("window", "The rescue did not finish"))
        self.report_text.setText(translate(
            "window", "{problem}\n\nThe damaged file was not deleted. Quit, free some "
            "space or fix the folder's permissions, and try again; or run "
            "'passdesk store rescue' from a terminal.").format(problem=_problem(exc)))
        self.continue_button.hide()
        self.close_button.setDefault(True)
        self.pages.setCurrentIndex(2)

    def reject(self) -> None:
        if self.pages.currentIndex() == 1:
            return  # the work is running: it finishes first
        self.report = None
        super().reject()

    def done(self, result: int) -> None:
        self._tasks.shutdown()
        super().done(result)


def _problem(exc: Exception) -> str:
    """An error's message in the installed language (a ``RescueError`` holds a ``Text``)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


def _words(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(460)  # wrapped labels need a width to compute their height
    return label


def offer_rescue(path: Path, problem: str, parent: QWidget | None = None
                 ) -> RescueReport | None:
    """Show the offer modally; the report when passdesk may start on the new store,
    None to quit."""
    dialog = DamagedStoreDialog(path, problem, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    report = dialog.report if accepted else None
    dialog.deleteLater()
    return report
