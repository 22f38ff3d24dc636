"""A camera's stream of frames decoded for several barcode formats within a frame's budget.

No Qt here: ``camera_frames`` hands over a ``Plane`` (the mapped pixels, their size and
strides) and the camera source keeps one ``FrameDecoder`` per stream.

One full-resolution pass for QR, Code 128, Aztec and PDF417 costs ~25 ms on a 1280x720
frame (QR alone ~4 ms; tests/benchmarks/bench_decode.py). A stream does not need every pass
on every frame, so each frame takes the first step that reads something:

1. the tracked region: where a code was read last, the next frames decode only a crop
   around it, at the resolution and turn it was read with, the format read last first. A
   code that moved out of the crop falls through to the next step, which finds it again;
2. the coarse pass: every format over the whole frame at half resolution (a zero-copy view
   of every other pixel of every other row). It reads codes with modules of ~2 px and more,
   and locates the ones it detects but cannot decode (``return_errors``); those are decoded
   again from a full-resolution crop around them in the same frame;
3. one fine slice: full resolution for codes too small for the coarse pass, one format over
   one tile of the frame per frame, in turn, so that no frame pays for all of them and a
   tiny code is read within one round of slices (20 frames with the four formats). Three
   slices per round read the half-resolution frame sideways, for linear codes at 90°, and
   one the frame at a third of its size, for big codes too blurred for half resolution.

QR alone keeps the single full-resolution pass it always had: it fits the budget, and a
tiny QR code is read on its first frame. A one-shot decode (``thorough=True``, no stream
to spread the work over) ends, when the first two steps read nothing, with that same full
pass over every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import zxingcpp

from passdesk.scan.qr_decode import READ_OPTIONS, Formats

F = zxingcpp.BarcodeFormat

#: Formats read along rows: their fine slices are full-width bands, and a round has a
#: slice that reads them sideways (rows of a 90°-turned code are the frame's columns).
_LINEAR = (F.Code128, F.PDF417)
#: Measured (bench_decode): try_rotate doubles the linear readers' time, so the coarse pass
#: and the slices leave it off; sideways codes have slices of their own. try_downscale
#: adds ~10% to the coarse pass and, on 200 random frames, read nothing sooner than the
#: third-size slice does.
_FAST = {"try_rotate": False, "try_downscale": False, "try_invert": False}
_SLICE = _FAST

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
        # row needs only its own pixels: a crop off the left edge loses its last row. And
        # every row must lie in the buffer, which zxing-cpp does not check of a transposed
        # view (nor of rows that overlap, a stride under the row's width).
        pixel_bytes = (int(self.image_format.value) >> 24) & 0xFF
        row_bytes = (width - 1) * pixels + pixel_bytes
        height = min(height, len(buffer) // rows, (len(buffer) - row_bytes) // rows + 1)
        if width <= 0 or height <= 0:
            raise ValueError("the buffer holds no row of this view")
        if transpose:
            width, height, rows, pixels = height, width, pixels, rows
        return zxingcpp.ImageView(buffer, width, height, self.image_format, rows, pixels)


Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Slice:
    """One fine step: ``formats`` over ``box`` at ``step``; ``transpose`` reads the view
    sideways, ``rotate`` asks zxing-cpp to turn it."""

    formats: Formats
    box: Box
    step: int = 1
    transpose: bool = False
    rotate: bool = False


class _Hit(NamedTuple):
    """A barcode read, where it is in the plane, and how it was read."""

    barcode: zxingcpp.Barcode
    box: Box
    step: int
    sideways: bool


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
        self._tracked: _Hit | None = None  # the last read, its box grown to the crop
        #: Which step read the last frame ("full", "tracked", "coarse", "located", "fine",
        #: "" for nothing): for the benchmark and the tests.
        self.last_step = ""

    def reset(self) -> None:
        self._formats = None
        self._tracked = None
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
        known = _formats_in(formats)
        if known in ([], [F.QRCode]) or len(known) != len(formats):
            # QR alone fits the budget in one pass; a set beyond the four formats the
            # passes use (e.g. AllReadable) has no plan: both get the one full pass.
            found = self._full(plane, formats)
        else:
            found = self._track(plane, formats) or self._coarse(plane, formats)
            if not found:
                found = self._full(plane, formats) if thorough else self._fine(plane)
        if found:
            box = _grown(_union([hit.box for hit in found]), plane.width, plane.height)
            self._tracked = found[0]._replace(box=box)
        else:
            self.last_step, self._tracked = "", None
        return list(dict.fromkeys(hit.barcode.text for hit in found))

    # -- the steps ------------------------------------------------------------------------

    def _run(self, plane: Plane, box: Box | None, step: int, formats: Formats,
             options: dict[str, Any], *, transpose: bool = False,
             errors: bool = False) -> list[_Hit]:
        origin = box or (0, 0, plane.width, plane.height)
        try:
            view = plane.view(origin, step, transpose)
        except ValueError:  # a buffer smaller than the plane claims to be
            return []
        return [
            _Hit(b, _box_of(b, origin, step, transpose), step,
                 transpose or 45 <= b.orientation % 180 <= 135)
            for b in _read(view, formats, options, errors) if (b.valid and b.text) or errors
        ]

    def _track(self, plane: Plane, formats: Formats) -> list[_Hit]:
        tracked = self._tracked
        if tracked is None:
            return []
        self.last_step = "tracked"
        # A code read at half resolution is read so again; zxing-cpp turns the crop only
        # for a code read sideways (turning doubles the linear readers' time), and its
        # downscale stays on: PDF417 in a noisy crop needs it.
        options = {**READ_OPTIONS, "try_rotate": tracked.sideways}
        last = tracked.barcode.symbology
        if last not in formats:
            return self._run(plane, tracked.box, tracked.step, formats, options)
        found = self._run(plane, tracked.box, tracked.step, Formats([last]), options)
        rest = [f for f in _formats_in(formats) if f != last]
        if found or not rest:
            return found
        return self._run(plane, tracked.box, tracked.step, Formats(rest), options)

    def _coarse(self, plane: Plane, formats: Formats) -> list[_Hit]:
        self.last_step = "coarse"
        seen = self._run(plane, None, 2, formats, _FAST, errors=True)
        found = [hit for hit in seen if hit.barcode.valid and hit.barcode.text]
        if found:
            return found
        # Detected but not decoded at half resolution: read it again from a full-resolution
        # crop around it, with every option (it is small).
        for hit in seen:
            crop = _grown(hit.box, plane.width, plane.height)
            symbology = hit.barcode.symbology
            wanted = Formats([symbology]) if symbology in formats else formats
            found = self._run(plane, crop, 1, wanted, READ_OPTIONS)
            if found:
                self.last_step = "located"
                return found
        return []

    def _fine(self, plane: Plane) -> list[_Hit]:
        if not self._slices:
            return []
        fine = self._slices[self._next_slice % len(self._slices)]
        self._next_slice += 1
        self.last_step = "fine"
        return self._run(plane, fine.box, fine.step, fine.formats,
                         {**_SLICE, "try_rotate": fine.rotate}, transpose=fine.transpose)

    def _full(self, plane: Plane, formats: Formats) -> list[_Hit]:
        self.last_step = "full"
        return self._run(plane, None, 1, formats, READ_OPTIONS)


def _plan(formats: Formats, width: int, height: int) -> list[_Slice]:
    """The round of fine slices for ``formats`` on a ``width`` x ``height`` frame."""
    slices: list[_Slice] = []
    whole = (0, 0, width, height)
    # The full pass's downscaled layer (a third of the frame's size), which reads big
    # codes too blurred for half resolution (an Aztec code held close, out of focus).
    slices.append(_Slice(formats, whole, 3))
    # Codes held sideways: Code 128 reads from the transposed half-resolution view (a
    # mirror image, which its reader reads both ways); PDF417 does not read mirrored, so
    # zxing-cpp turns the half-resolution view for it.
    if F.Code128 in formats:
        slices.append(_Slice(Formats([F.Code128]), whole, 2, transpose=True))
    if F.PDF417 in formats:
        # Turning costs twice a plain read: two overlapping halves, left and right (a
        # sideways PDF417 is tall and narrow), keep each slice within a tile's cost.
        half = round(width * _GRID_SIZE[0])
        slices += [_Slice(Formats([F.PDF417]), (0, 0, half, height), 2, rotate=True),
                   _Slice(Formats([F.PDF417]), (width - half, 0, width, height), 2, rotate=True)]
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
