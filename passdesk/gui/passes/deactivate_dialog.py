"""Deactivate passes after asking (a door then turns them away), and reactivate one.

Deactivating can be undone: ``reactivate_pass`` makes a deactivated pass active
again (``passAction: reactivate``). Nullifying, which cannot, is
``gui.nullify_dialog``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.store.database import Database, DatabaseError
from passdesk.sync import passes
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.passes import deactivate_many
from passdesk.sync.service import SyncService

#: Names listed in the question; more are counted, not listed.
NAMES_SHOWN = 5


def question(names: Sequence[str | None]) -> str:
    if len(names) == 1:
        if names[0]:
            return translate("passes", "Deactivate {name}?").format(name=names[0])
        return translate("passes", "Deactivate this pass?")
    count = len(names)  # a plain name: lupdate drops a call's n written otherwise
    return translate("passes", "Deactivate %Ln pass(es)?", None, count)


def listed(names: Sequence[str | None]) -> str:
    shown = ", ".join(n or translate("passes", "(no name)") for n in names[:NAMES_SHOWN])
    more = len(names) - min(len(names), NAMES_SHOWN)
    if more > 0:
        return translate("passes", "{names} and %Ln more", None, more).format(names=shown)
    return shown


def already(selected: int, can: int) -> str:
    """"Already deactivated: 2 of the 6 selected. …" ("" when none is)."""
    done = selected - can
    if done <= 0:
        return ""
    return translate("passes", "Already deactivated: %Ln of the {selected} selected. They stay "
                     "as they are.", None, done).format(selected=formats.number(selected))


def confirm_deactivate(parent: QWidget | None, names: Sequence[str | None],
                       selected: int | None = None) -> bool:
    """Ask before deactivating ``names`` (those of the ``selected`` passes that can
    be); True only when the person chose Deactivate."""
    details = "" if len(names) == 1 else f"{listed(names)}.\n\n"
    note = already(selected or len(names), len(names))
    details += f"{note}\n\n" if note else ""
    details += translate("passes", "A deactivated pass stays in the wallet, shown as expired, "
                         "and no longer scans as valid. It can be reactivated later.")
    return confirm_destructive(
        parent, translate("passes", "Deactivate", "a window title"), question(names),
        translate("passes", "Deactivate", "a button"), name="deactivateDialog", details=details)


def deactivate_passes(parent: QWidget | None, database: Database, pass_ids: Sequence[str],
                      names: Sequence[str | None], *, sync: SyncService | None = None,
                      selected: int | None = None) -> int | None:
    """Ask, then deactivate all in one transaction; how many were deactivated now
    (None: the person said no, or nothing was changed and they were told why).
    ``pass_ids``: those of the ``selected`` passes that are not deactivated yet."""
    selected = selected if selected is not None else len(pass_ids)
    if selected and not pass_ids:
        QMessageBox.information(parent, translate("passes", "Already deactivated"),
                                translate("passes", "The selected pass is already "
                                          "deactivated.") if selected == 1
                                else translate("passes", "All %Ln selected passes are already "
                                               "deactivated.", None, selected))
        return None
    if not pass_ids or not confirm_deactivate(parent, names, selected):
        return None
    try:
        done = deactivate_many(database, pass_ids=pass_ids)
    except (ChangeRefused, SQLAlchemyError, DatabaseError) as exc:
        QMessageBox.warning(parent, translate("passes", "Not deactivated"),
                            translate("passes", "Nothing was deactivated: {reason}").format(
                                reason=_words(exc)))
        return None
    if sync is not None and done:
        sync.push_soon()
    return done


def reactivate_pass(parent: QWidget | None, database: Database, pass_id: str,
                    name: str | None, *, sync: SyncService | None = None) -> bool:
    """Ask, then make a deactivated pass active again; True once it is queued."""
    box = QMessageBox(parent, objectName="reactivateDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("passes", "Reactivate", "a window title"))
    box.setText(translate("passes", "Reactivate the pass of {name}?").format(name=name) if name
                else translate("passes", "Reactivate this pass?"))
    box.setInformativeText(translate(
        "passes", "It scans as valid again, and it can be changed and sent messages. On an "
                  "iPhone it stays among the expired passes until its holder shows it again."))
    confirm = box.addButton(translate("passes", "Reactivate", "a button"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(confirm)
    box.exec()
    if box.clickedButton() is not confirm:
        return False
    try:
        passes.reactivate_pass(database, pass_id=pass_id)
    except (ChangeRefused, SQLAlchemyError, DatabaseError) as exc:
        QMessageBox.warning(parent, translate("passes", "Not reactivated"),
                            translate("passes", "The pass was not reactivated: {reason}")
                            .format(reason=_words(exc)))
        return False
    if sync is not None:
        sync.push_soon()
    return True


def _words(exc: Exception) -> str:
    """An error's message in the person's language (a core ``Text`` is said)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)
