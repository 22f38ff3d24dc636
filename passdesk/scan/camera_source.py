"""The webcam as a scan source: QtMultimedia frames, decoded off the UI thread.

Frames arrive on the main thread through ``feed`` (the camera's ``QVideoSink`` is wired to it;
tests call it directly). One decode runs at a time on a one-thread pool; a frame that arrives
while it runs is dropped, never queued, so the decoder always works on a recent frame and a
slow machine loses frames rather than falling behind. Reads go through a ``Deduper`` so a
code held in front of the lens counts once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from passdesk.core.texts import translate
from passdesk.scan.camera_frames import decode_frame
from passdesk.scan.frame_decoder import FrameDecoder
from passdesk.scan.qr_decode import QR_ONLY, Deduper, Formats, formats_for
from passdesk.scan.sources import ScanKind, ScanRead, SourceHealth, SourceState

SOURCE = "camera"
NO_CAMERA = translate("door", "No camera found. Connect a webcam, or use a barcode scanner or "
                              "NFC reader.")


@dataclass(frozen=True)
class CameraInfo:
    """A camera to offer in the picker."""

    id: str
    name: str
    is_default: bool


def _camera_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class CameraSource(QObject):
    """Reads QR codes (and whatever ``formats`` holds) from a webcam."""

    #: A ``ScanRead`` (source "camera", kind QR), on the main thread.
    read = Signal(object)
    #: A ``SourceState`` whenever health changes.
    state = Signal(object)
    # Worker -> main thread: the texts found in one frame (queued across threads).
    _decoded = Signal(list)

    def __init__(self, parent: QObject | None = None, *, dedupe_window_s: float = 2.0):
        super().__init__(parent)
        self._formats: Formats = QR_ONLY
        self._deduper = Deduper(dedupe_window_s)
        # The stream's decoder: where the last code was, which fine slice is next. Used on
        # the worker thread only, one decode at a time.
        self._decoder = FrameDecoder()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self.frames_accepted = 0
        self.frames_dropped = 0
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_inputs_changed)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self.feed)
        self._preview: QVideoSink | None = None
        self._camera: QCamera | None = None
        self._camera_id: str | None = None  # None: the system default
        self._wanted = False  # start() called and stop() not yet
        self._last_state: SourceState | None = None
        self._decoded.connect(self._on_decoded)

    # -- what the Door and the GUI set and read -------------------------------------

    @property
    def formats(self) -> Formats:
        return self._formats

    @formats.setter
    def formats(self, formats: Formats) -> None:
        # Taken with each frame in feed(): a decode in flight keeps the set it started with.
        self._formats = formats

    def set_barcode_types(self, barcode_types: Iterable[str | None]) -> None:
        """Look for the formats the cached passes carry (their ``barcode.type``)."""
        self.formats = formats_for(barcode_types)

    @property
    def busy(self) -> bool:
        """True while a frame is being decoded."""
        return self._busy

    @property
    def last_state(self) -> SourceState | None:
        return self._last_state

    def set_preview_sink(self, sink: QVideoSink | None) -> None:
        """Also show frames in ``sink`` (e.g. a ``QVideoWidget.videoSink()``)."""
        self._preview = sink

    @staticmethod
    def cameras() -> list[CameraInfo]:
        default = _camera_id(QMediaDevices.defaultVideoInput())
        return [
            CameraInfo(_camera_id(d), d.description(), _camera_id(d) == default)
            for d in QMediaDevices.videoInputs()
        ]

    @property
    def camera_id(self) -> str | None:
        """The chosen camera's id; None means the system default."""
        return self._camera_id

    def select_camera(self, camera_id: str | None) -> None:
        """Use another camera (None: the system default); reopens it when running."""
        self._camera_id = camera_id
        if self._wanted:
            self._open()

    # -- running ---------------------------------------------------------------------

    def start(self) -> None:
        self._wanted = True
        self._open()

    def stop(self) -> None:
        self._wanted = False
        self._close_camera()
        self._deduper.reset()
        self._set_state(SourceHealth.STOPPED)

    def close(self) -> None:
        """Stop and wait for a decode still running (at app exit)."""
        self.stop()
        self._pool.waitForDone()

    def _device(self) -> QCameraDevice | None:
        inputs = QMediaDevices.videoInputs()
        if self._camera_id is None:
            default = QMediaDevices.defaultVideoInput()
            return default if not default.isNull() else (inputs[0] if inputs else None)
        return next((d for d in inputs if _camera_id(d) == self._camera_id), None)

    def _open(self) -> None:
        self._close_camera()
        self._set_state(SourceHealth.STARTING)
        device = self._device()
        if device is None:
            detail = NO_CAMERA if not QMediaDevices.videoInputs() else translate(
                "door", "Camera {camera} is not connected. Plug it in or pick another camera."
            ).format(camera=self._camera_id)
            self._set_state(SourceHealth.UNAVAILABLE, detail)
            return
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self._on_camera_error)
        camera.activeChanged.connect(self._on_active_changed)
        self._camera = camera
        self._session.setCamera(camera)
        camera.start()
        if camera.error() != QCamera.Error.NoError:
            # A camera that fails as it is built reports it before we could connect.
            self._on_camera_error(camera.error(), camera.errorString())

    def _close_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.errorOccurred.disconnect(self._on_camera_error)
            camera.activeChanged.disconnect(self._on_active_changed)
            camera.stop()
            self._session.setCamera(None)
            camera.deleteLater()

    @Slot(QCamera.Error, str)
    def _on_camera_error(self, _error: QCamera.Error, text: str) -> None:
        self._set_state(SourceHealth.UNAVAILABLE,
                        text or translate("door", "The camera stopped working."))

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active and self._camera is not None:
            self._set_state(SourceHealth.READY, self._camera.cameraDevice().description())

    @Slot()
    def _on_inputs_changed(self) -> None:
        # A webcam plugged in (or ours unplugged): reopen, as every source keeps trying.
        if self._wanted and (self._camera is None or not self._camera.isActive()
                             or self._device() is None):
            self._open()

    def _set_state(self, health: SourceHealth, detail: str = "") -> None:
        state = SourceState(SOURCE, health, detail)
        if state != self._last_state:
            self._last_state = state
            self.state.emit(state)

    # -- the decode pipeline -----------------------------------------------------------

    @Slot(QVideoFrame)
    def feed(self, frame: QVideoFrame) -> None:
        """Take one frame: decode it on the worker if it is free, else drop it. Never blocks."""
        if self._preview is not None:
            self._preview.setVideoFrame(frame)
        if self._busy:
            self.frames_dropped += 1
            return
        self._busy = True
        self.frames_accepted += 1
        frame, formats = QVideoFrame(frame), self._formats
        self._pool.start(lambda: self._decode(frame, formats))

    def _decode(self, frame: QVideoFrame, formats: Formats) -> None:
        # Worker thread. Always report back, or _busy would stay set and drop every frame.
        texts: list[str] = []
        try:
            texts = decode_frame(frame, formats, self._decoder)
        finally:
            self._decoded.emit(texts)

    @Slot(list)
    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        device = _camera_id(self._camera.cameraDevice()) if self._camera is not None else None
        for text in texts:
            if self._deduper.accept(text):
                self.read.emit(ScanRead(text, SOURCE, ScanKind.QR, device=device))
