"""The pseudo-locale sweep (issue 25): what a window shows that was never translated,
and what does not fit its widget.

Under ``PASSDESK_LANG=pseudo`` every translated string is accented and bracketed
("[Àďɱîţ ··]"), so a plain ASCII word on screen is a string that never went
through a translator. Exempt are the proper names, technical acronyms said the
same in every language, the locale's own month and day names, URLs, and the
words of the data shown (names, events, templates in the store).

A label or button whose text is wider than the widget is clipped: the text was
cut. Labels that wrap are clipped when their height is short of the lines.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from sqlalchemy import JSON, String, Text, inspect, select, text

from passdesk.core.languages import NAMES
from passdesk.gui.i18n.pseudo import PROPER_NAMES
from passdesk.sync.readers import MASK_DOTS

#: Said the same in every language the app ships.
ACRONYMS = {"NFC", "QR", "CSV", "PDF", "PIN", "PINs", "API", "URL", "HTTPS", "HTTP", "UTC",
            "SQLite", "PostgreSQL", "JSON", "USB", "ID", "IDs", "PNG", "VTAP", "Apple",
            "Google", "Wallet", "Z", "OK", "TLS", "UTF", "HMAC", "SHA", "webhook"}
_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
#: Each language's name in its own words (the language picker): never translated.
LANGUAGE_NAMES = {w for name in NAMES.values() for w in re.findall(r"[A-Za-z]+", name)}
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|(?:/[\w.\-]+){2,}|[\w\-]+(?:\.[\w\-]+)+")


@dataclass(frozen=True)
class Finding:
    where: str  # the widget's object name and class, as a path from the window
    what: str  # "text", "tooltip", "placeholder", "header"…
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.what}]: {self.text!r}"


def data_words(database) -> set[str]:
    """Every word in the store's text and JSON columns (pass content, template fields):
    what the data shows is not English to fix."""
    words: set[str] = set()
    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            columns = [c["name"] for c in inspect(connection).get_columns(table)
                       if isinstance(c["type"], String | Text | JSON)]
            if not columns:
                continue
            quoted = ", ".join(f'"{c}"' for c in columns)
            for row in connection.execute(text(f'SELECT {quoted} FROM "{table}"')):  # noqa: S608
                for value in row:
                    if value is not None and not isinstance(value, str):
                        value = json.dumps(value, ensure_ascii=False)
                    if isinstance(value, str):
                        words.update(w.lower() for w in _WORD.findall(value))
    return words


def locale_words() -> set[str]:
    """Month and day names, AM/PM, as the locale writes them (data, not strings)."""
    locale, found = QLocale(), set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for month in range(1, 13):
            found.update(_WORD.findall(locale.monthName(month, form)))
        for day in range(1, 8):
            found.update(_WORD.findall(locale.dayName(day, form)))
    found.update(_WORD.findall(locale.amText() + " " + locale.pmText()))
    return {w.lower() for w in found}


def plain(text_: str) -> str:
    if GuiQt.mightBeRichText(text_):
        return QTextDocumentFragment.fromHtml(text_).toPlainText()
    return text_


def english_words(text_: str, exempt: set[str]) -> list[str]:
    """The plain-letter words of ``text_`` that are not exempt."""
    stripped = _URL.sub(" ", plain(text_).replace("&&", "&").replace("&", ""))
    return [match.group() for match in _WORD.finditer(stripped)
            if not _known(match.group(), exempt)
            and not _elided_known(match, stripped, exempt)]


def _known(word: str, exempt: set[str]) -> bool:
    return (word in ACRONYMS or word in PROPER_NAMES or word in LANGUAGE_NAMES
            or word.lower() in exempt)


def _elided_known(match: re.Match, said: str, exempt: set[str]) -> bool:
    """A word cut short by an elision ("Zainab Rodrígue…") is the start of an exempt
    word (a name in the data), not English."""
    cut = said[match.end():].startswith(("…", "..."))
    start = match.group().lower()
    return cut and any(word.startswith(start) for word in exempt)


def _where(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root.parentWidget():
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def shown_texts(root: QWidget) -> Iterable[tuple[QWidget, str, str]]:
    """(widget, what, text) of every visible widget under ``root``, ``root`` included."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow() and widget.windowTitle():
            yield widget, "window title", widget.windowTitle()
        if widget.toolTip():
            yield widget, "tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget, "text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, "title", widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget, "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget, "item", widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget, "tab", widget.tabText(i)
                yield widget, "tab tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model: one column, its count not public
                columns = 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield widget, "header", header
            for row in range(min(model.rowCount(top), 50)):
                for column in range(columns):
                    cell = model.data(model.index(row, column))
                    if isinstance(cell, str):
                        yield widget, "cell", cell


def untranslated(root: QWidget, exempt: set[str]) -> list[Finding]:
    """Every visible string under ``root`` with a plain-English word in it."""
    exempt = exempt | locale_words()
    found = []
    for widget, what, said in shown_texts(root):
        if said and english_words(said, exempt):
            found.append(Finding(_where(widget, root), what, said))
    return found


def clipped(root: QWidget) -> list[Finding]:
    """Every visible label or button whose text does not fit it."""
    return [Finding(_where(widget, root), "clipped", _shown(widget))
            for widget in [root, *root.findChildren(QWidget)]
            if widget.isVisible() and widget.width() > 0 and _shown(widget)
            and _clipped(widget)]


def _shown(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""


def _clipped(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    if isinstance(widget, QGroupBox):
        return widget.fontMetrics().horizontalAdvance(widget.title()) + 16 > widget.width()
    return widget.sizeHint().width() > widget.width() + 1


def _label_clipped(label: QLabel) -> bool:
    room = label.contentsRect()
    room = room.adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap() or GuiQt.mightBeRichText(label.text()):
        if label.wordWrap():
            return label.heightForWidth(label.width()) > label.height() + 1
        return label.sizeHint().width() > label.width() + 1
    metrics = label.fontMetrics()
    drawn = label.text()
    if label.buddy() is not None:  # "&Name:": the & marks the shortcut and is not drawn
        drawn = re.sub(r"&(.)", r"\1", drawn)
    widest = max(metrics.horizontalAdvance(line) for line in drawn.split("\n"))
    return widest > room.width() + 1


def rows_of(database, table) -> list:
    """A helper for sweeps that need a row's values (e.g. a pass to open)."""
    with database.engine.connect() as connection:
        return list(connection.execute(select(table)))


# --- The sweep as the tests run it: one language at a time -------------------------

#: A folder: when a check finds something, the window is saved there as
#: ``<lang>-<state>.png``.
SHOTS = "PASSDESK_SHOTS"
#: A file: every finding of every check is added to it (one JSON object a line) and
#: no check fails, so one run lists all a language's findings, not each test's first.
FINDINGS = "PASSDESK_SWEEP_FINDINGS"


def speaking() -> str:
    """The language installed: "pseudo" when every message comes back changed, else
    the default locale's language ("en", "de"…)."""
    if QCoreApplication.translate("sweep", "probe") != "probe":
        return "pseudo"
    return QLocale().name().split("_")[0]


def swept(widget: QWidget, exempt: set[str], state: str = "") -> list[Finding]:
    """What the sweep finds in ``widget`` once its layout settled: in the pseudo-locale
    untranslated words and clipped texts; in a real language only clipped texts (a
    translation may rightly keep "Designer", "Online" or "Ticket"). A buddy label's
    "&" is not drawn: a label that fits without it is whole (``mnemonic_only``)."""
    for _ in range(3):  # a nested layout settles over a few passes of the event loop
        QApplication.processEvents()
    lang = speaking()
    words = untranslated(widget, set(exempt)) if lang == "pseudo" else []
    found = [f for f in [*words, *clipped(widget)]
             if not mnemonic_only(widget, f) and not _by_design(f)]
    if found and os.environ.get(SHOTS):
        os.makedirs(os.environ[SHOTS], exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", state or widget.objectName() or type(widget).__name__)
        widget.window().grab().save(os.path.join(os.environ[SHOTS], f"{lang}-{name}.png"))
    if found and os.environ.get(FINDINGS):
        _record(lang, state or widget.objectName() or type(widget).__name__, found)
        return []
    return found


def check(widget: QWidget, exempt: set[str], state: str) -> None:
    """Nothing untranslated (in pseudo), nothing clipped in ``widget`` in this ``state``."""
    found = swept(widget, exempt, state)
    assert found == [], f"{state}:\n" + "\n".join(str(f) for f in found)


def _by_design(finding: Finding) -> bool:
    """A secret's mask (its last characters are the secret's, not words), and the CSV
    export line, which shortens a long path in the middle by design (whole in its
    tooltip) while its ``text()`` is the whole line: never clipped."""
    return finding.text.startswith(MASK_DOTS) or (
        finding.what == "clipped" and finding.where.endswith("/exportLine"))


def mnemonic_only(root: QWidget, finding: Finding) -> bool:
    """A label's "&" that marks its buddy's key is not drawn, but the sweep measures it:
    such a label is clipped only when what is drawn does not fit (its size hint)."""
    if finding.what != "clipped" or "&" not in finding.text:
        return False
    labels = [label for label in [root, *root.findChildren(QLabel)]
              if isinstance(label, QLabel) and label.text() == finding.text]
    return bool(labels) and all(
        label.buddy() is not None and not label.wordWrap()
        and label.sizeHint().width() <= label.width() + 1 for label in labels)


def _record(lang: str, state: str, found: list[Finding]) -> None:
    test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0]
    with open(os.environ[FINDINGS], "a", encoding="utf-8") as file:
        for f in found:
            file.write(json.dumps({"language": lang, "test": test, "state": state,
                                   "where": f.where, "what": f.what, "text": f.text},
                                  ensure_ascii=False) + "\n")


def open_by_nav(qtbot, window, key: str) -> QWidget:
    """Click the pane's row in the navigation list (by place: its words are translated)."""
    item = window.nav.item(window.pane_keys.index(key))
    center = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=center)
    return window.stack.currentWidget()


def open_synced(qtbot, server, make_services, open_window, **options):
    """The main window on ``server`` at 1366 x 768, active, its first sync done:
    (window, services). Waits on the sync's status, not on the status bar's words."""
    from tests.gui.helpers import configure, wait_until_synced

    configure(server.base_url, server.api_key)
    services = make_services(**options)
    window = open_window(services)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_until_synced(qtbot, services)
    return window, services
