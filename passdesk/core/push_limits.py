"""How many push messages a pass may get a day, and what to say when a send goes over.

The numbers are the documented ones (PassEntry's notifications guide): the
lock screen shows 3 a day per pass (later ones only update "Latest Update"),
and PassEntry advises at most 3 a day per pass. The guide no longer states an
Apple limit of its own, so an iPhone pass past 3 gets the advice, not a limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

GOOGLE_LOCK_SCREEN_PER_DAY = 3
RECOMMENDED_PER_DAY = 3


class Wallet(StrEnum):
    GOOGLE = "google"
    APPLE = "apple"


def wallet_of(device_type: str | None) -> Wallet:
    """Which wallet holds a pass. Unknown (not on a device yet, a new value) counts as
    Google, the stricter of the two, so a warning is never missed."""
    kind = (device_type or "").strip().lower()
    return Wallet.APPLE if kind in ("iphone", "apple", "ios") else Wallet.GOOGLE


@dataclass(frozen=True)
class _Rule:
    per_day: int
    why: str
    severity: int  # higher first in the warning


_GOOGLE = _Rule(GOOGLE_LOCK_SCREEN_PER_DAY,
                f"Google shows only {GOOGLE_LOCK_SCREEN_PER_DAY} a day on the lock screen", 1)
_APPLE_RECOMMENDED = _Rule(RECOMMENDED_PER_DAY,
                           f"more than the {RECOMMENDED_PER_DAY} a day PassEntry recommends", 0)


def _broken_rule(device_type: str | None, nth: int) -> _Rule | None:
    """The rule the ``nth`` message of the day to this pass breaks, if any."""
    if wallet_of(device_type) is Wallet.GOOGLE:
        return _GOOGLE if nth > _GOOGLE.per_day else None
    return _APPLE_RECOMMENDED if nth > _APPLE_RECOMMENDED.per_day else None


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def limits_warning(passes: Iterable[tuple[str | None, int]], *, adding: int = 1) -> str | None:
    """A warning for sending ``adding`` more messages to each pass, or None when all is well.

    ``passes``: (device type, messages already sent or queued today) per selected pass.
    E.g. "12 of the 40 selected passes would get their 4th message today: Google shows
    only 3 a day on the lock screen."
    """
    passes = list(passes)
    total = len(passes)
    over: dict[_Rule, list[int]] = {}
    for device_type, today in passes:
        nth = today + adding
        rule = _broken_rule(device_type, nth)
        if rule is not None:
            over.setdefault(rule, []).append(nth)
    sentences = [_sentence(len(nths), total, min(nths), max(nths), rule.why)
                 for rule, nths in sorted(over.items(), key=lambda kv: -kv[0].severity)]
    return " ".join(sentences) or None


def _sentence(count: int, total: int, lowest: int, highest: int, why: str) -> str:
    nth = ordinal(lowest) + (" or later" if highest > lowest else "")
    if total == 1:
        who, their = "This pass", "its"
    elif count == total:
        who, their = f"All {total} selected passes", "their"
    else:
        who = f"{count} of the {total} selected passes"
        their = "its" if count == 1 else "their"
    return f"{who} would get {their} {nth} message today: {why}."
