"""The sandbox speaks the PassEntry API (PASSENTRY-API.md) over real loopback HTTP."""

from __future__ import annotations

import base64
import io
import json
import statistics
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from passdesk.sandbox.routes import API_PREFIX, ROUTES

VENDOR = Path(__file__).parents[2] / "fixtures" / "vendor"
DOC = Path(__file__).parents[2] / "fixtures" / "passentry"


def vendor(name: str) -> dict:
    """The older vendor text's examples (legacy events)."""
    return json.loads((VENDOR / f"passentry_api_docs__{name}.json").read_text())


def doc(name: str) -> dict:
    """An example of PASSENTRY-API.md (tests/fixtures/passentry)."""
    return json.loads((DOC / f"{name}.json").read_text())


def detail(response: httpx.Response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


def passes_where(sandbox, test) -> list:
    with sandbox.state.lock:
        return [p for p in sandbox.state.passes.values() if test(p)]


def first_pass(sandbox, **attrs):
    return passes_where(sandbox, lambda p: all(p.attributes.get(k) == v
                                               for k, v in attrs.items()))[0]


def template_id(sandbox, pass_type: str) -> str:
    """The demo template whose passes have ``pass_type``."""
    kind = {"storeCard": "loyalty"}.get(pass_type, pass_type)
    with sandbox.state.lock:
        return next(t.id for t in sandbox.state.templates.values()
                    if t.attributes["templateType"] == kind)


# --- auth and routing ---------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic test-key"},
                                     {"Authorization": "Bearer"}])
def test_without_the_right_bearer_key_401(sandbox, headers):
    response = httpx.get(f"{sandbox.base_url}/passes", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthorized"}


def test_every_route_of_the_table_is_mounted(client):
    for route in ROUTES:
        path = route.path.format(id="no-such-id", entity_id="no-such-entity",
                                 pass_template_uuid="no-such-id")
        response = client.request(route.method, path)
        name = route.name
        # The router's own 404/405 would mean the route is missing.
        assert response.status_code != 405, name
        assert response.json() != {"error": "Not Found"}, name


def test_unknown_path_is_a_json_404(client):
    response = client.get("/no-such-thing")
    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


# --- pagination -------------------------------------------------------------


def test_a_page_has_meta_and_links_like_the_vendor_example(client):
    body = client.get("/passes", params={"perPage": 5}).json()
    example = doc("3.1-list-passes-1-response")
    assert body.keys() == example.keys()
    assert body["meta"] == {"totalCount": 2000, "resultsPerPage": 5, "currentPage": 1,
                            "totalPages": 400}
    assert body["links"] == {"first": None, "prev": None,
                             "next": f"{API_PREFIX}/passes?page=2&perPage=5",
                             "last": f"{API_PREFIX}/passes?page=400&perPage=5"}
    assert len(body["data"]) == 5
    assert set(example["data"][0]["attributes"]) <= set(body["data"][0]["attributes"])


def test_middle_and_last_pages_link_back(client):
    middle = client.get("/passes", params={"perPage": 100, "page": 7}).json()["links"]
    assert middle["prev"] == f"{API_PREFIX}/passes?page=6&perPage=100"
    assert middle["first"] == f"{API_PREFIX}/passes?page=1&perPage=100"
    last = client.get("/passes", params={"page": 20}).json()["links"]
    assert last["next"] is None
    assert last["last"] is None
    assert last["prev"] == f"{API_PREFIX}/passes?page=19&perPage=100"


def test_following_next_visits_every_pass_once_newest_first(client, origin):
    ids, created = [], []
    url = f"{API_PREFIX}/passes"
    while url:
        body = client.get(origin + url).json()
        ids += [p["id"] for p in body["data"]]
        created += [(p["attributes"]["createdAt"], p["id"]) for p in body["data"]]
        url = body["links"]["next"]
    assert len(ids) == 2000
    assert len(set(ids)) == 2000
    assert created == sorted(created, reverse=True)


def test_links_keep_the_filters(client, origin, sandbox):
    expected = {p.id for p in passes_where(sandbox, lambda p: p.attributes["status"] == "active")}
    body = client.get("/passes", params={"status": "active", "perPage": 100}).json()
    assert "status=active" in body["links"]["next"]
    seen = [p["id"] for p in body["data"]]
    while body["links"]["next"]:
        body = client.get(origin + body["links"]["next"]).json()
        seen += [p["id"] for p in body["data"]]
    assert set(seen) == expected
    assert len(seen) == len(expected) == body["meta"]["totalCount"]


def test_a_page_past_the_end_is_empty(client):
    body = client.get("/passes", params={"page": 999}).json()
    assert body["data"] == []
    assert body["meta"]["currentPage"] == 999
    assert body["links"]["next"] is None


def test_per_page_is_capped_at_100(client):
    body = client.get("/passes", params={"perPage": 500}).json()
    assert body["meta"]["resultsPerPage"] == 100
    assert len(body["data"]) == 100


@pytest.mark.parametrize("params", [{"page": 0}, {"page": -1}, {"perPage": "ten"},
                                    {"page": "1.5"}])
def test_bad_page_numbers_are_400(client, params):
    response = client.get("/passes", params=params)
    assert response.status_code == 400
    assert "must be a whole number" in detail(response)


def test_other_lists_paginate_too(client):
    for path, total in (("/entities", 2), ("/pass-templates", 3), ("/events", 3),
                        ("/readers", 2), ("/scans", 12)):
        body = client.get(path, params={"perPage": 1}).json()
        assert body["meta"]["totalCount"] == total, path
        assert len(body["data"]) == 1, path
        assert body["links"]["next"] == f"{API_PREFIX}{path}?page=2&perPage=1", path


# --- pass filters -----------------------------------------------------------


def all_pages(client, **params) -> list[dict]:
    out, page = [], 1
    while True:
        body = client.get("/passes", params={**params, "page": page}).json()
        out += body["data"]
        if not body["links"]["next"]:
            return out
        page += 1


@pytest.mark.parametrize(("param", "attribute", "value"), [
    ("status", "status", "removed"),
    ("deviceType", "deviceType", "iphone"),
    ("groupTag", "groupTag", "vip"),
    ("passTemplateName", "passTemplateName", "Lantern Coffee Rewards"),
])
def test_attribute_filters(client, sandbox, param, attribute, value):
    expected = {p.id for p in passes_where(sandbox, lambda p: p.attributes[attribute] == value)}
    got = all_pages(client, **{param: value})
    assert expected
    assert {p["id"] for p in got} == expected


def test_template_filter(client, sandbox):
    tid = template_id(sandbox, "generic")
    got = all_pages(client, passTemplateUuid=tid)
    assert got
    assert {p["attributes"]["passTemplateUuid"] for p in got} == {tid}
    assert len(got) == len(passes_where(sandbox, lambda p: p.attributes["passType"] == "generic"))


def test_event_filters(client, sandbox):
    event = next(iter(sandbox.state.events.values()))
    expected = {p.id for p in passes_where(sandbox, lambda p: p.event_id == event.id)}
    assert expected
    assert {p["id"] for p in all_pages(client, eventUuid=event.id)} == expected
    assert {p["id"] for p in all_pages(client, eventName=event.name)} == expected
    assert all_pages(client, eventName="No Such Event") == []


def test_created_after_and_before(client, sandbox):
    ordered = sandbox.state.ordered_passes()
    after, before = ordered[1500].attributes["createdAt"], ordered[500].attributes["createdAt"]
    got = all_pages(client, createdAfter=after, createdBefore=before)
    assert got
    assert all(after < p["attributes"]["createdAt"] < before for p in got)
    expected = passes_where(sandbox, lambda p: after < p.attributes["createdAt"] < before)
    assert len(got) == len(expected)


def test_unreadable_created_after_is_400(client):
    response = client.get("/passes", params={"createdAfter": "last tuesday"})
    assert response.status_code == 400
    assert "ISO 8601" in detail(response)


def test_fields_gives_a_sparse_fieldset(client):
    body = client.get("/passes", params={"fields": "status,extId", "perPage": 10}).json()
    assert all(set(p["attributes"]) == {"status", "extId"} for p in body["data"])
    assert all(p["type"] == "pass" and p["id"] for p in body["data"])


def test_design_locations_and_beacons_only_when_asked(client, sandbox):
    plain = client.get("/passes", params={"perPage": 3}).json()["data"]
    assert not {"passDesign", "locations", "beacons"} & set(plain[0]["attributes"])
    asked = client.get("/passes", params={"perPage": 3, "includePassDesign": "true",
                                          "includeLocations": "true",
                                          "includeBeacons": "true"}).json()["data"]
    assert {"passDesign", "locations", "beacons"} <= set(asked[0]["attributes"])
    with_places = passes_where(sandbox, lambda p: p.attributes["locations"])[0]
    one = client.get(f"/passes/{with_places.id}", params={"includeLocations": "true"}).json()
    assert one["data"]["attributes"]["locations"] == with_places.attributes["locations"]


def test_filtered_pages_are_quick(client, sandbox):
    tid = template_id(sandbox, "eventTicket")
    timings = []
    for _ in range(7):
        started = time.perf_counter()
        response = client.get("/passes", params={"status": "active", "passTemplateUuid": tid,
                                                 "createdAfter": "2025-04-01T00:00:00Z"})
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    assert statistics.median(timings) < 0.05


# --- records like the vendor examples ------------------------------------------


def test_legacy_records_have_the_old_doc_shapes(client):
    entity = client.get("/entities").json()["data"][0]
    example = doc("14.1-entities-1-response")["data"][0]
    assert entity.keys() == example.keys()
    assert entity["attributes"].keys() == example["attributes"].keys()
    assert client.get(f"/entities/{entity['id']}").json()["data"] == entity
    reader = client.get("/readers/south-gate-1").json()["data"]
    assert reader["type"] == "reader"
    assert reader["attributes"].keys() == vendor("one_reader_1")["data"]["attributes"].keys()


def test_missing_records_are_404_with_a_text(client, entity_id):
    for path, text in (("/passes/nope", "Pass not found"), ("/events/nope", "Event not found"),
                       ("/readers/nope", "Reader not found"), ("/loyalty/nope", "Pass not found"),
                       ("/pass-templates/nope", "Pass template not found"),
                       ("/pass_templates/nope", "Pass template not found"),
                       ("/entities/nope", "Entity not found"), ("/scans/nope", "Scan not found"),
                       ("/batches/nope", "Batch not found"),
                       ("/image-assets/nope", "Image asset not found"),
                       ("/webhook-subscriptions/nope", "Webhook subscription not found"),
                       ("/entities/nope/readerConfiguration", "Entity not found")):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"error": text}, path


# --- events -----------------------------------------------------------------


def test_event_has_status_and_passes_count(client, sandbox):
    counts = sandbox.state.passes_per_event()
    events = client.get("/events").json()["data"]
    assert sorted(e["attributes"]["status"] for e in events) == ["ended", "ongoing", "upcoming"]
    for event in events:
        one = client.get(f"/events/{event['id']}").json()
        assert one["data"]["meta"] == {"passesCount": counts[event["id"]]}
        assert one["data"]["meta"]["passesCount"] > 0
        assert one["data"]["attributes"].keys() == vendor("one_event_3")["data"][
            "attributes"].keys()


def test_create_and_update_an_event(client):
    body = vendor("body_event_1")
    created = client.post("/events", json=body)
    assert created.status_code == 201
    data = created.json()["data"]
    assert data["attributes"] == vendor("one_event_3")["data"]["attributes"]
    assert data["meta"] == {"passesCount": 0}
    patched = client.patch(f"/events/{data['id']}",
                           json={"event": {"name": "Bob Marley Live (late show)"}})
    assert patched.status_code == 200
    assert patched.json()["data"]["attributes"]["name"] == "Bob Marley Live (late show)"
    again = client.get(f"/events/{data['id']}").json()["data"]["attributes"]
    assert again["startTime"] == "1975-07-17T22:30:00+01:00"
    assert again["name"] == "Bob Marley Live (late show)"


@pytest.mark.parametrize(("change", "text"), [
    ({"timeZone": "Mars/Olympus_Mons"}, "not an IANA time zone"),
    ({"endDatetime": "1975-07-17T20:00:00+01:00"}, "before startDatetime"),
    ({"startDatetime": "17/07/1975"}, "not an ISO 8601 datetime"),
    ({"venueName": None}, "venueName is required"),
])
def test_bad_events_are_422(client, change, text):
    event = {**vendor("body_event_1")["event"], **change}
    response = client.post("/events", json={"event": event})
    assert response.status_code == 422
    assert text in detail(response)


def test_bodies_must_be_json_objects_with_the_wrapping_key(client):
    bad_json = client.post("/events", content=b"{not json", headers={
        "Content-Type": "application/json"})
    assert bad_json.status_code == 400
    assert "not valid JSON" in detail(bad_json)
    not_object = client.post("/events", json=[1, 2])
    assert not_object.status_code == 422
    unwrapped = client.post("/events", json=vendor("body_event_1")["event"])
    assert unwrapped.status_code == 422
    assert '"event"' in detail(unwrapped)


# --- passes -----------------------------------------------------------------


def create(client, template: str, body: dict, **query) -> httpx.Response:
    return client.post("/passes", params={"passTemplate": template, **query}, json=body)


def test_create_get_by_ext_id_and_patch(client, sandbox):
    tid = template_id(sandbox, "eventTicket")
    body = doc("3.2-create-pass-1-request")
    body["pass"]["seat"] = {"value": "Block A, Row 1, Seat 1"}
    body["groupTag"] = "vip"
    body["groupTags"] = ["vip", "press"]
    response = create(client, tid, body, extId="order-1001")
    assert response.status_code == 200
    data = response.json()["data"]
    attrs = data["attributes"]
    assert len(data["id"]) == 40
    assert attrs["status"] == "issued"
    assert attrs["extId"] == "order-1001"
    assert (attrs["groupTag"], attrs["groupTags"]) == ("vip", ["vip", "press"])
    assert attrs["nfc"] == data["id"]  # nfc on, default source: the UUID
    assert attrs["barcode"] == body["pass"]["barcode"]
    assert attrs["passContent"] == body["pass"]  # echoed as sent, {"value": ...} too
    assert attrs["downloadUrl"] == f"https://download.passentry.com/download?pass={data['id']}"
    assert attrs["passTemplateUuid"] == tid

    by_ext = client.get("/passes/order-1001", params={"includeLocations": "true"}).json()
    assert by_ext["data"]["id"] == data["id"]
    assert by_ext["data"]["attributes"]["locations"] == body["locations"]

    patched = client.patch("/passes/order-1001", json=doc("3.4-update-pass-1-request"))
    assert patched.status_code == 200
    content = patched.json()["data"]["attributes"]
    assert content["passContent"]["fullName"] == "Jane Roberts"
    assert content["passContent"]["seat"] == {"value": "Block A, Row 1, Seat 1"}
    assert content["nfc"] is None
    assert patched.json()["meta"]["notifications"]["status"] == "notDelivered"
    assert sandbox.state.get_pass(data["id"]).attributes["passContent"]["fullName"] == (
        "Jane Roberts")


@pytest.mark.parametrize(("nfc", "expected"), [
    ({"enabled": True, "source": "uuid"}, "id"),
    ({"enabled": True, "source": "extId"}, "ext-7"),
    ({"enabled": True, "source": "custom", "customValue": "ROOM-204"}, "ROOM-204"),
    ({"enabled": False}, None),
    (True, "id"),  # the deprecated boolean: the pass UUID
    (False, None),
])
def test_the_nfc_attribute_follows_the_source(client, sandbox, nfc, expected):
    response = create(client, template_id(sandbox, "generic"),
                      {"pass": {"fullName": "N", "nfc": nfc}}, extId="ext-7")
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["attributes"]["nfc"] == (data["id"] if expected == "id" else expected)
    assert data["attributes"]["passContent"]["nfc"] == nfc


def test_barcode_sources_the_legacy_qr_and_none(client, sandbox):
    tid = template_id(sandbox, "generic")
    by_uuid = create(client, tid, {"pass": {"barcode": {"enabled": True, "type": "aztec",
                                                        "source": "uuid"}}}).json()["data"]
    assert by_uuid["attributes"]["barcode"]["value"] == by_uuid["id"]
    placeholder = create(client, tid, {"pass": {"fullName": "Ann", "barcode": {
        "enabled": True, "type": "qr", "source": "custom",
        "value": "M-%{passData.extId}-%{passData.fullName}"}}}, extId="E9").json()["data"]
    assert placeholder["attributes"]["barcode"]["value"] == "M-E9-Ann"
    legacy = create(client, tid, {"pass": {"qr": {"value": "OLD-1", "displayText": True}}})
    assert legacy.json()["data"]["attributes"]["barcode"] == {
        "enabled": True, "type": "qr", "source": "custom", "value": "OLD-1",
        "displayText": True}
    none = create(client, tid, {"pass": {"fullName": "No code"}}).json()["data"]
    assert none["attributes"]["barcode"] == {}
    bad = create(client, tid, {"pass": {"barcode": {"type": "qrCode", "source": "custom"}}})
    assert bad.status_code == 400
    assert "barcode.type must be one of qr" in detail(bad)
    assert "barcode.value is required" in detail(bad)


def test_created_pass_comes_first_in_the_list(client, sandbox):
    created = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "New"}})
    first = client.get("/passes", params={"perPage": 1}).json()
    assert first["data"][0]["id"] == created.json()["data"]["id"]
    assert first["meta"]["totalCount"] == 2001


def test_pass_source_only_for_passes_not_active(client, sandbox):
    response = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "A"}},
                      includePassSource="apple")
    source = response.json()["data"]["attributes"]["passSource"]
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(source["appleBase64"]))) as archive:
        assert "pass.json" in archive.namelist()
    issued = first_pass(sandbox, status="issued")
    google = client.get(f"/passes/{issued.id}", params={"includePassSource": "google"}).json()
    assert google["data"]["attributes"]["passSource"]["googleDownloadUrl"].startswith(
        "https://pay.google.com/gp/v/save/")
    active = first_pass(sandbox, status="active")
    on_phone = client.get(f"/passes/{active.id}", params={"includePassSource": "apple"}).json()
    assert "passSource" not in on_phone["data"]["attributes"]
    assert client.get(f"/passes/{issued.id}",
                      params={"includePassSource": "nokia"}).status_code == 400


def test_duplicate_ext_id_is_422(client, sandbox):
    taken = first_pass(sandbox, status="active").attributes["extId"]
    response = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "B"}},
                      extId=taken)
    assert response.status_code == 422
    assert detail(response) == "extId has already been taken"
    assert len(sandbox.state.ordered_passes()) == 2000


def test_location_limits_follow_the_pass_type(client, sandbox):
    location = doc("3.2-create-pass-1-request")["locations"][0]
    eleven = create(client, template_id(sandbox, "eventTicket"),
                    {"pass": {"fullName": "C"}, "locations": [location] * 11})
    assert eleven.status_code == 400
    assert "at most 10 locations" in detail(eleven)
    far = {**location, "radius": 800}
    ticket = create(client, template_id(sandbox, "eventTicket"),
                    {"pass": {"fullName": "C"}, "locations": [far]})
    assert ticket.status_code == 200  # up to 1000 m on an event ticket
    card = create(client, template_id(sandbox, "storeCard"),
                  {"pass": {"fullName": "C"}, "locations": [far]})
    assert card.status_code == 400
    assert "radius must be 10-100 metres" in detail(card)


def test_bad_beacons_are_400_and_good_ones_use_proximity_uuid(client, sandbox):
    tid = template_id(sandbox, "storeCard")
    beacons = vendor("body_beacons_1")["beacons"]
    good = create(client, tid, {"pass": {"fullName": "D"}, "beacons": beacons},
                  includeBeacons="true")
    assert good.status_code == 200
    returned = good.json()["data"]["attributes"]["beacons"]
    assert returned[0]["proximityUuid"] == beacons[0]["proximity_uuid"]
    bad = create(client, tid, {"pass": {"fullName": "D"},
                               "beacons": [{**beacons[0], "major": 70000}] * 11})
    assert bad.status_code == 400
    assert "major" in detail(bad)
    assert "at most 10 beacons" in detail(bad)


def test_unknown_template_is_404_and_a_bad_body_400(client, sandbox):
    unknown = create(client, "000000000000000000000000", {"pass": {"fullName": "E"}})
    assert unknown.status_code == 404
    assert unknown.json() == {"error": "Pass template not found"}
    unwrapped = create(client, template_id(sandbox, "generic"), {"fullName": "E"})
    assert unwrapped.status_code == 400
    assert '"pass"' in detail(unwrapped)
    no_template = client.post("/passes", json={"pass": {}})
    assert no_template.status_code == 400
    assert "passTemplate" in detail(no_template)


@pytest.mark.parametrize(("status", "outcome"), [
    ("active", {"status": "delivered", "message": "Delivered succesfully"}),
    ("issued", {"status": "notDelivered", "message": "Pass has not been added to the wallet"}),
])
def test_patch_with_message_reports_delivery(client, sandbox, status, outcome):
    stored = first_pass(sandbox, status=status)
    body = doc("3.4-update-pass-1-request")
    response = client.patch(f"/passes/{stored.id}", json=body)
    assert response.status_code == 200
    assert response.json()["meta"] == {"notifications": outcome}
    assert response.headers["X-Notification-Status"] == outcome["status"]
    assert response.json()["data"]["attributes"]["latestMessage"] == body["message"]


def test_deactivate_and_reactivate(client, sandbox):
    stored = first_pass(sandbox, status="active")
    response = client.patch(f"/passes/{stored.id}", json={"passAction": "deactivate"})
    assert response.status_code == 200
    attrs = response.json()["data"]["attributes"]
    assert attrs["status"] == "deactivated"
    assert attrs["deactivatedAt"] is not None
    back = client.patch(f"/passes/{stored.id}", json={"passAction": "reactivate"}).json()
    assert back["data"]["attributes"]["status"] == "active"  # it had been on a phone
    assert back["data"]["attributes"]["deactivatedAt"] is None
    wrong = client.patch(f"/passes/{stored.id}", json={"pass": {}, "passAction": "explode"})
    assert wrong.status_code == 400
    assert "passAction" in detail(wrong)


def test_notification_is_singular_and_takes_an_ext_id(client, sandbox):
    stored = first_pass(sandbox, status="active")
    ext_id = stored.attributes["extId"]
    response = client.post(f"/passes/{ext_id}/notification",
                           json={"notification": {"message": "Doors open at 7"}})
    assert response.status_code == 200
    assert response.json()["meta"]["notifications"]["status"] == "delivered"
    assert response.headers["X-Notification-Status"] == "delivered"
    assert sandbox.state.get_pass(stored.id).attributes["latestMessage"] == "Doors open at 7"
    empty = client.post(f"/passes/{stored.id}/notification",
                        json={"notification": {"message": ""}})
    assert empty.status_code == 400
    plural = client.post(f"/passes/{stored.id}/notifications",
                         json={"notification": {"message": "x"}})
    assert plural.status_code in (404, 405)  # the guessed plural route is gone


def test_nullify_is_irreversible_idempotent_and_frees_the_ext_id(client, sandbox):
    stored = first_pass(sandbox, status="active")
    ext_id = stored.attributes["extId"]
    first = client.post(f"/passes/{ext_id}/nullify")
    assert first.status_code == 200
    attrs = first.json()["data"]["attributes"]
    assert attrs["status"] == "nullified"
    assert attrs["nullifiedAt"] is not None
    assert (attrs["passContent"], attrs["barcode"], attrs["nfc"]) == ({}, {}, None)
    assert attrs["extId"] == ext_id
    again = client.post(f"/passes/{stored.id}/nullify")
    assert again.status_code == 200
    assert again.json()["data"]["attributes"]["nullifiedAt"] == attrs["nullifiedAt"]
    for response in (client.get(f"/passes/{stored.id}"), client.get(f"/passes/{ext_id}"),
                     client.patch(f"/passes/{stored.id}", json={"passAction": "reactivate"}),
                     client.post(f"/passes/{stored.id}/notification",
                                 json={"notification": {"message": "x"}}),
                     client.get(f"/loyalty/{stored.id}")):
        assert response.status_code == 404
    listed = {p["id"] for p in all_pages(client)}
    assert stored.id not in listed
    assert stored.id in {p["id"] for p in all_pages(client, includeNullified="true")}
    only = all_pages(client, status="nullified")
    assert [p["id"] for p in only] == [stored.id]
    reused = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "New"}},
                    extId=ext_id)
    assert reused.status_code == 200
    assert client.get(f"/passes/{ext_id}").json()["data"]["id"] == reused.json()["data"]["id"]


def test_group_tag_filter_matches_group_tags_too(client, sandbox):
    create(client, template_id(sandbox, "generic"),
           {"pass": {"fullName": "T"}, "groupTags": ["summer-22", "vip"]})
    got = all_pages(client, groupTag="summer-22")
    assert [p["attributes"]["groupTags"] for p in got] == [["summer-22", "vip"]]


def test_a_ticket_for_a_known_event_carries_its_event_data(client, sandbox):
    event = next(iter(sandbox.state.events.values()))
    made = create(client, template_id(sandbox, "eventTicket"),
                  {"pass": {"fullName": "G", "eventName": event.name}}).json()["data"]
    eed = made["attributes"]["enhancedEventData"]
    assert eed["event"]["name"] == event.name
    assert eed["venue"]["name"] == event.venue_name
    client.patch(f"/events/{event.id}", json={"event": {"name": "Renamed Night"}})
    again = client.get(f"/passes/{made['id']}").json()["data"]["attributes"]
    assert again["enhancedEventData"]["event"]["name"] == "Renamed Night"


# --- loyalty ----------------------------------------------------------------


def test_loyalty_show_add_redeem_override_by_uuid_or_ext_id(client, sandbox):
    stored = first_pass(sandbox, passType="storeCard", status="active")
    start = stored.balance
    ext_id = stored.attributes["extId"]
    shown = client.get(f"/loyalty/{stored.id}").json()
    assert shown["meta"] == {"loyalty": {"balance": start}}
    assert client.get(f"/loyalty/{ext_id}").json() == shown

    added = client.patch(f"/loyalty/{ext_id}", json=doc("4.2-update-loyalty-balance-1-request"))
    assert added.json()["meta"] == {"loyalty": {"balance": start + 10}}
    assert added.json()["data"]["attributes"]["passContent"]["points"] == str(start + 10)

    redeemed = client.patch(f"/loyalty/{stored.id}",
                            json={"balance": -3, "message": "Enjoy your coffee"})
    assert redeemed.json()["meta"]["loyalty"] == {"balance": start + 7}
    assert redeemed.json()["meta"]["notifications"]["status"] == "delivered"
    assert redeemed.headers["X-Notification-Status"] == "delivered"

    overridden = client.patch(f"/loyalty/{stored.id}", json={"overrideBalance": 42})
    assert overridden.json()["meta"]["loyalty"] == {"balance": 42}
    assert sandbox.state.get_pass(stored.id).balance == 42
    assert sandbox.state.get_pass(stored.id).attributes["passContent"]["points"] == "42"
    coerced = client.patch(f"/loyalty/{stored.id}", json={"balance": 2.5})
    assert coerced.json()["meta"]["loyalty"] == {"balance": 45}  # integer template: coerced


@pytest.mark.parametrize(("body", "text"), [
    ({"balance": 1, "overrideBalance": 2}, "not both"),
    ({}, "required"),
    ({"balance": "10"}, "must be a number"),
    ({"overrideBalance": -1}, "below zero"),
    ({"balance": -1_000_000}, "Balance cannot go below zero"),
])
def test_bad_loyalty_changes_are_422_and_change_nothing(client, sandbox, body, text):
    stored = first_pass(sandbox, passType="storeCard")
    response = client.patch(f"/loyalty/{stored.id}", json=body)
    assert response.status_code == 422
    assert text in detail(response)
    assert sandbox.state.get_pass(stored.id).balance == stored.balance


def test_loyalty_needs_a_loyalty_template(client, sandbox):
    ticket = first_pass(sandbox, passType="eventTicket")
    for response in (client.get(f"/loyalty/{ticket.id}"),
                     client.patch(f"/loyalty/{ticket.id}", json={"balance": 1})):
        assert response.status_code == 422
        assert detail(response) == "Loyalty balance is not enabled for this pass template"


def test_new_loyalty_pass_starts_at_zero(client, sandbox):
    tid = template_id(sandbox, "storeCard")
    created = create(client, tid, {"pass": {"fullName": "Zoë"}}).json()["data"]
    assert created["attributes"]["passContent"]["points"] == "0"
    shown = client.get(f"/loyalty/{created['id']}").json()
    assert shown["meta"]["loyalty"]["balance"] == 0


def test_decimal_templates_take_two_places_and_answer_floats(client, sandbox):
    with sandbox.state.lock:
        template = sandbox.state.templates[template_id(sandbox, "storeCard")]
        template.loyalty["balanceType"] = "decimal"
    made = create(client, template.id, {"pass": {"fullName": "Dec"}}).json()["data"]
    changed = client.patch(f"/loyalty/{made['id']}", json={"balance": 1234.5})
    assert changed.status_code == 200
    assert changed.json()["meta"]["loyalty"]["balance"] == 1234.5
    assert isinstance(changed.json()["meta"]["loyalty"]["balance"], float)
    assert changed.json()["data"]["attributes"]["passContent"]["points"] == "1,234.50"
    three = client.patch(f"/loyalty/{made['id']}", json={"balance": 0.125})
    assert three.status_code == 422
    assert "at most 2 decimal places" in detail(three)
    assert client.get(f"/loyalty/{made['id']}").json()["meta"]["loyalty"]["balance"] == 1234.5


def test_a_phone_adds_and_removes_a_created_pass(client, sandbox, origin):
    made = create(client, template_id(sandbox, "generic"), {"pass": {"fullName": "P"}},
                  extId="phone-1").json()["data"]
    assert made["attributes"]["deviceType"] is None
    added = client.post(f"{origin}/_sandbox/passes/phone-1/install",
                        json={"deviceType": "android"})
    assert added.status_code == 200
    attrs = client.get("/passes/phone-1").json()["data"]["attributes"]
    assert (attrs["status"], attrs["deviceType"]) == ("active", "android")
    assert attrs["addedAt"] is not None
    sent = client.post("/passes/phone-1/notification", json={"notification": {"message": "Hi"}})
    assert sent.json()["meta"]["notifications"]["status"] == "delivered"
    client.post(f"{origin}/_sandbox/passes/phone-1/remove")
    assert client.get("/passes/phone-1").json()["data"]["attributes"]["status"] == "removed"
    assert client.post(f"{origin}/_sandbox/passes/phone-1/install",
                       json={"deviceType": "apple"}).status_code == 422
