"""B1: a scan reaches the Door (and the Till) wherever keyboard focus is in the
window: the sidebar, a button, a table, the status bar, a dialog. Each burst
starts with a letter the sidebar could answer to, as "TKT-…" did ("T" = Till).
The Door's shortcuts work after a click on the sidebar, and full screen (m18)
leaves only the verdict."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from sqlalchemy import select

from passdesk.gui.panes import PANES
from passdesk.gui.till.pane import TillPane
from passdesk.store.schema import Event, Pass, PassTemplate
from tests.gui.helpers import click, open_pane, open_synced_door
from tests.gui.scanning.test_wedge import Typist

#: The first letters of the sections: a list with type-ahead jumps on each.
SIDEBAR_LETTERS = sorted({spec.title[0].upper() for spec in PANES})


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def focusable(top: QWidget) -> list[QWidget]:
    """Every widget of ``top``'s window a person can put keyboard focus on."""
    return [w for w in top.findChildren(QWidget)
            if w.window() is top and w.isVisible() and w.isEnabled()
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.focusProxy() is None]


def put_focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def state(widget: QWidget) -> object:
    """What a stray key could have changed in ``widget``."""
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked(), widget.isDown()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, QAbstractItemView):
        return widget.currentIndex().row()
    return None


def test_a_burst_is_judged_at_the_door_wherever_focus_is(
        qtbot, sandbox, make_services, open_window) -> None:
    window, _, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    open_pane(qtbot, window, "Door")  # the report's repro: click "Door" in the sidebar
    reads: list = []
    door.wedge.read.connect(reads.append)
    typist = Typist()
    widgets = focusable(window)
    for expected in (window.nav, door.form.verdictFrame, door.form.searchEdit,
                     window.status.sync_button):
        assert expected in widgets

    for number, widget in enumerate(widgets):
        put_focus(qtbot, widget)
        text_before = state(widget) if isinstance(widget, QLineEdit) else None
        for letter in SIDEBAR_LETTERS:
            value = f"{letter}KT-{number:03d}QA-NOPE"
            typist.pause(1_000)
            typist.scan(value)
            where = f"{letter}… with focus on {type(widget).__name__} {widget.objectName()!r}"
            assert window.current_pane_key == "door", where
            assert reads[-1].value == value, where
            assert door.last_result.value == value, where
        if text_before is not None:  # a text input: the burst was taken out again
            assert state(widget) == text_before
    assert len(reads) == len(widgets) * len(SIDEBAR_LETTERS)


def test_a_burst_is_judged_at_the_door_from_a_dialog(
        qtbot, sandbox, make_services, open_window) -> None:
    _, _, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    click(qtbot, door.form.settingsButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    typist = Typist()
    widgets = focusable(dialog)
    assert widgets

    for number, widget in enumerate(widgets):
        put_focus(qtbot, widget)
        before = [state(w) for w in widgets]
        for letter in SIDEBAR_LETTERS:
            value = f"{letter}KT-{number:03d}DLG"
            typist.pause(1_000)
            typist.scan(value)
            where = f"{letter}… in the dialog on {type(widget).__name__} {widget.objectName()!r}"
            assert door.last_result.value == value, where
        assert dialog.isVisible()  # Enter ended the scan, not the dialog
        assert [state(w) for w in widgets] == before, f"{widget.objectName()!r} ate keys"
    dialog.reject()


def valid_ticket(services) -> str:
    """The barcode value of an active ticket for an event on now."""
    now = datetime.now(UTC)
    with services.database.session() as session:
        for value, start, end in session.execute(
                select(Pass.barcode_value, Event.start_time, Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.barcode_value.is_not(None))
                .order_by(Pass.id)):
            if start.replace(tzinfo=UTC) <= now < end.replace(tzinfo=UTC):
                return value
    raise AssertionError("no active demo ticket for an event on now")


def test_the_door_s_keys_work_after_a_click_on_the_sidebar(
        qtbot, sandbox, make_services, open_window) -> None:
    window, services, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    form = door.form
    Typist().scan(valid_ticket(services), target=form.verdictFrame)
    assert door.last_result.verdict.lets_in
    assert form.admittedCount.text() == "1"

    open_pane(qtbot, window, "Door")
    put_focus(qtbot, window.nav)  # where Tab or the old sidebar left it
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.admittedCount.text() == "0"  # undone

    qtbot.keyClick(window.nav, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()

    put_focus(qtbot, window.nav)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert form.searchEdit.hasFocus()
    assert window.current_pane_key == "door"


def loyalty_card_values(services, count: int) -> list[tuple[str, str]]:
    """(pass id, barcode value) of active loyalty cards."""
    with services.database.session() as session:
        rows = session.execute(
            select(Pass.id, Pass.barcode_value)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active",
                   Pass.barcode_value.is_not(None))
            .order_by(Pass.id).limit(count)).all()
    assert len(rows) == count
    return [tuple(r) for r in rows]


def test_a_card_is_found_at_the_till_wherever_focus_is(
        qtbot, sandbox, make_services, open_window) -> None:
    window, services, _ = open_synced_door(qtbot, sandbox, make_services, open_window)
    till = open_pane(qtbot, window, "Till")
    assert isinstance(till, TillPane)
    reads: list = []
    till.wedge.read.connect(reads.append)
    cards = loyalty_card_values(services, 2)
    typist = Typist()
    widgets = focusable(window)
    assert window.nav in widgets
    assert till.form.searchEdit in widgets

    for number, widget in enumerate(widgets):
        if not widget.isVisible() or not widget.isEnabled():
            continue  # a customer change can hide or disable parts
        put_focus(qtbot, widget)
        pass_id, value = cards[number % 2]
        typist.pause(1_000)
        typist.scan(value)
        where = f"with focus on {type(widget).__name__} {widget.objectName()!r}"
        assert window.current_pane_key == "till", where
        assert till.customer.id == pass_id, where
        for letter in SIDEBAR_LETTERS:  # unknown cards: read whole, the Till stays
            unknown = f"{letter}ARD-{number:03d}-NOPE"
            typist.pause(1_000)
            typist.scan(unknown)
            assert reads[-1].value == unknown, where
            assert window.current_pane_key == "till", where


def test_full_screen_leaves_the_verdict_and_esc_or_f11_leave_it(
        qtbot, sandbox, make_services, open_window) -> None:
    window, _, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    form = door.form
    assert "(F11)" in form.fullScreenButton.text()
    assert "(Ctrl+Z)" in form.undoButton.text()

    click(qtbot, form.fullScreenButton)
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: form.verdictFrame.width() > 0.8 * window.width())
    for gone in (window.nav_column, window.status, form.searchGroup, form.recentGroup,
                 form.exportButton, form.settingsButton):
        assert not gone.isVisible(), gone.objectName()
    assert form.verdictFrame.isVisible()
    assert form.fullScreenButton.isVisible()
    assert "Esc" in form.fullScreenButton.text()

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    for back in (window.nav_column, window.status, form.searchGroup, form.recentGroup):
        assert back.isVisible(), back.objectName()
    assert "(F11)" in form.fullScreenButton.text()

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    assert window.nav_column.isVisible()

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F11)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)  # another pane: full screen ends
    assert window.current_pane_key == "till"
    assert not window.isFullScreen()
    assert window.nav_column.isVisible()
