"""A file name suggested from a title, for the save and export dialogs.

Shared by the Till's exports and the Designer's template files, so it knows
no feature: letters, digits, ``-``, ``_`` and ``.`` stay, anything else
becomes ``-``, and the name stops at 80 characters.
"""

from __future__ import annotations


def safe_file_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)[:80]
