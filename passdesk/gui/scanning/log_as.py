"""The reader a desk logs its scans in PassEntry as: the Door's and the Till's settings.

"Log scans in PassEntry as" offers "Don't log" and the readers this desk knows
(by name; a reader chosen before but no longer listed stays, marked so), with
words under it that say what logging does and, with no reader known, how one
gets there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

DONT_LOG = "Don't log"
LOG_HINT = ("Each scan made here is then sent to PassEntry as a scan of this reader, "
            "so PassEntry's dashboard shows the whole night: this desk's scans with "
            "everyone else's. Points are never sent twice.")
MISSING_READER = "{id} (not in the readers list)"
#: Where PassEntry does not list readers, the list starts empty: say how one gets there.
NO_READERS = ("No PassEntry reader is known on this desk yet: create one in the Readers "
              "pane, or sync after a scan at one of PassEntry's readers, then choose it here.")


def log_hint(readers: dict[str, str]) -> str:
    """The words under "Log scans in PassEntry as", for the readers offered."""
    return LOG_HINT if readers else f"{LOG_HINT} {NO_READERS}"


def fill_log_combo(combo: QComboBox, readers: dict[str, str], current: str) -> None:
    """"Don't log", then the readers by name; ``current`` chosen (kept if unknown now)."""
    combo.clear()
    combo.addItem(DONT_LOG, "")
    for reader_id, name in sorted(readers.items(), key=lambda kv: kv[1].casefold()):
        combo.addItem(name, reader_id)
        if name != reader_id:
            combo.setItemData(combo.count() - 1, f"Reader id {reader_id}",
                              Qt.ItemDataRole.ToolTipRole)
    if current and combo.findData(current) < 0:
        combo.addItem(MISSING_READER.format(id=current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
