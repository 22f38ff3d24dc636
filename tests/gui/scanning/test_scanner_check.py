"""The scanner check: one scan of the test code finds the suffix, the timing, any
prefix and the host's keyboard layout; the correction is saved and then the
Door reads real tickets as printed. The printable sheet is a PDF holding the code."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from passdesk.core.keyboard_layouts import GERMAN, LAYOUTS, TEST_VALUE, Correction
from passdesk.gui.scanning.corrected_wedge import corrected_wedge
from passdesk.gui.scanning.scanner_check_dialog import WAITING, ScannerCheckDialog
from passdesk.scan.qr_decode import decode
from passdesk.settings import SettingsStore
from passdesk.settings.scanner import WEDGE, wedge_correction, with_correction
from tests.gui.door.test_scan_focus import loyalty_card_values, valid_ticket
from tests.gui.helpers import click, open_pane, open_synced_door
from tests.gui.scanning.test_wedge import SCANNER_MS, Typist

TICKETS = ("TKT-XTG52-3D86A", "CARD-AFWQT-XP636", "MEM-KXRD8-WY4DP")
SUFFIX = {"enter": "\n", "tab": "\t", "none": ""}


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def settings(tmp_path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json")


def open_check(qtbot, settings: SettingsStore) -> ScannerCheckDialog:
    dialog = ScannerCheckDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.close_button.hasFocus)
    return dialog


@pytest.mark.parametrize("ending", SUFFIX)
@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_one_scan_finds_the_configuration_then_tickets_read_right(
        qtbot, settings, layout, ending) -> None:
    dialog = open_check(qtbot, settings)
    assert dialog.result.text() == WAITING
    typist = Typist()
    # A US-layout scanner on this host, with a prefix, typing every 8 ms
    typist.type(layout.host_text("]Q" + TEST_VALUE) + SUFFIX[ending], gap_ms=SCANNER_MS)
    qtbot.waitUntil(lambda: dialog.correction is not None)
    found = Correction(layout.key, "]Q" if layout.can_type("]") else "", "", ending, SCANNER_MS)
    if not layout.can_type("]"):  # a dead key there: the prefix came as "Q" alone
        found = Correction(layout.key, "Q", "", ending, SCANNER_MS)
    assert dialog.correction == found
    words = dialog.result.text()
    assert "types about 8 ms per key" in words
    assert (layout.name in words) is (layout.key != "us")
    assert wedge_correction(settings.load().scanner) == found  # kept
    dialog.close()

    # The Door's and the Till's wedge follow it: real tickets come out as printed.
    owner = QWidget()
    qtbot.addWidget(owner)
    wedge = corrected_wedge(settings, owner)
    reads: list = []
    wedge.read.connect(reads.append)
    wedge.start()
    try:
        for count, ticket in enumerate(TICKETS, start=1):
            typist.pause(1000)
            typist.type(layout.host_text(found.prefix + ticket) + SUFFIX[ending],
                        gap_ms=SCANNER_MS, target=owner)
            qtbot.waitUntil(lambda n=count: len(reads) == n)
    finally:
        wedge.stop()
    assert [r.value for r in reads] == list(TICKETS)


def test_something_else_scanned_says_to_scan_the_test_code(qtbot, settings) -> None:
    dialog = open_check(qtbot, settings)
    Typist().scan("TKT-XTG52-3D86A")
    assert "Scan the code on this screen again" in dialog.result.text()
    assert dialog.correction is None
    assert settings.load().scanner == {}


def test_a_correction_saved_later_reaches_a_running_wedge(qtbot, settings) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    wedge = corrected_wedge(settings, owner)
    assert wedge.correction == Correction()
    dialog = open_check(qtbot, settings)
    Typist().scan(GERMAN.host_text(TEST_VALUE), target=dialog.close_button)
    qtbot.waitUntil(lambda: wedge.correction.layout == "de")


def test_after_the_check_the_door_admits_a_mangled_ticket(
        qtbot, sandbox, make_services, open_window) -> None:
    _window, services, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    ticket = valid_ticket(services)
    typist = Typist()
    typist.scan(GERMAN.host_text(ticket), target=door.form.verdictFrame)
    assert not door.last_result.verdict.lets_in  # "ß" for "-", z for y: unknown

    door.open_settings()
    qtbot.waitUntil(lambda: getattr(door, "settings_dialog", None) is not None
                    and door.settings_dialog.isVisible())
    settings_dialog = door.settings_dialog
    click(qtbot, settings_dialog.form.scannerButton)
    check = settings_dialog.scanner_check
    qtbot.waitUntil(check.close_button.hasFocus)
    before = door.last_result
    typist.pause(1000)
    typist.type(GERMAN.host_text(TEST_VALUE) + "\t", gap_ms=4)
    assert door.last_result is before  # the check's scan never reached the Door
    assert "this computer uses German" in check.result.text()
    assert "ends codes with Tab, types about 4 ms per key" in check.result.text()
    check.close()
    settings_dialog.reject()

    typist.pause(1000)
    typist.type(GERMAN.host_text(ticket) + "\t", gap_ms=4, target=door.form.verdictFrame)
    assert door.last_result.value == ticket
    assert door.last_result.verdict.lets_in


def test_the_printable_sheet_is_a_pdf_with_the_test_code(qtbot, settings, tmp_path) -> None:
    dialog = open_check(qtbot, settings)
    path = dialog.save_sheet(tmp_path / "sheet.pdf")
    assert path == tmp_path / "sheet.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert "Test sheet saved" in dialog.result.text()
    page = rendered_page(path)
    for kind in (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128):
        assert decode(bytes(page.constBits()), kind, page.width(), page.height(),
                      page.bytesPerLine()) == [TEST_VALUE]


def test_a_sheet_that_cannot_be_written_says_so(qtbot, settings, tmp_path) -> None:
    dialog = open_check(qtbot, settings)
    assert dialog.save_sheet(tmp_path / "no-such-folder" / "sheet.pdf") is None
    assert dialog.result.text().startswith("The test sheet was not saved")


def rendered_page(path: Path) -> QImage:
    """The PDF's first page as the printer would put it on white paper, in grey."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() == 1
    page = document.render(0, QSize(1240, 1754))
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper.convertToFormat(QImage.Format.Format_Grayscale8)


def test_the_till_s_settings_open_the_same_check(qtbot, settings) -> None:
    from passdesk.gui.till.settings_dialog import TillChoices, TillSettingsDialog
    from passdesk.settings.till import TillSetup

    dialog = TillSettingsDialog(TillSetup(), TillChoices([]), settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.tabs.setCurrentIndex(0)
    click(qtbot, dialog.form.scannerButton)
    check = dialog.scanner_check
    qtbot.waitUntil(check.isVisible)
    check.activateWindow()
    qtbot.waitUntil(check.close_button.hasFocus)
    Typist().type(LAYOUTS["fr"].host_text(TEST_VALUE) + "\n", gap_ms=SCANNER_MS)
    assert "this computer uses French" in check.result.text()
    assert wedge_correction(settings.load().scanner).layout == "fr"
    without = TillSettingsDialog(TillSetup(), TillChoices([]))  # no store: no check
    qtbot.addWidget(without)
    assert without.form.scannerButton.isHidden()


def test_the_till_reads_a_card_through_the_same_correction(
        qtbot, sandbox, make_services, open_window) -> None:
    window, services, _ = open_synced_door(qtbot, sandbox, make_services, open_window)
    till = open_pane(qtbot, window, "Till")
    french = Correction("fr", ending="none", gap_ms=4)  # as a check at the Door found it
    services.settings.update(lambda s: setattr(
        s, "scanner", with_correction(s.scanner, WEDGE, french)))
    qtbot.waitUntil(lambda: till.wedge.correction == french)
    (pass_id, card), = loyalty_card_values(services, 1)
    till.form.searchEdit.setFocus()
    Typist().type(LAYOUTS["fr"].host_text(card), gap_ms=4)  # AZERTY digits, no suffix
    qtbot.waitUntil(lambda: till.customer is not None)
    assert till.customer.id == pass_id
    assert till.form.searchEdit.text() == ""
