"""The navigation sidebar: one row per pane with its keyboard shortcut shown,
collapsible to icons only (by its button, or by itself on a narrow window).

The list never searches as you type: a scanner's first letter ("T" of a
ticket) must not switch panes. It takes focus by Tab only, so a click on a
section leaves the keys where they were (the Door's verdict, the Till's amount).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.gui.i18n import translate
from passdesk.gui.widgets.icons import app_icon

#: Widths of the sidebar, expanded (at least: a language with longer section names
#: widens it) and icons only.
WIDE = 200
NARROW = 58
#: An expanded row's room besides its name and shortcut: the list's frame, the
#: row's padding, the icon and its gap, the gap before the shortcut, its margin.
ROW_ROOM = 96
#: The item data role holding a row's shortcut ("Ctrl+1").
HINT_ROLE = Qt.ItemDataRole.UserRole + 1


class NavList(QListWidget):
    """The sections: no type-ahead, focus by Tab only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="navList")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setIconSize(QSize(20, 20))
        self.setAccessibleName(translate("window", "Sections"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = NavDelegate(self)
        self.setItemDelegate(self.delegate)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        """No type-ahead: a letter never switches panes (the shortcuts are Ctrl+1…)."""

    def needed_width(self) -> int:
        """The expanded width that shows every name beside its shortcut, whole
        ("Synchronisierung  Strg+7" in German)."""
        names = QFontMetrics(self.font())
        hints = QFontMetrics(self.delegate.hint_font(self.font()))
        widest = 0
        for row in range(self.count()):
            item = self.item(row)
            widest = max(widest, names.horizontalAdvance(item.text())
                         + hints.horizontalAdvance(item.data(HINT_ROLE) or ""))
        return max(WIDE, widest + ROW_ROOM)


class NavDelegate(QStyledItemDelegate):
    """Draws a row's shortcut at its right; icons only (and the number) when collapsed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collapsed = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self.collapsed:
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay

    @staticmethod
    def hint_font(font: QFont) -> QFont:
        """The shortcut's smaller type."""
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        hint = index.data(HINT_ROLE)
        if not hint:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(self.hint_font(painter.font()))
        palette = option.palette
        colour = (palette.highlightedText() if selected else palette.placeholderText()).color()
        painter.setPen(colour)
        rect = QRect(option.rect)
        if self.collapsed:  # the number only, in the row's bottom right corner
            hint = hint.rsplit("+", 1)[-1]
            rect.adjust(0, 0, -4, -1)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        else:
            rect.adjust(0, 0, -10, 0)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), hint)
        painter.restore()


class NavColumn(QFrame):
    """The brand, the collapse button and the sections list."""

    #: True when the column went to icons only.
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="navColumn")
        self.nav = NavList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        brand = QWidget(self, objectName="brand")
        brand_layout = QHBoxLayout(brand)
        brand_layout.setContentsMargins(18, 16, 8, 8)
        brand_layout.setSpacing(10)
        self.logo = QLabel(brand)
        self.logo.setPixmap(app_icon().pixmap(QSize(28, 28)))
        self.name = QLabel("passdesk", brand, objectName="brandName")
        self.toggle = QToolButton(brand, objectName="navToggle", autoRaise=True)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        brand_layout.addWidget(self.logo)
        brand_layout.addWidget(self.name, 1)
        brand_layout.addWidget(self.toggle)
        self._brand_layout = brand_layout

        layout.addWidget(brand)
        layout.addWidget(self.nav, 1)
        self._collapsed = True  # so the first call lays out the expanded column
        self.set_collapsed(False)

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self._collapsed:
            return
        self._collapsed = collapsed
        self.setFixedWidth(NARROW if collapsed else self.nav.needed_width())
        self.logo.setVisible(not collapsed)
        self.name.setVisible(not collapsed)
        self._brand_layout.setContentsMargins(*((0, 12, 0, 8) if collapsed else (18, 16, 8, 8)))
        self._brand_layout.setAlignment(
            self.toggle, Qt.AlignmentFlag.AlignHCenter if collapsed else Qt.AlignmentFlag(0))
        # Points where the column goes: to the left, or to the right when mirrored.
        wider, narrower = ("»", "«") if self.isLeftToRight() else ("«", "»")
        self.toggle.setText(wider if collapsed else narrower)
        words = (translate("window", "Show the section names") if collapsed
                 else translate("window", "Show icons only"))
        self.toggle.setToolTip(words)
        self.toggle.setAccessibleName(words)
        self.nav.delegate.collapsed = collapsed
        self.nav.viewport().update()
        self.collapsed_changed.emit(collapsed)


def add_section(nav: NavList, item: QListWidgetItem, hint: str | None) -> None:
    """Add ``item`` with its shortcut ``hint`` shown at its right (and in its tooltip)."""
    title = item.text()
    item.setToolTip(translate("window", "{section} ({keys})", "a section and its shortcut")
                    .format(section=title, keys=hint) if hint else title)
    item.setData(HINT_ROLE, hint)
    nav.addItem(item)
    column = nav.parentWidget()
    if isinstance(column, NavColumn) and not column.collapsed:
        column.setFixedWidth(nav.needed_width())
