"""The scanner corrections: ``Settings.scanner``, the key ``scanner`` in ``settings.json``.

One ``Correction`` per scan source, found by the scanner check
(``core.keyboard_layouts``). The keyboard wedge is one source ("wedge"):
the Door's and the Till's wedges read the same keyboard, so they use the same
correction. Plain JSON both ways; a source whose entry is unusable reads as
no correction, so a hand-edited file never stops the door.
"""

from __future__ import annotations

from typing import Any

from passdesk.core.keyboard_layouts import ENDINGS, LAYOUTS, Correction

#: The keyboard wedge's source name (``scan.wedge.SOURCE``).
WEDGE = "wedge"
#: A gap longer than this is no scanner's (and would make the wedge take typing).
MAX_GAP_MS = 100


def _chars(value: Any) -> str:
    # Not stripped: a scanner's prefix may be a blank.
    return value if isinstance(value, str) and len(value) <= 20 else ""


def correction_to_json(correction: Correction) -> dict[str, Any]:
    return {"layout": correction.layout, "prefix": correction.prefix,
            "suffix": correction.suffix, "ending": correction.ending,
            "gap_ms": correction.gap_ms}


def correction_from_json(data: Any) -> Correction:
    if not isinstance(data, dict):
        return Correction()
    layout, ending, gap = data.get("layout"), data.get("ending"), data.get("gap_ms")
    return Correction(
        layout=layout if layout in LAYOUTS else "us",
        prefix=_chars(data.get("prefix")), suffix=_chars(data.get("suffix")),
        ending=ending if ending in ENDINGS else "enter",
        gap_ms=gap if isinstance(gap, int) and not isinstance(gap, bool)
        and 0 <= gap <= MAX_GAP_MS else 0)


def corrections_from_json(data: dict[str, Any]) -> dict[str, Correction]:
    """Source -> its correction (sources without one are not listed)."""
    return {source: correction_from_json(value) for source, value in data.items()
            if isinstance(source, str) and isinstance(value, dict)}


def with_correction(data: dict[str, Any], source: str, correction: Correction
                    ) -> dict[str, Any]:
    """``Settings.scanner`` with ``source``'s correction set (the others kept)."""
    return {**data, source: correction_to_json(correction)}


def wedge_correction(data: dict[str, Any]) -> Correction:
    """The keyboard wedge's correction (none found yet: read as typed)."""
    return correction_from_json(data.get(WEDGE))
