"""The client's behaviour around the routes: fallbacks, polling, optional routes.

Request shapes only, through httpx.MockTransport; the contract itself is in
test_contract_examples.py (the document's examples) and tests/integration/api
(the sandbox).
"""

from __future__ import annotations

import json

import httpx
import pytest

from passdesk.api import (
    NotFoundError,
    NotOfferedError,
    PassEntryClient,
    ProcessingFailedError,
    ProcessingTimeoutError,
    ResponseFormatError,
)
from passdesk.api.readers import ReaderConfigurationInput
from passdesk.api.routes import ROUTES, Standing
from passdesk.core.payloads import ReaderInput
from passdesk.core.records import PassTemplate, TemplateProcessing, ValidationType

BASE = "https://api.example.test/api/v1"
CURRENT = {"data": {"id": "t1", "type": "passTemplate", "attributes": {
    "name": "Coffee", "templateType": "loyalty",
    "fields": {"header": {"one": {"id": "points", "label": "Points", "defaultValue": "0"}}}}}}
DEPRECATED = {"data": {"id": "t1", "type": "passTemplate", "attributes": {
    "name": "Coffee", "templateType": "storeCard",
    "header": {"header_one": {"id": "points", "label": "Points", "default_value": None}}}}}
PROCESSING = {"data": {"type": "passTemplate", "id": "t1", "attributes": {
    "processingStatus": "processing", "message": "wait"},
    "links": {"self": "https://api.passentry.com/v1/pass-templates/t1"}}}


class Server:
    """Answers by (method, path); records every request."""

    def __init__(self, answers: dict[tuple[str, str], object]) -> None:
        self.answers = answers
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.answers.get((request.method, raw_path(request)), 404)
        if callable(answer):
            answer = answer(request)
        if isinstance(answer, int):
            return httpx.Response(answer, json={"error": "no"})
        if isinstance(answer, tuple):
            return httpx.Response(answer[0], json=answer[1])
        return httpx.Response(200, json=answer)

    def paths(self) -> list[str]:
        return [f"{r.method} {raw_path(r)}" for r in self.seen]


def raw_path(request: httpx.Request) -> str:
    """The path as sent, escapes kept (an ext id may hold a slash)."""
    return request.url.raw_path.decode().split("?")[0]


def client(server: Server) -> PassEntryClient:
    return PassEntryClient(BASE, "k", transport=httpx.MockTransport(server))


# --- routes table -----------------------------------------------------------------------


def test_routes_table_has_every_documented_route_of_the_reference_once() -> None:
    documented = {(r.method, r.path) for r in ROUTES.values() if r.standing is Standing.DOCUMENTED}
    assert len(documented) == 33  # §16: 33 documented endpoints
    assert ("POST", "/passes/{id}/notification") in documented
    assert ("GET", "/loyalty/{id}") in documented
    assert ("GET", "/entities/{entity_id}/readerConfiguration") in documented
    legacy = {n for n, r in ROUTES.items() if r.standing is Standing.LEGACY}
    assert legacy == {"entities.list", "entities.get", "events.list", "events.get",
                      "events.create", "events.update", "readers.list", "readers.get",
                      "readers.update"}
    assert {n for n, r in ROUTES.items() if r.standing is Standing.EXTENSION} == {
        "templates.list", "reader_configuration.update"}


# --- templates ----------------------------------------------------------------------------


def test_template_get_uses_the_current_route_first_and_remembers_it() -> None:
    server = Server({("GET", "/api/v1/pass-templates/t1"): CURRENT})
    with client(server) as c:
        template = c.templates.get("t1")
        assert c.templates.route_in_use == "current"
    assert template.shape == "current"
    assert server.paths() == ["GET /api/v1/pass-templates/t1"]


def test_template_get_falls_back_on_404_and_asks_the_deprecated_route_first_afterwards() -> None:
    server = Server({("GET", "/api/v1/pass_templates/t1"): DEPRECATED,
                     ("GET", "/api/v1/pass_templates/t2"): DEPRECATED})
    with client(server) as c:
        assert c.templates.get("t1").shape == "deprecated"
        assert c.templates.route_in_use == "deprecated"
        c.templates.get("t2")
    assert server.paths() == ["GET /api/v1/pass-templates/t1", "GET /api/v1/pass_templates/t1",
                              "GET /api/v1/pass_templates/t2"]


def test_template_missing_on_both_routes_is_not_found() -> None:
    with client(Server({})) as c, pytest.raises(NotFoundError) as info:
        c.templates.get("nope")
    assert not isinstance(info.value, NotOfferedError)
    assert c.templates.route_in_use is None


def test_template_list_is_an_extension_a_real_account_does_not_offer() -> None:
    with client(Server({})) as c, pytest.raises(NotOfferedError, match="list of pass templates"):
        c.templates.list()


def test_create_template_answers_processing_and_wait_polls_the_api_route() -> None:
    answers = [(404, {}), (200, PROCESSING), (200, CURRENT)]
    server = Server({("POST", "/api/v1/pass-templates"): (202, PROCESSING),
                     ("GET", "/api/v1/pass-templates/t1"): lambda r: answers.pop(0)})
    sleeps: list[float] = []
    with client(server) as c:
        processing = c.templates.create({"name": "Coffee", "templateType": "loyalty"})
        assert isinstance(processing, TemplateProcessing)
        template = c.templates.wait_until_processed(processing.id, poll=0.5, sleep=sleeps.append)
    assert isinstance(template, PassTemplate)
    assert template.name == "Coffee"
    assert sleeps == [0.5, 0.5]
    assert json.loads(server.seen[0].content) == {
        "passTemplate": {"name": "Coffee", "templateType": "loyalty"}}
    # never the answer's links.self (it lacks /api in the docs)
    assert all(r.url.host == "api.example.test" for r in server.seen)


def test_wait_gives_up_after_the_timeout_and_reports_failure_words() -> None:
    server = Server({("GET", "/api/v1/pass-templates/t1"): PROCESSING})
    sleeps: list[float] = []
    with client(server) as c, pytest.raises(ProcessingTimeoutError):
        c.templates.wait_until_processed("t1", poll=1, timeout=3, sleep=sleeps.append)
    assert sleeps == [1, 1, 1]
    failed = {"data": {"id": "t1", "type": "passTemplate", "attributes": {
        "processingStatus": "failed", "message": "banner too small"}}}
    with client(Server({("GET", "/api/v1/pass-templates/t1"): failed})) as c, \
            pytest.raises(ProcessingFailedError, match="banner too small"):
        c.templates.wait_until_processed("t1", sleep=sleeps.append)


def test_update_template_answers_record_on_200_and_processing_on_202() -> None:
    with client(Server({("PATCH", "/api/v1/pass-templates/t1"): CURRENT})) as c:
        assert isinstance(c.templates.update("t1", {"name": "Tea"}), PassTemplate)
    with client(Server({("PATCH", "/api/v1/pass-templates/t1"): (202, PROCESSING)})) as c:
        assert isinstance(c.templates.update("t1", {"name": "Tea"}), TemplateProcessing)


# --- passes, loyalty ---------------------------------------------------------------------


PASS = {"data": {"id": "p1", "type": "pass", "attributes": {"status": "active"}}}


def test_pass_routes_take_the_ext_id_and_escape_it() -> None:
    server = Server({("POST", "/api/v1/passes/A%2F1/notification"): PASS,
                     ("POST", "/api/v1/passes/A%2F1/nullify"): PASS,
                     ("PATCH", "/api/v1/passes/A%2F1"): PASS,
                     ("GET", "/api/v1/loyalty/A%2F1"): {**PASS, "meta": {"loyalty": {
                         "balance": 3}}}})
    with client(server) as c:
        c.passes.notify("A/1", "hello")
        c.passes.nullify("A/1")
        c.passes.reactivate("A/1")
        assert c.loyalty.get("A/1").balance == 3
    assert json.loads(server.seen[0].content) == {"notification": {"message": "hello"}}
    assert server.seen[1].content == b""
    assert json.loads(server.seen[2].content) == {"pass": {}, "passAction": "reactivate"}


def test_pass_list_asks_for_nullified_passes_only_when_told() -> None:
    page = {"data": [], "meta": {}, "links": {}}
    server = Server({("GET", "/api/v1/passes"): page})
    with client(server) as c:
        c.passes.list()
        c.passes.list(include_nullified=True)
    assert "includeNullified" not in server.seen[0].url.params
    assert server.seen[1].url.params["includeNullified"] == "true"


def test_loyalty_balance_that_is_not_a_number_is_a_format_error() -> None:
    server = Server({("GET", "/api/v1/loyalty/p1"): {**PASS, "meta": {"loyalty": {
        "balance": "lots"}}}})
    with client(server) as c, pytest.raises(ResponseFormatError):
        c.loyalty.get("p1")


# --- readers ---------------------------------------------------------------------------


READER = {"data": {"id": "door-1", "type": "reader", "attributes": {"name": "Door"}}}
CONFIG = {"data": {"id": "e1", "type": "readerConfiguration", "attributes": {
    "validationConfiguration": {"validationType": "external"}}}}


def test_readers_are_created_and_configured_under_the_entity() -> None:
    server = Server({("POST", "/api/v1/entities/e1/readers"): (201, READER),
                     ("GET", "/api/v1/entities/e1/readerConfiguration"): CONFIG})
    with client(server) as c:
        reader = c.readers.create("e1", ReaderInput(reader_id="door-1", name="Door"))
        config = c.readers.configuration("e1")
        with pytest.raises(ValueError, match="entity id"):
            c.readers.configuration("")
    assert reader.id == "door-1"
    assert config.validation_configuration.kind == ValidationType.EXTERNAL


def test_reader_configuration_change_on_a_real_account_says_use_the_dashboard() -> None:
    with client(Server({("PATCH", "/api/v1/entities/e1/readerConfiguration"): 405})) as c, \
            pytest.raises(NotOfferedError, match="dashboard") as info:
        c.readers.update_configuration("e1", ReaderConfigurationInput(
            validation_type="external", url="https://hub.example/validate", token="t0k"))
    assert info.value.route == "reader_configuration.update"
    assert isinstance(info.value, NotFoundError)


def test_old_third_party_word_is_sent_as_external() -> None:
    body = ReaderConfigurationInput(validation_type="thirdParty", url="https://h/v",
                                    token="secret-token").to_body()
    assert body["readerConfiguration"]["validationConfiguration"] == {
        "validationType": "external", "url": "https://h/v", "token": "secret-token"}
    assert "secret-token" not in repr(ReaderConfigurationInput(token="secret-token"))


@pytest.mark.parametrize(("call", "words"), [
    (lambda c: c.events.list(), "the events list"),
    (lambda c: c.entities.list(), "the entities list"),
    (lambda c: c.readers.list(), "the readers list"),
    (lambda c: c.readers.get("door-1"), "showing a reader"),
    (lambda c: list(c.events.iter()), "the events list"),
])
def test_legacy_routes_answering_404_are_not_offered_in_plain_words(call, words) -> None:
    with client(Server({})) as c, pytest.raises(NotOfferedError) as info:
        call(c)
    assert str(info.value).startswith(f"This PassEntry account does not offer {words}")


def test_documented_route_404_stays_a_plain_not_found() -> None:
    with client(Server({})) as c, pytest.raises(NotFoundError) as info:
        c.passes.get("gone")
    assert not isinstance(info.value, NotOfferedError)


# --- new groups -------------------------------------------------------------------------


def test_image_asset_list_accepts_items_wrapped_in_data() -> None:
    item = {"id": "img1", "type": "imageAsset", "attributes": {"name": "Banner"}}
    page = {"data": [{"data": item}, item], "meta": {"totalCount": 2}, "links": {}}
    server = Server({("GET", "/api/v1/image-assets"): page})
    with client(server) as c:
        records = c.image_assets.list(image_type="banner").records
    assert [r.name for r in records] == ["Banner", "Banner"]
    assert server.seen[0].url.params["imageType"] == "banner"


def test_rotate_secret_accepts_the_record_with_or_without_data() -> None:
    record = {"id": "w1", "type": "webhookSubscription", "attributes": {"secretKey": "new"}}
    for answer in (record, {"data": record}):
        server = Server({("PATCH", "/api/v1/webhook-subscriptions/w1/rotate-secret"): answer})
        with client(server) as c:
            assert c.webhook_subscriptions.rotate_secret("w1").secret_key == "new"


def test_batches_list_filters_by_type_and_send_now_returns_the_words() -> None:
    server = Server({("GET", "/api/v1/batches"): {"data": [], "meta": {}, "links": {}},
                     ("POST", "/api/v1/batches/b1/send-now"): {"success": "sent now"}})
    with client(server) as c:
        c.batches.list(batch_type="walletMessaging")
        assert c.batches.send_now("b1") == "sent now"
    assert server.seen[0].url.params["type"] == "walletMessaging"
