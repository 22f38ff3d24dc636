"""Exporting a list to CSV from a pane: ask for a file, write it on the store's worker,
say how it went on the pane's export line (the button is off meanwhile)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from passdesk.gui.i18n import translate
from passdesk.gui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)


def say(line: QLabel, words: str) -> None:
    line.setText(words)
    line.setVisible(bool(words))


def export_to_csv(owner: QWidget, tasks: TaskRunner, button: QPushButton, line: QLabel, *,
                  title: str, stem: str, writing: str,
                  write: Callable[[str], int],
                  counted: Callable[[int], str]) -> None:
    """``write(path)`` returns how many rows it wrote; ``writing`` is said meanwhile
    ("Writing scans…", translated).

    ``counted(n)`` says a count of rows in the installed language, with the plural
    forms of its language (``translate("door", "%Ln scan(s)", None, n)``).
    """
    default = Path.home() / f"{stem}-{date.today():%Y-%m-%d}.csv"
    path, _ = QFileDialog.getSaveFileName(
        owner, title, str(default),
        translate("common", "CSV files (*.csv);;All files (*)", "a file dialog's filter"))
    if not path:
        return

    def done(rows: int) -> None:
        button.setEnabled(True)
        say(line, translate("common", "{rows} written to {path}").format(rows=counted(rows),
                                                                          path=path))

    def failed(exc: Exception) -> None:
        button.setEnabled(True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        log.warning("%s export to %s failed: %s", stem, path, exc)
        say(line, translate("common", "Could not write {path}: {problem}").format(
            path=path, problem=reason))

    button.setEnabled(False)
    say(line, writing)
    try:
        tasks.run(lambda: write(path), owner=owner, on_success=done, on_failure=failed)
    except RuntimeError:  # the store's worker was shut down: the app is closing
        button.setEnabled(True)
