"""The Door in third-party validation mode, against a local endpoint."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from passdesk.store.schema import ReaderConfiguration, Scan
from passdesk.sync.service import StoreChanged
from tests.gui.door.test_pane import a_valid_pass
from tests.gui.helpers import open_synced_door
from tests.helpers.asgi_server import AsgiServer

TOKEN = "venue-token-7"
#: A "SLOW-" value is answered after this long (the Door waits up to 2 s).
SLOW_S = 1.2
#: Set when the endpoint has a "SLOW-" value in hand.
slow_asked = threading.Event()


async def validate(request: Request):
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return JSONResponse({"error": "Unauthorized"}, status_code=401)
    value = (await request.json())["scan"]["scanValue"]
    if value.startswith("SLOW-"):
        slow_asked.set()
        await asyncio.sleep(SLOW_S)
        return JSONResponse({"validationResponse": {
            "status": "success", "statusDetail": "ok",
            "readerInstructions": {"message": "Welcome, member"}}})
    if value == "BOOM":
        return PlainTextResponse("down", status_code=500)
    if value.startswith("MEMBER-"):
        return JSONResponse({"validationResponse": {
            "status": "success", "statusDetail": "ok",
            "readerInstructions": {"message": "Welcome, member"}}})
    return JSONResponse({"validationResponse": {
        "status": "failed", "statusDetail": "Subscription expired",
        "readerInstructions": {"message": "Sorry, we can't let you in"}}})


def validated_by(qtbot, sandbox, make_services, open_window, endpoint):
    """The synced Door, its reader configuration set to validate at ``endpoint``."""
    _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    validate_at(qtbot, sandbox, services, pane, f"{endpoint.url}/validate")
    return services, pane


def validate_at(qtbot, sandbox, services, pane, url: str) -> None:
    """The stored reader configuration says third-party validation at ``url``; the Door
    has followed it."""
    with services.database.session() as session:
        config = session.query(ReaderConfiguration).one_or_none()
        if config is None:  # strict: no entities list, so no configuration synced
            config = ReaderConfiguration(id=sandbox.state.default_entity_id)
            session.add(config)
        config.validation_type = "external"
        config.validation_url = url
    services.bridge.notice(StoreChanged("all"))
    qtbot.waitUntil(lambda: pane.third_party is not None)


def test_the_door_asks_the_endpoint_and_falls_back_when_it_fails(
        qtbot, sandbox, make_services, open_window, memory_keyring, monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")
    memory_keyring.store[("passdesk", "hub_token")] = TOKEN
    app = Starlette(routes=[Route("/validate", validate, methods=["POST"])])
    with AsgiServer(app) as endpoint:
        services, pane = validated_by(qtbot, sandbox, make_services, open_window, endpoint)
        assert "validated by" in pane.form.doorSummary.text()

        pane.scan("MEMBER-42")
        qtbot.waitUntil(lambda: pane.form.verdictWord.text() == "ADMIT")
        assert pane.form.verdictMessage.text() == "Welcome, member"

        pane.scan("GUEST-1")
        qtbot.waitUntil(lambda: pane.form.verdictWord.text() == "DENY")
        assert pane.form.verdictMessage.text() == "Sorry, we can't let you in"

        # The service fails: the local rules decide, and the door says so.
        barcode, _name = a_valid_pass(SimpleNamespace(services=services))
        pane.scan("BOOM")
        qtbot.waitUntil(lambda: "checked offline" in pane.form.verdictMessage.text())
        assert pane.form.verdictWord.text() == "DENY"
        pane.third_party.client.close()
        pane.third_party.client = type(pane.third_party.client)(
            f"{endpoint.url}/missing", TOKEN, timeout=0.5)
        pane.scan(barcode)
        qtbot.waitUntil(lambda: pane.form.verdictWord.text() == "ADMIT")
        assert "checked offline" in pane.form.verdictMessage.text()


def test_a_slow_service_holds_up_neither_the_store_nor_the_order_of_verdicts(
        qtbot, sandbox, make_services, open_window, memory_keyring, monkeypatch) -> None:
    """The call runs on the network runner: the store's single worker stays free while
    the service thinks. A read that comes meanwhile waits its turn: its verdict shows,
    and is recorded, after the first one's."""
    monkeypatch.setenv("PASSDESK_MUTE", "1")
    memory_keyring.store[("passdesk", "hub_token")] = TOKEN
    app = Starlette(routes=[Route("/validate", validate, methods=["POST"])])
    with AsgiServer(app) as endpoint:
        services, pane = validated_by(qtbot, sandbox, make_services, open_window, endpoint)
        slow_asked.clear()
        pane.scan("SLOW-1")
        pane.scan("GUEST-2")  # while SLOW-1 is with the service
        assert slow_asked.wait(5)
        db = services.database
        read: list[object] = []
        services.store_tasks.run(lambda: recorded(db), on_success=read.append,
                                 on_failure=read.append)
        qtbot.waitUntil(lambda: bool(read), timeout=int(SLOW_S * 1000 / 2))
        assert "SLOW-1" not in read[0]  # still with the service
        assert pane.form.verdictWord.text() == "CHECKING"

        qtbot.waitUntil(lambda: recorded(db)[-2:] == ["SLOW-1", "GUEST-2"], timeout=10_000)
        qtbot.waitUntil(lambda: pane.form.verdictMessage.text() ==
                        "Sorry, we can't let you in")  # the last read's verdict, last
        assert pane.form.verdictWord.text() == "DENY"


def recorded(db) -> list[str]:
    """The values scanned at this door, in the order they were recorded."""
    with db.session() as session:
        return list(session.scalars(select(Scan.raw_value).order_by(Scan.scanned_at)))


def test_the_fallback_is_chosen_in_the_settings_dialog_and_kept(qtbot) -> None:
    from passdesk.gui.door.settings_dialog import Choices, DoorSettingsDialog
    from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json

    dialog = DoorSettingsDialog(DoorSetup(), Choices([], {}))
    qtbot.addWidget(dialog)
    assert dialog.setup().third_party_fallback == "offline check"  # the default
    combo = dialog.form.fallbackCombo
    combo.setCurrentIndex(combo.findData("deny"))
    chosen = dialog.setup()
    assert chosen.third_party_fallback == "deny"
    assert setup_from_json(setup_to_json(chosen)).third_party_fallback == "deny"
    assert setup_from_json({"third_party_fallback": "nonsense"}).third_party_fallback == \
        "offline check"
