"""What differs per system, checked here for each system: where settings and the
database go (platformdirs' Windows, macOS and Linux rules, as packaging/README.md
says), and serial port names of each system reaching pyserial as typed.

The keychain backend of each system is in the bundle (test_release_workflow.py
runs the spec per system); the Linux one's AES is test_linux_shims.py's.
"""

from __future__ import annotations

import threading
from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from passdesk.scan.sources import SourceHealth
from passdesk.scan.vtap_serial import VtapSerial
from passdesk.settings import places
from passdesk.settings.door import setup_from_json, setup_to_json


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    for name in ("PASSDESK_CONFIG_DIR", "PASSDESK_DATA_DIR", "XDG_CONFIG_HOME",
                 "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(("rules", "config", "data"), [
    # Windows: %LOCALAPPDATA%\passdesk for both (appauthor=False: no passdesk\passdesk).
    (platformdirs.windows.Windows, "AppData/Local/passdesk", "AppData/Local/passdesk"),
    (platformdirs.macos.MacOS, "Library/Application Support/passdesk",
     "Library/Application Support/passdesk"),
    (platformdirs.unix.Unix, ".config/passdesk", ".local/share/passdesk"),
], ids=["windows", "macos", "linux"])
def test_settings_and_database_go_where_each_system_keeps_them(rules, config, data, home,
                                                                monkeypatch) -> None:
    # platformdirs picks its rules once, by system; here each system's rules in turn.
    monkeypatch.setattr(platformdirs, "PlatformDirs", rules)
    # Windows asks the shell for its folders; here the variable Windows sets names it.
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER",
                        platformdirs.windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    assert places.config_dir() == home / config
    assert places.data_dir() == home / data
    monkeypatch.setenv("PASSDESK_CONFIG_DIR", str(home / "portable"))
    assert places.config_dir() == home / "portable"


@pytest.mark.parametrize("port", ["COM3", r"\\.\COM12", "/dev/ttyACM0", "/dev/cu.usbmodem1101",
                                  "socket://10.0.0.5:7000"])
def test_a_serial_port_name_of_any_system_reaches_pyserial_as_typed(port) -> None:
    # The door's settings keep it as typed (backslashes and all) ...
    setup = setup_from_json({"vtap_port": port})
    assert setup_from_json(setup_to_json(setup)).vtap_port == port
    # ... and the reader opens exactly that: pyserial knows each system's names.
    asked, states, tried = [], [], threading.Event()

    def open_port(url: str, baudrate: int):
        asked.append((url, baudrate))
        tried.set()
        raise FileNotFoundError(2, "No such file or directory")

    reader = VtapSerial(setup.vtap_port, on_read=lambda read: None,
                        on_state=lambda state: states.append((state.health, state.detail)),
                        retry_every=0.01, open_port=open_port)
    reader.start()
    try:
        assert tried.wait(10)
    finally:
        reader.stop()
    assert asked[0] == (port, 115200)
    unavailable = [detail for health, detail in states if health is SourceHealth.UNAVAILABLE]
    assert unavailable
    assert port in unavailable[0]
