"""Deactivate passes after asking (a door then turns them away), and reactivate one.

Deactivating can be undone: ``reactivate_pass`` makes a deactivated pass active
again (``passAction: reactivate``). Nullifying, which cannot, is
``gui.nullify_dialog``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.gui.widgets.words import plural
from passdesk.store.database import Database, DatabaseError
from passdesk.sync import passes
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.passes import deactivate_many
from passdesk.sync.service import SyncService

#: Names listed in the question; more are counted, not listed.
NAMES_SHOWN = 5


def question(names: Sequence[str | None]) -> str:
    if len(names) == 1:
        return f"Deactivate {names[0] or 'this pass'}?"
    return f"Deactivate {plural(len(names), 'pass', 'passes')}?"


def listed(names: Sequence[str | None]) -> str:
    shown = [n or "(no name)" for n in names[:NAMES_SHOWN]]
    more = len(names) - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more > 0 else "")


def already(selected: int, can: int) -> str:
    """"2 of the 6 selected are already deactivated." ("" when none is)."""
    done = selected - can
    if done <= 0:
        return ""
    verb = "is" if done == 1 else "are"
    return f"{done:,} of the {selected:,} selected {verb} already deactivated and stay as they are."


def confirm_deactivate(parent: QWidget | None, names: Sequence[str | None],
                       selected: int | None = None) -> bool:
    """Ask before deactivating ``names`` (those of the ``selected`` passes that can
    be); True only when the person chose Deactivate."""
    details = "" if len(names) == 1 else f"{listed(names)}.\n\n"
    note = already(selected or len(names), len(names))
    details += f"{note}\n\n" if note else ""
    return confirm_destructive(
        parent, "Deactivate", question(names), "Deactivate", name="deactivateDialog",
        details=f"{details}A deactivated pass stays in the wallet, shown as expired, and no "
                "longer scans as valid. It can be reactivated later.")


def deactivate_passes(parent: QWidget | None, database: Database, pass_ids: Sequence[str],
                      names: Sequence[str | None], *, sync: SyncService | None = None,
                      selected: int | None = None) -> int | None:
    """Ask, then deactivate all in one transaction; how many were deactivated now
    (None: the person said no, or nothing was changed and they were told why).
    ``pass_ids``: those of the ``selected`` passes that are not deactivated yet."""
    selected = selected if selected is not None else len(pass_ids)
    if selected and not pass_ids:
        QMessageBox.information(parent, "Already deactivated",
                                "The selected pass is already deactivated." if selected == 1
                                else f"All {selected:,} selected passes are already "
                                "deactivated.")
        return None
    if not pass_ids or not confirm_deactivate(parent, names, selected):
        return None
    try:
        done = deactivate_many(database, pass_ids=pass_ids)
    except (ChangeRefused, SQLAlchemyError, DatabaseError) as exc:
        QMessageBox.warning(parent, "Not deactivated", f"Nothing was deactivated: {exc}")
        return None
    if sync is not None and done:
        sync.push_soon()
    return done


def reactivate_pass(parent: QWidget | None, database: Database, pass_id: str,
                    name: str | None, *, sync: SyncService | None = None) -> bool:
    """Ask, then make a deactivated pass active again; True once it is queued."""
    box = QMessageBox(parent, objectName="reactivateDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Reactivate")
    box.setText(f"Reactivate {f'the pass of {name}' if name else 'this pass'}?")
    box.setInformativeText(
        "It scans as valid again, and it can be changed and sent messages. On an "
        "iPhone it stays among the expired passes until its holder shows it again.")
    confirm = box.addButton("Reactivate", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(confirm)
    box.exec()
    if box.clickedButton() is not confirm:
        return False
    try:
        passes.reactivate_pass(database, pass_id=pass_id)
    except (ChangeRefused, SQLAlchemyError, DatabaseError) as exc:
        QMessageBox.warning(parent, "Not reactivated", f"The pass was not reactivated: {exc}")
        return False
    if sync is not None:
        sync.push_soon()
    return True
