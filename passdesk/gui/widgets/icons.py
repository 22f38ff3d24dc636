"""Icons from ``resources/icons`` (SVG, drawn by QtSvg at any size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from passdesk.resources import resource_path

APP_ICON = "passdesk.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>``; raises FileNotFoundError if it is missing."""
    return QIcon(str(resource_path("icons", name)))


def app_icon() -> QIcon:
    return icon(APP_ICON)
