"""The pass detail panel on a synced demo store; editing and deactivating reach PassEntry."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from passdesk.gui.passes.deactivate_dialog import deactivate_passes
from passdesk.gui.passes.detail import PassDetailPanel
from passdesk.gui.passes.edit_dialog import EditPassDialog
from passdesk.gui.widgets.style import APP_STYLE
from passdesk.store.schema import Pass
from tests.design.test_barcode_image import decoded
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    distinct_colours,
    open_synced_door,
    retype,
    save_shot,
    when_shown,
)


def _demo_pass(database, sandbox=None, *, status: str = "active") -> Pass:
    """An active demo ticket with a QR code, as the store holds it. With ``sandbox``, one
    with geofences, stored as a pull that asks for locations (includeLocations) would."""
    with database.session() as s:
        rows = s.scalars(select(Pass).where(Pass.status == status,
                                            Pass.barcode_value.is_not(None),
                                            Pass.template_name == "Riverside Arena Ticket")
                         .order_by(Pass.id)).all()
        for row in rows:
            locations = sandbox.state.passes[row.id].attributes["locations"] if sandbox else []
            if sandbox is None:
                return row
            if locations:
                row.attributes = {**row.attributes, "locations": locations}
                return row
    raise AssertionError("the demo data has no such pass")


def _panel(qtbot, services) -> tuple[QWidget, PassDetailPanel]:
    # A column as the passes pane gives it, styled as in the main window.
    host = QWidget()
    host.setStyleSheet(APP_STYLE)
    qtbot.addWidget(host)
    panel = PassDetailPanel(host, database=services.database, store_tasks=services.store_tasks)
    host.resize(360, 1120)
    panel.resize(360, 1120)
    host.show()
    qtbot.waitExposed(host)
    return host, panel


def test_the_panel_shows_a_demo_pass_its_barcode_and_download_qr(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    _window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    row = _demo_pass(services.database, sandbox)
    host, panel = _panel(qtbot, services)
    assert panel.findChild(QLabel, "emptyLabel").isVisible()

    panel.load(row.id)
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == row.id)
    content = sandbox.state.passes[row.id].attributes["passContent"]
    for field_id, value in content.items():
        label = panel.findChild(QLabel, f"field_{field_id}")
        assert label is not None, field_id
        assert label.text() == str(value)
    assert panel.findChild(QLabel, "passName").text() == row.display_name
    assert panel.findChild(QLabel, "statusChip").text() == "active"
    # The barcode scans as the door will read it; the download QR opens the pass's page.
    barcode = panel.findChild(QLabel, "barcodeImage").pixmap().toImage()
    assert decoded(barcode) == [row.barcode_value]
    download = panel.findChild(QLabel, "downloadQr").pixmap().toImage()
    assert decoded(download) == [row.download_url]
    assert panel.findChild(QLabel, "nfcValue").text() == row.id
    assert panel.findChild(QLabel, "downloadUrl").full_text == row.download_url
    assert "Created:" in panel.findChild(QLabel, "timelineLabel").text()
    assert "North Gate" in panel.findChild(QLabel, "locationsLabel").text()
    click(qtbot, panel.findChild(QPushButton, "copyUrlButton"))
    assert QGuiApplication.clipboard().text() == row.download_url
    # Nothing sideways: the body fits the column.
    body = panel.scroll.widget()
    assert body.width() <= panel.scroll.viewport().width()
    assert body.minimumSizeHint().width() <= 360

    shot = save_shot(host, tmp_path, "pass-detail.png")
    assert distinct_colours(shot) > 4
    panel.show_pass(None)
    assert panel.findChild(QLabel, "emptyLabel") is not None


def test_pending_changes_are_counted_on_the_panel(qtbot, sandbox, make_services,
                                                  open_window) -> None:
    _window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    row = _demo_pass(services.database)
    services.sync.stop()  # keep the change waiting
    from passdesk.sync.passes import notify

    notify(services.database, pass_id=row.id, message="Hello")
    _host, panel = _panel(qtbot, services)
    panel.load(row.id)
    qtbot.waitUntil(lambda: panel.details is not None)
    assert panel.findChild(QLabel, "pendingLabel").text() == "1 change waiting to be sent"
    assert panel.findChild(QLabel, "latestMessage").text() == "Hello"


def test_a_reload_while_the_app_closes_is_dropped_quietly(qtbot, tmp_path) -> None:
    """A change notice can reach the panel after the store's worker shut down (the
    app closing): the reload is dropped, not a traceback from a Qt slot."""
    from passdesk.gui.workers.tasks import TaskRunner
    from passdesk.store.database import Database

    database = Database.open(f"sqlite:///{tmp_path / 'closing.sqlite3'}")
    runner = TaskRunner(max_threads=1)
    panel = PassDetailPanel(database=database, store_tasks=runner)
    qtbot.addWidget(panel)
    panel.load("p" * 40)
    runner.shutdown()
    panel.reload()  # raised "this TaskRunner was shut down" before
    assert panel.details is None
    database.close()


def test_an_edited_value_reaches_passentry(qtbot, sandbox, make_services, open_window) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    row = _demo_pass(services.database)
    field_id = next(iter(row.attributes["passContent"]))
    before = dict(sandbox.state.passes[row.id].attributes["passContent"])
    dialog = EditPassDialog(services.database, row.id, window, sync=services.sync)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.findChild(QPushButton, "saveButton")
    assert not save.isEnabled()  # nothing changed yet
    retype(qtbot, dialog.findChild(QLineEdit, f"field_{field_id}"), "Edited here")
    assert dialog.changes().values == {field_id: "Edited here"}  # only what changed
    click(qtbot, save)
    assert dialog.result() == QDialog.DialogCode.Accepted

    def arrived() -> bool:
        return sandbox.state.passes[row.id].attributes["passContent"][field_id] == "Edited here"

    qtbot.waitUntil(arrived, timeout=SYNC_WAIT_MS)
    after = sandbox.state.passes[row.id].attributes["passContent"]
    assert {k: v for k, v in after.items() if k != field_id} == \
        {k: v for k, v in before.items() if k != field_id}


def test_group_tags_are_edited_as_a_list_separated_by_commas(qtbot, sandbox, make_services,
                                                            open_window) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    row = _demo_pass(services.database)
    dialog = EditPassDialog(services.database, row.id, window, sync=services.sync)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tags = dialog.findChild(QLineEdit, "groupTagEdit")
    assert tags.text() == ", ".join(row.group_tags or [row.group_tag])
    retype(qtbot, tags, "vip,  press ,vip")
    assert dialog.changes().group_tags == ["vip", "press"]
    click(qtbot, dialog.findChild(QPushButton, "saveButton"))
    qtbot.waitUntil(lambda: sandbox.state.passes[row.id].attributes.get("groupTags")
                    == ["vip", "press"], timeout=SYNC_WAIT_MS)


def test_deactivating_asks_first_and_reaches_passentry(qtbot, sandbox, make_services,
                                                       open_window) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    row = _demo_pass(services.database)

    def answer(button_text: str):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            chosen = next(b for b in box.buttons() if b.text() == button_text)
            click(qtbot, chosen)
        return act

    asked: list[str] = []
    when_shown(QMessageBox, answer("Cancel"))
    assert deactivate_passes(window, services.database, [row.id], [row.display_name],
                             sync=services.sync) is None
    assert asked == [f"Deactivate {row.display_name}?"]
    assert sandbox.state.passes[row.id].attributes["status"] == "active"

    when_shown(QMessageBox, answer("Deactivate"))
    assert deactivate_passes(window, services.database, [row.id], [row.display_name],
                             sync=services.sync) == 1
    qtbot.waitUntil(lambda: sandbox.state.passes[row.id].attributes["status"] == "deactivated",
                    timeout=SYNC_WAIT_MS)
