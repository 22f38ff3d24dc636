"""The whole app over a benchmark's store, as ``passdesk`` builds it: its services and
main window, in a home of its own, with a memory keychain (never the real one)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def open_app(store: Path, *, prefix: str, start_pane: str | None = None):
    """The QApplication, the services and the shown main window over ``store``.

    No server is set up in that home, so nothing syncs unless the caller pulls."""
    import keyring
    from PySide6.QtWidgets import QApplication

    from passdesk import app as passdesk_app
    from tests.helpers.memory_keyring import MemoryKeyring

    home = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update(PASSDESK_CONFIG_DIR=str(home / "config"),
                      PASSDESK_DATA_DIR=str(home / "data"),
                      PASSDESK_DATABASE_URL=f"sqlite:///{store}")
    keyring.set_keyring(MemoryKeyring())
    qt = QApplication.instance() or QApplication([])
    services = passdesk_app.build_services()
    window = passdesk_app.build_main_window(services, start_pane=start_pane)
    window.show()
    return qt, services, window
