"""What the Issue and Edit forms add for one pass: its own design and localised values.

"Design for this pass" (collapsed until opened) replaces the template's
banner, logo or thumbnail with one of the account's images on PassEntry
(§2.9 ``templateOverride``, picked or uploaded in ``ImageAssetPicker``).
PassEntry answers 403 when per-pass designs are not enabled for the
organisation; the forms then say so in words and the pass is kept
(``sync.passes.send_without_design`` sends it with the template's design).

Localised fields (§2.10 ``localisation``): a template field may have a default
value per language. Left empty, each phone shows its language's default; a
value typed is the pass's value in every language (§2.10 has no per-language pass
value). ``language_defaults``
lists them for the form to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.core import image_sizes
from passdesk.core.payloads import TemplateOverride
from passdesk.core.template_locale import default_language, field_languages, resolve
from passdesk.gui.i18n import say as say_text
from passdesk.gui.i18n import translate
from passdesk.gui.widgets.image_asset_picker import ImageAssetPicker, ImageLibrary
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.sync.passes import OVERRIDE_REFUSED_WORDS

ROLES = (("banner", QT_TRANSLATE_NOOP("passes", "Banner")),
         ("logo", QT_TRANSLATE_NOOP("passes", "Logo")),
         ("thumbnail", QT_TRANSLATE_NOOP("passes", "Thumbnail")))
#: Per image role: (Choose's accessible name, Clear's tooltip, the template's image).
ROLE_WORDS = {
    "banner": (QT_TRANSLATE_NOOP("passes", "Choose this pass's banner"),
               QT_TRANSLATE_NOOP("passes", "Use the template's banner again"),
               QT_TRANSLATE_NOOP("passes", "The template's banner")),
    "logo": (QT_TRANSLATE_NOOP("passes", "Choose this pass's logo"),
             QT_TRANSLATE_NOOP("passes", "Use the template's logo again"),
             QT_TRANSLATE_NOOP("passes", "The template's logo")),
    "thumbnail": (QT_TRANSLATE_NOOP("passes", "Choose this pass's thumbnail"),
                  QT_TRANSLATE_NOOP("passes", "Use the template's thumbnail again"),
                  QT_TRANSLATE_NOOP("passes", "The template's thumbnail")),
}
TITLE = QT_TRANSLATE_NOOP("passes", "Design for this pass")
HELP = QT_TRANSLATE_NOOP(
    "passes", "Use one of your images on PassEntry instead of the template's, for this pass "
              "only. PassEntry must have enabled per-pass designs for your organisation.")
NO_LIBRARY = QT_TRANSLATE_NOOP("passes", "Connect to PassEntry (Settings) to use your images "
                                         "on a pass.")
SLOT_GROUPS = ("header", "central", "details", "back")


def template_field(attributes: Mapping[str, Any] | None, field_id: str) -> Mapping | None:
    """The slot object of ``field_id`` in a current-shape template, or None."""
    fields = (attributes or {}).get("fields")
    if not isinstance(fields, Mapping):
        return None
    for group in SLOT_GROUPS:
        slots = fields.get(group)
        if isinstance(slots, Mapping):
            for slot in slots.values():
                if isinstance(slot, Mapping) and slot.get("id") == field_id:
                    return slot
    return None


def language_defaults(attributes: Mapping[str, Any] | None, field_id: str
                      ) -> list[tuple[str, str]]:
    """(language, default value) of a localised field, the template's language first;
    [] when the field has no ``localisation``."""
    field = template_field(attributes, field_id)
    if field is None or not field_languages(field):
        return []
    base = default_language(attributes or {})
    out = []
    for tag in (base, *field_languages(field)):
        value = resolve(field, tag, base, "google").default_value
        if value not in (None, "") and tag not in (t for t, _v in out):
            out.append((tag, str(value)))
    return out


def language_hint(defaults: list[tuple[str, str]]) -> str:
    """The words under a localised field: each language's default, and what typing does."""
    shown = "; ".join(f"{tag}: {value}" for tag, value in defaults)
    return translate("passes", "The template's value per language — {values}. A value typed "
                     "here is this pass's in every language.").format(values=shown)


def localised_row(edit: QWidget, defaults: list[tuple[str, str]], parent: QWidget
                  ) -> QWidget:
    """``edit`` alone, or with the languages' defaults said under it (a localised field)."""
    if not defaults:
        return edit
    row = QWidget(parent)
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit)
    hint = QLabel(language_hint(defaults), row, wordWrap=True,
                  objectName=f"{edit.objectName()}_languages")
    hint.setProperty("role", "help")
    hint.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(hint)
    edit.setToolTip(edit.toolTip() + "\n" + language_hint(defaults))
    if isinstance(edit, QLineEdit) and not edit.placeholderText():
        edit.setPlaceholderText(defaults[0][1])
    return row


class PassDesignSection(QWidget):
    """The collapsible "Design for this pass" section: banner, logo and thumbnail."""

    changed = Signal()

    def __init__(self, library: ImageLibrary | None, parent: QWidget | None = None, *,
                 template_type=lambda: None) -> None:
        super().__init__(parent, objectName="passDesign")
        self.library = library
        self._template_type = template_type
        self.chosen: dict[str, Any] = {}  # role -> ImageAsset
        #: The picker while it is open (tests and screenshots reach it here).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.toggle = QToolButton(objectName="designToggle", text=translate("passes", TITLE),
                                  checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(translate("passes", TITLE))
        self.toggle.toggled.connect(self._opened)
        layout.addWidget(self.toggle)
        self.body = QFrame(objectName="designBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(18, 0, 0, 0)
        help_label = QLabel(translate("passes", HELP if library is not None else NO_LIBRARY),
                            wordWrap=True)
        help_label.setProperty("role", "help")
        body.addWidget(help_label)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.infos: dict[str, QLabel] = {}
        self.choose_buttons: dict[str, QPushButton] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        for row, (role, title) in enumerate(ROLES):
            grid.addWidget(QLabel(translate("passes", title)), row, 0)
            info = self.infos[role] = QLabel(wordWrap=True, objectName=f"{role}Override")
            grid.addWidget(info, row, 1)
            choose = self.choose_buttons[role] = QPushButton(
                translate("passes", "Choose…"), objectName=f"{role}ChooseOverride")
            choose.setAccessibleName(translate("passes", ROLE_WORDS[role][0]))
            choose.setAutoDefault(False)
            choose.setEnabled(library is not None)
            choose.clicked.connect(lambda _=False, r=role: self.pick(r))
            grid.addWidget(choose, row, 2)
            clear = self.clear_buttons[role] = QPushButton(
                translate("passes", "Use the template's", "a button: use the template's image"),
                objectName=f"{role}ClearOverride")
            clear.setToolTip(translate("passes", ROLE_WORDS[role][1]))
            clear.setAutoDefault(False)
            clear.clicked.connect(lambda _=False, r=role: self.set_asset(r, None))
            grid.addWidget(clear, row, 3)
        body.addLayout(grid)
        self.message = QLabel(wordWrap=True, objectName="designMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        body.addWidget(self.message)
        self.plain_button = QPushButton(translate("passes", "Send it with the template's design"),
                                        objectName="sendPlainButton")
        self.plain_button.setAutoDefault(False)
        self.plain_button.hide()
        self._send_plain = None
        self.plain_button.clicked.connect(lambda: self._send_plain and self._send_plain())
        body.addWidget(self.plain_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.hide()
        layout.addWidget(self.body)
        for role, _title in ROLES:
            self._show(role)

    def _opened(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def open(self) -> None:
        self.toggle.setChecked(True)

    def _show(self, role: str) -> None:
        asset = self.chosen.get(role)
        self.clear_buttons[role].setEnabled(asset is not None)
        if asset is None:
            self.infos[role].setText(translate("passes", ROLE_WORDS[role][2]))
            return
        size = asset.size
        words = asset.name or translate("passes", "An image")
        if size and size.width:
            words = translate("passes", "{image}, {width} x {height} px").format(
                image=words, width=size.width, height=size.height)
            advice = image_sizes.advice(role, size.width, size.height, self._template_type())
            words += f"\n{say_text(advice)}" if advice else ""
        self.infos[role].setText(words)

    def set_asset(self, role: str, asset) -> None:
        if asset is None:
            self.chosen.pop(role, None)
        else:
            self.chosen[role] = asset
        self._show(role)
        self.changed.emit()

    def pick(self, role: str) -> None:
        if self.library is None:
            return
        current = self.chosen.get(role)
        chosen = ImageAssetPicker(self.library, role, template_type=self._template_type(),
                                  current_url=current.url if current else None,
                                  parent=self).ask()
        if chosen is not None:
            self.set_asset(role, chosen)

    def override(self) -> TemplateOverride | None:
        ids = {role: asset.id for role, asset in self.chosen.items()}
        found = TemplateOverride(**ids)
        return found if found else None

    def clear(self) -> None:
        for role in list(self.chosen):
            self.set_asset(role, None)

    def say(self, text: str | None, tone: Tone = Tone.ERROR) -> None:
        if not text:
            self.message.hide()
            return
        self.open()
        set_tone(self.message, tone, say_text(text))
        self.message.show()

    def say_refused(self, words: str | None, send_plain=None) -> None:
        """PassEntry refused the pass's own design (403): the words, and a way on."""
        if words == OVERRIDE_REFUSED_WORDS:  # stored as its English: said in the language
            words = say_text(OVERRIDE_REFUSED_WORDS)
        self.say(words)
        self._send_plain = send_plain if words else None
        self.plain_button.setVisible(self._send_plain is not None)
