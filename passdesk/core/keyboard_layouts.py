"""Keyboard layouts, and what a US-layout scanner types on a computer set to another.

A keyboard-wedge scanner sends key positions, not characters: it presses the
key where "-" is on a US keyboard, and a German computer makes "ß" of it.
Each layout here says, for every printable ASCII character a US scanner
means, what the host types instead (``None``: a dead key, which types nothing
by itself, so that character cannot come through). Characters not listed are
typed unchanged.

From one scan of a known test value (``TEST_VALUE``) ``detect`` finds which
layout the host uses, any prefix and extra suffix characters the scanner adds,
and the scanner's key timing; the ``Correction`` it returns turns what the
host typed back into what the scanner meant. No Qt, no I/O.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

from passdesk.core.texts import translate

#: The scanner check's code. Every layout below types it differently (digits for
#: AZERTY, '-' and '/' for most, y/z, a/q/w/m, '@', ';' for the Nordic three), and
#: Code 128 holds it all. No character is a dead key on any layout: each comes through.
TEST_VALUE = "PDchk-Yz/Aqwm@;1850"

#: How a burst ended: the key after the value, or a pause (no suffix).
ENDINGS = {"enter": translate("door", "Enter", "the keyboard key"),
           "tab": translate("door", "Tab", "the keyboard key"),
           "none": translate("door", "nothing (a short pause)",
                             "how a scanner ends a code: no key after it")}

def _letters(swaps: dict[str, str]) -> dict[str, str | None]:
    """Letter swaps both ways, in lower and upper case."""
    out: dict[str, str | None] = {}
    for us, host in swaps.items():
        out[us], out[host] = host, us
    return out | {k.upper(): v.upper() for k, v in out.items() if v is not None}


@dataclass(frozen=True)
class Layout:
    key: str
    name: str
    #: US character -> what the host types for that key (None: a dead key).
    typed: dict[str, str | None] = field(default_factory=dict)

    def host_text(self, us_text: str) -> str:
        """What this host types when a US-layout scanner types ``us_text`` (dead keys
        type nothing)."""
        return "".join(self.typed.get(c, c) or "" for c in us_text)

    def can_type(self, us_text: str) -> bool:
        return all(self.typed.get(c, c) is not None for c in us_text)

    @property
    def table(self) -> dict[int, str]:
        """Host character -> US character, for ``str.translate`` (changed characters only)."""
        return {ord(host): us for us, host in self.typed.items() if host is not None and host != us}


US = Layout("us", translate("door", "US", "a keyboard layout"), {})

UK = Layout("uk", translate("door", "UK", "a keyboard layout"), {
    "~": "¬", "@": '"', '"': "@", "#": "£", "\\": "#", "|": "~"})

GERMAN = Layout("de", translate("door", "German", "a keyboard layout"), {
    "`": None, "~": "°", "@": '"', "#": "§", "^": "&", "&": "/", "*": "(", "(": ")", ")": "=",
    "-": "ß", "_": "?", "=": None, "+": None, "[": "ü", "{": "Ü", "]": "+", "}": "*",
    "\\": "#", "|": "'", ";": "ö", ":": "Ö", "'": "ä", '"': "Ä", "<": ";", ">": ":",
    "/": "-", "?": "_", **_letters({"y": "z"})})

SWISS = Layout("ch", translate("door", "Swiss German", "a keyboard layout"), {
    "`": "§", "~": "°", "!": "+", "@": '"', "#": "*", "$": "ç", "^": "&", "&": "/", "*": "(",
    "(": ")", ")": "=", "-": "'", "_": "?", "=": None, "+": None, "[": "ü", "{": "è",
    "]": None, "}": "!", "\\": "$", "|": "£", ";": "ö", ":": "é", "'": "ä", '"': "à",
    "<": ";", ">": ":", "/": "-", "?": "_", **_letters({"y": "z"})})

FRENCH = Layout("fr", translate("door", "French", "a keyboard layout"), {
    "`": "²", "~": None, "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-",
    "7": "è", "8": "_", "9": "ç", "0": "à", "!": "1", "@": "2", "#": "3", "$": "4",
    "%": "5", "^": "6", "&": "7", "*": "8", "(": "9", ")": "0", "-": ")", "_": "°",
    "[": None, "{": None, "]": "$", "}": "£", "\\": "*", "|": "µ",
    "'": "ù", '"': "%", ";": "m", ":": "M", ",": ";", "<": ".", ".": ":", ">": "/",
    "/": "!", "?": "§", "m": ",", "M": "?", **_letters({"a": "q", "z": "w"})})

SPANISH = Layout("es", translate("door", "Spanish", "a keyboard layout"), {
    "`": "º", "~": "ª", "@": '"', "#": "·", "^": "&", "&": "/", "*": "(", "(": ")",
    ")": "=", "-": "'", "_": "?", "=": "¡", "+": "¿", "[": None, "{": None, "]": "+",
    "}": "*", "\\": "ç", "|": "Ç", ";": "ñ", ":": "Ñ", "'": None, '"': None, "<": ";",
    ">": ":", "/": "-", "?": "_"})

_NORDIC_COMMON = {"@": '"', "^": "&", "&": "/", "*": "(", "(": ")", ")": "=", "-": "+",
                  "_": "?", "+": None, "[": "å", "{": "Å", "]": None, "}": None,
                  "\\": "'", "|": "*", "<": ";", ">": ":", "/": "-", "?": "_"}

NORDIC = Layout("se", translate("door", "Nordic (Swedish/Finnish)", "a keyboard layout"), {
    **_NORDIC_COMMON, "`": "§", "~": "½", "$": "¤", "=": None,
    ";": "ö", ":": "Ö", "'": "ä", '"': "Ä"})

NORWEGIAN = Layout("no", translate("door", "Norwegian", "a keyboard layout"), {
    **_NORDIC_COMMON, "`": "|", "~": "§", "$": "¤", "=": "\\",
    ";": "ø", ":": "Ø", "'": "æ", '"': "Æ"})

DANISH = Layout("dk", translate("door", "Danish", "a keyboard layout"), {
    **_NORDIC_COMMON, "`": "½", "~": "§", "$": "¤", "=": None,
    ";": "æ", ":": "Æ", "'": "ø", '"': "Ø"})

#: Every layout the check knows, US first (no mismatch is the likeliest finding).
LAYOUTS: dict[str, Layout] = {layout.key: layout for layout in (
    US, UK, GERMAN, SWISS, FRENCH, SPANISH, NORDIC, NORWEGIAN, DANISH)}


@dataclass(frozen=True)
class Correction:
    """How to read one source's bursts: the host's layout (the scanner sends US), the
    prefix and extra suffix characters it adds (as the scanner meant them), how a
    burst ends, and its typical gap between keys."""

    layout: str = "us"
    prefix: str = ""
    suffix: str = ""
    ending: str = "enter"
    gap_ms: int = 0

    @property
    def table(self) -> dict[int, str]:
        return LAYOUTS.get(self.layout, US).table

    def apply(self, typed: str) -> str:
        """What the scanner meant by ``typed``: the layout undone, prefix and suffix off."""
        value = typed.translate(self.table)
        if self.prefix and value.startswith(self.prefix):
            value = value[len(self.prefix):]
        if self.suffix and value.endswith(self.suffix):
            value = value[:-len(self.suffix)]
        return value

    @property
    def changes_anything(self) -> bool:
        return self.layout != "us" or bool(self.prefix or self.suffix)


@dataclass(frozen=True)
class Finding:
    """What one scan of the test code showed: the correction, or why there is none."""

    correction: Correction | None
    #: Words for the operator when nothing matched (a ``Text``).
    problem: str = ""


def median_gap(timestamps_ms: list[int] | tuple[int, ...]) -> int:
    """The median pause between consecutive keys (0 for fewer than two keys)."""
    gaps = [b - a for a, b in itertools.pairwise(timestamps_ms)]
    return round(statistics.median(gaps)) if gaps else 0


def detect(received: str, *, ending: str = "enter", timestamps_ms: tuple[int, ...] = (),
           expected: str = TEST_VALUE) -> Finding:
    """Which host layout turns ``expected`` (typed by a US scanner) into ``received``,
    with what prefix and suffix around it."""
    for layout in LAYOUTS.values():
        host = layout.host_text(expected)
        at = received.find(host)
        if at < 0:
            continue
        back = layout.table
        prefix = received[:at].translate(back)
        suffix = received[at + len(host):].translate(back)
        return Finding(Correction(layout.key, prefix, suffix, ending,
                                  median_gap(timestamps_ms)))
    if not received.strip():
        return Finding(None, translate("door", "Nothing came from the scanner. Scan the test "
                                               "code again."))
    return Finding(None, translate("door", "That was not the test code, or the scanner changed "
                                           "it in a way passdesk does not know. Scan the code "
                                           "on this screen again."))


def describe(correction: Correction) -> str:
    """The finding in words for the person at the desk (a ``Text``)."""
    ending = ENDINGS.get(correction.ending, correction.ending)
    habits: str = translate("door", "ends codes with {ending}", "after “Your scanner”").format(
        ending=ending)
    more = []
    if correction.gap_ms:
        more.append(translate("door", "types about {ms} ms per key", "after “Your scanner”")
                    .format(ms=correction.gap_ms))
    if correction.prefix:
        more.append(translate("door", "puts “{prefix}” before each code",
                              "after “Your scanner”").format(prefix=correction.prefix))
    if correction.suffix:
        more.append(translate("door", "adds “{suffix}” after each code",
                              "after “Your scanner”").format(suffix=correction.suffix))
    for clause in more:
        habits = translate("door", "{list}, {next}",
                           "a list: the items so far, then one more").format(
            list=habits, next=clause)
    layout = LAYOUTS.get(correction.layout, US)
    extra = bool(correction.prefix or correction.suffix)
    if layout is US and extra:
        setting = translate("door", "is set to the same keyboard layout as this computer: "
                            "passdesk will take the extra characters off", "after “Your scanner”")
    elif layout is US:
        setting = translate("door", "is set to the same keyboard layout as this computer",
                            "after “Your scanner”")
    elif extra:
        setting = translate("door", "is set to a US keyboard while this computer uses "
                            "{layout}: passdesk will correct it and take the extra "
                            "characters off", "after “Your scanner”").format(layout=layout.name)
    else:
        setting = translate("door", "is set to a US keyboard while this computer uses "
                            "{layout}: passdesk will correct it", "after “Your scanner”").format(
            layout=layout.name)
    return translate("door", "Your scanner {habits}, and {setting}.").format(
        habits=habits, setting=setting)
