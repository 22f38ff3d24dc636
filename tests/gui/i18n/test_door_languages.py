"""The Door's verdicts in every shipped language (issue 25): ADMIT, DENY, HOLD and NOT
RECORDED, each reached as a door person reaches it (a ticket scanned, scanned again, a
hold rule met, a full disk), are said in the language, fit their panel and stay large
enough to read from two metres, at 1366 by 768 and in full screen.

``PASSDESK_SHOTS=<folder>`` saves each state as a PNG, to look at.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from passdesk.core.holds import HoldKind, HoldRule
from passdesk.core.languages import SHIPPED
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.door.words import word
from passdesk.gui.i18n import language, translate
from tests.gui.door.test_not_recorded import fill_the_disk, free_space
from tests.gui.helpers import SYNC_WAIT_MS, configure
from tests.gui.i18n.sweep import clipped
from tests.gui.i18n.test_pseudo_door import tickets

#: The least size a verdict word may shrink to and still be read from two metres.
#: Signs are read at a distance of up to 250 times their capitals' height: 8 mm at
#: 2 m. A bold sans capital is about 0.72 of the font's pixel size, so 48 px draws
#: 9.1 mm capitals on a 96 dpi screen. (English's long words get 60 px, short ones 92.)
READABLE_PX = 48

#: The four verdicts a door person must read at once, by the panel's key.
VERDICTS = ("admit", "deny", "hold", "notrecorded")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture(params=SHIPPED)
def door(request, qapp, qtbot, sandbox, make_services, open_window):
    """The main window in a shipped language at 1366 x 768, its first sync done."""
    assert language.install(None, forced=request.param) == request.param
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    window.resize(1366, 768)
    pane = window.pane("door")
    assert isinstance(pane, DoorPane)
    qtbot.waitUntil(lambda: services.sync.status.last_sync_at is not None
                    and not services.sync.status.syncing and pane.loaded
                    and pane._events is not None, timeout=SYNC_WAIT_MS)
    QApplication.processEvents()
    yield request.param, window, services, pane
    language.install(None, forced="en")


def said(key: str) -> str:
    """The big word for ``key`` as the installed catalogue has it (Qt's lookup)."""
    english = {"admit": "ADMIT", "deny": "DENY", "hold": "HOLD",
               "notrecorded": "NOT RECORDED"}[key]
    return translate("verdicts", english, "door verdict: one or two short words read "
                                         "from 2 m away")


def readable(pane: DoorPane, key: str, where: str) -> None:
    """The panel shows ``key``'s word in the language, whole and large enough."""
    QApplication.processEvents()
    form = pane.form
    label = form.verdictWord
    assert form.verdictFrame.property("outcome") == key, where
    assert label.text() == said(key) == word(key), where
    assert label.text() != {"admit": "ADMIT", "deny": "DENY", "hold": "HOLD",
                            "notrecorded": "NOT RECORDED"}[key], f"{where}: English"
    assert clipped(label) == [], f"{where}: {label.text()!r} is cut"
    assert QFontInfo(label.font()).pixelSize() >= READABLE_PX, (
        f"{where}: {label.text()!r} shrank to {QFontInfo(label.font()).pixelSize()} px")
    lines = [form.holderName, form.verdictMessage]
    assert [f for line in lines for f in clipped(line)] == [], where


def shot(window, code: str, name: str) -> None:
    folder = os.environ.get("PASSDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"door-{code}-{name}.png"))


def test_the_four_verdicts_read_in_every_shipped_language(door, qtbot) -> None:
    code, window, services, pane = door
    (first, _), (second, _), (held, held_name) = tickets(services.database)[:3]
    shown: dict[str, tuple[str, str, str, str]] = {}

    def seen(key: str, where: str) -> None:
        readable(pane, key, where)
        form = pane.form
        shown[key] = (form.holderName.text(), form.verdictMessage.text(),
                      form.verdictDetail.text(), where)
        shot(window, code, key)

    pane.scan(first)
    seen("admit", f"{code}: a ticket scanned")
    pane.scan(first)
    seen("deny", f"{code}: the same ticket again")
    rule = HoldRule(HoldKind.FIELD, "fullName", held_name, "")
    pane.apply_setup(replace(pane._setup, config=replace(pane._setup.config, holds=(rule,))))
    pane.scan(held)
    seen("hold", f"{code}: a ticket a hold rule meets")
    pane.let_in()
    fill_the_disk(pane)
    try:
        assert pane.scan(second) is None
        seen("notrecorded", f"{code}: a full disk")
    finally:
        free_space(pane)

    # Full screen: the offscreen screen is 800 pixels wide, narrower than a door's.
    pane.form.fullScreenButton.click()
    qtbot.waitUntil(lambda: window.is_full_screen)
    try:
        for key in VERDICTS:
            name, message, detail, where = shown[key]
            pane._show_verdict(key, word(key), name, message, detail, stays=True)
            readable(pane, key, f"{where}, full screen")
            shot(window, code, f"{key}-full-screen")
    finally:
        window.set_full_screen(False)


def test_the_sidebar_shows_each_section_beside_its_shortcut(door) -> None:
    """Longer names ("Synchronisierung  Strg+7") widen the sidebar instead of running
    into their shortcut."""
    from PySide6.QtGui import QFontMetrics

    from passdesk.gui.nav_column import HINT_ROLE, ROW_ROOM

    _code, window, _services, _pane = door
    column, nav = window.nav_column, window.nav
    assert not column.collapsed
    names = QFontMetrics(nav.font())
    hints = QFontMetrics(nav.delegate.hint_font(nav.font()))
    for row in range(nav.count()):
        item = nav.item(row)
        needs = (names.horizontalAdvance(item.text())
                 + hints.horizontalAdvance(item.data(HINT_ROLE)) + ROW_ROOM)
        assert needs <= column.width(), (item.text(), needs, column.width())


def test_the_last_scans_columns_show_their_whole_titles(door) -> None:
    """The time and verdict columns are sized to their values, and to their titles
    when those are wider ("Heure (UTC)" was cut to "Heure (UTC")."""
    from PySide6.QtCore import Qt

    from passdesk.gui.door.history_model import Column

    _code, _window, _services, pane = door
    table = pane.form.recentTable
    header = table.horizontalHeader()
    for column in (Column.TIME, Column.VERDICT):
        title = pane.recent.headerData(column, Qt.Orientation.Horizontal)
        needs = header.fontMetrics().horizontalAdvance(title) + 12  # the section's margins
        assert header.sectionSize(column) >= needs, (title, header.sectionSize(column), needs)
