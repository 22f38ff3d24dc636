"""Live desks: what the venue hub, in its own process, writes into this desk's database
shows on the door's counters, the till and the passes list without a restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from passdesk.gui.i18n import formats
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.services import Services
from passdesk.hub.signatures import sign
from passdesk.store.schema import Event, Pass, PassTemplate, Scan
from tests.conftest import VENDOR_FIXTURES
from tests.gui.helpers import open_pane, open_synced_door
from tests.gui.scanning.test_wedge import Typist
from tests.gui.till.test_pane import Till, loyalty_cards, wait_balance_read

TOKEN = "live-desk-token"
SECRET = "live-desk-webhook-secret"
#: How long a change may take to show here before the test gives up (not a
#: measurement: tests/benchmarks/bench_live.py measures it).
SHOWN_WITHIN_MS = 10_000


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class Hub:
    url: str
    process: subprocess.Popen

    def validate(self, value: str, delta: int | None = None) -> dict:
        scan: dict = {"scanValue": value, "readerId": "gate-2", "scanType": "qr"}
        if delta is not None:
            scan["loyalty"] = {"balance": delta}
        with httpx.Client(base_url=self.url, timeout=10) as client:
            answer = client.post("/validate", json={"scan": scan},
                                 headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 200, answer.text
        return answer.json()["validationResponse"]

    def webhook(self, document: dict) -> None:
        body = json.dumps(document).encode()
        with httpx.Client(base_url=self.url, timeout=10) as client:
            answer = client.post("/webhooks/passentry", content=body, headers={
                "X-Webhook-Signature": sign(body, SECRET), "Content-Type": "application/json"})
        assert answer.status_code == 200, answer.text


def start_hub(services: Services, tmp_path: Path) -> Iterator[Hub]:
    """``passdesk hub`` as its own process over the desk's own SQLite file."""
    url = services.database.engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "PASSDESK_HUB_TOKEN": TOKEN, "PASSDESK_WEBHOOK_SECRET": SECRET,
           "PASSDESK_CONFIG_DIR": str(tmp_path / "hub-config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    process = subprocess.Popen(
        [sys.executable, "-m", "passdesk", "hub", "--port", "0", "--database", url],
        env=env, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    assert process.stderr is not None
    for line in process.stderr:
        lines.append(line)
        if "passdesk hub on " in line:
            hub_url = line.split("passdesk hub on ", 1)[1].split()[0]
            break
    else:
        raise AssertionError("the hub did not start:\n" + "".join(lines))
    drain = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    drain.start()
    try:
        yield Hub(hub_url, process)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        drain.join(timeout=10)
        process.stderr.close()


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window):
    return open_synced_door(qtbot, sandbox, make_services, open_window)


@pytest.fixture
def hub(desk, tmp_path) -> Iterator[Hub]:
    _window, services, _door = desk
    yield from start_hub(services, tmp_path)


def ticket(services: Services) -> str:
    """The barcode of an active ticket for the event on now that nobody scanned yet
    (the hub, as the Door, lets in tickets of an event that is on, and no cards)."""
    now = datetime.now(UTC)
    with services.database.session() as s:
        value = s.scalar(
            select(Pass.barcode_value).join(PassTemplate, PassTemplate.id == Pass.template_id)
            .join(Event, Event.id == Pass.event_id)
            .where(Pass.status == "active", Pass.barcode_value.is_not(None),
                   ~PassTemplate.loyalty_enabled, Pass.id.not_in(select(Scan.pass_id)),
                   Event.start_time <= now, Event.end_time > now)
            .order_by(Pass.id).limit(1))
    assert value
    return value


def test_the_door_counts_what_the_hub_admits(qtbot, desk, hub) -> None:
    _window, services, door = desk
    form = door.form
    admitted = int(form.admittedCount.text().replace(",", ""))
    answer = hub.validate(ticket(services))
    assert answer["status"] == "success", answer
    qtbot.waitUntil(lambda: form.admittedCount.text() == formats.number(admitted + 1),
                    timeout=SHOWN_WITHIN_MS)
    assert door.isVisible()


def test_the_till_shows_points_a_reader_added_at_the_hub(qtbot, desk, hub, sandbox) -> None:
    window, services, _door = desk
    pane = open_pane(qtbot, window, "Till")
    till = Till(window, services, pane, Typist(), sandbox)
    _pass_id, barcode, name = loyalty_cards(services, 1)[0]
    till.scan(barcode)
    assert pane.form.customerName.text() == name
    wait_balance_read(qtbot, till)
    before = int(pane.form.balanceValue.text().replace(",", ""))
    answer = hub.validate(barcode, delta=7)
    assert answer["status"] == "success", answer
    qtbot.waitUntil(lambda: pane.form.balanceValue.text() == formats.number(before + 7),
                    timeout=SHOWN_WITHIN_MS)
    assert pane.form.customerName.text() == name  # the same customer, now up to date


def test_the_passes_list_shows_a_pass_installed_elsewhere(qtbot, desk, hub) -> None:
    window, _services, _door = desk
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)
    qtbot.waitUntil(lambda: pane.form.countLabel.text().endswith("passes"))
    before = pane.model.rowCount()
    document = json.loads((VENDOR_FIXTURES / "passentry_api_docs__webhook_passInstalled_1.json")
                          .read_text(encoding="utf-8"))
    document["data"]["attributes"]["timeStamp"] = datetime.now(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    hub.webhook(document)
    qtbot.waitUntil(lambda: pane.model.rowCount() == before + 1, timeout=SHOWN_WITHIN_MS)
    assert pane.form.countLabel.text() == f"{formats.number(before + 1)} passes"
