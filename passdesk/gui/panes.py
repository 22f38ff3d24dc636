"""The panes of the main window, in navigation order.

Adding a pane is one line here: a key, a title, an icon from
``resources/icons`` and a factory that builds the widget from the services.
Only panes that exist are listed: no placeholders.

Each factory imports its pane's module when it is called: the main window
builds the pane it opens on at start and each other pane on its first show,
so a start imports only what the first pane needs (the designer alone takes
a good part of a second).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from passdesk.core.roles import Action
from passdesk.core.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from passdesk.gui.services import Services


@dataclass(frozen=True)
class PaneSpec:
    key: str
    #: The English title, marked for the catalogues; shown as ``translate("window", title)``.
    title: str
    icon: str
    factory: Callable[[Services], QWidget]
    #: What opening the pane asks of the desk's role (a step-up otherwise); None: anyone.
    needs: Action | None = None


# Each pane's module is imported when the pane is first shown (start-up imports only
# the first pane's). Spelled out, not by name: PyInstaller finds these imports.
def _door(services: Services) -> QWidget:
    from passdesk.gui.door.pane import DoorPane

    return DoorPane.from_services(services)


def _till(services: Services) -> QWidget:
    from passdesk.gui.till.pane import TillPane

    return TillPane.from_services(services)


def _events(services: Services) -> QWidget:
    from passdesk.gui.events.pane import EventsPane

    return EventsPane.from_services(services)


def _passes(services: Services) -> QWidget:
    from passdesk.gui.passes.pane import PassesPane

    return PassesPane.from_services(services)


def _designer(services: Services) -> QWidget:
    from passdesk.gui.designer.pane import DesignerPane

    return DesignerPane.from_services(services)


def _readers(services: Services) -> QWidget:
    from passdesk.gui.readers.pane import ReadersPane

    return ReadersPane.from_services(services)


def _sync(services: Services) -> QWidget:
    from passdesk.gui.sync.pane import SyncPane

    return SyncPane.from_services(services)


def _staff(services: Services) -> QWidget:
    from passdesk.gui.staff.pane import StaffPane

    return StaffPane.from_services(services)


def _insights(services: Services) -> QWidget:
    from passdesk.gui.insights.pane import InsightsPane

    return InsightsPane.from_services(services)


def _settings(services: Services) -> QWidget:
    from passdesk.gui.settings.pane import SettingsPane

    return SettingsPane.from_services(services)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("door", QT_TRANSLATE_NOOP("window", "Door"), "door.svg", _door),
    PaneSpec("till", QT_TRANSLATE_NOOP("window", "Till"), "till.svg", _till),
    PaneSpec("events", QT_TRANSLATE_NOOP("window", "Events"), "events.svg", _events),
    PaneSpec("passes", QT_TRANSLATE_NOOP("window", "Passes"), "passes.svg", _passes),
    PaneSpec("designer", QT_TRANSLATE_NOOP("window", "Designer"), "designer.svg", _designer),
    PaneSpec("readers", QT_TRANSLATE_NOOP("window", "Readers"), "readers.svg", _readers,
             Action.MANAGE_READERS),
    PaneSpec("sync", QT_TRANSLATE_NOOP("window", "Sync"), "sync.svg", _sync),
    PaneSpec("staff", QT_TRANSLATE_NOOP("window", "Staff"), "staff.svg", _staff),
    PaneSpec("settings", QT_TRANSLATE_NOOP("window", "Settings"), "settings.svg", _settings,
             Action.OPEN_SETTINGS),
    # Last, so the panes before it keep their Ctrl+digit; its key is Ctrl+0.
    PaneSpec("insights", QT_TRANSLATE_NOOP("window", "Insights"), "insights.svg", _insights),
)
