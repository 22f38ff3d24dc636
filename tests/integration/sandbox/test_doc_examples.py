"""Contract tests over PASSENTRY-API.md itself: every request example goes to the sandbox.

The examples are H1's fixtures (tests/fixtures/passentry, extracted from the
document with a manifest). Each request example is sent over loopback as
printed, and each response example is what the answer must look like: the
documented status, and the same keys and types at every level (values
ignored; see ``shapes.py``). Ids in a request that name the vendor's own
records (a pass, a reader, an entity) are swapped for the sandbox's, since
the vendor's do not exist here; nothing else is changed.

The documented routes are checked on a strict sandbox and on the default
one; the legacy §14 examples only on the default one (strict: 404).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from passdesk.sandbox import SandboxServer
from passdesk.sandbox.routes import ROUTES, Standing
from tests.integration.sandbox.conftest import API_KEY, NOW
from tests.integration.sandbox.shapes import check

DOC = Path(__file__).parents[2] / "fixtures" / "passentry"
MANIFEST = json.loads((DOC / "manifest.json").read_text(encoding="utf-8"))
CSV = ("ext_id,group_tags,nfc_enabled,nfc_source,barcode_enabled,barcode_type,barcode_source,"
       "barcode_value,barcode_display_text,expires_at,passfield_fullName\n"
       'B-1,"vip,summer",true,extId,true,qr,custom,B1-CODE,true,2030-01-01T00:00:00Z,Ann Lee\n'
       "B-2,,false,,false,,,,,,Bo Kim\n"
       "B-3,general,true,uuid,true,code128,uuid,,false,,Cy Ode\n")


def doc(name: str) -> dict:
    return json.loads((DOC / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["strict", "default"])
def mode_server(request):
    with SandboxServer(api_key=API_KEY, seed=7, now=NOW,
                       strict=request.param == "strict") as running:
        yield running


@pytest.fixture
def api(mode_server):
    mode_server.state.reset()
    with httpx.Client(base_url=mode_server.base_url, timeout=5,
                      headers={"Authorization": f"Bearer {API_KEY}"}) as c:
        c.sandbox = mode_server  # type: ignore[attr-defined]
        yield c


def extension_keys(api) -> frozenset[str]:
    """Keys a default sandbox adds beyond the document (strict: none)."""
    return frozenset() if api.sandbox.strict else frozenset({"loyalty"})


def a_pass(api, **attrs) -> str:
    state = api.sandbox.state
    with state.lock:
        return next(p.id for p in state.ordered_passes()
                    if all(p.attributes.get(k) == v for k, v in attrs.items())
                    and (p.balance is None or p.balance >= 20))


def template(api, kind: str) -> str:
    state = api.sandbox.state
    with state.lock:
        return next(t.id for t in state.templates.values()
                    if t.attributes["templateType"] == kind)


def entity(api) -> str:
    return api.sandbox.state.default_entity_id


def expect(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    return response.json()


# --- one scenario per documented example (section -> what it does) ---------------


def s_3_1(api):
    body = expect(api.get("/passes", params={"perPage": 5}), 200)
    check(doc("3.1-list-passes-1-response"), body)
    assert body["links"]["next"] == "/api/v1/passes?page=2&perPage=5"


def s_3_2(api):
    body = expect(api.post("/passes", params={"passTemplate": template(api, "generic"),
                                              "extId": "123"},
                           json=doc("3.2-create-pass-1-request")), 200)
    check(doc("3.2-create-pass-2-response"), body)
    assert body["data"]["attributes"]["nfc"] == body["data"]["id"]
    assert body["data"]["attributes"]["extId"] == "123"


def s_3_3(api):
    body = expect(api.get(f"/passes/{a_pass(api, status='issued', passType='generic')}"), 200)
    check(doc("3.3-show-pass-1-response"), body)


def s_3_4(api):
    pass_id = a_pass(api, status="issued", passType="generic")
    body = expect(api.patch(f"/passes/{pass_id}", json=doc("3.4-update-pass-1-request")), 200)
    check(doc("3.4-update-pass-2-response"), body)


def s_3_5(api):
    pass_id = a_pass(api, status="active", deviceType="android", passType="storeCard")
    body = expect(api.post(f"/passes/{pass_id}/notification",
                           json=doc("3.5-send-notification-1-request")), 200)
    check(doc("3.5-send-notification-2-response"), body)


def s_3_6(api):
    pass_id = a_pass(api, status="active", deviceType="iphone", passType="storeCard")
    body = expect(api.post(f"/passes/{pass_id}/nullify"), 200)
    check(doc("3.6-nullify-pass-1-response"), body)
    assert expect(api.post(f"/passes/{pass_id}/nullify"), 200) == body  # idempotent


def s_4_1(api):
    pass_id = a_pass(api, status="active", deviceType="android", passType="storeCard")
    check(doc("4.1-show-loyalty-balance-1-response"), expect(api.get(f"/loyalty/{pass_id}"), 200))


def s_4_2(api):
    pass_id = a_pass(api, status="active", deviceType="android", passType="storeCard")
    body = expect(api.patch(f"/loyalty/{pass_id}",
                            json=doc("4.2-update-loyalty-balance-1-request")), 200)
    check(doc("4.2-update-loyalty-balance-2-response"), body)


def s_5_1(api):
    body = expect(api.get(f"/pass-templates/{template(api, 'loyalty')}"), 200)
    check(doc("5.1-show-pass-template-1-response"), body, extra_ok=extension_keys(api))
    sparse = expect(api.get(f"/pass-templates/{template(api, 'loyalty')}",
                            params={"fields": "name,description,templateType"}), 200)
    assert set(sparse["data"]["attributes"]) == {"name", "description", "templateType"}


def s_5_2(api):
    body = expect(api.get(f"/pass_templates/{template(api, 'loyalty')}"), 200)
    check(doc("5.2-show-pass-template-1-response"), body, extra_ok=extension_keys(api))
    attrs = body["data"]["attributes"]
    assert attrs["templateType"] == "storeCard"
    assert list(attrs["backFields"]) == ["backOne", "backTwo", "backFive", "backFour",
                                         "backThree"]


def s_5_3(api):
    body = expect(api.post("/pass-templates", json=doc("5.3-create-pass-template-1-request")),
                  202)
    check(doc("5.3-create-pass-template-2-response"), body)
    template_id = body["data"]["id"]
    # links.self lacks /api, as in the vendor example (§15.6): poll the documented path.
    assert body["data"]["links"]["self"].endswith(f"/v1/pass-templates/{template_id}")
    assert "/api/v1/" not in body["data"]["links"]["self"]
    assert api.get(body["data"]["links"]["self"]).status_code == 404
    polls = []
    for _ in range(5):
        polled = expect(api.get(f"/pass-templates/{template_id}"), 200)
        polls.append(polled["data"]["attributes"].get("processingStatus"))
        if polls[-1] != "processing":
            break
    assert polls[0] == "processing"
    assert polls[-1] is None  # processed: the §5.1 record
    assert polled["data"]["attributes"]["name"] == "PassEntry Supermarket"


def s_5_4(api):
    body = expect(api.patch(f"/pass-templates/{template(api, 'loyalty')}",
                            json=doc("5.4-update-pass-template-1-request")), 200)
    check(doc("5.1-show-pass-template-1-response"), body, extra_ok=extension_keys(api))
    attrs = body["data"]["attributes"]
    assert attrs["name"] == "PassEntry Coffee Shop"
    assert attrs["images"]["watermark"] == {"color": "dark", "position": "topLeft"}
    assert attrs["colors"]["label"]  # merged, not replaced
    assert attrs["beacons"] == []


def s_6_1(api):
    body = expect(api.post(f"/entities/{entity(api)}/readers",
                           json=doc("6.1-create-reader-1-request")), 201)
    check(doc("6.1-create-reader-2-response"), body)


def s_6_2(api):
    body = expect(api.get(f"/entities/{entity(api)}/readerConfiguration"), 200)
    check(doc("6.2-get-reader-configuration-1-response"), body)


def s_7_1(api):
    body = expect(api.get("/scans"), 200)
    check(doc("7.1-list-scans-1-response"), body)
    assert {i["type"] for i in body["included"]} == {"pass", "reader"}
    one = body["data"][0]
    shown = expect(api.get(f"/scans/{one['id']}"), 200)  # §7.2: same record shapes
    check({"data": doc("7.1-list-scans-1-response")["data"][0],
           "included": doc("7.1-list-scans-1-response")["included"]}, shown)


def _scan_request(api, name: str) -> dict:
    body = copy.deepcopy(doc(name))
    body["scan"]["passId"] = a_pass(api, status="active", passType="storeCard")
    return body


def s_7_3(api):
    body = expect(api.post("/scans", json=_scan_request(api, "7.3-create-scan-1-request")), 200)
    check(doc("7.3-create-scan-2-response"), body)
    assert body["validationResponse"]["status"] == "successful"
    assert body["validationResponse"]["loyalty"]["operation"] == "add"


def s_7_4(api):
    body = expect(api.post("/scans/log", json=_scan_request(api, "7.4-log-scan-1-request")), 200)
    check(doc("7.4-log-scan-2-response"), body)
    assert body["scanInfo"]["validationType"] == "externalValidation"


def s_8_1(api):
    expect(api.post("/webhook-subscriptions", json=doc("8.2-create-1-request")), 201)
    body = expect(api.get("/webhook-subscriptions"), 200)
    check(doc("8.1-list-1-response"), body)
    assert body["meta"]["resultsPerPage"] == 5  # the stated default (§15.9)


def s_8_2(api):
    body = expect(api.post("/webhook-subscriptions", json=doc("8.2-create-1-request")), 201)
    record = {"data": doc("8.1-list-1-response")["data"][0]}
    check(record, body)
    hook_id = body["data"]["id"]
    check(record, expect(api.get(f"/webhook-subscriptions/{hook_id}"), 200))  # §8.3
    check(record, expect(api.patch(f"/webhook-subscriptions/{hook_id}",
                                   json=doc("8.4-update-1-request")), 200))  # §8.4


def s_8_5(api):
    made = expect(api.post("/webhook-subscriptions", json=doc("8.2-create-1-request")), 201)
    body = expect(api.patch(f"/webhook-subscriptions/{made['data']['id']}/rotate-secret"), 200)
    check(doc("8.5-rotate-secret-1-response"), body)
    assert body["attributes"]["secretKey"] != made["data"]["attributes"]["secretKey"]


def _multipart(api, path: str, csv: str, **fields: str) -> httpx.Response:
    return api.post(path, files={"csv": ("passes.csv", csv.encode(), "text/csv")}, data=fields)


def s_11_1(api):
    body = expect(_multipart(api, "/passes/batch", CSV,
                             passTemplate=template(api, "generic")), 202)
    check(doc("11.1-create-pass-batch-1-response"), body)
    assert body["links"]["self"].endswith(f"/api/v1/batches/{body['data']['id']}")


def s_11_2(api):
    pass_id = a_pass(api, status="active", passType="generic")
    csv = f"pass_id,passfield_plan,pass_action\n{pass_id},Gold,deactivate\n"
    body = expect(_multipart(api, "/passes/batch/update", csv,
                             passTemplate=template(api, "generic"),
                             scheduledAt="2024-01-01T00:00:00Z", tag="summerPromotion"), 202)
    check(doc("11.2-update-pass-batch-1-response"), body)


def s_11_3(api):
    body = expect(api.post(f"/entities/{entity(api)}/messaging/wallet",
                           json=doc("11.3-create-wallet-messaging-batch-1-request")), 202)
    check(doc("11.3-create-wallet-messaging-batch-2-response"), body)
    batch_id = body["data"]["id"]
    record = {"data": doc("11.3-create-wallet-messaging-batch-2-response")["data"]}
    check(record, expect(api.get(f"/batches/{batch_id}"), 200))  # §11.5
    listed = expect(api.get("/batches"), 200)  # §11.4
    check({"data": [record["data"]], **doc("1.4-pagination-1-fragment")}, listed)


def s_11_7(api):
    request = copy.deepcopy(doc("11.3-create-wallet-messaging-batch-1-request"))
    request["batch"]["segments"] = [{"groupTag": "vip"}]
    made = expect(api.post(f"/entities/{entity(api)}/messaging/wallet", json=request), 202)
    batch_id = made["data"]["id"]
    assert expect(api.get(f"/batches/{batch_id}"), 200)["data"]["attributes"]["status"] == (
        "scheduled")
    check(doc("11.7-send-batch-now-1-response"),
          expect(api.post(f"/batches/{batch_id}/send-now"), 200))
    other = expect(api.post(f"/entities/{entity(api)}/messaging/wallet", json=request), 202)
    cancelled = expect(api.patch(f"/batches/{other['data']['id']}/cancel"), 200)  # §11.6
    assert cancelled["data"]["attributes"]["status"] == "cancelled"


def s_12_1(api):
    request = copy.deepcopy(doc("12.1-create-1-request"))
    request["imageAsset"]["entityId"] = entity(api)
    body = expect(api.post("/image-assets", json=request), 201)  # status decided (§15.25)
    check(doc("12.1-create-2-response"), body)
    record = doc("12.1-create-2-response")
    check(record, expect(api.get(f"/image-assets/{body['data']['id']}"), 200))  # §12.3
    listed = expect(api.get("/image-assets"), 200)  # §12.2
    check({"data": [record["data"]], **doc("1.4-pagination-1-fragment")}, listed)
    assert listed["meta"]["resultsPerPage"] == 25


def s_14_1(api):
    body = expect(api.get("/entities"), 200)
    check(doc("14.1-entities-1-response"), body)


def s_14_2(api):
    body = expect(api.post("/events", json=doc("14.2-events-1-request")), 201)
    check(doc("14.2-events-2-response"), body)


SCENARIOS: dict[str, Callable] = {
    name[2:].replace("_", "."): fn for name, fn in globals().items() if name.startswith("s_")}
LEGACY = {"14.1", "14.2"}


def test_every_request_and_response_example_has_a_scenario():
    sections = {e["section"] for e in MANIFEST if e["kind"] in ("request", "response")}
    covered = set(SCENARIOS) | {"8.4", "11.5", "11.6", "12.2", "12.3", "7.2", "8.3"}
    assert sections <= covered, sorted(sections - covered)


def test_every_documented_route_is_exercised_by_a_scenario():
    documented = {r.section for r in ROUTES if r.standing is Standing.DOCUMENTED}
    # 7.2, 8.3, 8.4, 11.4-11.6, 12.2 and 12.3 ride along in the scenarios above.
    assert documented <= set(SCENARIOS) | {"7.2", "8.3", "8.4", "11.4", "11.5", "11.6",
                                           "12.2", "12.3"}


@pytest.mark.parametrize("section", sorted(set(SCENARIOS) - LEGACY))
def test_documented_example(api, section):
    SCENARIOS[section](api)


@pytest.mark.parametrize("section", sorted(LEGACY))
def test_legacy_example(api, section):
    if api.sandbox.strict:
        path = "/entities" if section == "14.1" else "/events"
        method = "GET" if section == "14.1" else "POST"
        response = api.request(method, path, json=None if method == "GET" else
                               doc("14.2-events-1-request"))
        assert response.status_code == 404
        assert response.json() == {"error": "Not Found"}
    else:
        SCENARIOS[section](api)


def test_the_shape_check_catches_a_missing_key_a_wrong_type_and_an_undocumented_one():
    example = doc("3.3-show-pass-1-response")
    good = copy.deepcopy(example)
    check(example, good)
    for change in (lambda a: a.pop("extId"), lambda a: a.update(status=3),
                   lambda a: a.update(favouriteColour="blue")):
        bad = copy.deepcopy(example)
        change(bad["data"]["attributes"])
        with pytest.raises(AssertionError):
            check(example, bad)
