"""A camera's stream of frames decoded for several barcode formats within a frame's budget.

No Qt here: ``camera_frames`` hands over a ``Plane`` (the mapped pixels, their size and
strides) and the camera source keeps one ``FrameDecoder`` per stream.

One full-resolution pass for QR, Code 128, Aztec and PDF417 costs ~25 ms on a 1280x720
frame (QR alone ~4 ms; tests/benchmarks/bench_decode.py). A stream does not need every pass
on every frame, so each frame takes the first step that reads something:

1. the tracked region: where a code was read last, the next frames decode only a crop
   around it, at full resolution, the format read last first. A code that moved out of the
   crop falls through to the next step, which finds it again;
2. the coarse pass: every format over the whole frame at half resolution (a zero-copy view
   of every other pixel of every other row). It reads codes with modules of ~2 px and more,
   and locates the ones it detects but cannot decode (``return_errors``); those are decoded
   again from a full-resolution crop around them in the same frame;
3. one fine slice: full resolution for codes too small for the coarse pass, one format over
   one tile of the frame per frame, in turn, so that no frame pays for all of them and a
   tiny code is read within one round of slices (17 frames with the four formats). One
   slice per round reads the half-resolution frame sideways, for linear codes held at 90°.

QR alone keeps the single full-resolution pass it always had: it fits the budget, and a
tiny QR code is read on its first frame. A one-shot decode (``thorough=True``, no stream
to spread the work over) ends, when the first two steps read nothing, with that same full
pass over every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import zxingcpp

from passdesk.scan.qr_decode import READ_OPTIONS, Formats

F = zxingcpp.BarcodeFormat

#: Formats read along rows: their fine slices are full-width bands, and they are the ones
#: read sideways (rows of a 90°-turned code are the frame's columns).
_LINEAR = (F.Code128, F.PDF417)
#: Measured (bench_decode): try_rotate doubles the linear readers' time, so the coarse pass
#: and the slices leave it off; sideways codes are read by a transposed view instead.
_FAST = {"try_rotate": False, "try_downscale": True, "try_invert": False}
_SLICE = {"try_rotate": False, "try_downscale": False, "try_invert": False}

#: Fine slices cut the frame into overlapping tiles of about a third of its area each: a
#: 2x2 grid for matrix codes, 4 full-width bands for linear ones. A code smaller than the
#: overlap lies whole in one tile; bigger ones are the coarse pass's.
_GRID = ((0.0, 0.0), (0.4375, 0.0), (0.0, 0.4167), (0.4375, 0.4167))
_GRID_SIZE = (0.5625, 0.5833)
_BANDS = (0.0, 0.2222, 0.4444, 0.6667)
_BAND_HEIGHT = 0.3333

#: The crop around a tracked code: its box grown by this share of its size on each side,
#: plus a fixed margin, for a code moving between frames.
_TRACK_GROW = 0.25
_TRACK_MARGIN = 32
#: A tracked crop wider than this is decoded at half resolution: its modules are big.
_TRACK_HALF_ABOVE = 480


@dataclass(frozen=True)
class Plane:
    """An image as zxing-cpp reads it: a buffer with its size, format and strides.

    The buffer (a mapped frame's memory, bytes) must stay alive while it is decoded.
    """

    buffer: Any
    width: int
    height: int
    image_format: zxingcpp.ImageFormat = zxingcpp.ImageFormat.Lum
    row_stride: int = 0
    pix_stride: int = 1

    def view(self, box: Box | None = None, step: int = 1,
             transpose: bool = False) -> zxingcpp.ImageView:
        """A zero-copy view of ``box`` (the whole image by default), every ``step``-th
        pixel of every ``step``-th row; ``transpose`` swaps rows and columns."""
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        row_stride = self.row_stride or self.width * self.pix_stride
        start = y0 * row_stride + x0 * self.pix_stride
        buffer = memoryview(self.buffer).cast("B")[start:]
        width, height = (x1 - x0 + step - 1) // step, (y1 - y0 + step - 1) // step
        rows, pixels = row_stride * step, self.pix_stride * step
        # zxing-cpp wants height * row stride bytes from the view's start, though the last
        # row needs only its own pixels: a crop off the left edge loses its last row.
        height = min(height, len(buffer) // rows)
        if transpose:
            width, height, rows, pixels = height, width, pixels, rows
        return zxingcpp.ImageView(buffer, width, height, self.image_format, rows, pixels)


Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Slice:
    """One fine step: ``formats`` over ``box`` at ``step`` (transposed: read sideways)."""

    formats: Formats
    box: Box
    step: int = 1
    transpose: bool = False


def _read(view: zxingcpp.ImageView, formats: Formats, options: dict[str, Any],
          errors: bool = False) -> list[zxingcpp.Barcode]:
    try:
        return zxingcpp.read_barcodes(view, formats=formats, return_errors=errors, **options)
    except (ValueError, TypeError, RuntimeError):
        return []  # a view zxing-cpp cannot read (zero size): nothing in it


def _box_of(barcode: zxingcpp.Barcode, origin: Box, step: int, transpose: bool) -> Box:
    """The barcode's bounding box in the plane's coordinates."""
    p = barcode.position
    corners = (p.top_left, p.top_right, p.bottom_left, p.bottom_right)
    xs = [c.y if transpose else c.x for c in corners]
    ys = [c.x if transpose else c.y for c in corners]
    return (origin[0] + min(xs) * step, origin[1] + min(ys) * step,
            origin[0] + (max(xs) + 1) * step, origin[1] + (max(ys) + 1) * step)


def _grown(box: Box, width: int, height: int) -> Box:
    """``box`` with room to move, on the 16-px grid of the frame.

    On the grid, the binarizer's 8-px blocks fall where they fall on the whole frame:
    measured on a PDF417 in a noisy scene, 53 of 60 unaligned crops around it decoded and
    60 of 60 aligned ones.
    """
    x0, y0, x1, y1 = box
    dx = int((x1 - x0) * _TRACK_GROW) + _TRACK_MARGIN
    dy = int((y1 - y0) * _TRACK_GROW) + _TRACK_MARGIN
    return (max(0, (x0 - dx) // 16 * 16), max(0, (y0 - dy) // 16 * 16),
            min(width, -(-(x1 + dx) // 16) * 16), min(height, -(-(y1 + dy) // 16) * 16))


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _formats_in(formats: Formats) -> list[zxingcpp.BarcodeFormat]:
    return [f for f in (F.QRCode, F.Code128, F.Aztec, F.PDF417) if f in formats]


class FrameDecoder:
    """Decodes the frames of one stream; remembers where and what it read last.

    Not thread-safe: one decode at a time (the camera source runs one).
    """

    def __init__(self) -> None:
        self._formats: Formats | None = None
        self._slices: list[_Slice] = []
        self._size = (0, 0)
        self._next_slice = 0
        self._tracked: Box | None = None
        self._last_format: zxingcpp.BarcodeFormat | None = None
        #: Which step read the last frame ("full", "tracked", "coarse", "located", "fine",
        #: "" for nothing): for the benchmark and the tests.
        self.last_step = ""

    def reset(self) -> None:
        self._formats = None
        self._tracked = None
        self._last_format = None
        self._next_slice = 0

    def decode(self, plane: Plane, formats: Formats, *, thorough: bool = False) -> list[str]:
        """The texts of the barcodes in ``plane`` (each once, in reading order)."""
        if plane.width <= 0 or plane.height <= 0:
            return []
        if isinstance(formats, zxingcpp.BarcodeFormat):
            formats = Formats([formats])
        if self._formats is None or formats != self._formats or (
                (plane.width, plane.height) != self._size):
            self.reset()
            self._formats, self._size = formats, (plane.width, plane.height)
            self._slices = _plan(formats, plane.width, plane.height)
        found: list[tuple[zxingcpp.Barcode, Box]] = []
        known = _formats_in(formats)
        if known in ([], [F.QRCode]) or len(known) != len(formats):
            # QR alone fits the budget in one pass; a set beyond the four formats the
            # passes use (e.g. AllReadable) has no plan: both get the one full pass.
            self.last_step = "full"
            found = self._run(plane, None, 1, False, formats, READ_OPTIONS)
        else:
            found = self._track(plane, formats) or self._coarse(plane, formats)
            if not found:
                found = self._full(plane, formats) if thorough else self._fine(plane)
        if found:
            self._tracked = _grown(_union([box for _, box in found]), plane.width, plane.height)
            self._last_format = found[0][0].symbology
        else:
            self.last_step, self._tracked = "", None
        return list(dict.fromkeys(b.text for b, _ in found))

    # -- the steps ------------------------------------------------------------------------

    def _run(self, plane: Plane, box: Box | None, step: int, transpose: bool,
             formats: Formats, options: dict[str, Any],
             errors: bool = False) -> list[tuple[zxingcpp.Barcode, Box]]:
        origin = box or (0, 0, plane.width, plane.height)
        try:
            view = plane.view(origin, step, transpose)
        except ValueError:  # a buffer smaller than the plane claims to be
            return []
        barcodes = _read(view, formats, options, errors)
        return [(b, _box_of(b, origin, step, transpose)) for b in barcodes
                if (b.valid and b.text) or errors]

    def _track(self, plane: Plane, formats: Formats) -> list[tuple[zxingcpp.Barcode, Box]]:
        box = self._tracked
        if box is None:
            return []
        step = 2 if min(box[2] - box[0], box[3] - box[1]) > _TRACK_HALF_ABOVE else 1
        self.last_step = "tracked"
        # Every option: the crop is small, and PDF417 in a noisy crop needs the downscale.
        options = READ_OPTIONS
        last = self._last_format
        if last is not None and last in formats:
            found = self._run(plane, box, step, False, Formats([last]), options)
            rest = Formats([f for f in _formats_in(formats) if f != last])
            if found or not rest:
                return found
            return self._run(plane, box, step, False, rest, options)
        return self._run(plane, box, step, False, formats, options)

    def _coarse(self, plane: Plane, formats: Formats) -> list[tuple[zxingcpp.Barcode, Box]]:
        self.last_step = "coarse"
        seen = self._run(plane, None, 2, False, formats, _FAST, errors=True)
        found = [(b, box) for b, box in seen if b.valid and b.text]
        if found:
            return found
        # Detected but not decoded at half resolution: read it again from a full-resolution
        # crop around it, with every option (it is small).
        for barcode, box in seen:
            crop = _grown(box, plane.width, plane.height)
            wanted = Formats([barcode.symbology]) if barcode.symbology in formats else formats
            found = self._run(plane, crop, 1, False, wanted, READ_OPTIONS)
            if found:
                self.last_step = "located"
                return found
        return []

    def _fine(self, plane: Plane) -> list[tuple[zxingcpp.Barcode, Box]]:
        if not self._slices:
            return []
        fine = self._slices[self._next_slice % len(self._slices)]
        self._next_slice += 1
        self.last_step = "fine"
        return self._run(plane, fine.box, fine.step, fine.transpose, fine.formats, _SLICE)

    def _full(self, plane: Plane, formats: Formats) -> list[tuple[zxingcpp.Barcode, Box]]:
        self.last_step = "full"
        return self._run(plane, None, 1, False, formats, READ_OPTIONS)


def _plan(formats: Formats, width: int, height: int) -> list[_Slice]:
    """The round of fine slices for ``formats`` on a ``width`` x ``height`` frame."""
    slices: list[_Slice] = []
    linear = [f for f in _formats_in(formats) if f in _LINEAR]
    if linear:
        slices.append(_Slice(Formats(linear), (0, 0, width, height), 2, True))
    for fmt in _formats_in(formats):
        if fmt in _LINEAR:
            band = round(height * _BAND_HEIGHT)
            boxes = [(0, round(height * y), width, min(height, round(height * y) + band))
                     for y in _BANDS]
        else:
            tw, th = round(width * _GRID_SIZE[0]), round(height * _GRID_SIZE[1])
            boxes = [(round(width * x), round(height * y),
                      min(width, round(width * x) + tw), min(height, round(height * y) + th))
                     for x, y in _GRID]
        slices.extend(_Slice(Formats([fmt]), box) for box in boxes)
    return slices
