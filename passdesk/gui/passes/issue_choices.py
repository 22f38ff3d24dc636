"""What the Issue and Bulk issue dialogs share: their style, the event and choice
combos, and the "Add by ID…" button beside the template picker.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from passdesk.gui.i18n import translate
from passdesk.gui.i18n.formats import wall_words
from passdesk.gui.widgets.style import APP_STYLE
from passdesk.store.bulk_queries import EventChoice, read_templates

#: Opens the "Add template by ID" dialog over a parent; it has ``template`` once accepted.
AddTemplate = Callable[[QWidget], QDialog]

DIALOG_STYLE = APP_STYLE + """
QLabel[role="section"] { font-weight: 600; padding: 6px 0 0 0; }
QScrollArea#fieldsScroll, QWidget#fieldsWidget { background: transparent; }
"""

NO_EVENT = QT_TRANSLATE_NOOP("passes", "No event (not a ticket)")


def event_words(event: EventChoice) -> str:
    """"Winter Gala · Tue 8 Dec 2026, 19:00 (America/New_York)": the event's own clock."""
    if event.start is None:
        return event.name
    start, zone = event.start, event.time_zone
    try:
        start = start.astimezone(ZoneInfo(zone)) if zone else start.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
        start = start.astimezone()
    when = wall_words(start.replace(tzinfo=None))
    if zone:
        return translate("passes", "{event} · {when} ({zone})").format(
            event=event.name, when=when, zone=zone)
    return translate("passes", "{event} · {when}").format(event=event.name, when=when)


def fill_events(combo: QComboBox, found: list[EventChoice]) -> None:
    """"No event" first, then the local events; what was picked stays picked."""
    picked = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("passes", NO_EVENT), None)
    for event in found:
        combo.addItem(event_words(event), event.id)
        combo.setItemData(combo.count() - 1, event_words(event), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(picked), 0) if picked is not None else 0)
    combo.blockSignals(False)


def fill_choices(combo: QComboBox, choices: tuple[tuple[str, str | None], ...]) -> None:
    combo.clear()
    for words, value in choices:  # QT_TRANSLATE_NOOP sources in the "passes" context
        combo.addItem(translate("passes", words), value)
    combo.setCurrentIndex(0)


def ask_template_by_id(owner: QWidget, add_template: AddTemplate,
                       added: Callable[[str], None]) -> QDialog:
    """Open the "Add template by ID" dialog over ``owner``; ``added(template id)`` once
    PassEntry had that template and the store holds it."""
    dialog = add_template(owner)
    dialog.accepted.connect(lambda: added(dialog.template.id) if dialog.template else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class AddsTemplatesById:
    """The "Add by ID…" button beside a template picker, for the Issue and Bulk issue dialogs.

    The dialog has ``_add_template`` (None: no server to ask), ``_wanted_template``,
    ``_database``, ``_store_tasks``, ``_set_templates`` and ``_failed``.
    """

    def add_template_by_id(self) -> None:
        """A template no pass has shown yet: add it by its ID, then pick it."""
        if self._add_template is None:
            return
        self.template_dialog = ask_template_by_id(self, self._add_template,
                                                  self._template_added)

    def _template_added(self, template_id: str) -> None:
        self._wanted_template = template_id
        database = self._database
        self._store_tasks.run(lambda: read_templates(database), on_success=self._set_templates,
                              on_failure=self._failed, owner=self)
