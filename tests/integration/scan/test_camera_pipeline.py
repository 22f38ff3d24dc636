"""Real QR codes, drawn as camera frames, through exactly the path camera frames take.

``CameraSource.feed`` is the slot the camera's video sink is wired to, so these frames meet
the same drop rule, worker thread, decoder and de-duplication a webcam's frames do.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtMultimedia import QCameraDevice, QMediaDevices, QVideoFrame, QVideoSink

from passdesk.scan.camera_source import NO_CAMERA, CameraSource
from passdesk.scan.sources import ScanKind, ScanRead, SourceHealth, SourceState
from tests.helpers.qr_frames import (
    UNREADABLE,
    VARIANTS,
    code128_frame_image,
    frame_of,
    qr_frame,
)

VALUE = "PE-TKT01-8F3A2C9D"


@pytest.fixture
def source(qtbot) -> Iterator[CameraSource]:
    camera = CameraSource()
    yield camera
    camera.close()


@pytest.fixture
def reads(source: CameraSource) -> list[ScanRead]:
    got: list[ScanRead] = []
    source.read.connect(got.append)
    return got


def feed_and_settle(qtbot, source: CameraSource, frame: QVideoFrame) -> None:
    """Feed one frame and wait until its decode has reported back to the main thread."""
    source.feed(frame)
    qtbot.waitUntil(lambda: not source.busy, timeout=5000)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("pixel_format", ["bgra", "nv12"])
def test_each_variant_reads_the_exact_value(qtbot, source, variant, pixel_format) -> None:
    frame = qr_frame(VALUE, variant, pixel_format)
    with qtbot.waitSignal(source.read, timeout=5000) as signal:
        source.feed(frame)
    read = signal.args[0]
    assert (read.value, read.source, read.kind) == (VALUE, "camera", ScanKind.QR)


@pytest.mark.parametrize("variant", UNREADABLE)
def test_a_frame_too_blurred_to_decode_gives_no_read(qtbot, source, reads, variant) -> None:
    # Radius-6 blur on 8 px modules: zxing-cpp cannot decode it with any settings.
    feed_and_settle(qtbot, source, qr_frame(VALUE, variant))
    assert source.frames_accepted == 1
    assert reads == []


def test_the_same_code_held_in_view_counts_once(qtbot, source, reads) -> None:
    frame = qr_frame(VALUE)
    for _ in range(20):
        feed_and_settle(qtbot, source, frame)
    # Every frame was decoded (none dropped), and still only one read came out.
    assert (source.frames_accepted, source.frames_dropped) == (20, 0)
    assert [r.value for r in reads] == [VALUE]


def test_two_different_codes_give_two_reads(qtbot, source, reads) -> None:
    feed_and_settle(qtbot, source, qr_frame("PE-AAAAA-11111"))
    feed_and_settle(qtbot, source, qr_frame("PE-BBBBB-22222", "rotated_15"))
    assert [r.value for r in reads] == ["PE-AAAAA-11111", "PE-BBBBB-22222"]


def test_frames_arriving_during_a_decode_are_dropped_not_queued(qtbot, source, reads) -> None:
    frames = [qr_frame(f"PE-BURST-{i:05d}") for i in range(30)]
    for frame in frames:
        source.feed(frame)
    # feed() returned 30 times without the main thread running its event loop, so the first
    # frame's decode could not report back: it was the only frame taken, the rest dropped.
    assert (source.frames_accepted, source.frames_dropped) == (1, 29)
    qtbot.waitUntil(lambda: not source.busy, timeout=5000)
    assert [r.value for r in reads] == ["PE-BURST-00000"]
    # Dropped frames left nothing queued behind: no further reads turn up.
    qtbot.wait(100)
    assert len(reads) == 1
    # And the worker takes the next frame again.
    feed_and_settle(qtbot, source, frames[7])
    assert [r.value for r in reads] == ["PE-BURST-00000", "PE-BURST-00007"]


def test_formats_follow_the_cached_passes_barcode_types(qtbot, source, reads) -> None:
    frame = frame_of(code128_frame_image("PE-LINEAR-42"))
    feed_and_settle(qtbot, source, frame)
    assert reads == []  # QR only by default: a Code 128 is not looked for
    source.set_barcode_types(["qrCode", "CODE128"])
    feed_and_settle(qtbot, source, frame)
    assert [r.value for r in reads] == ["PE-LINEAR-42"]


def test_the_preview_sink_gets_every_frame_even_dropped_ones(qtbot, source) -> None:
    preview = QVideoSink()
    source.set_preview_sink(preview)
    shown: list[QVideoFrame] = []
    preview.videoFrameChanged.connect(shown.append)
    for value in ("PE-ONE", "PE-TWO"):
        source.feed(qr_frame(value))
    assert source.frames_dropped == 1
    assert len(shown) == 2
    assert preview.videoFrame().size().width() == 1280
    qtbot.waitUntil(lambda: not source.busy, timeout=5000)


def test_no_camera_is_a_clear_unavailable_state(qtbot, source) -> None:
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera; the no-camera path needs one without")
    states: list[SourceState] = []
    source.state.connect(states.append)
    assert source.cameras() == []
    source.start()
    assert states[-1] == SourceState("camera", SourceHealth.UNAVAILABLE, NO_CAMERA)
    # Picking a camera that is not there says the same, and stop() is a clean stop.
    source.select_camera("/dev/video7")
    assert source.last_state == SourceState("camera", SourceHealth.UNAVAILABLE, NO_CAMERA)
    source.stop()
    assert states[-1] == SourceState("camera", SourceHealth.STOPPED, "")


def test_a_camera_that_fails_to_open_reports_its_error(qtbot, source, monkeypatch) -> None:
    # No real camera here: hand QCamera a null device, which QtMultimedia refuses.
    monkeypatch.setattr(CameraSource, "_device", lambda self: QCameraDevice())
    states: list[SourceState] = []
    source.state.connect(states.append)
    source.start()
    assert [s.health for s in states] == [SourceHealth.STARTING, SourceHealth.UNAVAILABLE]
    assert states[-1].detail == "No camera detected"
    source.stop()
    assert source.last_state.health == SourceHealth.STOPPED
