"""The reader a desk logs its scans in PassEntry as: the Door's and the Till's settings.

"Log scans in PassEntry as" offers "Don't log" and the readers this desk knows
(by name; a reader chosen before but no longer listed stays, marked so), with
words under it that say what logging does and, with no reader known, how one
gets there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox

from passdesk.gui.i18n import translate

#: The English of the words below (shown through ``translate("door", …)``).
DONT_LOG = QT_TRANSLATE_NOOP("door", "Don't log")
LOG_HINT = QT_TRANSLATE_NOOP("door", "Each scan made here is then sent to PassEntry as a scan "
                             "of this reader, so PassEntry's dashboard shows the whole night: "
                             "this desk's scans with everyone else's. Points are never sent "
                             "twice.")
MISSING_READER = "{id} (not in the readers list)"
#: Where PassEntry does not list readers, the list starts empty: say how one gets there.
NO_READERS = QT_TRANSLATE_NOOP("door", "No PassEntry reader is known on this desk yet: create "
                               "one in the Readers pane, or sync after a scan at one of "
                               "PassEntry's readers, then choose it here.")


def log_hint(readers: dict[str, str]) -> str:
    """The words under "Log scans in PassEntry as", for the readers offered."""
    hint = translate("door", LOG_HINT)
    if readers:
        return hint
    return translate("door", "{hint} {no_readers}", "two sentences").format(
        hint=hint, no_readers=translate("door", NO_READERS))


def fill_log_combo(combo: QComboBox, readers: dict[str, str], current: str) -> None:
    """"Don't log", then the readers by name; ``current`` chosen (kept if unknown now)."""
    combo.clear()
    combo.addItem(translate("door", DONT_LOG), "")
    for reader_id, name in sorted(readers.items(), key=lambda kv: kv[1].casefold()):
        combo.addItem(name, reader_id)
        if name != reader_id:
            combo.setItemData(combo.count() - 1, translate("door", "Reader id {id}").format(
                id=reader_id), Qt.ItemDataRole.ToolTipRole)
    if current and combo.findData(current) < 0:
        combo.addItem(translate("door", "{id} (not in the readers list)").format(id=current),
                      current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
