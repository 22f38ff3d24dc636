"""VtapSerial on a real pseudo-terminal: the master side plays the VTAP reader."""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial

from passdesk.scan.sources import ScanKind, ScanRead, SourceHealth, SourceState
from passdesk.scan.vtap_serial import VtapSerial, open_serial_port

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vtap" / "serial_reads.bin"

#: What serial_reads.bin must turn into (see tests/fixtures/vtap/README.md).
EXPECTED = [
    ("c0ffee00-1234-4d2b-9a55-0123456789ab", ScanKind.NFC),
    ("smarttap-7781", ScanKind.NFC),
    ("https://passentry.example/p/abc?pass=1", ScanKind.NFC),
    ("QR-PASS-42", ScanKind.QR),
    ("0123456789012", ScanKind.BARCODE),
    ("customerID-promoCode", ScanKind.NFC),
    ("caf\ufffd-\ufffd-\u20ac", ScanKind.NFC),
    ("after-the-long-line", ScanKind.NFC),
]


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


class Recorder:
    def __init__(self) -> None:
        self.reads: list[ScanRead] = []
        self.states: list[SourceState] = []
        self.read_threads: set[str] = set()

    def on_read(self, read: ScanRead) -> None:
        self.read_threads.add(threading.current_thread().name)
        self.reads.append(read)

    def on_state(self, state: SourceState) -> None:
        self.states.append(state)

    def healths(self) -> list[SourceHealth]:
        return [s.health for s in self.states]

    def count(self, health: SourceHealth) -> int:
        return self.healths().count(health)


class Pty:
    """A pty pair; ``name`` is the serial device the app opens, ``master`` the reader's end."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.name = os.ttyname(slave)
        os.close(slave)  # the device stays while the master is open; the app reopens it
        self.closed = False

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def read_exactly(self, size: int, timeout: float = 5.0) -> bytes:
        data = b""
        deadline = time.monotonic() + timeout
        while len(data) < size and time.monotonic() < deadline:
            if select.select([self.master], [], [], 0.05)[0]:
                data += os.read(self.master, size - len(data))
        return data

    def unplug(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.master)


@pytest.fixture
def pty() -> Iterator[Pty]:
    pair = Pty()
    yield pair
    pair.unplug()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def vtap(pty: Pty, recorder: Recorder) -> Iterator[VtapSerial]:
    source = VtapSerial(pty.name, on_read=recorder.on_read, on_state=recorder.on_state,
                        retry_every=0.05)
    source.start()
    # Write only once the port is open: pyserial puts the tty in raw mode on open.
    assert wait_for(lambda: SourceHealth.READY in recorder.healths())
    yield source
    source.stop()
    assert not source.running


def test_recorded_bytes_become_exact_reads(pty: Pty, vtap: VtapSerial, recorder: Recorder) -> None:
    data = FIXTURE.read_bytes()
    # Odd-sized writes: lines (and the UTF-8 sequences in them) arrive split.
    for start in range(0, len(data), 37):
        pty.write(data[start:start + 37])

    assert wait_for(lambda: len(recorder.reads) >= len(EXPECTED))
    assert [(r.value, r.kind) for r in recorder.reads] == EXPECTED
    assert {(r.source, r.device, r.uid) for r in recorder.reads} == {("vtap", pty.name, None)}
    assert recorder.read_threads == {f"vtap {pty.name}"}
    assert recorder.healths() == [SourceHealth.STARTING, SourceHealth.READY]


def test_a_line_completed_by_a_later_write_is_read_once_whole(
    pty: Pty, vtap: VtapSerial, recorder: Recorder
) -> None:
    pty.write(b"VAS:first-ha")
    pty.write(b"lf\r")
    pty.write(b"\nQR:next\r\n")
    assert wait_for(lambda: len(recorder.reads) >= 2)
    assert [(r.value, r.kind) for r in recorder.reads] == [
        ("first-half", ScanKind.NFC), ("next", ScanKind.QR)]


def test_admit_verdict_bytes(pty: Pty, vtap: VtapSerial) -> None:
    expected = b"?LEDR 00FF00,100,100,3\r\n?BEEPR 100,0,1\r\n"
    assert vtap.signal_verdict(True) is True
    assert pty.read_exactly(len(expected)) == expected


def test_deny_verdict_bytes(pty: Pty, vtap: VtapSerial) -> None:
    expected = b"?LEDR FF0000,300,100,3\r\n?BEEPR 400,150,2\r\n"
    assert vtap.signal_verdict(False) is True
    assert pty.read_exactly(len(expected)) == expected


def test_verdicts_from_many_threads_do_not_interleave(pty: Pty, vtap: VtapSerial) -> None:
    admit = b"?LEDR 00FF00,100,100,3\r\n?BEEPR 100,0,1\r\n"
    deny = b"?LEDR FF0000,300,100,3\r\n?BEEPR 400,150,2\r\n"
    threads = [threading.Thread(target=vtap.signal_verdict, args=(i % 2 == 0,))
               for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)

    data = pty.read_exactly(4 * len(admit) + 4 * len(deny))
    blocks = []
    while data:  # the stream must be whole verdicts one after another
        block = next((b for b in (admit, deny) if data.startswith(b)), None)
        assert block is not None, data
        blocks.append(block)
        data = data[len(block):]
    assert sorted(blocks) == sorted([admit] * 4 + [deny] * 4)


def test_unplugging_is_unavailable_and_verdicts_are_dropped_quietly(
    pty: Pty, vtap: VtapSerial, recorder: Recorder
) -> None:
    pty.unplug()

    assert wait_for(lambda: SourceHealth.UNAVAILABLE in recorder.healths())
    lost = next(s for s in recorder.states if s.health == SourceHealth.UNAVAILABLE)
    assert lost.detail == (f"Lost the VTAP reader at {pty.name} — check its USB cable; retrying")
    assert wait_for(lambda: vtap._port is None)
    assert vtap.signal_verdict(True) is False
    # Still retrying (more UNAVAILABLE reports), still stoppable.
    assert wait_for(lambda: recorder.count(SourceHealth.UNAVAILABLE) >= 3)
    vtap.stop()
    assert not vtap.running
    assert recorder.healths()[-1] == SourceHealth.STOPPED


def test_a_reader_that_is_missing_then_plugged_then_replugged(recorder: Recorder) -> None:
    """open_port stands in for the OS: the same URL maps to whichever pty is 'plugged in'."""
    first, second = Pty(), Pty()
    plugged: list[Pty | None] = [None]
    opens: list[str] = []

    def open_port(url: str, baudrate: int):
        opens.append(url)
        device = plugged[0]
        if device is None or device.closed:
            raise serial.SerialException(2, f"could not open port {url}: No such file")
        return open_serial_port(device.name, baudrate)

    source = VtapSerial("/dev/ttyACM7", on_read=recorder.on_read, on_state=recorder.on_state,
                        retry_every=0.05, open_port=open_port)
    try:
        source.start()
        assert wait_for(lambda: recorder.count(SourceHealth.UNAVAILABLE) >= 2)
        assert recorder.states[1].detail.startswith("No VTAP reader found at /dev/ttyACM7")

        plugged[0] = first
        assert wait_for(lambda: SourceHealth.READY in recorder.healths())
        first.write(b"VAS:one\r\n")
        assert wait_for(lambda: len(recorder.reads) == 1)

        first.unplug()
        ready_before = recorder.count(SourceHealth.READY)
        assert wait_for(lambda: recorder.healths()[-1] == SourceHealth.UNAVAILABLE)

        plugged[0] = second
        assert wait_for(lambda: recorder.count(SourceHealth.READY) == ready_before + 1)
        second.write(b"VAS:two\r\n")
        assert wait_for(lambda: len(recorder.reads) == 2)
        assert source.signal_verdict(True) is True
        assert second.read_exactly(10) == b"?LEDR 00FF"
    finally:
        source.stop()
        first.unplug()
        second.unplug()

    assert [r.value for r in recorder.reads] == ["one", "two"]
    assert set(opens) == {"/dev/ttyACM7"}
    assert recorder.healths()[0] == SourceHealth.STARTING
    assert recorder.healths()[-1] == SourceHealth.STOPPED
    assert not source.running


def test_a_missing_port_is_unavailable_with_an_actionable_detail(recorder: Recorder) -> None:
    source = VtapSerial("/dev/ttyPassdeskNoSuchVtap", on_read=recorder.on_read,
                        on_state=recorder.on_state, retry_every=0.05)
    source.start()
    assert wait_for(lambda: recorder.count(SourceHealth.UNAVAILABLE) >= 2)
    source.stop()

    assert not source.running
    assert recorder.states[1] == SourceState(
        "vtap", SourceHealth.UNAVAILABLE,
        "No VTAP reader found at /dev/ttyPassdeskNoSuchVtap — plug it in (it appears as a USB "
        "serial port such as /dev/ttyACM0 or COM3); retrying")
    assert recorder.healths()[-1] == SourceHealth.STOPPED
    assert recorder.reads == []


def test_loop_url_reads_what_the_port_carries(recorder: Recorder) -> None:
    """pyserial URLs work too: loop:// hands back what is written to it."""
    ports = []

    def open_port(url: str, baudrate: int):
        port = open_serial_port(url, baudrate)
        ports.append(port)
        return port

    source = VtapSerial("loop://", on_read=recorder.on_read, on_state=recorder.on_state,
                        open_port=open_port)
    source.start()
    try:
        assert wait_for(lambda: SourceHealth.READY in recorder.healths())
        ports[0].write(b"ST:loop-pass\r\n")
        assert wait_for(lambda: recorder.reads)
    finally:
        source.stop()
    assert [(r.value, r.device) for r in recorder.reads] == [("loop-pass", "loop://")]
