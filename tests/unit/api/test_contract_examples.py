"""Contract tests over PASSENTRY-API.md itself: its JSON examples, kept as fixtures.

* Every response example parses into typed records and writes back exactly.
* Every client call that a section documents sends the documented method and
  path, and accepts the documented answer with its documented status.
* Every request example is exactly what the client's payload builders send.

The fixtures are written by tests/fixtures/passentry/extract.py from the
document (which is not in the repository); these tests read only the fixtures.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from passdesk.api import PassEntryClient
from passdesk.core.jsonapi import PageMeta, parse_document
from passdesk.core.payloads import (
    BarcodeInput,
    EventInput,
    ImageAssetInput,
    LoyaltyChange,
    NfcInput,
    PassInput,
    PassUpdate,
    ReaderInput,
    ScanInput,
    ScanLogInput,
    WalletMessageInput,
    WebhookSubscriptionInput,
)
from passdesk.core.records import (
    Batch,
    EnhancedEventData,
    Entity,
    Event,
    GenericResource,
    ImageAsset,
    Location,
    LoyaltyState,
    Pass,
    PassChange,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    Resource,
    Scan,
    TemplateProcessing,
    ValidationResult,
    WebhookNotice,
    WebhookSubscription,
    resource_from_json,
)
from passdesk.core.validation_formats import ReaderRequest
from passdesk.core.validation_formats import ValidationResponse as ThirdPartyAnswer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "passentry"
MANIFEST: list[dict[str, Any]] = json.loads((FIXTURES / "manifest.json").read_text("utf-8"))
BASE = "https://api.example.test/api/v1"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def entries(kind: str) -> list[dict[str, Any]]:
    return [e for e in MANIFEST if e["kind"] == kind]


def ids(entry: dict[str, Any]) -> str:
    return entry["file"].removesuffix(".json")


# --- the fixtures themselves ---------------------------------------------------------


def test_manifest_lists_every_fixture_file_and_no_other() -> None:
    on_disk = {p.name for p in FIXTURES.glob("*.json")} - {"manifest.json"}
    assert on_disk == {e["file"] for e in MANIFEST}
    # 47 ```json examples in the document: a re-extraction that loses some fails here.
    assert len(MANIFEST) == 47


def test_fixtures_are_the_documents_examples_when_the_document_is_here() -> None:
    # The document is outside the repository (not on CI): checked only where it is.
    spec = importlib.util.spec_from_file_location("extract", FIXTURES / "extract.py")
    extract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extract)
    if not extract.DEFAULT_DOC.exists():
        pytest.skip("PASSENTRY-API.md is not beside the repository")
    found = extract.examples(extract.DEFAULT_DOC.read_text(encoding="utf-8"))
    assert [e["file"] for e in found] == [e["file"] for e in MANIFEST]
    for example in found:
        assert example["body"] == load(example["file"]), example["file"]


def test_every_documented_section_with_examples_has_a_route_or_is_outbound() -> None:
    for e in MANIFEST:
        if e["kind"] in ("request", "response"):
            assert e["method"], e["file"]
            assert e["path"], e["file"]


# --- every response parses into typed records and round-trips exactly -----------------


def _records(doc) -> list[Resource]:
    data = doc.data if isinstance(doc.data, list) else [doc.data]
    return [*data, *doc.included]


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["kind"] in ("response", "webhook")
                                   and "data" in load(e["file"])], ids=ids)
def test_response_document_round_trips_exactly_with_typed_records(entry) -> None:
    body = load(entry["file"])
    doc = parse_document(body)
    assert doc.to_json() == body
    assert json.dumps(doc.to_json()) == json.dumps(body)  # key order kept too
    for record in _records(doc):
        assert not isinstance(record, GenericResource), record.type
        assert record.to_resource() == next(
            r for r in [*(body["data"] if isinstance(body["data"], list) else [body["data"]]),
                        *body.get("included", [])] if r["id"] == record.id
            and r["type"] == record.type)


def test_rotate_secret_answer_without_data_wrapper_round_trips() -> None:
    body = load("8.5-rotate-secret-1-response.json")
    record = resource_from_json(body)
    assert isinstance(record, WebhookSubscription)
    assert record.subscribed_events == ["passInstalled"]
    assert record.to_resource() == body
    assert "a2e2c046" not in repr(record)  # the secret stays out of logs


@pytest.mark.parametrize("name", ["7.3-create-scan-2-response.json",
                                  "7.4-log-scan-2-response.json"])
def test_scan_answers_are_not_jsonapi_and_round_trip(name: str) -> None:
    body = load(name)
    result = ValidationResult.from_json(body)
    assert result.to_json() == body
    assert result.scan_info is not None
    assert result.scan_info.reader_id == "south-gate-1"


def test_create_scan_answer_reads_verdict_and_loyalty() -> None:
    result = ValidationResult.from_json(load("7.3-create-scan-2-response.json"))
    assert result.ok
    assert result.validation_response.reader_instructions["message"].startswith(
        "10 points added")
    assert result.validation_response.loyalty.updated_balance == "25"


def test_pagination_fragment_reads_counts_and_links() -> None:
    page = PageMeta.from_document(**load("1.4-pagination-1-fragment.json"))
    assert (page.total_count, page.results_per_page, page.current_page, page.total_pages) \
        == (8, 5, 1, 2)
    assert page.next_link == "/api/v1/passes?page=2&perPage=5"
    assert page.first_link is None


def test_enhanced_event_data_fragment_round_trips_and_reads_event_and_venue() -> None:
    body = load("2.8-enhanced-event-data-1-fragment.json")
    eed = EnhancedEventData.from_json(body["enhancedEventData"])
    assert eed.to_json() == body["enhancedEventData"]
    assert eed.event_name == "PassEntry Christmas Party"
    assert eed.event_start == "2026-12-10T18:00:00Z"
    assert eed.venue_name == "Fulham Green"
    assert eed.venue.location.latitude == 51.468532


def test_pass_with_enhanced_event_data_reads_it() -> None:
    body = load("2.8-enhanced-event-data-1-fragment.json")
    record = resource_from_json({"id": "p1", "type": "pass",
                                 "attributes": {"status": "active", **body}})
    assert isinstance(record, Pass)
    assert (record.event_name, record.event_end, record.venue_name) == \
        ("PassEntry Christmas Party", "2026-12-10T22:00:00Z", "Fulham Green")


@pytest.mark.parametrize("entry", entries("validation"), ids=ids)
def test_third_party_validation_examples_round_trip(entry) -> None:
    body = load(entry["file"])
    if "scan" in body:
        assert ReaderRequest.from_json(body).to_json() == body
    else:
        assert ThirdPartyAnswer.from_json(body).to_json() == body


# --- the client against each documented route -----------------------------------------


@dataclass
class Case:
    call: Callable[[PassEntryClient], Any]
    expect: type | tuple[type, ...]
    #: The answer when the section has no response example of its own.
    answer: tuple[int, Any] | None = None


def _sub_answer() -> tuple[int, Any]:
    return 201, {"data": load("8.1-list-1-response.json")["data"][0]}


def _template_answer() -> tuple[int, Any]:
    return 200, load("5.1-show-pass-template-1-response.json")


LOCATION = Location(name="Venue", latitude=51.54321132456805, longitude=-0.022901231803803924,
                    radius=100, message="Welcome to the venue")

CASES: dict[str, Case] = {
    "3.1": Case(lambda c: c.passes.list(), list),
    "3.2": Case(lambda c: c.passes.create(PassInput(
        "2e2d7ee8c306e8f0223dbdc1", {"fullName": "Jane Smith", "website": "https://passentry.com"},
        nfc=NfcInput(enabled=True),
        barcode=BarcodeInput(enabled=True, type="qr", source="custom", value="123abcd",
                             display_text=True),
        locations=[LOCATION])), Pass),
    "3.3": Case(lambda c: c.passes.get("d2ac8d95-6914-4cac-957c-2a5ccf534390"), Pass),
    "3.4": Case(lambda c: c.passes.update("b1985e420025dd92ccf2", PassUpdate(
        {"fullName": "Jane Roberts"}, nfc=NfcInput(enabled=False),
        message="Your pass details have been updated. Click to show pass",
        locations=[LOCATION])), PassChange),
    "3.5": Case(lambda c: c.passes.notify("e89b1330fc391ec89656f3c664318cff8805471e",
                                          "Use code PASSENTRY2024 for 10% off!"), PassChange),
    "3.6": Case(lambda c: c.passes.nullify("user-123"), Pass),
    "4.1": Case(lambda c: c.loyalty.get("4e9ab9e571bbc8ff64e7"), LoyaltyState),
    "4.2": Case(lambda c: c.loyalty.add("2258d9ed-05bc-47cd-be65-83b9bb5e0273", 10), LoyaltyState),
    "5.1": Case(lambda c: c.templates.get("19cb334f9696e64e10e7759f0"), PassTemplate),
    "5.2": Case(lambda c: c.templates.get("f0af94dc3c69a80cee32c173"), PassTemplate),
    "5.3": Case(lambda c: c.templates.create(
        load("5.3-create-pass-template-1-request.json")["passTemplate"]), TemplateProcessing),
    "5.4": Case(lambda c: c.templates.update(
        "19cb334f9696e64e10e7759f0", load("5.4-update-pass-template-1-request.json")),
        PassTemplate, _template_answer()),
    "6.1": Case(lambda c: c.readers.create("defd0867", ReaderInput(
        reader_id="south_entrance_01", name="South Entrance Reader 1", reader_type="VtapReader",
        password="<string>", scan_enabled=True, redeem_enabled=False, add_points_enabled=False,
        mifare_classic_nfc_enabled=False, qr_enabled=False)), Reader),
    "6.2": Case(lambda c: c.readers.configuration("defd0867"), ReaderConfiguration),
    "7.1": Case(lambda c: c.scans.list(), list),
    "7.3": Case(lambda c: c.scans.create(ScanInput(
        "south-gate-1", "7882e98b-0eba-4625-9223-5221eb8dad7f", "barcode", 10)), ValidationResult),
    "7.4": Case(lambda c: c.scans.log(ScanLogInput(
        "south-gate-1", "nfc", "failed", "PROMO-CODE-123456", "Membership expired",
        "7882e98b-0eba-4625-9223-5221eb8dad7f", -10)), ValidationResult),
    "8.1": Case(lambda c: c.webhook_subscriptions.list(), list),
    "8.2": Case(lambda c: c.webhook_subscriptions.create(WebhookSubscriptionInput(
        "https://example.com/webhook", True, ["passInstalled", "passRemoved"])),
        WebhookSubscription, _sub_answer()),
    "8.4": Case(lambda c: c.webhook_subscriptions.update(
        "01983282-53cf-7e16-b5e1-dd0de4ce02fa", WebhookSubscriptionInput(
            "https://example.com/webhook/updated", False,
            ["passInstalled", "passRemoved", "passCreated"])),
        WebhookSubscription, _sub_answer()),
    "8.5": Case(lambda c: c.webhook_subscriptions.rotate_secret(
        "01983282-53cf-7e16-b5e1-dd0de4ce02fa"), WebhookSubscription),
    "11.1": Case(lambda c: c.batches.create_passes(b"ext_id,passfield_fullName\nA1,Ann\n",
                                                   "acbb27e9cfb4e8f62f8cb999"), Batch),
    "11.2": Case(lambda c: c.batches.update_passes(
        b"pass_id,pass_action\nA1,deactivate\n", "acbb27e9cfb4e8f62f8cb999",
        scheduled_at="2024-01-01T00:00:00Z", tag="summerPromotion"), Batch),
    "11.3": Case(lambda c: c.batches.wallet_messaging("0d10c850", WalletMessageInput(
        "Hello, World!", "2030-03-31T13:16:26Z", segments=[{"groupTag": "summerPromotion"}])),
        Batch),
    "11.7": Case(lambda c: c.batches.send_now("8ecfc493-da04-493b-8b98-bf9d5cc29114"), str),
    "12.1": Case(lambda c: c.image_assets.create(ImageAssetInput(
        "banner", "https://example.com/silver_tier_banner.png", "Silver tier banner",
        "a1b2c3d4-e5f6-7890-abcd-ef1234567890", {"color": "dark", "position": "bottomLeft"})),
        ImageAsset),
    "14.1": Case(lambda c: c.entities.list(), list),
    "14.2": Case(lambda c: c.events.create(EventInput(
        "Bob Marley Live", "The Lyceum Theatre", "1975-07-17T22:30:00+01:00",
        "1975-07-18T02:30:00+01:00", "Europe/London")), Event),
}

TYPED_LIST = {"3.1": Pass, "7.1": Scan, "8.1": WebhookSubscription, "14.1": Entity}


def _path_pattern(path: str) -> re.Pattern[str]:
    return re.compile("^/api/v1" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(path)) + "$")


def _response_of(section: str) -> tuple[int, Any]:
    case = CASES[section]
    if case.answer is not None:
        return case.answer
    entry = next(e for e in MANIFEST if e["section"] == section and e["kind"] == "response")
    return entry["status"] or 201, load(entry["file"])


def _run(section: str) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    status, body = _response_of(section)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if section == "5.2" and "/pass-templates/" in request.url.path:
            return httpx.Response(404, json={"error": "Not found"})  # current route absent
        return httpx.Response(status, json=body)

    with PassEntryClient(BASE, "k", transport=httpx.MockTransport(handler)) as client:
        result = CASES[section].call(client)
    return result, seen


def _documented(section: str) -> dict[str, Any]:
    return next(e for e in MANIFEST if e["section"] == section and e["method"])


@pytest.mark.parametrize("section", sorted(CASES, key=lambda s: [int(x) for x in s.split(".")]))
def test_client_uses_the_documented_route_and_reads_the_documented_answer(section) -> None:
    result, seen = _run(section)
    doc = _documented(section)
    last = seen[-1]
    assert last.method == doc["method"]
    assert _path_pattern(doc["path"]).match(last.url.path), (last.url.path, doc["path"])
    if TYPED_LIST.get(section):
        assert result.records
        assert all(isinstance(r, TYPED_LIST[section]) for r in result.records)
    else:
        assert isinstance(result, CASES[section].expect), type(result)


@pytest.mark.parametrize("entry", entries("request"), ids=ids)
def test_client_sends_the_documented_request_body(entry) -> None:
    _result, seen = _run(entry["section"])
    assert json.loads(seen[-1].content) == load(entry["file"])


def test_create_pass_puts_template_in_the_query_and_reads_status_200() -> None:
    _result, seen = _run("3.2")
    assert seen[-1].url.params["passTemplate"] == "2e2d7ee8c306e8f0223dbdc1"


def test_loyalty_balance_is_read_from_meta() -> None:
    state, _ = _run("4.2")
    assert state.balance == 17
    assert state.record.content_value("points") == "17"


def test_decimal_balance_comes_back_as_decimal_and_goes_out_with_two_places() -> None:
    body = load("4.1-show-loyalty-balance-1-response.json")
    body["meta"]["loyalty"]["balance"] = 12.5
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json=body)

    with PassEntryClient(BASE, "k", transport=httpx.MockTransport(handler)) as client:
        state = client.loyalty.get("4e9ab9e571bbc8ff64e7")
        client.loyalty.update("4e9ab9e571bbc8ff64e7", LoyaltyChange(delta=Decimal("2.25")))
    assert state.balance == Decimal("12.5")
    assert json.loads(sent[-1]) == {"balance": 2.25}


def test_nullified_pass_reads_status_and_time() -> None:
    record, _ = _run("3.6")
    assert record.is_nullified
    assert record.nullified_at == "2026-03-28T14:00:00Z"
    assert record.device == "iphone"


def test_template_created_answers_processing_with_the_docs_link_kept_not_followed() -> None:
    processing, seen = _run("5.3")
    assert processing.processing_status == "processing"
    assert processing.id == "19cb334f9696e64e10e7759f0"
    assert processing.self_link.startswith("https://api.passentry.com/v1/")
    assert len(seen) == 1


def test_deprecated_template_route_is_used_after_a_404_on_the_current_one() -> None:
    template, seen = _run("5.2")
    assert [r.url.path for r in seen] == ["/api/v1/pass-templates/f0af94dc3c69a80cee32c173",
                                          "/api/v1/pass_templates/f0af94dc3c69a80cee32c173"]
    assert template.name == "Summer Sale 2023"


def test_batch_upload_is_multipart_with_csv_template_and_schedule() -> None:
    _result, seen = _run("11.2")
    request = seen[-1]
    assert request.headers["content-type"].startswith("multipart/form-data")
    content = request.content.decode()
    for part in ('name="csv"', 'name="passTemplate"', "acbb27e9cfb4e8f62f8cb999",
                 'name="scheduledAt"', "2024-01-01T00:00:00Z", 'name="tag"',
                 "pass_id,pass_action"):
        assert part in content


def test_webhook_examples_type_their_included_records() -> None:
    scanned = parse_document(load("9.1-pass-scanned-1-webhook.json"))
    assert isinstance(scanned.one(), WebhookNotice)
    assert [type(r) for r in scanned.included] == [Scan, Pass, Reader]
    removed = parse_document(load("9.2-pass-installed-pass-removed-1-webhook.json"))
    old_barcode = removed.included[0].barcode
    assert old_barcode.kind == "qr"
    assert old_barcode.barcode_type == "qrCode"
    assert removed.included[0].barcode_message == "123abcd"
