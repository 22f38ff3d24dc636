"""Sending a push message to selected passes, as a person would, on the synced sandbox."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import select

from passdesk.gui.passes.notify_dialog import MESSAGE_WARN_CHARS, NotifyDialog
from passdesk.store.schema import Pass
from passdesk.sync.passes import notify_many
from tests.gui.helpers import SYNC_WAIT_MS, click, open_synced_door, save_shot


def _ids(database, *, status: str, device: str | None = None, n: int = 1) -> list[str]:
    with database.session() as s:
        query = select(Pass.id).where(Pass.status == status)
        if device:
            query = query.where(Pass.device_type == device)
        return list(s.scalars(query.order_by(Pass.id).limit(n)))


#: One moment for the whole test: "today" must not change between queuing and counting.
NOW = datetime.now(UTC)


def _open(qtbot, window, services, ids: list[str]) -> NotifyDialog:
    dialog = NotifyDialog(services.database, services.store_tasks, ids, window,
                          sync=services.sync, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.targets is not None)
    return dialog


def _visible(dialog: QDialog, name: str) -> bool:
    return dialog.findChild(QLabel, name).isVisible()


def test_a_message_typed_for_three_passes_reaches_each_of_them(
        qtbot, sandbox, make_services, open_window) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    ids = _ids(services.database, status="active", n=3)
    dialog = _open(qtbot, window, services, ids)
    assert dialog.heading.text() == "Message to 3 passes"
    assert dialog.send_button.text() == "Send to 3 passes"
    assert not dialog.send_button.isEnabled()  # nothing typed yet
    assert not any(_visible(dialog, n) for n in ("limitsNote", "inactiveNote", "lengthNote"))

    dialog.message_edit.setFocus()
    qtbot.keyClicks(dialog.message_edit, "Doors open at 19:00 tonight")
    assert dialog.counter.text() == f"27 / {MESSAGE_WARN_CHARS}"
    assert dialog.send_button.isEnabled()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)

    def delivered() -> bool:
        return all(sandbox.state.passes[i].attributes["latestMessage"] ==
                   "Doors open at 19:00 tonight" for i in ids)

    qtbot.waitUntil(delivered, timeout=SYNC_WAIT_MS)


def test_long_messages_a_fourth_message_today_and_inactive_passes_are_warned_about(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    android = _ids(services.database, status="active", device="android")[0]
    others = _ids(services.database, status="active", device="iphone", n=2)
    for n in range(3):  # three already today: Google's lock-screen allowance
        notify_many(services.database, pass_ids=[android], message=f"Update {n + 1}",
                    clock=lambda: NOW)

    dialog = _open(qtbot, window, services, [android, *others])
    assert _visible(dialog, "limitsNote")
    assert dialog.findChild(QLabel, "limitsNote").text() == (
        "1 of the 3 selected passes would get its 4th message today: Google shows only 3 a "
        "day on the lock screen.")
    assert not _visible(dialog, "inactiveNote")

    dialog.message_edit.setFocus()
    qtbot.keyClicks(dialog.message_edit, "x" * MESSAGE_WARN_CHARS)
    assert not _visible(dialog, "lengthNote")
    qtbot.keyClicks(dialog.message_edit, "y")
    assert _visible(dialog, "lengthNote")
    assert dialog.counter.text() == f"161 / {MESSAGE_WARN_CHARS}"
    dialog.reject()

    # Two messages so far for an Apple pass is fine; an issued pass is not on a phone.
    issued = _ids(services.database, status="issued", n=1)
    dialog = _open(qtbot, window, services, [android, *others, *issued])
    assert dialog.findChild(QLabel, "inactiveNote").text() == (
        "Not active (not on a phone): 1 of the 4 selected passes. Messages reach only "
        "active passes.")
    dialog.message_edit.setFocus()
    qtbot.keyClicks(dialog.message_edit, "Doors open 30 minutes early tonight: come by 18:30 "
                                         "and skip the queue.")
    save_shot(dialog, tmp_path, "notify-dialog.png")
