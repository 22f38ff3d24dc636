"""The app's colours, by name: the one place a hex value is written.

Code reads ``Colour.RED_700`` (a ``#rrggbb`` string, for ``QColor`` or an
f-string). A style sheet names a colour ``$red_700`` and goes through
``qss()``, so its text stays readable and its braces need no doubling.
Most names follow the Tailwind scale the colours came from (hue, shade);
the tones of the message labels are named for what they say.
``tests/unit/test_palette.py`` fails if a hex colour is written elsewhere in
``passdesk/gui``.
"""

from __future__ import annotations

import re


class Colour:
    WHITE = "#ffffff"
    #: The high-contrast Door's ink and ground.
    BLACK = "#000000"
    GREY_50 = "#f6f7f9"
    GREY_100 = "#f3f4f6"
    GREY_200 = "#e5e7eb"
    GREY_300 = "#d1d5db"
    GREY_400 = "#9ca3af"
    GREY_500 = "#6b7280"
    GREY_600 = "#4b5563"
    GREY_700 = "#374151"
    GREY_900 = "#111827"
    #: Frames, cards and thumbnails: a border a shade cooler than GREY_300.
    BORDER = "#d6d9de"
    #: Captions and field labels: a quiet slate.
    SLATE = "#5b6573"
    #: The Designer's backdrop behind the card preview.
    BACKDROP = "#eceff3"

    RED_100 = "#fee2e2"
    RED_700 = "#b91c1c"
    RED_800 = "#991b1b"
    RED_900 = "#7f1d1d"
    #: An outbox row that failed.
    RUST = "#a1251b"
    #: The text of the nullify warning on its pale red box.
    DANGER_TEXT = "#4a1410"

    AMBER_100 = "#fef3c7"
    AMBER_500 = "#f59e0b"
    AMBER_700 = "#b45309"
    AMBER_800 = "#92400e"
    YELLOW_700 = "#a16207"
    #: The high-contrast Door's yellow: black on it is 15:1.
    YELLOW_300 = "#fde047"
    #: Wants a look (an outbox row to review, a message near its limit).
    OCHRE = "#8a5a00"
    #: Text on an amber verdict.
    ON_AMBER = "#1f1300"

    GREEN_700 = "#15803d"
    #: A state that is fine (a reader's, a probe's).
    OK_GREEN = "#1d7a3a"

    #: Chart lines that must differ from blue, green, amber and red (Insights' doors).
    PURPLE_700 = "#7e22ce"
    TEAL_700 = "#0f766e"

    BLUE_100 = "#e0ecff"
    BLUE_700 = "#1d4ed8"
    #: Focus rings and the event banner's edge.
    FOCUS_BLUE = "#2f6fe4"

    # The message tones (widgets/style.py): background, border, text.
    INFO_BACKGROUND = "#eef4fd"
    INFO_BORDER = "#c5d8f5"
    INFO_TEXT = "#1e3a6e"
    SUCCESS_BACKGROUND = "#e9f6ec"
    SUCCESS_BORDER = "#a9d8b4"
    SUCCESS_TEXT = "#1d5a2c"
    WARNING_BACKGROUND = "#fff6e0"
    WARNING_BORDER = "#f0d48a"
    WARNING_TEXT = "#6b4a05"
    ERROR_BACKGROUND = "#fdeceb"
    ERROR_BORDER = "#f1b9b5"
    ERROR_TEXT = "#8a1f17"


_NAME = re.compile(r"\$([a-z0-9_]+)")


def qss(sheet: str) -> str:
    """``sheet`` with each ``$name`` replaced by ``Colour.NAME``; an unknown name raises."""
    return _NAME.sub(lambda found: getattr(Colour, found.group(1).upper()), sheet)
