"""The DoorWindow's camera corner and camera picker on the real sandbox after the first sync.

This machine has no camera: with the camera on, the corner shows the source's
"no camera" words and the keyboard wedge goes on working. The picker lists what
``CameraSource.cameras()`` reports (two fakes here); the choice is kept in the
settings file and comes back."""

from __future__ import annotations

import pytest

from passdesk.gui.door.settings_dialog import Choices, DoorSettingsDialog
from passdesk.scan.camera_source import NO_CAMERA, CameraInfo, CameraSource
from passdesk.scan.sources import SourceHealth
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json
from tests.gui.door.test_pane import DoorWindow, a_valid_pass
from tests.gui.helpers import distinct_colours, open_synced_door, save_shot
from tests.gui.scanning.test_wedge import Typist

FAKES = [CameraInfo("cam-1", "Front Webcam", True), CameraInfo("cam-2", "USB Camera", False)]


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window):
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    yield DoorWindow(window, services, pane, Typist())
    pane.sources.stop()


def camera_state(door: DoorWindow):
    state = door.pane.sources.states.get("camera")
    return state.health if state is not None else None


def test_with_no_camera_the_corner_says_so_and_the_wedge_works(qtbot, door, tmp_path) -> None:
    pane = door.pane
    barcode, name = a_valid_pass(door)
    assert not pane.preview.isVisible()  # camera off: no corner

    pane.apply_setup(DoorSetup(pane.door.config, sound=False, camera=True))
    qtbot.waitUntil(lambda: camera_state(door) is SourceHealth.UNAVAILABLE)
    assert pane.preview.isVisible()
    assert pane.preview.text == NO_CAMERA
    assert pane.preview.message.isVisible()
    assert "Camera: " in pane.form.sourcesLine.text()

    door.scan_at_the_door(barcode)
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    assert pane.preview.text == NO_CAMERA

    door.window.resize(1100, 720)
    qtbot.waitUntil(lambda: door.window.size().width() == 1100)
    pane.form.exportLine.setText("12 scans written to /home/door/scans-2025-06-01.csv")
    pane.form.exportLine.show()
    shot = save_shot(door.window, tmp_path, "door-camera.png")
    assert distinct_colours(shot) > 8
    message = pane.preview.message
    assert message.height() >= message.heightForWidth(message.width())  # not clipped

    pane.apply_setup(DoorSetup(pane.door.config, sound=False))
    assert not pane.preview.isVisible()


def test_the_picker_lists_the_cameras_and_the_choice_is_kept(qtbot, door, monkeypatch) -> None:
    monkeypatch.setattr(CameraSource, "cameras", staticmethod(lambda: list(FAKES)))
    pane = door.pane
    setup = DoorSetup(pane.door.config, sound=False, camera=True)
    dialog = DoorSettingsDialog(setup, Choices([], {}))
    qtbot.addWidget(dialog)
    combo = dialog.form.cameraCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "cam-1", "cam-2"]
    assert combo.itemText(1) == "Front Webcam (default)"
    assert combo.itemText(2) == "USB Camera"
    assert combo.currentData() == ""  # the system default until one is picked
    assert combo.isEnabled()

    combo.setCurrentIndex(2)
    pane.apply_setup(dialog.setup())
    assert SettingsStore().load().door["camera_id"] == "cam-2"
    assert pane.sources.camera is not None
    assert pane.sources.camera.camera_id == "cam-2"

    restored = setup_from_json(SettingsStore().load().door)
    assert restored.camera_id == "cam-2"
    again = DoorSettingsDialog(restored, Choices([], {}))
    qtbot.addWidget(again)
    assert again.form.cameraCombo.currentText() == "USB Camera"
    again.form.cameraCheck.setChecked(False)
    assert not again.form.cameraCombo.isEnabled()


def test_old_settings_and_unplugged_cameras(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(CameraSource, "cameras", staticmethod(lambda: list(FAKES)))
    assert setup_from_json({"station": "north", "camera": True}).camera_id == ""
    assert setup_from_json({"camera_id": 7}).camera_id == ""
    gone = DoorSetup(camera=True, camera_id="cam-9")
    dialog = DoorSettingsDialog(gone, Choices([], {}))
    qtbot.addWidget(dialog)
    assert dialog.form.cameraCombo.currentText() == "cam-9 (not connected)"
    assert dialog.setup() == gone


def test_the_camera_decodes_the_formats_the_stored_passes_carry(qtbot, sandbox, make_services,
                                                               open_window) -> None:
    from passdesk.scan.qr_decode import format_names
    from passdesk.store.schema import Pass
    from passdesk.sync.service import StoreChanged
    from tests.gui.helpers import open_synced_door

    _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    # The demo passes carry QR codes only.
    qtbot.waitUntil(lambda: pane.sources.barcode_types - {None} == {"qr"})
    with services.database.session() as session:
        session.add(Pass(id="p-linear", barcode_type="code128", barcode_value="123456",
                         attributes={}))
    # A pull's page says "passes" again and again: the formats are read once it is over.
    services.bridge.notice(StoreChanged("passes"))
    qtbot.wait(300)
    assert "code128" not in pane.sources.barcode_types
    services.bridge.notice(StoreChanged("all"))  # the sync finished
    qtbot.waitUntil(lambda: "code128" in pane.sources.barcode_types)
    from passdesk.scan.qr_decode import formats_for

    assert format_names(formats_for(pane.sources.barcode_types)) == ["Code 128", "QR Code"]
