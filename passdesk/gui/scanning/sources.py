"""The door's scan sources besides the keyboard wedge: an NFC reader, a VTAP reader
on its serial port, the webcam.

``ScanSources`` owns the sources chosen in the door settings, starts and
stops them, and re-emits every ``ScanRead`` and ``SourceState`` on the UI thread.
NFC and VTAP call back on their own threads; their callbacks emit a signal of
this object, which lives in the UI thread, so Qt queues the delivery. A state
or read from a source that was replaced or stopped meanwhile is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from passdesk.gui.i18n import say, translate
from passdesk.scan.nfc_source import NfcSource
from passdesk.scan.sources import ScanRead, SourceHealth, SourceState
from passdesk.scan.vtap_serial import OpenPort, VtapSerial, open_serial_port

log = logging.getLogger(__name__)

NAMES = {"nfc": "NFC", "vtap": "VTAP", "camera": "Camera"}


@dataclass(frozen=True)
class SourceChoice:
    """Which sources run: an nfcpy path, a serial port (empty: off), the camera
    (and which one: a ``CameraInfo.id``, empty for the system default)."""

    nfc_path: str = ""
    vtap_port: str = ""
    camera: bool = False
    camera_id: str = ""


class ScanSources(QObject):
    #: A ``ScanRead``, on the UI thread.
    read = Signal(object)
    #: A ``SourceState``, on the UI thread.
    state = Signal(object)
    #: The line of states changed (``summary()``).
    changed = Signal()
    # worker thread -> UI thread: (the source object, a ScanRead or SourceState)
    _reported = Signal(object, object)

    def __init__(self, parent: QObject | None = None, *, retry_every: float = 2.0,
                 open_port: OpenPort = open_serial_port) -> None:
        super().__init__(parent)
        self.retry_every = retry_every
        self._open_port = open_port
        self.choice = SourceChoice()
        self.active = False
        self.nfc: NfcSource | None = None
        self.vtap: VtapSerial | None = None
        self.camera = None  # a CameraSource, built only when wanted
        self.states: dict[str, SourceState] = {}
        #: What the cached passes carry: the camera decodes only these formats.
        self.barcode_types: set[str | None] = set()
        self._reported.connect(self._deliver)

    # -- what the pane calls ---------------------------------------------------------

    def configure(self, choice: SourceChoice) -> None:
        """Use ``choice``; sources that changed are restarted when running."""
        old, self.choice = self.choice, choice
        if self.active:
            if old.nfc_path != choice.nfc_path:
                self._stop_nfc()
                self._start_nfc()
            if old.vtap_port != choice.vtap_port:
                self._stop_vtap()
                self._start_vtap()
            if old.camera != choice.camera:
                self._stop_camera()
                self._start_camera()
            elif old.camera_id != choice.camera_id and self.camera is not None:
                self.camera.select_camera(choice.camera_id or None)
        self.changed.emit()

    def start(self) -> None:
        if self.active:
            return
        self.active = True
        self._start_nfc()
        self._start_vtap()
        self._start_camera()
        self.changed.emit()

    def stop(self) -> None:
        self.active = False
        self._stop_nfc()
        self._stop_vtap()
        self._stop_camera()
        self.changed.emit()

    def signal_verdict(self, admit: bool) -> bool:
        """Green or red on the VTAP reader, when one is running; False if not shown."""
        vtap = self.vtap
        return vtap.signal_verdict(admit) if vtap is not None else False

    def summary(self) -> str:
        """"NFC: ready · VTAP: off · Camera: …"; empty when no source is chosen."""
        choice = self.choice
        wanted = {"nfc": bool(choice.nfc_path), "vtap": bool(choice.vtap_port),
                  "camera": choice.camera}
        if not any(wanted.values()):
            return ""
        parts = []
        for source in NAMES:
            if not wanted[source]:
                words = translate("door", "off", "a scan source")
            elif not self.active:
                words = translate("door", "paused while the door is not shown", "a scan source")
            else:
                words = _words(self.states.get(source))
            parts.append(translate("door", "{source}: {state}", "a scan source and its state")
                         .format(source=_name(source), state=words))
        return " · ".join(parts)

    # -- sources -----------------------------------------------------------------------

    def _callbacks(self, box: list):
        # box[0] is the source, set once built: the callbacks only run after start().
        return (lambda read: self._reported.emit(box[0], read),
                lambda state: self._reported.emit(box[0], state))

    def _start_nfc(self) -> None:
        if not self.choice.nfc_path or self.nfc is not None:
            return
        box: list = [None]
        on_read, on_state = self._callbacks(box)
        box[0] = self.nfc = NfcSource(self.choice.nfc_path, on_read=on_read,
                                      on_state=on_state, retry_every=self.retry_every)
        self.nfc.start()

    def _stop_nfc(self) -> None:
        nfc, self.nfc = self.nfc, None
        self.states.pop("nfc", None)
        if nfc is not None:
            nfc.stop()

    def _start_vtap(self) -> None:
        if not self.choice.vtap_port or self.vtap is not None:
            return
        box: list = [None]
        on_read, on_state = self._callbacks(box)
        box[0] = self.vtap = VtapSerial(self.choice.vtap_port, on_read=on_read,
                                        on_state=on_state, retry_every=self.retry_every,
                                        open_port=self._open_port)
        self.vtap.start()

    def _stop_vtap(self) -> None:
        vtap, self.vtap = self.vtap, None
        self.states.pop("vtap", None)
        if vtap is not None:
            vtap.stop()

    def _start_camera(self) -> None:
        if not self.choice.camera:
            return
        if self.camera is None:
            from passdesk.scan.camera_source import CameraSource  # QtMultimedia only if wanted

            self.camera = CameraSource(self)
            self.camera.read.connect(lambda read: self._deliver(self.camera, read))
            self.camera.state.connect(lambda state: self._deliver(self.camera, state))
        self.camera.set_barcode_types(self.barcode_types)
        self.camera.select_camera(self.choice.camera_id or None)
        self.camera.start()

    def set_barcode_types(self, types: set[str | None]) -> None:
        """Each format costs decode time on every frame: only those the passes use."""
        self.barcode_types = set(types)
        if self.camera is not None:
            self.camera.set_barcode_types(self.barcode_types)

    def _stop_camera(self) -> None:
        self.states.pop("camera", None)
        if self.camera is not None:
            self.camera.stop()

    def _current(self, source: object) -> bool:
        if source is None:
            return False
        if source is self.camera:
            return self.active and self.choice.camera
        return source is self.nfc or source is self.vtap

    @Slot(object, object)
    def _deliver(self, source: object, report: object) -> None:
        if not self._current(source):
            return  # from a source stopped or replaced since
        if isinstance(report, ScanRead):
            self.read.emit(report)
        elif isinstance(report, SourceState):
            self.states[report.source] = report
            self.state.emit(report)
            self.changed.emit()

    def close(self) -> None:
        self.stop()
        if self.camera is not None:
            self.camera.close()


def _name(source: str) -> str:
    if source == "camera":
        return translate("door", "Camera", "a scan source")
    return NAMES.get(source, source)  # NFC, VTAP: said the same in every language


def _words(state: SourceState | None) -> str:
    if state is None or state.health is SourceHealth.STARTING:
        return translate("door", "starting…", "a scan source")
    if state.health is SourceHealth.READY:
        return translate("door", "ready", "a scan source")
    if state.health is SourceHealth.STOPPED:
        return translate("door", "stopped", "a scan source")
    return say(state.detail) or translate("door", "unavailable", "a scan source")
