"""Camera decode cost per 1280x720 frame, for every format the passes use. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_decode.py [--runs 100]

Frames are 32-bit BGRA ``QVideoFrame``s (what ``QVideoFrame(QImage)`` gives) of grainy
scenes (tests/helpers/barcode_frames.py), decoded as the camera source decodes them:
``camera_frames.decode_frame`` with the stream's ``FrameDecoder`` and the formats of stores
whose passes carry QR, Code 128, Aztec and PDF417.

per_format: for each format, a stream of --runs frames with that code held in view and
moving a few pixels between frames: ms per frame (median, p99), and first_frame_ms, the
frame that finds it (over fresh decoders). no_code: a stream of frames with no
code (every fine slice in turn): median, p99; no_code_nv12: the same frames as NV12, what
webcams mostly deliver (the luma plane is read in place, no colour conversion).
all_formats: every BGRA frame above pooled (the issue's "every format" figure); the target
(10 ms) applies to it and to no_code. before:
the same frames through the old single full pass (qr_decode.decode: every format at full
resolution, rotate and downscale on), measured in the same run; speedup = before / after.
share_of_before: figures over the old pass's median in the same run, beside the target's
share (10 ms of the issue's 25 ms), which holds however busy the machine is.
qr_only: the QR-only path as the last issue measured it (BGRA, NV12, the bare zxing-cpp
floor), unchanged by the stream decoder. Times: the decode thread's CPU time (what a frame
costs on a quiet machine; five jobs share these two cores) and the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;*.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import zxingcpp
from PySide6.QtMultimedia import QVideoFrame

from passdesk.scan.camera_frames import decode_frame
from passdesk.scan.frame_decoder import FrameDecoder
from passdesk.scan.qr_decode import QR_ONLY, decode, formats_for
from tests.helpers.barcode_frames import PASS_TYPES, empty_scene, scene
from tests.helpers.qr_frames import frame_of, noisy_scene_with_code

VALUE = "PE-TKT01-8F3A2C9D"
TARGET_MS = 10.0
#: The old full pass with every format, as issue 22 measured it (a 1280x720 frame).
BEFORE_ISSUE_MS = 25.0
EVERY = formats_for(PASS_TYPES)


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 2)


def summary(times: list[tuple[float, float]]) -> dict[str, float]:
    """Median and p99 of the decode thread's CPU time, and of the wall clock.

    Five jobs share this machine's two cores: CPU time is what a decode costs on a quiet
    machine (zxing-cpp runs on the calling thread only); the wall clock is what it took.
    """
    cpu, wall = [c for c, _ in times], [w for _, w in times]
    return {"median": round(statistics.median(cpu), 2), "p99": _pct(cpu, 0.99),
            "wall_median": round(statistics.median(wall), 2), "wall_p99": _pct(wall, 0.99)}


def timed(fn: Callable[[], list[str]]) -> tuple[tuple[float, float], list[str]]:
    cpu, wall = time.thread_time(), time.perf_counter()
    found = fn()
    return ((time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000), found


def held_frames(pass_type: str, count: int) -> list[tuple[QVideoFrame, object]]:
    """``count`` frames of one code drifting around (300, 150), with their pictures."""
    pictures = [scene(pass_type, VALUE, at=(300 + dx, 150 + dy))
                for dx, dy in [(0, 0), (9, 4), (17, 10), (8, 15), (-6, 8)]]
    frames = [(frame_of(p), p) for p in pictures]
    return [frames[i % len(frames)] for i in range(count)]


def stream(frames: list[tuple[QVideoFrame, object]],
           expect: list[str]) -> tuple[list[tuple[float, float]], Counter]:
    decoder, times, steps = FrameDecoder(), [], Counter()
    for frame, _ in frames:
        ms, found = timed(lambda f=frame: decode_frame(f, EVERY, decoder))
        assert found == expect, f"read {found}, expected {expect}"
        times.append(ms)
        steps[decoder.last_step or "nothing"] += 1
    return times, steps


def before(frames: list[tuple[QVideoFrame, object]],
           expect: list[str]) -> list[tuple[float, float]]:
    times = []
    for _, picture in frames:
        luma = picture.tobytes()
        ms, found = timed(lambda b=luma, w=picture.width, h=picture.height:
                          decode(b, EVERY, w, h))
        assert found == expect, f"the old pass read {found}, expected {expect}"
        times.append(ms)
    return times


def qr_only(runs: int) -> dict[str, float]:
    picture = noisy_scene_with_code(VALUE)
    bgra, nv12 = frame_of(picture), frame_of(picture, "nv12")
    luma = picture.tobytes()
    view = zxingcpp.ImageView(luma, picture.width, picture.height, zxingcpp.ImageFormat.Lum)

    def median_of(fn: Callable[[], list[str]]) -> dict[str, float]:
        figures = summary([timed(fn)[0] for _ in range(runs)])
        return {"median": figures["median"], "wall_median": figures["wall_median"]}

    return {
        "bgra": median_of(lambda: decode_frame(bgra, QR_ONLY)),
        "nv12": median_of(lambda: decode_frame(nv12, QR_ONLY)),
        "floor": median_of(
            lambda: [b.text for b in zxingcpp.read_barcodes(view, formats=QR_ONLY)]),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    runs = max(30, parser.parse_args().runs)

    per_format, pooled, pooled_before = {}, [], []
    for pass_type in PASS_TYPES:
        frames = held_frames(pass_type, runs)
        times, steps = stream(frames, [VALUE])
        first = [timed(lambda f=frame: decode_frame(f, EVERY, FrameDecoder()))[0]
                 for frame, _ in frames[:max(10, runs // 5)]]
        old = before(frames[:max(10, runs // 4)], [VALUE])
        per_format[pass_type] = {**summary(times), "first_frame": summary(first),
                                 "steps": dict(steps), "before": summary(old)}
        pooled += times
        pooled_before += old

    empty = [(frame_of(p), p) for p in (empty_scene(seed) for seed in range(5, 9))]
    empty_frames = [empty[i % len(empty)] for i in range(runs)]
    no_code_times, _ = stream(empty_frames, [])
    nv12 = [(frame_of(p, "nv12"), p) for _, p in empty]
    no_code_nv12, _ = stream([nv12[i % len(nv12)] for i in range(runs)], [])
    no_code_before = before(empty_frames[:max(10, runs // 4)], [])
    pooled += no_code_times
    pooled_before += no_code_before

    after_all, before_all = summary(pooled), summary(pooled_before)
    no_code = {**summary(no_code_times), "before": summary(no_code_before)}
    result = {
        "frame": "1280x720 BGRA, grainy scene",
        "clock": "ms per frame; median/p99: decode thread CPU time, wall_*: wall clock",
        "formats": [str(f) for f in EVERY],
        "runs": runs,
        "target_ms": TARGET_MS,
        "all_formats": {**after_all, "before": before_all,
                        "speedup_median": round(before_all["median"] / after_all["median"], 1)},
        "no_code": no_code,
        "no_code_nv12": summary(no_code_nv12),
        "per_format": per_format,
        "within_target": {"all_formats_median": after_all["median"] <= TARGET_MS,
                          "all_formats_p99": after_all["p99"] <= TARGET_MS,
                          "no_code_p99": no_code["p99"] <= TARGET_MS},
        # Load-independent: the target is 40% of the old pass (10 of its 25 ms in the
        # issue's measurement); these are the shares of the old pass's median, same run.
        "share_of_before": {
            "target": round(TARGET_MS / BEFORE_ISSUE_MS, 2),
            "all_formats_median": round(after_all["median"] / before_all["median"], 3),
            "all_formats_p99": round(after_all["p99"] / before_all["median"], 3),
            "no_code_median": round(no_code["median"] / before_all["median"], 3),
            "no_code_p99": round(no_code["p99"] / before_all["median"], 3),
        },
        "qr_only": qr_only(runs),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
