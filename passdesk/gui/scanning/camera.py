"""The Door's camera corner and the camera picker's list.

``CameraPreview`` is a small box shown while the camera source is on: the live
picture (a ``QVideoWidget`` fed through ``CameraSource.set_preview_sink``) once
the camera runs, else the source's words ("No camera found…", "Starting the
camera…"). QtMultimedia and QtMultimediaWidgets are imported only when the
camera is wanted.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QWidget

from passdesk.gui.i18n import say, translate
from passdesk.scan.sources import SourceHealth

PREVIEW_WIDTH = 176
PREVIEW_HEIGHT = 99  # 16:9, as most webcams
DEFAULT_CAMERA = QT_TRANSLATE_NOOP("door", "System default camera")


def camera_choices() -> list[tuple[str, str]]:
    """(id, label) of the cameras to pick from, the system's default marked."""
    from passdesk.scan.camera_source import CameraSource  # QtMultimedia only when asked

    return [(info.id, translate("door", "{camera} (default)").format(camera=info.name)
             if info.is_default else info.name)
            for info in CameraSource.cameras()]


def fill_camera_picker(check, combo, camera: bool, camera_id: str) -> None:
    """The settings' camera choice: the system default first, an unplugged choice kept,
    the list usable only while the camera is ticked."""
    check.setChecked(camera)
    combo.addItem(translate("door", DEFAULT_CAMERA), "")
    for choice_id, words in camera_choices():
        combo.addItem(words, choice_id)
    if camera_id and combo.findData(camera_id) < 0:
        combo.addItem(translate("door", "{camera} (not connected)").format(camera=camera_id),
                      camera_id)
    combo.setCurrentIndex(max(0, combo.findData(camera_id)))
    combo.setEnabled(camera)
    check.toggled.connect(combo.setEnabled)


class CameraPreview(QFrame):
    """The live picture, or why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setAccessibleName(translate("door", "Camera preview"))
        self.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(1, 1, 1, 1)
        self.message = QLabel(self)
        self.message.setObjectName("cameraMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "help")
        self._stack.addWidget(self.message)
        self.video = None  # a QVideoWidget, built when the camera first runs
        self._camera = None
        self.hide()

    def show_source(self, camera, wanted: bool, active: bool) -> None:
        """Show ``camera`` (a ``CameraSource`` or None) as the sources stand."""
        self.setVisible(wanted)
        if camera is not self._camera and self._camera is not None:
            self._camera.set_preview_sink(None)
        self._camera = camera
        if not wanted:
            if camera is not None:
                camera.set_preview_sink(None)
            return
        state = camera.last_state if camera is not None else None
        if not active:
            self._say(translate("door", "Camera paused while the door is not shown."))
        elif state is not None and state.health is SourceHealth.READY:
            video = self._video()
            camera.set_preview_sink(video.videoSink())
            self._stack.setCurrentWidget(video)
        elif state is not None and state.health is SourceHealth.UNAVAILABLE:
            self._say(say(state.detail) or translate("door", "The camera is not available."))
        else:
            self._say(translate("door", "Starting the camera…"))

    @property
    def text(self) -> str:
        """The words shown instead of a picture; empty while the picture shows."""
        return self.message.text() if self._stack.currentWidget() is self.message else ""

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self._stack.setCurrentWidget(self.message)

    def _video(self):
        if self.video is None:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget(self)
            self.video.setAccessibleName(translate("door", "Live camera picture"))
            self._stack.addWidget(self.video)
        return self.video
