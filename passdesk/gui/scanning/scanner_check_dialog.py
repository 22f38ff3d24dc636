"""The scanner check: the operator scans a test code once, passdesk says what it found.

The dialog shows the test code (``core.keyboard_layouts.TEST_VALUE``) as a QR
code and a Code 128 and listens with a keyboard wedge of its own, which sees
the keys before the Door's or the Till's wedge (Qt asks the filter installed
last first) and reads them as typed, uncorrected. From that one burst
``detect`` finds the suffix, the key timing, any prefix and suffix characters
and a keyboard-layout mismatch; the correction is saved in
``settings.scanner`` for the wedge, which the Door and the Till both follow
(``corrected_wedge``). It can be run again any time; each run replaces the
correction. "Save a printable test sheet (PDF)" writes the same codes on A4.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.keyboard_layouts import Correction, describe, detect
from passdesk.gui.i18n import say, translate
from passdesk.gui.scanning.check_sheet import code_images, save_test_sheet
from passdesk.scan.wedge import KeyboardWedge, WedgeBurst
from passdesk.settings import SettingsError, SettingsStore
from passdesk.settings.scanner import WEDGE, with_correction

log = logging.getLogger(__name__)

#: The English of the dialog's fixed words (shown through ``translate("door", …)``).
ASK = QT_TRANSLATE_NOOP("door", "Scan one of these codes once, with the scanner you use here.")
WAITING = QT_TRANSLATE_NOOP("door", "Waiting for a scan…")
SAVE_SHEET = QT_TRANSLATE_NOOP("door", "Save a printable test sheet (PDF)…")
SHEET_NAME = "passdesk-scanner-check.pdf"


class ScannerCheckDialog(QDialog):
    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("door", "Check the scanner"))
        self._settings = settings
        #: The last correction found (None until a scan of the test code).
        self.correction: Correction | None = None
        self.wedge = KeyboardWedge(parent=self)
        self.wedge.burst.connect(self._scanned)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        ask = QLabel(translate("door", ASK))
        ask.setWordWrap(True)
        ask.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(ask)
        codes = QGridLayout()
        qr, code128 = code_images(size_px=220)
        names = (translate("door", "QR code"), translate("door", "Code 128"))
        for column, (name, image) in enumerate(zip(names, (qr, code128), strict=True)):
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setObjectName("qrImage" if column == 0 else "code128Image")
            codes.addWidget(picture, 0, column)
            caption = QLabel(name)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            codes.addWidget(caption, 1, column)
        layout.addLayout(codes)
        self.result = QLabel(translate("door", WAITING))
        self.result.setObjectName("scannerResult")
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(72)
        self.result.setStyleSheet("font-size: 12pt;")
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sheet_button = QPushButton(translate("door", SAVE_SHEET))
        self.sheet_button.setAutoDefault(False)
        buttons.addButton(self.sheet_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.sheet_button.clicked.connect(self.save_sheet)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)

    # --- listening while shown ------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.wedge.start()
        self.close_button.setFocus()  # no text input: every key of a burst is held

    def done(self, result: int) -> None:
        self.wedge.stop()
        super().done(result)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.wedge.stop()
        super().hideEvent(event)

    # --- a scan -------------------------------------------------------------------------

    def _scanned(self, burst: WedgeBurst) -> None:
        finding = detect(burst.text, ending=burst.ending, timestamps_ms=burst.times)
        if finding.correction is None:
            self.result.setText(say(finding.problem))
            return
        self.correction = correction = finding.correction
        words = translate("door", "{found} The Door and the Till read it this way from now on."
                          ).format(found=say(describe(correction)))
        try:
            self._settings.update(lambda s: setattr(
                s, "scanner", with_correction(s.scanner, WEDGE, correction)))
        except SettingsError as exc:
            log.warning("the scanner check's correction was not saved: %s", exc)
            words = translate("door", "{found} It is not kept for next time: {error}").format(
                found=words, error=say(exc.args[0]) if len(exc.args) == 1 else str(exc))
        self.result.setText(words)

    # --- the printable sheet -----------------------------------------------------------

    def save_sheet(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given), write the PDF and say so."""
        if not path:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("door", "Save a printable test sheet (PDF)"),
                str(Path.home() / SHEET_NAME), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        try:
            save_test_sheet(path)
        except OSError as exc:
            self.result.setText(translate("door", "The test sheet was not saved: {error}. "
                                          "Choose another folder.").format(
                error=exc.strerror or (say(exc.args[0]) if len(exc.args) == 1 else exc)))
            return None
        self.result.setText(translate("door", "Test sheet saved as {path}. Print it, then scan "
                                      "a code on it.").format(path=path))
        return path
