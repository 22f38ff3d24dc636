"""Camera decode cost per frame, beside the bare zxing-cpp floor. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_decode.py [--runs 100]

The frame: one QR (8 px modules) in a noisy 1280x720 scene (tests/helpers/qr_frames.py).
decode_ms_per_frame: our pipeline, QVideoFrame (32-bit BGRA, as QVideoFrame(QImage) gives)
to values, QR only (camera_frames.decode_frame). decode_nv12_ms_per_frame: the same from
NV12, what webcams mostly deliver. floor_decode_ms: a bare zxingcpp.read_barcodes(img,
formats=QRCode) with default options on the frame's grayscale buffer; floor_same_options_ms:
that call with our options (try_invert off). via_qimage_ms: toImage() + Grayscale8 + decode,
the conversion the mapped path avoids. qr_code128_aztec_pdf417_ms / all_formats_ms: our
pipeline with those format sets. Medians over --runs runs (all formats: a fifth of them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;*.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import zxingcpp
from PySide6.QtGui import QImage

from passdesk.scan.camera_frames import decode_frame
from passdesk.scan.qr_decode import QR_ONLY, decode, formats_for
from tests.helpers.qr_frames import frame_of, noisy_scene_with_code

VALUE = "PE-TKT01-8F3A2C9D"


def median_ms(fn: Callable[[], list[str]], runs: int) -> float:
    assert fn() == [VALUE], "the benchmark frame must decode"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    runs = max(50, parser.parse_args().runs)

    scene = noisy_scene_with_code(VALUE)
    bgra, nv12 = frame_of(scene), frame_of(scene, "nv12")
    luma = scene.tobytes()
    view = zxingcpp.ImageView(luma, scene.width, scene.height, zxingcpp.ImageFormat.Lum)
    multi = formats_for(["qrCode", "code128", "aztec", "pdf417"])
    every = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.AllReadable])

    def floor() -> list[str]:
        return [b.text for b in zxingcpp.read_barcodes(view, formats=QR_ONLY)]

    def via_qimage() -> list[str]:
        image = bgra.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        return decode(image.constBits(), QR_ONLY, image.width(), image.height(),
                      image.bytesPerLine())

    result = {
        "frame": f"{scene.width}x{scene.height} noisy, one QR",
        "runs": runs,
        "decode_ms_per_frame": median_ms(lambda: decode_frame(bgra, QR_ONLY), runs),
        "decode_nv12_ms_per_frame": median_ms(lambda: decode_frame(nv12, QR_ONLY), runs),
        "floor_decode_ms": median_ms(floor, runs),
        "floor_same_options_ms": median_ms(lambda: decode(view, QR_ONLY), runs),
        "via_qimage_ms": median_ms(via_qimage, runs),
        "qr_code128_aztec_pdf417_ms": median_ms(lambda: decode_frame(bgra, multi), runs),
        "all_formats_ms": median_ms(lambda: decode_frame(bgra, every), max(10, runs // 5)),
    }
    result["ratio_to_floor"] = round(result["decode_ms_per_frame"] / result["floor_decode_ms"], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
