"""The designer's live previews: an Apple-like and a Google-like card, and the findings.

Each ``CardPreview`` draws its card with ``preview.paint_card`` in its own
``paintEvent``, scaled to fit and centred, so an edit shows on the next frame
(``show_state`` only calls ``update()``). Side by side when there is room,
in tabs when the panel is narrow.

The "Phone language" switcher over the cards shows what a phone in that
language sees: each card follows its wallet's fallback (``template_locale``),
so for a language the template lacks the two may differ, and a note over
each card says which language it shows instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.template_checks import ERROR, Finding
from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_layout import shown_texts
from passdesk.core.template_locale import (
    COMMON_LANGUAGES,
    LanguageTagError,
    default_language,
    fallbacks,
    language_words,
    languages,
    localised,
    normalise,
    shown_languages,
)
from passdesk.design import preview
from passdesk.gui.designer.languages import note_words, widen_list
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.palette import Colour, qss

STYLE_TITLES = {"apple": "Apple Wallet", "google": "Google Wallet"}
#: Space around the card inside its widget, in px.
CARD_MARGIN = 12
#: Cards are never drawn larger than this many times their logical size.
MAX_SCALE = 1.4
#: Below this width the two cards go into tabs.
SIDE_BY_SIDE_MIN_WIDTH = 470
LEVEL_COLOURS = {ERROR: QColor(Colour.RED_700), "warning": QColor(Colour.YELLOW_700)}
#: A note over a card that shows another language than the phone's.
NOTE_STYLE = qss("QLabel { color: $amber_800; background: $amber_100; border-radius: 4px; "
                 "padding: 1px 6px; }")
LANGUAGE_TIP = QT_TRANSLATE_NOOP(
    "designer", "What a phone set to this language shows. Apple falls back to English, then "
                "the first language alphabetically; Google to the template's default "
                "language. Pick one or type a tag such as de-AT.")


class CardPreview(QWidget):
    """One style's card, painted live from the editor's document and samples."""

    def __init__(self, style: str, images: preview.ImageCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_name = style
        self._images = images
        self._doc: TemplateDoc | None = None
        self._samples: Mapping[str, str] = {}
        #: The phone's language shown (None: the template's default language).
        self.language: str | None = None
        self.setObjectName(f"{style}Preview")
        self.setAccessibleName(f"{STYLE_TITLES[style]} preview")
        # The language bar over the cards costs the height the cards give up here.
        self.setMinimumSize(200, 228)
        #: Which language this card shows when not the phone's: in a strip at the top that
        #: is kept empty otherwise, so switching languages never moves the card.
        self.note = QLabel(self)
        self.note.setObjectName(f"{style}LanguageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(Colour.BACKDROP))
        self.setPalette(palette)

    def show_state(self, doc: TemplateDoc, samples: Mapping[str, str],
                   language: str | None = None) -> None:
        self.language = language
        self._doc = doc if language is None else localised(doc, language, self.style_name)
        self._samples = samples
        self.update()

    @property
    def shown_doc(self) -> TemplateDoc | None:
        """The document as this wallet shows it in the chosen language (what is drawn)."""
        return self._doc

    def texts(self) -> list[tuple[str | None, str | None]]:
        """(label, value) of every field the card draws, in drawing order."""
        if self._doc is None:
            return []
        layout = preview.card_layout(self.style_name, self._doc, self._samples, self._images)
        return [shown_texts(place.slot, self._samples) for place in layout.fields]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(340, 480)

    def placement(self) -> tuple[float, float, float] | None:
        """(x, y, scale) the card is drawn at in this widget, or None when it is not drawn."""
        if self._doc is None:
            return None
        size = preview.card_size(self.style_name, self._doc)
        if size.isEmpty():
            return None
        room_w = self.width() - 2 * CARD_MARGIN
        top = CARD_MARGIN + self.note_height()
        room_h = self.height() - top - CARD_MARGIN
        scale = min(room_w / size.width(), room_h / size.height(), MAX_SCALE)
        if scale <= 0:
            return None
        return (self.width() - size.width() * scale) / 2, top, scale

    def note_height(self) -> int:
        """The strip kept for the note: two lines."""
        return 2 * self.note.fontMetrics().lineSpacing() + 6

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.note.setGeometry(CARD_MARGIN, CARD_MARGIN // 2, self.width() - 2 * CARD_MARGIN,
                              self.note_height())

    def to_widget(self, logical: QRectF) -> QRect:
        """Where a rectangle of the card (logical px) is in this widget."""
        x, y, scale = self.placement() or (0.0, 0.0, 1.0)
        return QRectF(x + logical.x() * scale, y + logical.y() * scale,
                      logical.width() * scale, logical.height() * scale).toAlignedRect()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        placed = self.placement()
        if placed is None or self._doc is None:
            return
        x, y, scale = placed
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.translate(x, y)
            painter.scale(scale, scale)
            preview.paint_card(painter, self.style_name, self._doc, self._samples,
                               images=self._images)
        finally:
            painter.end()


class PreviewPanel(QWidget):
    """Both cards: side by side when wide enough, else one tab each."""

    def __init__(self, images: preview.ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {style: CardPreview(style, images) for style in preview.STYLES}
        self._columns: dict[str, QWidget] = {}
        self._captions: list[QLabel] = []
        #: Under each card: which language it shows when not the phone's.
        self.notes: dict[str, QLabel] = {}
        #: The phone's language chosen (None: the template's default language).
        self.language: str | None = None
        self._doc: TemplateDoc | None = None
        self._samples: Mapping[str, str] = {}
        self._extra: tuple[str, ...] = ()
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("previewLanguageCombo")
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language_combo.setAccessibleName(
            translate("designer", "Phone language of the previews"))
        self.language_combo.setToolTip(translate("designer", LANGUAGE_TIP))
        self.language_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(12)
        self.language_combo.activated.connect(self._language_picked)
        self.language_combo.lineEdit().editingFinished.connect(self._language_typed)
        self.language_message = QLabel(self)
        self.language_message.setTextFormat(Qt.TextFormat.PlainText)
        self.language_message.setProperty("role", "help")
        # A long message is cut (its tooltip has all), never widening the pane.
        self.language_message.setSizePolicy(QSizePolicy.Policy.Ignored,
                                            QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar_label = QLabel(translate("designer", "Phone &language"), self)
        bar_label.setBuddy(self.language_combo)
        bar.addWidget(bar_label)
        bar.addWidget(self.language_combo)
        bar.addWidget(self.language_message, 1)
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(10)
        for style, card in self.cards.items():
            column = QWidget(side)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(4)
            caption = QLabel(STYLE_TITLES[style], column)
            caption.setProperty("role", "subtitle")
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column_layout.addWidget(caption)
            self._captions.append(caption)
            self.notes[style] = card.note
            column_layout.addWidget(card, 1)
            side_layout.addWidget(column, 1)
            self._columns[style] = column
        self._side = side
        # Side by side needs two cards' width, but narrower the cards go into tabs: the
        # side-by-side page must not hold the whole pane wide (a 1024 px screen).
        side.setMinimumWidth(1)
        self._tabs = QTabWidget(self)
        self._tabs.setDocumentMode(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(bar)
        self._stack = QStackedLayout()
        self._stack.addWidget(side)
        self._stack.addWidget(self._tabs)
        outer.addLayout(self._stack, 1)
        self.tabbed = False

    def show_state(self, doc: TemplateDoc, samples: Mapping[str, str],
                   extra_languages: tuple[str, ...] = ()) -> None:
        """Draw ``doc``; ``extra_languages`` (added in the designer) join the switcher's list."""
        self._doc, self._samples, self._extra = doc, samples, tuple(extra_languages)
        self._fill_languages()
        self._show()

    def _choices(self) -> list[str]:
        """The switcher's tags: the default, the template's languages, then common ones."""
        if self._doc is None:
            return []
        out: dict[str, str] = {}
        for tag in (default_language(self._doc), *languages(self._doc), *self._extra,
                    *COMMON_LANGUAGES):
            out.setdefault(tag.lower(), tag)
        return list(out.values())

    def _fill_languages(self) -> None:
        combo = self.language_combo
        tags = self._choices()
        titles = [say(language_words(t)) for t in tags]
        if [combo.itemText(i) for i in range(combo.count())] != titles:
            editing = combo.lineEdit().hasFocus()
            typed = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            for tag, title in zip(tags, titles, strict=True):
                combo.addItem(title, tag)
            combo.blockSignals(False)
            widen_list(combo)
            if editing:
                combo.setEditText(typed)
        if not combo.lineEdit().hasFocus():
            shown = self.language or (default_language(self._doc) if self._doc else "")
            index = next((i for i, t in enumerate(tags) if t.lower() == shown.lower()), -1)
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(say(language_words(shown)))

    def set_language(self, tag: str | None) -> None:
        """Show the cards as a phone in ``tag`` sees them (None: the default language)."""
        self.language = normalise(tag) if tag else None
        self.language_message.clear()
        self.language_message.setToolTip("")
        self._fill_languages()
        combo = self.language_combo
        shown = self.language or (default_language(self._doc) if self._doc else "")
        index = next((i for i in range(combo.count())
                      if str(combo.itemData(i)).lower() == shown.lower()), -1)
        if index >= 0:  # what was typed ("de") reads as its name ("German (de)")
            combo.setCurrentIndex(index)
        elif shown:
            combo.setEditText(say(language_words(shown)))
        self._show()

    def _language_picked(self, index: int) -> None:
        tag = self.language_combo.itemData(index)
        if isinstance(tag, str):
            self.set_language(tag)

    def _language_typed(self) -> None:
        text = self.language_combo.currentText().strip()
        index = self.language_combo.findText(text)
        if index >= 0:
            self._language_picked(index)
            return
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1:-1].split(",")[-1].strip()
        try:
            tag = normalise(text)
        except LanguageTagError as exc:
            said = translate("designer", "{reason}.").format(
                reason=say(exc.args[0]) if exc.args else str(exc))
            self.language_message.setText(said)
            self.language_message.setToolTip(said)
            return
        self.set_language(tag)

    def _show(self) -> None:
        if self._doc is None:
            return
        for style, card in self.cards.items():
            card.show_state(self._doc, self._samples, self.language)
            self._show_note(style)

    def _show_note(self, style: str) -> None:
        note = self.notes[style]
        doc, phone = self._doc, self.language
        others = [] if doc is None or phone is None else [
            t for t in shown_languages(doc, phone, style) if t.lower() not in fallbacks(phone)]
        if not others:
            note.hide()
            return
        words = note_words(style, phone, others, len(others) < len(
            shown_languages(doc, phone, style)))
        note.setText(words)
        note.setToolTip(translate("designer", "{note}. The template has no {language} labels "
                                              "for some fields; each wallet falls back in its "
                                              "own way.").format(
            note=words, language=say(language_words(phone))))
        note.show()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(event.size().width() < SIDE_BY_SIDE_MIN_WIDTH)

    def _arrange(self, tabbed: bool) -> None:
        if tabbed == self.tabbed:
            return
        self.tabbed = tabbed
        layout = self._side.layout()
        for caption in self._captions:  # a tab names its card already
            caption.setVisible(not tabbed)
        for style, column in self._columns.items():
            if tabbed:
                self._tabs.addTab(column, STYLE_TITLES[style])
            else:
                layout.addWidget(column, 1)
                column.show()  # the tab widget hid the page that was not in front
        self._stack.setCurrentWidget(self._tabs if tabbed else self._side)

class FindingsList(QListWidget):
    """The checks' findings: errors red, warnings amber, each with where and what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setAccessibleName(translate("designer", "Findings"))
        self.setWordWrap(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.findings: list[Finding] = []

    def show_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings and self.count():
            return
        self.findings = list(findings)
        self.clear()
        if not findings:
            item = QListWidgetItem(translate("designer", "No problems found."))
            item.setForeground(QColor(Colour.GREEN_700))
            self.addItem(item)
            return
        for finding in findings:
            place, message = say(finding.place or finding.where), say(finding.message)
            if finding.level == ERROR:
                text = translate("designer", "Error · {place}: {message}")
            else:
                text = translate("designer", "Warning · {place}: {message}")
            item = QListWidgetItem(text.format(place=place, message=message))
            item.setForeground(LEVEL_COLOURS.get(finding.level, QColor(Colour.YELLOW_700)))
            item.setData(Qt.ItemDataRole.UserRole, finding.level)
            item.setToolTip(message)
            self.addItem(item)
