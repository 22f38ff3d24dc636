"""``passdesk hub`` as its own process (demo data, no account), and HTTPS."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from passdesk import cli
from passdesk.hub.server import HubServer
from tests.integration.hub.conftest import TICKET, bearer, hub_config

DRAINS: dict[int, threading.Thread] = {}
URL_LINE = re.compile(r"passdesk hub on (https?://\S+) ")


def read_url(process: subprocess.Popen, lines: list[str]) -> str | None:
    """The hub's URL from its first lines; the rest is drained into ``lines``."""
    assert process.stderr is not None
    for line in process.stderr:
        lines.append(line)
        found = URL_LINE.search(line)
        if found:
            # Keep draining, so the hub never blocks on a full pipe.
            drain = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
            drain.start()
            DRAINS[process.pid] = drain
            return found.group(1)
    return None


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=60)
    drain = DRAINS.pop(process.pid, None)
    if drain is not None:
        drain.join(timeout=10)  # the hub exited: its pipe ends
    assert process.stderr is not None
    process.stderr.close()
    return code


def test_passdesk_hub_demo_runs_with_no_account(tmp_path: Path):
    env = {**os.environ, "PASSDESK_CONFIG_DIR": str(tmp_path / "config"),
           "PASSDESK_DATA_DIR": str(tmp_path / "data"),
           # Never the developer's keychain: nothing configured, so the demo's secrets.
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    for name in ("PASSDESK_HUB_TOKEN", "PASSDESK_WEBHOOK_SECRET", "PASSDESK_PASSSLOT_KEY",
                 "PASSDESK_DATABASE_URL"):
        env.pop(name, None)
    process = subprocess.Popen([sys.executable, "-m", "passdesk", "hub", "--demo", "--port",
                                "0"], env=env, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        url = read_url(process, lines)
        assert url, "".join(lines)
        with sqlite3.connect(tmp_path / "data" / "hub-demo.sqlite3") as con:
            stored, barcode = con.execute(
                "SELECT count(*), max(barcode_value) FROM passes").fetchone()
        assert stored == 2000
        with httpx.Client(base_url=url, timeout=10) as client:
            assert client.get("/health").json()["status"] == "ok"
            answer = client.post("/validate", headers=bearer("demo"), json={
                "scan": {"scanValue": barcode, "readerId": "demo-reader", "scanType": "qr"}})
            assert answer.json()["validationResponse"]["status"] in ("success", "failed")
            assert answer.json()["validationResponse"]["passId"]
            assert client.post("/validate", json={}).status_code == 401
            verify = client.post("/webhooks/passslot?key=demo", json={
                "id": "v", "type": "webhook.verify", "data": {"token": "tok-1"}})
            assert verify.text == "tok-1"
    finally:
        code = stop(process)
    assert code == 0
    assert "demo passes stored" in "".join(lines)


def test_hub_serve_says_why_it_did_not_start(capsys, tmp_path: Path):
    # ``passdesk hub`` is ``passdesk.hub.serve()``: callable without the command line.
    from passdesk.hub import serve

    assert serve(database="nosuchdialect://x", port=0) == 1
    assert "Cannot use the database at nosuchdialect://x" in capsys.readouterr().err
    store = f"sqlite:///{tmp_path / 'venue.sqlite3'}"
    assert serve(database=store, host="10.255.255.1", port=0) == 1  # no such address here
    assert capsys.readouterr().err.startswith("The hub could not start: ")


def test_the_tls_options_go_together(capsys):
    assert cli.main(["hub", "--port", "0", "--ssl-certfile", "cert.pem"]) == 2
    assert "go together" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_the_hub_serves_https_with_a_certificate(db, tmp_path: Path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    with HubServer(db, hub_config(), ssl_certfile=str(cert), ssl_keyfile=str(key)) as hub:
        assert hub.url.startswith("https://127.0.0.1:")
        trust = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(base_url=hub.url, verify=trust) as client:
            answer = client.post("/validate", headers=bearer(),
                                 json={"scan": {"scanValue": TICKET, "readerId": "r"}})
            assert answer.json()["validationResponse"]["status"] == "success"
        with httpx.Client(base_url=hub.url.replace("https", "http")) as plain, \
                pytest.raises(httpx.HTTPError):
            plain.get("/health")
