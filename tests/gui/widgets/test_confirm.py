"""confirm_destructive(): the action's words on a destructive button, Cancel by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from passdesk.gui.widgets.confirm import confirm_destructive
from tests.gui.helpers import click, when_shown


def ask(qtbot, act) -> tuple[bool, dict[str, object]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def look_then_act(box: QMessageBox) -> None:
        seen.update(name=box.objectName(), title=box.windowTitle(), text=box.text(),
                    details=box.informativeText(), icon=box.icon(),
                    default=box.defaultButton().text(),
                    roles={b.text(): box.buttonRole(b) for b in box.buttons()})
        act(box)

    when_shown(QMessageBox, look_then_act)
    chosen = confirm_destructive(parent, "Discard changes", "Discard 2 changes?", "Discard",
                                 details="This cannot be undone.", name="discardDialog",
                                 button_name="confirmDiscardButton")
    return chosen, seen


def test_the_action_button_confirms(qtbot) -> None:
    chosen, seen = ask(qtbot, lambda box: click(
        qtbot, box.findChild(QPushButton, "confirmDiscardButton")))
    assert chosen is True
    assert seen["name"] == "discardDialog"
    assert (seen["title"], seen["text"], seen["details"]) == (
        "Discard changes", "Discard 2 changes?", "This cannot be undone.")
    assert seen["icon"] == QMessageBox.Icon.Warning
    assert seen["roles"]["Discard"] == QMessageBox.ButtonRole.DestructiveRole


def test_enter_keeps_things_as_they_are(qtbot) -> None:
    chosen, seen = ask(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert seen["default"] == "Cancel"
    assert chosen is False


def test_escape_keeps_things_as_they_are(qtbot) -> None:
    chosen, _seen = ask(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert chosen is False
