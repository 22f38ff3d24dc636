"""Find files shipped beside the code: ``resources/`` and ``ui/``.

The same lookup works from a source checkout (top of the repo), an installed
wheel (``passdesk/_data/``, see pyproject's force-include) and a PyInstaller
bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots += [_PACKAGE / "_data", _PACKAGE.parent]
    return tuple(roots)


def data_path(kind: str, *parts: str) -> Path:
    """Path of ``<kind>/<parts...>`` where kind is ``resources`` or ``ui``."""
    for root in _roots():
        candidate = root.joinpath(kind, *parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(map(str, _roots()))
    raise FileNotFoundError(f"{kind}/{'/'.join(parts)} not found under {searched}")


def resource_path(*parts: str) -> Path:
    return data_path("resources", *parts)


def ui_path(name: str) -> Path:
    return data_path("ui", name)
