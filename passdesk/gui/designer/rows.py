"""Rows of the designer's form that are more than a line edit: colours and images.

A colour row is a swatch (opens a colour dialog) and a hex field; text that
is not a colour is said under the field and not applied. An image row picks
a PNG or JPEG file, checks it (``designer_images``) and hands a data URL on.
Both report a new value through a callback; the editor turns it into an
undo command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QColorDialog, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget

from passdesk.core.colour import format_colour, parse_colour
from passdesk.core.image_sizes import role_words
from passdesk.gui.designer.images import (
    ImageRefused,
    describe,
    image_help,
    load_image_file,
)
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.palette import Colour, qss
from passdesk.gui.widgets.style import Tone, set_tone


def image_filter() -> str:
    return translate("designer", "PNG or JPEG images ({patterns})").format(
        patterns="*.png *.jpg *.jpeg")
SWATCH_SIZE = 22
#: The colour dialog's title per colour, said with ``translate("designer", title)``.
COLOUR_TITLES = {"background": QT_TRANSLATE_NOOP("designer", "Choose the background colour"),
                 "label": QT_TRANSLATE_NOOP("designer", "Choose the label colour"),
                 "text": QT_TRANSLATE_NOOP("designer", "Choose the text colour")}
#: What an image row says with no image, per image.
NO_IMAGE = {"logo": QT_TRANSLATE_NOOP("designer", "No logo"),
            "banner": QT_TRANSLATE_NOOP("designer", "No banner"),
            "icon": QT_TRANSLATE_NOOP("designer", "No icon")}


def _swatch_icon(colour: QColor | None) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(colour if colour is not None else QColor(Colour.WHITE))
    if colour is None:  # no colour: a diagonal line, as "none" is usually shown
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor(Colour.RED_700), 2))
        painter.drawLine(0, SWATCH_SIZE, SWATCH_SIZE, 0)
        painter.end()
    return QIcon(pixmap)


class ColourRow:
    """Swatch button + hex field + inline message for one colour attribute."""

    def __init__(self, key: str, what: str, swatch: QPushButton, edit: QLineEdit,
                 message: QLabel, apply: Callable[[str, str, bool], None]) -> None:
        self.key, self.what = key, what
        self.swatch, self.edit, self.message = swatch, edit, message
        self._apply = apply
        swatch.setFixedWidth(SWATCH_SIZE + 20)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.hide()
        edit.textEdited.connect(self._typed)
        swatch.clicked.connect(self.choose)

    def show_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ("" if value is None else str(value))
        if self.edit.text() != text:
            self.edit.setText(text)
        self.message.hide()
        self._show_swatch(text)

    def _show_swatch(self, text: str) -> None:
        try:
            rgb = parse_colour(text)
        except ValueError:
            rgb = None
        self.swatch.setIcon(_swatch_icon(QColor(*rgb) if rgb else None))

    def _typed(self, text: str) -> None:
        try:
            rgb = parse_colour(text)
        except ValueError:
            rgb = None
        if rgb is None:
            set_tone(self.message, Tone.ERROR,
                     translate("designer", "{value} is not a colour; write #RGB, #RRGGBB or "
                                           "rgb(r, g, b). The last good colour is kept."
                               ).format(value=text.strip()) if text.strip() else
                     translate("designer", "An empty value is not a colour; write #RGB, "
                                           "#RRGGBB or rgb(r, g, b). The last good colour is "
                                           "kept."))
            self.message.show()
            return
        self.message.hide()
        self._show_swatch(text)
        self._apply(self.key, text.strip(), True)

    def choose(self) -> None:
        try:
            rgb = parse_colour(self.edit.text())
        except ValueError:
            rgb = None
        dialog = QColorDialog(QColor(*rgb) if rgb else QColor(Colour.WHITE), self.swatch.window())
        title = COLOUR_TITLES.get(self.what)
        dialog.setWindowTitle(translate("designer", title) if title else self.what)
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        if dialog.exec() != QColorDialog.DialogCode.Accepted:
            return
        colour = dialog.currentColor()
        text = format_colour((colour.red(), colour.green(), colour.blue()))
        self.edit.setText(text)
        self.message.hide()
        self._show_swatch(text)
        self._apply(self.key, text, False)


class ImageRow:
    """Thumbnail, description, Choose… and Remove for the logo, the banner or the icon."""

    def __init__(self, key: str, role: str, thumb: QLabel, info: QLabel, choose: QPushButton,
                 remove: QPushButton, message: QLabel, parent: QWidget,
                 apply: Callable[[str, str | None], None]) -> None:
        self.key, self.role = key, role
        self.thumb, self.info, self.message = thumb, info, message
        self.remove_button = remove
        self._parent = parent
        self._apply = apply
        self._shown: str | None = ""
        info.setTextFormat(Qt.TextFormat.PlainText)
        thumb.setStyleSheet(qss("QLabel { border: 1px solid $border; border-radius: 4px; "
                                "background: $white; }"))
        choose.setToolTip(image_help(role))
        choose.clicked.connect(self.choose)
        remove.clicked.connect(lambda: self._apply(self.key, None))

    def show_value(self, value: str | None) -> None:
        if value == self._shown:
            return
        self._shown = value
        self.remove_button.setEnabled(bool(value))
        info, image = describe(value, self.role)
        if not value:
            self.info.setText(translate("designer", NO_IMAGE[self.role])
                              if self.role in NO_IMAGE else self.role)
        elif info is None:
            self.info.setText(translate("designer", "The {what} in the template cannot be read"
                                        ).format(what=say(role_words(self.role))))
        else:
            self.info.setText(info.summary(self.role)
                              + (f"\n{info.advice}" if info.advice else ""))
        if image is None:
            self.thumb.clear()
        else:
            self.thumb.setPixmap(QPixmap.fromImage(image).scaled(
                36, 36, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, translate("designer", "Choose the {what}").format(
                what=say(role_words(self.role))), "", image_filter())
        if not path:
            return
        try:
            url, _info = load_image_file(path, self.role)
        except ImageRefused as exc:
            set_tone(self.message, Tone.ERROR, str(exc))
            self.message.show()
            return
        self.message.hide()  # any advice is said once, beside the image
        self._apply(self.key, url)
