"""The stream decoder: every format through the coarse pass, the tracked crop, the fine
slices and the one-shot pass, on real generated codes in noisy 1280x720 scenes."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageFilter

from passdesk.scan.frame_decoder import FrameDecoder, Plane
from passdesk.scan.qr_decode import QR_ONLY, decode, formats_for
from tests.helpers.barcode_frames import PASS_TYPES, code_image, empty_scene, scene
from tests.helpers.qr_frames import HEIGHT, WIDTH

EVERY = formats_for(PASS_TYPES)
VALUE = "PE-TKT01-8F3A2C9D"


def plane(picture) -> Plane:
    return Plane(picture.tobytes(), picture.width, picture.height)


def stream(pictures, formats=EVERY, decoder=None) -> tuple[list[list[str]], list[str]]:
    """Decode ``pictures`` as one stream: what each frame read and the step that read it."""
    decoder = decoder or FrameDecoder()
    reads, steps = [], []
    for picture in pictures:
        reads.append(decoder.decode(plane(picture), formats))
        steps.append(decoder.last_step)
    return reads, steps


@pytest.mark.parametrize("pass_type", PASS_TYPES)
@pytest.mark.parametrize("angle", [0, 6])  # from 8° even the full pass misses PDF417
def test_each_format_reads_on_the_first_frame_through_the_coarse_pass(pass_type, angle) -> None:
    reads, steps = stream([scene(pass_type, VALUE, at=(300, 150), angle=angle)])
    assert reads == [[VALUE]]
    assert steps == ["coarse"]


@pytest.mark.parametrize("pass_type", PASS_TYPES)
def test_a_code_that_moves_between_frames_is_read_from_the_tracked_crop(pass_type) -> None:
    places = [(300, 150), (318, 161), (340, 170), (352, 190)]
    reads, steps = stream([scene(pass_type, VALUE, at=p) for p in places])
    assert reads == [[VALUE]] * 4
    assert steps == ["coarse", "tracked", "tracked", "tracked"]


@pytest.mark.parametrize("pass_type", PASS_TYPES)
def test_a_code_that_jumps_out_of_the_crop_is_found_again(pass_type) -> None:
    far = (WIDTH - code_image(pass_type, VALUE, 5).width - 10, HEIGHT - 200)
    reads, steps = stream([scene(pass_type, VALUE, at=(10, 10)),
                           scene(pass_type, "PE-MOVED-0042", at=far)])
    assert reads == [[VALUE], ["PE-MOVED-0042"]]
    # The crop around the old place read nothing, so the whole frame was read again.
    assert steps == ["coarse", "coarse"]


def test_the_crop_reaches_the_frames_bottom_right_corner() -> None:
    # A crop that starts right of the left edge and ends on the last row: zxing-cpp's
    # bounds rule for such a view is what the crop must respect.
    code = code_image("pdf417", VALUE, 3)
    corner = (WIDTH - code.width, HEIGHT - code.height)
    reads, steps = stream([scene("pdf417", VALUE, at=corner)] * 2)
    assert reads == [[VALUE]] * 2
    assert steps == ["coarse", "tracked"]


def test_the_format_read_last_is_tried_first_and_the_others_still_read() -> None:
    # A PDF417 tracked, then an Aztec code in the same place: the crop tries PDF417 first,
    # finds nothing, and reads the Aztec code with the other formats.
    reads, steps = stream([scene("pdf417", VALUE, at=(300, 150)),
                           scene("aztec", "PE-AZTEC-0001", at=(330, 150))])
    assert reads == [[VALUE], ["PE-AZTEC-0001"]]
    assert steps == ["coarse", "tracked"]


@pytest.mark.parametrize(
    ("pass_type", "module", "angle"),
    [("qrCode", 2, 10), ("aztec", 2, 10), ("code128", 1, 0), ("pdf417", 1, 0)],
)
def test_a_code_too_small_for_the_coarse_pass_is_read_within_a_round_of_slices(
        pass_type, module, angle) -> None:
    picture = scene(pass_type, VALUE, module, at=(500, 300), angle=angle)
    decoder = FrameDecoder()
    assert decoder.decode(plane(picture), EVERY) == []  # too small at half resolution
    rounds = 20  # a third-size slice, 3 sideways ones, 4 tiles for each of the 4 formats
    reads, steps = stream([picture] * rounds, decoder=decoder)
    first = next(i for i, r in enumerate(reads) if r)
    assert reads[first] == [VALUE]
    assert steps[first] == "fine"
    # From then on the crop keeps it.
    assert reads[first + 1:] == [[VALUE]] * (rounds - first - 1)
    assert set(steps[first + 1:]) <= {"tracked"}
    # A frame decoded on its own reads it at once, with the full pass.
    one_shot = FrameDecoder()
    assert one_shot.decode(plane(picture), EVERY, thorough=True) == [VALUE]
    assert one_shot.last_step == "full"


@pytest.mark.parametrize("pass_type", PASS_TYPES)
def test_a_stream_reads_whatever_the_full_pass_reads(pass_type) -> None:
    # Sizes from tiny to close to the lens, a few angles, spread over the frame: within a
    # round of slices the stream reads every code the old single full pass reads.
    read_by_full = 0
    for i, (module, angle) in enumerate([(1, 0), (2, 0), (2, 10), (3, 90), (4, 4), (8, 0)]):
        code = code_image(pass_type, VALUE, module).rotate(angle, expand=True)
        if code.width > WIDTH or code.height > HEIGHT:
            continue
        at = ((WIDTH - code.width) * (i + 1) // 8, (HEIGHT - code.height) * (7 - i) // 8)
        picture = scene(pass_type, VALUE, module, at=at, angle=angle, seed=i + 2)
        if decode(picture, EVERY) != [VALUE]:
            continue
        read_by_full += 1
        reads, _ = stream([picture] * 20)
        assert [VALUE] in reads, (module, angle)
    assert read_by_full >= 3  # the property is not vacuous


@pytest.mark.parametrize("pass_type", PASS_TYPES)
@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda p: p.filter(ImageFilter.GaussianBlur(1)), id="out_of_focus"),
        pytest.param(lambda p: p.point(lambda v: 100 + v * 60 // 255), id="washed_out"),
        pytest.param(lambda p: p.point(lambda v: v // 4), id="dim"),
    ],
)
def test_blurred_or_dim_frames_read_whatever_the_full_pass_reads(pass_type, condition) -> None:
    read_by_full = 0
    for module in (2, 3, 5):
        try:
            picture = condition(scene(pass_type, VALUE, module, at=(200, 200), angle=3))
        except ValueError:  # too wide for the frame at this module size
            continue
        if decode(picture, EVERY) != [VALUE]:
            continue
        read_by_full += 1
        reads, _ = stream([picture] * 20)
        assert [VALUE] in reads, module
    assert read_by_full >= 1


def test_a_big_code_too_blurred_for_half_resolution_is_read_by_the_third_size_slice() -> None:
    # An Aztec code held close and out of focus: the old full pass read it from its
    # downscaled layer; the stream's round has a slice at that size.
    picture = scene("aztec", VALUE, 8, at=(1062, 193)).filter(ImageFilter.GaussianBlur(3))
    assert decode(picture, EVERY) == [VALUE]
    reads, steps = stream([picture] * 2)
    # The coarse pass misses it; the round's first slice, in the same frame, reads it.
    assert reads == [[VALUE], [VALUE]]
    assert steps == ["fine", "tracked"]


@pytest.mark.parametrize(("pass_type", "module"), [("code128", 2), ("pdf417", 3)])
def test_a_linear_code_held_sideways_is_read(pass_type, module) -> None:
    picture = scene(pass_type, VALUE, module, at=(500, 0), angle=90)
    reads, steps = stream([picture] * 4)
    # The round starts with the third-size slice, then the sideways ones (Code 128's, then
    # PDF417's); the crop then turns the code as it was read.
    first = {"code128": 1, "pdf417": 2}[pass_type]
    assert reads == [[]] * first + [[VALUE]] * (4 - first)
    assert steps[first:] == ["fine"] + ["tracked"] * (3 - first)


def test_a_frame_with_no_code_reads_nothing_through_a_whole_round() -> None:
    reads, steps = stream([empty_scene()] * 20)
    assert reads == [[]] * 20
    assert set(steps) == {""}


def test_only_the_formats_asked_are_read() -> None:
    picture = scene("aztec", VALUE, at=(300, 150))
    qr_and_linear = formats_for(["qrCode", "code128", "pdf417"])
    reads, _ = stream([picture] * 20, qr_and_linear)
    assert reads == [[]] * 20
    assert stream([picture], formats_for(["aztec", "code128"]))[0] == [[VALUE]]


def test_qr_alone_keeps_the_single_full_pass() -> None:
    # A tiny, turned QR code is read on its first frame: QR alone needs no slices.
    picture = scene("qrCode", VALUE, 2, at=(500, 300), angle=10)
    reads, steps = stream([picture] * 2, QR_ONLY)
    assert reads == [[VALUE]] * 2
    assert steps == ["full", "full"]


def test_new_formats_start_a_new_plan() -> None:
    decoder = FrameDecoder()
    picture = scene("code128", VALUE, at=(300, 150))
    assert decoder.decode(plane(picture), QR_ONLY) == []
    assert decoder.decode(plane(picture), EVERY) == [VALUE]
    assert decoder.last_step == "coarse"


def test_formats_beyond_the_four_get_the_full_pass() -> None:
    every_readable = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.AllReadable])
    reads, steps = stream([scene("aztec", VALUE, at=(300, 150))], every_readable)
    assert (reads, steps) == ([[VALUE]], ["full"])


@pytest.mark.parametrize(
    ("buffer", "width", "height"),
    [(b"", 0, 0), (b"", 1280, 720), (b"\x00" * 10, 10, 10), (b"\x00" * 100, -10, -10)],
)
def test_hostile_planes_read_nothing_and_never_raise(buffer, width, height) -> None:
    decoder = FrameDecoder()
    for _ in range(3):
        assert decoder.decode(Plane(buffer, width, height), EVERY) == []


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=8192), st.integers(-2, 90), st.integers(-2, 90),
       st.integers(0, 120), st.sampled_from([1, 2, 4]))
def test_any_plane_never_raises(buffer, width, height, row_stride, pix_stride) -> None:
    decoder = FrameDecoder()
    image_format = zxingcpp.ImageFormat.Lum if pix_stride < 4 else zxingcpp.ImageFormat.BGRA
    for _ in range(3):  # the coarse pass, then fine slices in turn
        found = decoder.decode(Plane(buffer, width, height, image_format, row_stride,
                                     pix_stride), EVERY)
        assert found == []
