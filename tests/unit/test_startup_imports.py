"""Start-up laziness: what the first second does not need is not imported.

Each check runs in a fresh interpreter (``python -c``), so modules other tests
imported do not count. The deferred modules are imported later, when their
work starts: the hub's server when the hub runs, the designer and the other
panes on their first show, alembic when a store needs an upgrade.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from passdesk.store import migrate
from passdesk.store.database import Database

#: Not imported before the window shows the Door (module names and their packages);
#: qrcode and Pillow come with the scanner check's sheet, httpx and the API client
#: with the sync's first round, the pull and the push on the sync's worker.
DEFERRED = ("alembic", "starlette", "uvicorn", "passdesk.hub.server", "passdesk.hub.app",
            "httpx", "passdesk.api.client", "passdesk.api.http", "passdesk.sync.pull",
            "passdesk.sync.push",
            "passdesk.gui.designer", "passdesk.gui.passes.pane", "passdesk.gui.till.pane",
            "passdesk.gui.events.pane", "passdesk.gui.readers.pane", "passdesk.gui.sync.pane",
            "passdesk.gui.settings.pane", "passdesk.sandbox", "qrcode", "PIL")
REPO = Path(__file__).resolve().parents[2]

#: Prints the deferred modules that are in sys.modules after ``{start}``.
PROBE = """
import json, sys
{start}
deferred = {deferred!r}
print(json.dumps(sorted(name for name in sys.modules
                        if any(name == d or name.startswith(d + ".") for d in deferred))))
"""


def loaded_after(start: str, env: dict[str, str] | None = None) -> list[str]:
    code = PROBE.format(start=start, deferred=DEFERRED)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                          **(env or {})}, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_the_probe_sees_a_deferred_module_when_it_is_imported() -> None:
    assert "alembic" in loaded_after("import alembic")


def test_the_app_and_the_door_import_none_of_the_deferred_modules() -> None:
    assert loaded_after("import passdesk.app, passdesk.cli, passdesk.gui.door.pane") == []


def test_opening_a_current_store_does_not_import_alembic(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    Database.open(url).close()  # created and migrated here

    assert loaded_after(f"from passdesk.store.database import Database\n"
                        f"Database.open({url!r}).close()") == []


def test_the_window_opens_on_the_door_with_only_the_door_built(tmp_path) -> None:
    """The start path as ``app.run`` takes it, up to the window shown, over a current
    store: only the Door is built, and nothing deferred is imported."""
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    Database.open(url).close()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(
        json.dumps({"api_base_url": "http://127.0.0.1:9"}))
    start = ("from PySide6.QtWidgets import QApplication\n"
             "from passdesk import app\n"
             "qt = QApplication([])\n"
             "services = app.build_services()\n"
             "window = app.build_main_window(services, start_services=False)\n"
             "window.show()\n"
             "qt.processEvents()\n"
             "assert window.current_pane_key == 'door', window.current_pane_key\n"
             "assert [k for k in window.pane_keys if window.is_built(k)] == ['door']\n")
    env = {"PASSDESK_CONFIG_DIR": str(tmp_path / "config"),
           "PASSDESK_DATA_DIR": str(tmp_path / "data"), "PASSDESK_DATABASE_URL": url,
           "PASSDESK_API_KEY": "key", "PASSDESK_MUTE": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert loaded_after(start, env) == []


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert migrate.head_from_files() == migrate.head_revision()


def test_a_store_is_current_only_at_the_head_revision(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}", upgrade=False)
    try:
        assert not migrate.is_current(db.engine)  # no version table yet
        migrate.upgrade(db.engine, "0001")
        assert not migrate.is_current(db.engine)
        migrate.upgrade(db.engine)
        assert migrate.is_current(db.engine)
    finally:
        db.close()


def test_an_older_store_is_still_upgraded_when_opened(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    old = Database.open(url, upgrade=False)
    migrate.upgrade(old.engine, "0001")
    old.close()

    db = Database.open(url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux's /proc")
def test_a_form_loads_without_qt_designers_plugins() -> None:
    """QUiLoader would load every Designer plugin (QtQuick, QtWebEngine) as it is made."""
    code = ("from PySide6.QtWidgets import QApplication, QWidget\n"
            "from passdesk.gui.widgets.forms import load_form\n"
            "qt = QApplication([])\n"
            "pane = QWidget()\n"
            "form = load_form('door/pane.ui', pane)\n"
            "assert form.findChild(QWidget, 'verdictFrame') is not None\n"
            "maps = open('/proc/self/maps').read()\n"
            "print(sorted({line.rsplit('/', 1)[-1] for line in maps.splitlines()\n"
            "              if '/plugins/designer/' in line}))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines()[-1] == "[]"
