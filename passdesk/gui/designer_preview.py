"""The designer's live previews: an Apple-like and a Google-like card, and the findings.

Each ``CardPreview`` draws its card with ``preview.paint_card`` in its own
``paintEvent``, scaled to fit and centred, so an edit shows on the next frame
(``show_state`` only calls ``update()``). Side by side when there is room,
in tabs when the panel is narrow.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
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
from passdesk.design import preview

STYLE_TITLES = {"apple": "Apple Wallet", "google": "Google Wallet"}
#: Space around the card inside its widget, in px.
CARD_MARGIN = 12
#: Cards are never drawn larger than this many times their logical size.
MAX_SCALE = 1.4
#: Below this width the two cards go into tabs.
SIDE_BY_SIDE_MIN_WIDTH = 470
LEVEL_COLOURS = {ERROR: QColor("#b91c1c"), "warning": QColor("#a16207")}


class CardPreview(QWidget):
    """One style's card, painted live from the editor's document and samples."""

    def __init__(self, style: str, images: preview.ImageCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_name = style
        self._images = images
        self._doc: TemplateDoc | None = None
        self._samples: Mapping[str, str] = {}
        self.setObjectName(f"{style}Preview")
        self.setAccessibleName(f"{STYLE_TITLES[style]} preview")
        self.setMinimumSize(200, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eceff3"))
        self.setPalette(palette)

    def show_state(self, doc: TemplateDoc, samples: Mapping[str, str]) -> None:
        self._doc, self._samples = doc, samples
        self.update()

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
        room_h = self.height() - 2 * CARD_MARGIN
        scale = min(room_w / size.width(), room_h / size.height(), MAX_SCALE)
        if scale <= 0:
            return None
        return (self.width() - size.width() * scale) / 2, CARD_MARGIN, scale

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
            column_layout.addWidget(card, 1)
            side_layout.addWidget(column, 1)
            self._columns[style] = column
        self._side = side
        # Side by side needs two cards' width, but narrower the cards go into tabs: the
        # side-by-side page must not hold the whole pane wide (a 1024 px screen).
        side.setMinimumWidth(1)
        self._tabs = QTabWidget(self)
        self._tabs.setDocumentMode(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(side)
        self._stack.addWidget(self._tabs)
        self.tabbed = False

    def show_state(self, doc: TemplateDoc, samples: Mapping[str, str]) -> None:
        for card in self.cards.values():
            card.show_state(doc, samples)

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
        self.setAccessibleName("Findings")
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
            item = QListWidgetItem("No problems found.")
            item.setForeground(QColor("#15803d"))
            self.addItem(item)
            return
        for finding in findings:
            word = "Error" if finding.level == ERROR else "Warning"
            item = QListWidgetItem(f"{word} · {finding.place or finding.where}: "
                                   f"{finding.message}")
            item.setForeground(LEVEL_COLOURS.get(finding.level, QColor("#a16207")))
            item.setData(Qt.ItemDataRole.UserRole, finding.level)
            item.setToolTip(finding.message)
            self.addItem(item)
