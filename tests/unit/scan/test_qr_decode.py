"""Format sets, decoding of hostile buffers, and the de-duplication rules."""

from __future__ import annotations

import random

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.scan.qr_decode import QR_ONLY, Deduper, decode, format_names, formats_for
from tests.helpers.qr_frames import HEIGHT, WIDTH, frame_image, qr_image

F = zxingcpp.BarcodeFormat


@pytest.mark.parametrize(
    ("types", "names"),
    [
        (["qrCode"], ["QR Code"]),
        (["QRCODE", "qr_code"], ["QR Code"]),
        (["code128"], ["Code 128"]),
        (["Code-128", "qrCode"], ["Code 128", "QR Code"]),
        (["aztec"], ["Aztec"]),
        (["PDF417"], ["PDF417"]),
        (["PKBarcodeFormatPDF417", "pkBarcodeFormatAztec"], ["PDF417", "Aztec"]),
        (["qrCode", "code128", "aztec", "pdf417"], ["Code 128", "PDF417", "QR Code", "Aztec"]),
    ],
)
def test_formats_for_maps_passentry_barcode_types(types, names) -> None:
    assert format_names(formats_for(types)) == names


@pytest.mark.parametrize("types", [[], [None], ["ean13-ish"], [None, "", "unknown"]])
def test_unknown_or_missing_types_mean_qr_only(types) -> None:
    assert formats_for(types) == QR_ONLY


def test_an_unknown_type_beside_a_known_one_adds_qr() -> None:
    assert formats_for(["code128", None]) == zxingcpp.BarcodeFormats([F.Code128, F.QRCode])


def test_decode_reads_a_grayscale_buffer_and_a_pil_image() -> None:
    image = frame_image("PE-BUF-1", "small_noisy")
    # bytes built inline: decode must keep the buffer alive while zxing reads it.
    assert decode(image.tobytes(), QR_ONLY, WIDTH, HEIGHT) == ["PE-BUF-1"]
    assert decode(image, QR_ONLY) == ["PE-BUF-1"]


def test_decode_honours_the_row_stride() -> None:
    code = qr_image("PE-STRIDE")
    padded = b"".join(row + b"\x00" * 12 for row in
                      (code.tobytes()[y * code.width:(y + 1) * code.width]
                       for y in range(code.height)))
    assert decode(padded, QR_ONLY, code.width, code.height, code.width + 12) == ["PE-STRIDE"]


def test_decode_looks_only_for_the_formats_asked() -> None:
    image = frame_image("PE-QR-ONLY")
    assert decode(image, zxingcpp.BarcodeFormats([F.Code128])) == []


@pytest.mark.parametrize(
    ("data", "width", "height"),
    [
        (b"", 0, 0),
        (b"", 1280, 720),
        (b"\x00", 1, 1),
        (b"\xff" * 4, 2, 2),
        (b"\x00" * 10, 10, 10),  # shorter than it claims
        (b"\x00" * 100, -10, -10),
        (b"\x00" * 100, None, None),
    ],
)
def test_hostile_buffers_give_nothing_and_never_raise(data, width, height) -> None:
    assert decode(data, QR_ONLY, width, height) == []


def test_random_noise_frame_gives_nothing() -> None:
    noise = random.Random(7).randbytes(WIDTH * HEIGHT)
    assert decode(noise, formats_for(["qrCode", "code128", "aztec", "pdf417"]),
                  WIDTH, HEIGHT) == []


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4096), st.integers(-2, 80), st.integers(-2, 80))
def test_any_buffer_and_size_never_raises(data, width, height) -> None:
    assert isinstance(decode(data, QR_ONLY, width, height), list)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_value_held_in_view_counts_once() -> None:
    clock = Clock()
    dedupe = Deduper(2.0, clock)
    counted = []
    for _ in range(50):  # 5 s of sightings every 0.1 s: each restarts the window
        counted.append(dedupe.accept("A"))
        clock.now += 0.1
    assert counted == [True] + [False] * 49


def test_the_same_value_counts_again_after_a_window_without_sightings() -> None:
    clock = Clock()
    dedupe = Deduper(2.0, clock)
    assert dedupe.accept("A")
    clock.now += 1.9
    assert not dedupe.accept("A")
    clock.now += 2.0  # exactly the window since the last sighting: still the same hold
    assert not dedupe.accept("A")
    clock.now += 2.01
    assert dedupe.accept("A")


def test_a_different_value_counts_and_windows_are_per_value() -> None:
    clock = Clock()
    dedupe = Deduper(2.0, clock)
    assert dedupe.accept("A")
    assert dedupe.accept("B")
    clock.now += 0.5
    # Two codes flickering in one view: each still counts once.
    assert [dedupe.accept(v) for v in "ABAB"] == [False] * 4


def test_reset_forgets_what_was_seen() -> None:
    dedupe = Deduper(2.0, Clock())
    assert dedupe.accept("A")
    dedupe.reset()
    assert dedupe.accept("A")
