"""The DoorWindow pane's scan sources on the real sandbox after the first sync: a VTAP reader
played by the master side of a real pty (reads in, green/red commands out), and an NFC
reader that is not there while the keyboard wedge goes on working."""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from passdesk.gui.door.pane import DoorPane
from passdesk.gui.door.settings_dialog import Choices, DoorSettingsDialog
from passdesk.gui.services import Services
from passdesk.scan.sources import SourceHealth
from passdesk.scan.vtap_protocol import verdict_commands
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from tests.gui.door.test_pane import a_valid_pass
from tests.gui.helpers import open_synced_door
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


class Reader:
    """The VTAP's end of a pty pair; ``name`` is the serial port the app opens."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.name = os.ttyname(slave)
        os.close(slave)  # the device stays while the master is open
        self.received = b""

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def poll(self) -> bytes:
        """What the app sent so far (never blocks)."""
        while select.select([self.master], [], [], 0)[0]:
            chunk = os.read(self.master, 4096)
            if not chunk:
                break
            self.received += chunk
        return self.received

    def close(self) -> None:
        os.close(self.master)


@pytest.fixture
def reader() -> Iterator[Reader]:
    pty = Reader()
    yield pty
    pty.close()


@dataclass
class DoorWindow:
    pane: DoorPane
    services: Services


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> Iterator[DoorWindow]:
    _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane.sources.retry_every = 0.05
    yield DoorWindow(pane, services)
    pane.sources.stop()


def test_a_vtap_reader_on_a_pty_admits_then_denies_and_shows_it(qtbot, door, reader) -> None:
    pane = door.pane
    barcode, name = a_valid_pass(door)
    setup = DoorSetup(pane.door.config, sound=False, vtap_port=reader.name)
    pane.apply_setup(setup)
    vtap = pane.sources.vtap
    assert vtap is not None
    # Write only once the port is open: pyserial puts the tty in raw mode on open.
    qtbot.waitUntil(lambda: pane.sources.states.get("vtap") is not None
                    and pane.sources.states["vtap"].health is SourceHealth.READY)
    assert "VTAP: ready" in pane.form.sourcesLine.text()
    assert "NFC: off" in pane.form.sourcesLine.text()
    assert "Camera: off" in pane.form.sourcesLine.text()
    assert SettingsStore().load().door["vtap_port"] == reader.name

    reader.write(barcode.encode() + b"\r\n")
    qtbot.waitUntil(lambda: pane.verdict_text[0] == "ADMIT")
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    assert pane.last_result is not None
    assert pane.last_result.source == "vtap"
    admit = verdict_commands(True)
    qtbot.waitUntil(lambda: admit in reader.poll())
    reader.received = b""

    reader.write(barcode.encode() + b"\r\n")
    qtbot.waitUntil(lambda: pane.verdict_text[0] == "DENY")
    assert pane.verdict_text[1] == name
    deny = verdict_commands(False)
    qtbot.waitUntil(lambda: deny in reader.poll())
    assert admit not in reader.received

    # Hiding the pane stops the reader; showing it again reopens the port.
    pane.hide()
    assert pane.sources.vtap is None
    assert not vtap.running
    pane.show()
    qtbot.waitUntil(lambda: pane.sources.states.get("vtap") is not None
                    and pane.sources.states["vtap"].health is SourceHealth.READY)


def test_an_nfc_reader_that_is_not_there_is_a_state_and_the_wedge_works(qtbot, door) -> None:
    pane = door.pane
    barcode, name = a_valid_pass(door)
    pane.apply_setup(DoorSetup(pane.door.config, sound=False, nfc_path="usb:ffff:ffff"))
    qtbot.waitUntil(lambda: pane.sources.states.get("nfc") is not None
                    and pane.sources.states["nfc"].health is SourceHealth.UNAVAILABLE)
    line = pane.form.sourcesLine.text()
    assert line.startswith("NFC: ")
    assert "usb:ffff:ffff" in line
    assert "VTAP: off" in line
    assert pane.form.sourcesLine.isVisible()
    assert pane.sources.signal_verdict(True) is False  # no VTAP: nothing to flash

    pane.form.verdictFrame.setFocus()
    typist = Typist()
    typist.pause(1_000)
    typist.scan(barcode, target=pane.form.verdictFrame)
    assert pane.verdict_text == ("ADMIT", name, "Welcome")

    pane.apply_setup(DoorSetup(pane.door.config, sound=False))
    assert pane.sources.nfc is None
    assert not pane.form.sourcesLine.isVisible()


def test_the_settings_dialog_keeps_the_sources(qtbot) -> None:
    setup = DoorSetup(sound=False, nfc_path="usb", vtap_port="/dev/ttyACM0", camera=True)
    dialog = DoorSettingsDialog(setup, Choices([], {}))
    qtbot.addWidget(dialog)
    assert dialog.setup() == setup
    dialog.form.vtapEdit.setText("  ")
    dialog.form.cameraCheck.setChecked(False)
    assert (dialog.setup().vtap_port, dialog.setup().camera) == ("", False)


def test_old_settings_load_with_every_source_off() -> None:
    old = {"station": "north", "sound": False}
    setup = setup_from_json(old)
    assert (setup.nfc_path, setup.vtap_port, setup.camera) == ("", "", False)
    setup = setup_from_json({"nfc_path": " usb ", "vtap_port": "/dev/ttyACM0", "camera": True})
    assert (setup.nfc_path, setup.vtap_port, setup.camera) == ("usb", "/dev/ttyACM0", True)
    assert setup_from_json(setup_to_json(setup)) == setup
    assert setup_from_json({"nfc_path": 3, "camera": "yes"}).camera is False
