"""A Designer image row that also takes the account's images on PassEntry (image assets).

Beside Choose… (a file on this computer, kept in the template as a data URL)
the logo and banner rows get "On PassEntry…": the picker (upload or pick),
and the template then uses the asset's URL. The picture of an asset this
computer uploaded is kept here, so the row and the previews show it offline.
Without a library (no server, or no key) the button stays hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from passdesk.core import image_sizes
from passdesk.core.image_sizes import role_words
from passdesk.gui.designer.rows import ImageRow
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.image_asset_picker import ImageAssetPicker, ImageLibrary

#: Roles PassEntry keeps as image assets (§2.17); the icon is a template image only.
ASSET_ROLES = ("logo", "banner")


class AssetImageRow(ImageRow):
    def __init__(self, key: str, role: str, thumb: QLabel, info: QLabel, choose: QPushButton,
                 remove: QPushButton, message: QLabel, parent: QWidget,
                 apply: Callable[[str, str | None], None], *,
                 template_type: Callable[[], str | None]) -> None:
        super().__init__(key, role, thumb, info, choose, remove, message, parent, apply)
        self.choose_button = choose
        self.library: ImageLibrary | None = None
        self._template_type = template_type
        #: The picker while it is open (tests and screenshots reach it here).
        self.assets_button = QPushButton(translate("designer", "On PassEntry…"),
                                         objectName=f"{self.key}AssetsButton")
        what = say(role_words(self.role))
        self.assets_button.setAccessibleName(
            translate("designer", "Banner from PassEntry's images") if self.role == "banner"
            else translate("designer", "Logo from PassEntry's images"))
        self.assets_button.setToolTip(
            translate("designer", "Upload a {what} to PassEntry, or pick one of your account's "
                                  "images; the template then uses its web address."
                      ).format(what=what))
        self.assets_button.setAutoDefault(False)
        self.assets_button.clicked.connect(self.pick)
        self.assets_button.hide()

    def use_library(self, library: ImageLibrary | None) -> None:
        self.library = library
        self.assets_button.setVisible(library is not None and self.role in ASSET_ROLES)
        self._shown = ""  # show the value again: its picture may be here now

    def show_value(self, value: str | None) -> None:
        library = self.library
        image = library.picture(value) if library is not None and value else None
        if image is None:
            super().show_value(value)
            return
        if value == self._shown:
            return
        self._shown = value
        self.remove_button.setEnabled(True)
        advice = image_sizes.advice(self.role, image.width(), image.height(),
                                    self._template_type())
        info = translate("designer", "Image on PassEntry, {width} x {height} px").format(
            width=str(image.width()), height=str(image.height()))
        self.info.setText(info + (f"\n{say(advice)}" if advice else ""))
        self.info.setToolTip(value)
        self.thumb.setPixmap(QPixmap.fromImage(image).scaled(
            36, 36, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def pick(self) -> None:
        if self.library is None:
            return
        current = self._shown if isinstance(self._shown, str) else None
        chosen = ImageAssetPicker(self.library, self.role, template_type=self._template_type(),
                                  current_url=current, parent=self._parent).ask()
        if chosen is not None and chosen.url:
            self.message.hide()
            self._apply(self.key, chosen.url)
