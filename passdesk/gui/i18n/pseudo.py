"""The developers' pseudo-locale (``PASSDESK_LANG=pseudo``, or ``pseudo-rtl``).

Every translated string comes back accented and about 40 % longer, inside
brackets: "[Àďɱîţ ····]". A string still in plain letters was never translated;
a bracket cut off shows text that clips. ``pseudo-rtl`` also lays the window out
right to left, as Arabic or Hebrew would. Arguments (``{name}``, ``%n``, ``%1``),
markup, mnemonics and the proper names stay as they are.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

from passdesk.core.texts import plural_marks

#: Names said the same in every language (the pseudo-locale leaves them plain).
PROPER_NAMES = ("passdesk", "PassEntry", "VTAP")

_LOWER = "àƀçďéƒĝĥîĵķľɱñõƥʠŕšţüṽŵẋýž"
_UPPER = "ÀƁÇĎÉƑĜĤÎĴĶĽṀÑÕƤɊŔŠŢÜṼŴẌÝŽ"
_ACCENTS = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                         _LOWER + _UPPER)
#: Kept as they are: arguments, Qt's %-arguments, markup and entities, "(s)", proper names.
_KEEP = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?n|%\d+|<[^<>]*>|&[a-z]+;|&&"
                   # English's plural mark, resolved by gui.i18n.translate as in English
                   + r"|\((?:[a-z]*\|[a-z]+|s|es)\)"
                   + "|" + "|".join(PROPER_NAMES))
OPEN, CLOSE, PAD = "[", "]", "·"


def pseudo(source: str) -> str:
    """``source`` accented and 40 % longer; empty stays empty."""
    if not source.strip():
        return source
    pieces, last = [], 0
    for match in _KEEP.finditer(source):
        pieces.append(source[last:match.start()].translate(_ACCENTS))
        pieces.append(match.group())
        last = match.end()
    pieces.append(source[last:].translate(_ACCENTS))
    said = "".join(pieces)
    pad = PAD * max(1, math.ceil(len(source) * 0.4) - 3)
    end = said.rfind("</body>") if said.lstrip().startswith("<") else -1
    if end >= 0:  # rich text: inside the body, or Qt drops it
        return f"{said[:end]} {pad}{said[end:]}"
    return f"{OPEN}{said} {pad}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every message with its pseudo-translation; ``rtl`` mirrors the layout."""

    def __init__(self, *, rtl: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.rtl = rtl

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if source == "QT_LAYOUT_DIRECTION":  # Qt asks each translator for the direction
            return "RTL" if self.rtl else "LTR"
        # The count's words chosen first, so "tries" is accented as a whole.
        return pseudo(plural_marks(source, n) if n >= 0 else source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def language(self) -> str:
        return "ar" if self.rtl else "en_XA"
