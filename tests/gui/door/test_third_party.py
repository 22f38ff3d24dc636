"""The Door in third-party validation mode, against a local endpoint."""

from __future__ import annotations

from types import SimpleNamespace

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from passdesk.store.schema import ReaderConfiguration
from passdesk.sync.service import StoreChanged
from tests.gui.door.test_pane import a_valid_pass
from tests.gui.helpers import open_synced_door
from tests.helpers.asgi_server import AsgiServer

TOKEN = "venue-token-7"


async def validate(request: Request):
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return JSONResponse({"error": "Unauthorized"}, status_code=401)
    value = (await request.json())["scan"]["scanValue"]
    if value == "BOOM":
        return PlainTextResponse("down", status_code=500)
    if value.startswith("MEMBER-"):
        return JSONResponse({"validationResponse": {
            "status": "success", "statusDetail": "ok",
            "readerInstructions": {"message": "Welcome, member"}}})
    return JSONResponse({"validationResponse": {
        "status": "failed", "statusDetail": "Subscription expired",
        "readerInstructions": {"message": "Sorry, we can't let you in"}}})


def test_the_door_asks_the_endpoint_and_falls_back_when_it_fails(
        qtbot, sandbox, make_services, open_window, memory_keyring, monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")
    memory_keyring.store[("passdesk", "hub_token")] = TOKEN
    app = Starlette(routes=[Route("/validate", validate, methods=["POST"])])
    with AsgiServer(app) as endpoint:
        _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
        with services.database.session() as session:
            config = session.query(ReaderConfiguration).one_or_none()
            if config is None:  # strict: no entities list, so no configuration synced
                config = ReaderConfiguration(id=sandbox.state.default_entity_id)
                session.add(config)
            config.validation_type = "external"
            config.validation_url = f"{endpoint.url}/validate"
        services.bridge.notice(StoreChanged("all"))
        qtbot.waitUntil(lambda: pane.third_party is not None)
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
