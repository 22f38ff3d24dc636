"""NfcSource against a real nfcpy stack: a Type 3 tag emulated over nfcpy's udp driver."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import ndef
import pytest

from passdesk.scan.nfc_source import NfcSource
from passdesk.scan.sources import ScanKind, ScanRead, SourceHealth, SourceState
from tests.integration.scan.felica_emulator import FelicaTagEmulator

PASS_ID = "c0ffee00-1234-4d2b-9a55-0123456789ab"
IDM = "03FE0102030405A6"


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    def __init__(self) -> None:
        self.reads: list[ScanRead] = []
        self.states: list[SourceState] = []
        self.threads: set[str] = set()

    def on_read(self, read: ScanRead) -> None:
        self.threads.add(threading.current_thread().name)
        self.reads.append(read)

    def on_state(self, state: SourceState) -> None:
        self.states.append(state)

    def healths(self) -> list[SourceHealth]:
        return [s.health for s in self.states]


@pytest.fixture
def path() -> str:
    return f"udp:localhost:{free_udp_port()}"


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def reader(path: str, recorder: Recorder) -> Iterator[NfcSource]:
    # FeliCa only: over udp each technology that nobody answers costs a 1 s timeout.
    source = NfcSource(path, on_read=recorder.on_read, on_state=recorder.on_state,
                       retry_every=0.1, targets=("212F",))
    source.start()
    yield source
    source.stop()
    assert not source.running


@pytest.fixture
def touch(path: str) -> Iterator[Callable[..., FelicaTagEmulator]]:
    """touch(records, idm) puts an emulated tag on the reader until remove()."""
    tags: list[FelicaTagEmulator] = []

    def put(records: list[ndef.Record] | None, idm: str = IDM) -> FelicaTagEmulator:
        tag = FelicaTagEmulator(path, records, idm)
        tag.start()
        tags.append(tag)
        return tag

    yield put
    for tag in tags:
        tag.stop()


def test_text_record_of_a_type3_tag_is_read_once_per_touch(
    reader: NfcSource, recorder: Recorder, touch, path: str
) -> None:
    tag = touch([ndef.TextRecord(PASS_ID)])

    assert wait_for(lambda: recorder.reads)
    first = recorder.reads[0]
    assert first.value == PASS_ID
    assert first.kind == ScanKind.NFC == "nfc"
    assert first.source == "nfc"
    assert first.uid == IDM
    assert first.device == path
    assert recorder.threads == {f"nfc {path}"}  # called on the source's own thread
    assert tag.blocks_read >= 2  # attribute block + message: a real NDEF read happened

    # The tag stays on the reader while nfcpy checks its presence: still one read.
    assert wait_for(lambda: tag.polls >= 5)
    assert [r.value for r in recorder.reads] == [PASS_ID]

    # Lift it and touch again (another card): one more read.
    assert tag.stop()
    touch([ndef.TextRecord("second-pass")], idm="03FE0102030405B7")
    assert wait_for(lambda: len(recorder.reads) == 2)
    assert [r.value for r in recorder.reads] == [PASS_ID, "second-pass"]
    assert recorder.reads[1].uid == "03FE0102030405B7"
    assert SourceHealth.UNAVAILABLE not in recorder.healths()


def test_every_text_and_uri_record_is_a_value_in_order(recorder: Recorder, reader, touch) -> None:
    url = "https://passentry.example/p/abc?pass=1&x=y"
    touch([ndef.TextRecord("first"), ndef.Record("application/octet-stream", "", b"\x00"),
           ndef.UriRecord(url), ndef.TextRecord("dernière", "fr")])

    assert wait_for(lambda: len(recorder.reads) >= 3)
    assert [r.value for r in recorder.reads] == ["first", url, "dernière"]
    assert {r.uid for r in recorder.reads} == {IDM}


def test_a_tag_without_ndef_gives_its_uid(recorder: Recorder, reader, touch) -> None:
    touch(None)

    assert wait_for(lambda: recorder.reads)
    assert [(r.value, r.uid, r.kind) for r in recorder.reads] == [(IDM, IDM, ScanKind.NFC)]


def test_state_goes_starting_ready_stopped(path: str, recorder: Recorder) -> None:
    source = NfcSource(path, on_read=recorder.on_read, on_state=recorder.on_state,
                       targets=("212F",))
    source.start()
    assert wait_for(lambda: SourceHealth.READY in recorder.healths())
    source.stop()

    assert not source.running
    assert recorder.healths() == [SourceHealth.STARTING, SourceHealth.READY,
                                  SourceHealth.STOPPED]


@pytest.mark.parametrize("missing", ["usb:ffff:ffff", "tty:PassdeskNoSuchPort:pn532"])
def test_a_missing_reader_is_unavailable_and_retried_until_stopped(
    missing: str, recorder: Recorder
) -> None:
    source = NfcSource(missing, on_read=recorder.on_read, on_state=recorder.on_state,
                       retry_every=0.05)
    source.start()

    # Several UNAVAILABLE reports: it keeps trying to open the reader.
    assert wait_for(lambda: recorder.healths().count(SourceHealth.UNAVAILABLE) >= 3)
    source.stop()

    assert not source.running
    assert recorder.healths()[-1] == SourceHealth.STOPPED
    unavailable = [s for s in recorder.states if s.health == SourceHealth.UNAVAILABLE]
    assert all(missing in s.detail for s in unavailable)
    assert recorder.reads == []


def test_a_missing_tty_reader_says_to_plug_it_in(recorder: Recorder) -> None:
    source = NfcSource("tty:PassdeskNoSuchPort:pn532", on_read=recorder.on_read,
                       on_state=recorder.on_state, retry_every=0.05)
    source.start()
    assert wait_for(lambda: SourceHealth.UNAVAILABLE in recorder.healths())
    source.stop()

    detail = next(s.detail for s in recorder.states if s.health == SourceHealth.UNAVAILABLE)
    assert detail.startswith("No NFC reader found at tty:PassdeskNoSuchPort:pn532 — plug it in")
