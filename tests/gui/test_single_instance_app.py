"""The real entry point started twice over one store: the second hands over and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from passdesk import app
from passdesk.gui.single_instance import server_name
from passdesk.settings import Settings

REPO = Path(__file__).resolve().parents[2]
#: ``passdesk -v`` as the desktop icon runs it (INFO logs on stderr).
ENTRY = [sys.executable, "-c", "import sys; from passdesk.cli import main; "
         "sys.exit(main(sys.argv[1:]))", "-v"]
URL = "http://127.0.0.1:9"  # refuses connections: the sync goes offline at once


def test_a_second_passdesk_over_the_same_store_hands_over_and_exits_0(qtbot, tmp_path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(f'{{"api_base_url": "{URL}"}}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PASSDESK_CONFIG_DIR": str(tmp_path / "config"),
           "PASSDESK_DATA_DIR": str(tmp_path / "data"), "PASSDESK_API_KEY": "key",
           "PASSDESK_MUTE": "1", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    store = app.local_store_file(Settings(api_base_url=URL), URL)
    name = server_name(app.single_instance_key(Settings(api_base_url=URL), store, demo=False))
    log = tmp_path / "first.log"
    with log.open("w") as first_err:
        first = subprocess.Popen(ENTRY, cwd=REPO, env=env, stderr=first_err,
                                 stdout=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: Path(name).exists(), timeout=60_000)

        second = subprocess.run(ENTRY, cwd=REPO, env=env, capture_output=True, text=True,
                                check=False)

        assert second.returncode == 0, second.stderr[-3000:]
        assert "GET /entities" not in second.stderr  # it never started a sync of its own
        qtbot.waitUntil(lambda: "asked passdesk to come to the front" in log.read_text(),
                        timeout=60_000)
        assert first.poll() is None  # the first runs on
    finally:
        first.terminate()
        first.wait()
        Path(name).unlink(missing_ok=True)  # a terminated first leaves its socket
