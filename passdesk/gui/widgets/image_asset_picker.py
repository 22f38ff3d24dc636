"""The account's images on PassEntry (image assets, §12): browse them by type, upload one.

``ImageLibrary`` is what the Designer and the pass forms share: the API
client, the network task runner, the local copies of pictures (so previews
work offline) and what PassEntry said about watermarks. ``ImageAssetPicker``
lists one type of image (thumbnail, name, size, status), uploads a file
with "Upload…", shows "Processing…" until PassEntry has processed it, gives
size advice, and says in words when PassEntry cannot be reached. Watermark
options appear when the organisation requires them (PassEntry asked once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.api import ApiError, NetworkError, PassEntryClient
from passdesk.core import image_sizes
from passdesk.core.records import ImageAsset
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.settings import data_dir
from passdesk.sync import image_assets as assets

UPLOAD_FILTER = QT_TRANSLATE_NOOP("common",
                                  "PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)")
THUMB = QSize(120, 60)
#: Where the pictures of uploaded images are kept, in the data folder.
IMAGES_FOLDER = "images"
# English, marked for the catalogues; each is shown as ``translate("common", words)``.
OFFLINE_WORDS = QT_TRANSLATE_NOOP(
    "common", "PassEntry cannot be reached, so your images there cannot be listed or "
    "uploaded now; try again when the connection is back. The Designer still works "
    "offline: a file on this computer shows in the preview (Choose…).")
WATERMARK_COLOURS = ((QT_TRANSLATE_NOOP("common", "Light"), "light"),
                     (QT_TRANSLATE_NOOP("common", "Dark"), "dark"))
WATERMARK_POSITIONS = ((QT_TRANSLATE_NOOP("common", "Bottom right"), "bottomRight"),
                       (QT_TRANSLATE_NOOP("common", "Bottom left"), "bottomLeft"),
                       (QT_TRANSLATE_NOOP("common", "Top right"), "topRight"),
                       (QT_TRANSLATE_NOOP("common", "Top left"), "topLeft"))
ROLE_TITLES = {"logo": QT_TRANSLATE_NOOP("common", "logo"),
               "banner": QT_TRANSLATE_NOOP("common", "banner"),
               "thumbnail": QT_TRANSLATE_NOOP("common", "thumbnail")}


def role_title(role: str) -> str:
    """The image's role in words ("logo"), in the installed language."""
    return translate("common", ROLE_TITLES[role]) if role in ROLE_TITLES else role


class ImageLibrary(QObject):
    """The account's images and this computer's copies of them, for the picker."""

    #: PassEntry said the organisation requires a watermark on banners.
    watermark_asked = Signal()

    def __init__(self, client: Callable[[], PassEntryClient], tasks: TaskRunner,
                 copies: assets.LocalCopies, *, poll: float = assets.POLL_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client, self.tasks, self.copies, self.poll = client, tasks, copies, poll
        self.watermark_required = False

    @classmethod
    def from_services(cls, services) -> ImageLibrary:
        """The app's library: its client, network tasks and the data folder's copies."""
        link = services.link
        return cls(lambda: link.client, services.net_tasks,
                   assets.LocalCopies(data_dir() / IMAGES_FOLDER))

    def local_copy(self, url: str | None) -> bytes | None:
        return self.copies.get(url)

    def picture(self, url: str | None) -> QImage | None:
        data = self.copies.get(url)
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else image

    def ask_watermark(self) -> None:
        if not self.watermark_required:
            self.watermark_required = True
            self.watermark_asked.emit()


def error_words(exc: Exception) -> str:
    """What went wrong, for a person: offline, the file, or PassEntry's own words."""
    if isinstance(exc, NetworkError):
        return translate("common", OFFLINE_WORDS)
    if isinstance(exc, assets.ImageProblem):
        return _said(exc)
    if isinstance(exc, ApiError):
        return translate("common", "PassEntry did not take it: {problem}").format(
            problem=say(exc.detail or exc.message))
    return translate("common", "Something went wrong: {problem}").format(problem=_said(exc))


def _said(exc: Exception) -> str:
    """An error's message in the installed language (when it holds a ``Text``)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


def thumbnail(image: QImage | None, size: QSize = THUMB) -> QIcon:
    """The picture fitted into ``size`` on a light card, or "no copy here" words."""
    canvas = QPixmap(size)
    canvas.fill(QColor(Colour.GREY_100))
    painter = QPainter(canvas)
    if image is not None:
        scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((size.width() - scaled.width()) // 2,
                          (size.height() - scaled.height()) // 2, scaled)
    else:
        painter.setPen(QColor(Colour.GREY_500))
        painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter,
                         translate("common", "No copy\non this computer"))
    painter.end()
    return QIcon(canvas)


class ImageAssetPicker(QDialog):
    """Pick one of the account's images of ``role``, or upload a new one."""

    def __init__(self, library: ImageLibrary, role: str, *, template_type: str | None = None,
                 current_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="imageAssetPicker")
        self.library, self.role, self.template_type = library, role, template_type
        what = role_title(role)
        self.setWindowTitle(translate("common", "Your {kind} images on PassEntry").format(
            kind=what))
        self.chosen: ImageAsset | None = None
        self._assets: dict[str, ImageAsset] = {}
        self._current_url = current_url
        #: Set when the picker closes: waits for processing end (no worker outlives it long).
        self._stop = threading.Event()

        layout = QVBoxLayout(self)
        heading = " ".join(filter(None, (say(image_sizes.size_words(role, template_type)),
                                         say(image_sizes.where_shown(role, template_type)))))
        self.help = QLabel(heading, wordWrap=True)
        self.help.setProperty("role", "help")
        layout.addWidget(self.help)
        self.list = QListWidget(objectName="imageList")
        self.list.setIconSize(THUMB)
        self.list.setSpacing(2)
        self.list.setAccessibleName(translate("common", "Your {kind} images").format(kind=what))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.list.itemDoubleClicked.connect(lambda _item: self.use())
        layout.addWidget(self.list, 1)

        self.watermark_row = QWidget(objectName="watermarkRow")
        row = QHBoxLayout(self.watermark_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("common", "Watermark on this banner:")))
        self.watermark_colour = QComboBox(objectName="watermarkColour")
        self.watermark_colour.setAccessibleName(translate("common", "Watermark colour"))
        self.watermark_position = QComboBox(objectName="watermarkPosition")
        self.watermark_position.setAccessibleName(translate("common", "Watermark position"))
        for words, value in WATERMARK_COLOURS:
            self.watermark_colour.addItem(translate("common", words), value)
        for words, value in WATERMARK_POSITIONS:
            self.watermark_position.addItem(translate("common", words), value)
        row.addWidget(self.watermark_colour)
        row.addWidget(self.watermark_position)
        row.addStretch(1)
        layout.addWidget(self.watermark_row)

        self.status = QLabel(wordWrap=True, objectName="pickerStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.upload_button = QPushButton(translate("common", "&Upload…"),
                                         objectName="uploadButton")
        self.upload_button.setToolTip(translate(
            "common", "Send a PNG, JPG or WebP file to PassEntry as a {kind}").format(kind=what))
        self.refresh_button = QPushButton(translate("common", "&Refresh"),
                                          objectName="refreshButton")
        self.use_button = QPushButton(translate("common", "Use this image"),
                                      objectName="useButton")
        self.use_button.setDefault(True)
        buttons.addButton(self.upload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.upload_button.clicked.connect(lambda: self.upload())
        self.refresh_button.clicked.connect(self.refresh)
        self.use_button.clicked.connect(self.use)
        layout.addWidget(buttons)
        library.watermark_asked.connect(self._show_watermark)
        self._show_watermark()
        self.resize(560, 460)
        self._selection_changed()
        self.refresh()

    # --- the list ----------------------------------------------------------------------

    def ask(self) -> ImageAsset | None:
        """Shown until closed: the image chosen, or None. The dialog is deleted after."""
        try:
            accepted = self.exec() == QDialog.DialogCode.Accepted
            return self.chosen if accepted else None
        finally:
            self.deleteLater()

    def refresh(self) -> None:
        set_tone(self.status, Tone.BUSY,
                 translate("common", "Reading your images from PassEntry…"))
        library, role = self.library, self.role
        library.tasks.run(lambda: assets.list_assets(library.client(), role),
                          on_success=self._listed, on_failure=self._failed, owner=self)

    def _listed(self, found: list[ImageAsset]) -> None:
        keep = self.list.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.list.currentItem() else None
        self.list.clear()
        self._assets = {}
        for asset in found:
            self._add(asset)
        wanted = keep or next((a.id for a in found if a.url and a.url == self._current_url),
                              None)
        self._select(wanted)
        if found:
            set_tone(self.status, Tone.NONE, "")
        else:
            set_tone(self.status, Tone.INFO, translate(
                "common", "No {kind} images on PassEntry yet: upload one.").format(
                kind=role_title(self.role)))
        for asset in found:
            if asset.processing_status == assets.PENDING:
                self._follow(asset)

    def _add(self, asset: ImageAsset) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, asset.id)
        self.list.addItem(item)
        self._show(item, asset)
        return item

    def _item(self, asset_id: str) -> QListWidgetItem | None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == asset_id:
                return item
        return None

    def _show(self, item: QListWidgetItem, asset: ImageAsset) -> None:
        self._assets[asset.id] = asset
        size = asset.size
        width, height = (size.width or 0, size.height or 0) if size else (0, 0)
        status = say(assets.status_words(asset))
        lines = [asset.name or translate("common", "(no name)"),
                 translate("common", "{width} x {height} px · {status}").format(
                     width=width, height=height, status=status) if width else status]
        advice = say(image_sizes.advice(self.role, width, height, self.template_type)) \
            if width else ""
        if advice:
            lines.append(advice)
        item.setText("\n".join(lines))
        item.setToolTip("\n".join(lines))
        item.setIcon(thumbnail(self.library.picture(asset.url)))
        if item is self.list.currentItem():
            self._selection_changed()

    def _select(self, asset_id: str | None) -> None:
        item = self._item(asset_id) if asset_id else None
        self.list.setCurrentItem(item if item is not None else self.list.item(0))

    def selected(self) -> ImageAsset | None:
        item = self.list.currentItem()
        return self._assets.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selection_changed(self) -> None:
        asset = self.selected()
        ready = asset is not None and assets.is_ready(asset)
        self.use_button.setEnabled(ready)
        if asset is not None and asset.processing_status == assets.PENDING:
            self.use_button.setToolTip(
                translate("common", "PassEntry is still processing this image"))
        else:
            self.use_button.setToolTip("")

    # --- uploading -------------------------------------------------------------------

    def _show_watermark(self) -> None:
        self.watermark_row.setVisible(self.role == "banner" and self.library.watermark_required)

    def watermark(self) -> dict[str, str] | None:
        if self.role != "banner" or not self.library.watermark_required:
            return None
        return {"color": self.watermark_colour.currentData(),
                "position": self.watermark_position.currentData()}

    def upload(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, translate("common", "Upload a {kind}").format(kind=role_title(self.role)),
                "", translate("common", UPLOAD_FILTER))
            if not path:
                return
        library, role, watermark = self.library, self.role, self.watermark()
        try:
            image = assets.read_image(path)
        except assets.ImageProblem as exc:
            set_tone(self.status, Tone.ERROR, _said(exc))
            return
        advice = say(image.advice(role, self.template_type))
        self.upload_button.setEnabled(False)
        set_tone(self.status, Tone.BUSY,
                 translate("common", "Uploading {file}…").format(file=Path(path).name))

        def send() -> ImageAsset:
            return assets.upload(library.client(), image, role, watermark=watermark,
                                 copies=library.copies)

        library.tasks.run(send, on_success=lambda asset: self._uploaded(asset, advice),
                          on_failure=self._upload_failed, owner=self)

    def _uploaded(self, asset: ImageAsset, advice: str) -> None:
        self.upload_button.setEnabled(True)
        item = self._item(asset.id) or self._add(asset)
        self.list.setCurrentItem(item)
        if self.list.row(item) != 0:
            self.list.insertItem(0, self.list.takeItem(self.list.row(item)))
            self.list.setCurrentItem(item)
        processing = translate("common", "Processing… PassEntry is preparing the image; it "
                               "can be used once it is ready.")
        set_tone(self.status, Tone.WARNING if advice else Tone.BUSY,
                 translate("common", "{advice} {processing}").format(
                     advice=advice, processing=processing) if advice else processing)
        self._follow(asset)

    def _follow(self, asset: ImageAsset) -> None:
        library = self.library

        stop = self._stop

        def wait() -> ImageAsset:
            return assets.wait_ready(library.client(), asset.id, poll=library.poll, stop=stop)

        library.tasks.run(wait, on_success=self._processed, on_failure=self._failed,
                          owner=self)

    def _processed(self, asset: ImageAsset) -> None:
        item = self._item(asset.id)
        if item is None:
            return
        self._show(item, asset)
        if assets.is_ready(asset):
            if item is self.list.currentItem():
                set_tone(self.status, Tone.SUCCESS, (
                    translate("common", "{name} is ready: Use this image puts it on the pass.")
                    .format(name=asset.name) if asset.name
                    else translate("common", "The image is ready: Use this image puts it on "
                                   "the pass.")))
        elif asset.processing_status == assets.PENDING:
            set_tone(self.status, Tone.WARNING, translate(
                "common", "PassEntry is still processing the image; look again later "
                "(Refresh)."))
        else:
            set_tone(self.status, Tone.ERROR, (
                translate("common", "PassEntry could not process {name} ({status}); upload "
                          "another file.") if asset.name
                else translate("common", "PassEntry could not process the image ({status}); "
                               "upload another file.")).format(
                name=asset.name, status=asset.processing_status))

    def _upload_failed(self, exc: Exception) -> None:
        self.upload_button.setEnabled(True)
        if isinstance(exc, assets.WatermarkRequired):
            self.library.ask_watermark()
            self._show_watermark()
            set_tone(self.status, Tone.WARNING, _said(exc))
            return
        self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        set_tone(self.status, Tone.ERROR, error_words(exc))

    # --- choosing ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._stop.set()
        super().done(result)

    def use(self) -> None:
        asset = self.selected()
        if asset is None or not assets.is_ready(asset):
            return
        self.chosen = asset
        self.accept()
