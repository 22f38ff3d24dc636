"""Every format the passes use, as camera frames through ``CameraSource.feed``: the stream's
decoder reads each one on its first frame and keeps reading it from its crop as it moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtMultimedia import QVideoFrame

from passdesk.scan.camera_frames import decode_frame
from passdesk.scan.camera_source import CameraSource
from passdesk.scan.frame_decoder import FrameDecoder
from passdesk.scan.qr_decode import formats_for
from passdesk.scan.sources import ScanRead
from tests.helpers.barcode_frames import PASS_TYPES, empty_scene, scene
from tests.helpers.qr_frames import frame_of


@pytest.fixture
def source(qtbot) -> Iterator[CameraSource]:
    camera = CameraSource(dedupe_window_s=60)
    camera.set_barcode_types(PASS_TYPES)
    yield camera
    camera.close()


def feed_and_settle(qtbot, source: CameraSource, frame: QVideoFrame) -> None:
    source.feed(frame)
    qtbot.waitUntil(lambda: not source.busy, timeout=5000)


@pytest.mark.parametrize("pixel_format", ["bgra", "nv12"])
@pytest.mark.parametrize("pass_type", PASS_TYPES)
def test_each_format_reads_on_its_first_frame_and_from_its_crop(
        qtbot, source, pass_type, pixel_format) -> None:
    reads: list[ScanRead] = []
    source.read.connect(reads.append)
    steps = []
    value = f"PE-{pass_type.upper()}-{pixel_format.upper()}-7"
    for at in [(300, 150), (316, 160), (335, 172)]:
        feed_and_settle(qtbot, source, frame_of(scene(pass_type, value, at=at), pixel_format))
        steps.append(source._decoder.last_step)
    assert [r.value for r in reads] == [value]  # read once, then held (de-duplicated)
    assert steps == ["coarse", "tracked", "tracked"]
    # The code leaves the view: nothing is read, the crop is let go.
    feed_and_settle(qtbot, source, frame_of(empty_scene(), pixel_format))
    assert source._decoder.last_step == ""
    assert len(reads) == 1


def test_a_frame_on_its_own_is_decoded_for_every_format() -> None:
    # The one-shot path (the self-test's): no stream, so a frame gets every pass it needs.
    every = formats_for(PASS_TYPES)
    for pass_type in PASS_TYPES:
        frame = frame_of(scene(pass_type, "PE-ONE-SHOT", at=(200, 300)))
        assert decode_frame(frame, every) == ["PE-ONE-SHOT"]
    assert decode_frame(frame_of(empty_scene()), every) == []


def test_the_stream_decoder_is_used_across_frames(qtbot, source) -> None:
    # The camera source keeps one decoder: the second frame is read from the crop.
    frame = frame_of(scene("aztec", "PE-SAME-AZTEC", at=(600, 200)))
    decoder = FrameDecoder()
    assert decode_frame(frame, source.formats, decoder) == ["PE-SAME-AZTEC"]
    assert decode_frame(frame, source.formats, decoder) == ["PE-SAME-AZTEC"]
    assert decoder.last_step == "tracked"
