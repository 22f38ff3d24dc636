"""Writing an export whole or not at all: a ``.part`` file renamed into place."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TextIO, TypeVar

T = TypeVar("T")


def write_atomically(path: str, write: Callable[[TextIO], T]) -> T:
    """Call ``write(file)`` on ``path.part``, then rename it to ``path``; on any error
    the part file is removed and ``path`` is left as it was."""
    part = f"{path}.part"
    try:
        with open(part, "w", newline="", encoding="utf-8") as out:
            result = write(out)
        os.replace(part, path)
    except BaseException:
        if os.path.exists(part):
            os.remove(part)
        raise
    return result
