"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 hooks imports to learn whether a module uses ``from __feature__ import``:
the first time a module imports something, PySide6 reads its whole source through
``inspect.getsource`` (tokenizing it) and looks for "PySide6". At start-up that is
~550 modules and a tenth of a second on this project's 2-core machine. The same
question is answered here from the file's bytes; modules without a source file (a
bundled app's) still go to PySide6's own check, which gives up on them at once.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Answer from the file's bytes from now on; False where PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
