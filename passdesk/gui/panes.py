"""The panes of the main window, in navigation order.

Adding a pane is one line here: a key, a title, an icon from
``resources/icons`` and a factory that builds the widget from the services.
Only panes that exist are listed: no placeholders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from passdesk.gui.designer.pane import DesignerPane
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.events.pane import EventsPane
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.readers.pane import ReadersPane
from passdesk.gui.services import Services
from passdesk.gui.settings.pane import SettingsPane
from passdesk.gui.sync.pane import SyncPane
from passdesk.gui.till.pane import TillPane


@dataclass(frozen=True)
class PaneSpec:
    key: str
    title: str
    icon: str
    factory: Callable[[Services], QWidget]


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("door", "Door", "door.svg", DoorPane.from_services),
    PaneSpec("till", "Till", "till.svg", TillPane.from_services),
    PaneSpec("events", "Events", "events.svg", EventsPane.from_services),
    PaneSpec("passes", "Passes", "passes.svg", PassesPane.from_services),
    PaneSpec("designer", "Designer", "designer.svg", DesignerPane.from_services),
    PaneSpec("readers", "Readers", "readers.svg", ReadersPane.from_services),
    PaneSpec("sync", "Sync", "sync.svg", SyncPane.from_services),
    PaneSpec("settings", "Settings", "settings.svg", SettingsPane.from_services),
)
