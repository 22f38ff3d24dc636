"""Qt widgets: the main window, one module per pane, and their helpers.

The only package that builds widgets. Services come in through constructors
(see ``passdesk.gui.services``); nothing here reaches for a global app object.
"""

import PySide6  # noqa: F401  (loads PySide6's import hook, which the line below makes cheaper)

from passdesk.gui import qt_import_hook

qt_import_hook.install()
