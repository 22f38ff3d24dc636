"""The sandbox speaks the PassEntry API over real loopback HTTP."""

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

from passdesk.api.routes import API_PREFIX, ROUTES

VENDOR = Path(__file__).parents[2] / "fixtures" / "vendor"


def vendor(name: str) -> dict:
    return json.loads((VENDOR / f"passentry_api_docs__{name}.json").read_text())


def detail(response: httpx.Response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


def passes_where(sandbox, test) -> list:
    with sandbox.state.lock:
        return [p for p in sandbox.state.passes.values() if test(p)]


def first_pass(sandbox, **attrs):
    return passes_where(sandbox, lambda p: all(p.attributes.get(k) == v
                                               for k, v in attrs.items()))[0]


def template_id(sandbox, template_type: str) -> str:
    with sandbox.state.lock:
        return next(t.id for t in sandbox.state.templates.values()
                    if t.attributes["templateType"] == template_type)


# --- auth and routing ---------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic test-key"},
                                     {"Authorization": "Bearer"}])
def test_without_the_right_bearer_key_401(sandbox, headers):
    response = httpx.get(f"{sandbox.base_url}/passes", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthorized"}


def test_every_route_of_the_table_is_mounted(client):
    for name, route in ROUTES.items():
        response = client.request(route.method, route.url(id="no-such-id"))
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
    example = vendor("list_pass_1")
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
                        ("/readers", 2)):
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
    ("deviceType", "deviceType", "apple"),
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


def test_records_have_the_vendor_shapes(client, sandbox):
    entity = client.get("/entities").json()["data"][0]
    assert entity.keys() == vendor("one_entity_1")["data"].keys()
    assert entity["attributes"].keys() == vendor("one_entity_1")["data"]["attributes"].keys()
    assert client.get(f"/entities/{entity['id']}").json()["data"] == entity

    tid = template_id(sandbox, "storeCard")
    template = client.get(f"/pass-templates/{tid}").json()["data"]
    example = vendor("one_passTemplate_1")["data"]["attributes"]
    assert template["type"] == "passTemplate"
    assert set(example) <= set(template["attributes"])
    for group in ("header", "primary", "secondary", "auxiliary", "backFields"):
        assert list(template["attributes"][group]) == list(example[group]), group
    assert template["attributes"]["loyalty"] == {"enabled": True, "balanceType": "integer"}

    reader = client.get("/readers/south-gate-1").json()["data"]
    assert reader["type"] == "reader"
    assert reader["attributes"].keys() == vendor("one_reader_1")["data"]["attributes"].keys()

    config = client.get("/reader-configuration").json()["data"]
    assert config["type"] == "readerConfiguration"
    example = vendor("one_readerConfiguration_1")["data"]["attributes"]
    assert config["attributes"].keys() == example.keys()
    assert config["attributes"]["validationConfiguration"] == {"validationType": "internal"}
    assert "FAKE" in config["attributes"]["nfcPrivateKey"]


def test_missing_records_are_404_with_a_text(client):
    for path, text in (("/passes/nope", "Pass not found"), ("/events/nope", "Event not found"),
                       ("/readers/nope", "Reader not found"),
                       ("/pass-templates/nope", "Pass template not found"),
                       ("/entities/nope", "Entity not found")):
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
    body = vendor("body_pass_1")
    body["pass"]["seat"] = {"value": "Block A, Row 1, Seat 1"}
    body["groupTag"] = "vip"
    response = create(client, tid, body, extId="order-1001")
    assert response.status_code == 200
    data = response.json()["data"]
    attrs = data["attributes"]
    assert len(data["id"]) == 40
    assert attrs["status"] == "issued"
    assert attrs["extId"] == "order-1001"
    assert attrs["groupTag"] == "vip"
    assert attrs["nfc"] == data["id"]
    assert attrs["barcode"] == {"type": "qrCode", "value": "123abcd", "displayText": True}
    assert attrs["passContent"] == body["pass"]
    assert attrs["downloadUrl"] == f"https://download.passentry.com/download?pass={data['id']}"
    assert attrs["passTemplateUuid"] == tid

    by_ext = client.get("/passes/order-1001", params={"includeLocations": "true"}).json()
    assert by_ext["data"]["id"] == data["id"]
    assert by_ext["data"]["attributes"]["locations"] == body["locations"]

    patched = client.patch(f"/passes/{data['id']}",
                           json={"pass": {"fullName": "Jane Roberts", "nfc": {"enabled": False}}})
    assert patched.status_code == 200
    content = patched.json()["data"]["attributes"]
    assert content["passContent"]["fullName"] == "Jane Roberts"
    assert content["passContent"]["seat"] == {"value": "Block A, Row 1, Seat 1"}
    assert content["nfc"] is None
    assert "X-Notification-Status" not in patched.headers
    assert "meta" not in patched.json()
    assert sandbox.state.get_pass(data["id"]).attributes["passContent"]["fullName"] == (
        "Jane Roberts")


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


def test_eleven_locations_is_422(client, sandbox):
    location = vendor("body_pass_1")["locations"][0]
    response = create(client, template_id(sandbox, "eventTicket"),
                      {"pass": {"fullName": "C"}, "locations": [location] * 11})
    assert response.status_code == 422
    assert "at most 10 locations" in detail(response)


def test_bad_beacons_are_422_and_good_ones_use_proximity_uuid(client, sandbox):
    tid = template_id(sandbox, "storeCard")
    beacons = vendor("body_beacons_1")["beacons"]
    good = create(client, tid, {"pass": {"fullName": "D"}, "beacons": beacons},
                  includeBeacons="true")
    assert good.status_code == 200
    returned = good.json()["data"]["attributes"]["beacons"]
    assert returned[0]["proximityUuid"] == beacons[0]["proximity_uuid"]
    bad = create(client, tid, {"pass": {"fullName": "D"},
                               "beacons": [{**beacons[0], "major": 70000}]})
    assert bad.status_code == 422
    assert "major" in detail(bad)


def test_unknown_template_and_missing_wrapper_are_422(client, sandbox):
    unknown = create(client, "000000000000000000000000", {"pass": {"fullName": "E"}})
    assert unknown.status_code == 422
    assert "not found" in detail(unknown)
    unwrapped = create(client, template_id(sandbox, "generic"), {"fullName": "E"})
    assert unwrapped.status_code == 422
    assert '"pass"' in detail(unwrapped)


@pytest.mark.parametrize(("status", "outcome"), [
    ("active", {"status": "delivered", "message": "Delivered succesfully"}),
    ("issued", {"status": "notDelivered", "message": "Pass has not been added to the wallet"}),
])
def test_patch_with_message_reports_delivery(client, sandbox, status, outcome):
    stored = first_pass(sandbox, status=status)
    body = vendor("body_pass_2")
    response = client.patch(f"/passes/{stored.id}", json=body)
    assert response.status_code == 200
    assert response.json()["meta"] == {"notifications": outcome}
    assert response.headers["X-Notification-Status"] == outcome["status"]
    assert response.json()["data"]["attributes"]["latestMessage"] == body["message"]


def test_deactivate(client, sandbox):
    stored = first_pass(sandbox, status="active")
    response = client.patch(f"/passes/{stored.id}", json={"passAction": "deactivate"})
    assert response.status_code == 200
    attrs = response.json()["data"]["attributes"]
    assert attrs["status"] == "deactivated"
    assert attrs["deactivatedAt"] is not None
    assert sandbox.state.get_pass(stored.id).attributes["status"] == "deactivated"
    wrong = client.patch(f"/passes/{stored.id}", json={"pass": {}, "passAction": "explode"})
    assert wrong.status_code == 422
    assert "passAction" in detail(wrong)


def test_notify(client, sandbox):
    stored = first_pass(sandbox, status="active")
    response = client.post(f"/passes/{stored.id}/notifications",
                           json={"notification": {"message": "Doors open at 7"}})
    assert response.status_code == 200
    assert response.json()["meta"]["notifications"]["status"] == "delivered"
    assert response.headers["X-Notification-Status"] == "delivered"
    assert sandbox.state.get_pass(stored.id).attributes["latestMessage"] == "Doors open at 7"
    empty = client.post(f"/passes/{stored.id}/notifications",
                        json={"notification": {"message": ""}})
    assert empty.status_code == 422


# --- loyalty ----------------------------------------------------------------


def test_loyalty_show_add_redeem_override(client, sandbox):
    stored = first_pass(sandbox, passType="storeCard", status="active")
    start = stored.balance
    shown = client.get(f"/passes/{stored.id}/loyalty").json()
    assert shown["meta"] == {"loyalty": {"balance": start}}
    assert shown.keys() == vendor("one_pass_6").keys()

    added = client.patch(f"/passes/{stored.id}/loyalty", json={"balance": 10})
    assert added.json()["meta"] == {"loyalty": {"balance": start + 10}}
    assert added.json()["data"]["attributes"]["passContent"]["points"] == str(start + 10)

    redeemed = client.patch(f"/passes/{stored.id}/loyalty",
                            json={"balance": -3, "message": "Enjoy your coffee"})
    assert redeemed.json()["meta"]["loyalty"] == {"balance": start + 7}
    assert redeemed.json()["meta"]["notifications"]["status"] == "delivered"
    assert redeemed.headers["X-Notification-Status"] == "delivered"

    overridden = client.patch(f"/passes/{stored.id}/loyalty", json={"overrideBalance": 42})
    assert overridden.json()["meta"]["loyalty"] == {"balance": 42}
    assert sandbox.state.get_pass(stored.id).balance == 42
    assert sandbox.state.get_pass(stored.id).attributes["passContent"]["points"] == "42"


@pytest.mark.parametrize(("body", "text"), [
    ({"balance": 1, "overrideBalance": 2}, "not both"),
    ({}, "required"),
    ({"balance": "10"}, "whole number"),
    ({"balance": 1.5}, "whole number"),
    ({"overrideBalance": -1}, "below zero"),
    ({"balance": -1_000_000}, "Balance cannot go below zero"),
])
def test_bad_loyalty_changes_are_422_and_change_nothing(client, sandbox, body, text):
    stored = first_pass(sandbox, passType="storeCard")
    response = client.patch(f"/passes/{stored.id}/loyalty", json=body)
    assert response.status_code == 422
    assert text in detail(response)
    assert sandbox.state.get_pass(stored.id).balance == stored.balance


def test_loyalty_needs_a_loyalty_template(client, sandbox):
    ticket = first_pass(sandbox, passType="eventTicket")
    for response in (client.get(f"/passes/{ticket.id}/loyalty"),
                     client.patch(f"/passes/{ticket.id}/loyalty", json={"balance": 1})):
        assert response.status_code == 422
        assert detail(response) == "Loyalty balance is not enabled for this pass template"


def test_new_loyalty_pass_starts_at_zero(client, sandbox):
    tid = template_id(sandbox, "storeCard")
    created = create(client, tid, {"pass": {"fullName": "Zoë"}}).json()["data"]
    assert created["attributes"]["passContent"]["points"] == "0"
    shown = client.get(f"/passes/{created['id']}/loyalty").json()
    assert shown["meta"]["loyalty"]["balance"] == 0


# --- templates and readers ----------------------------------------------------


def test_create_template(client):
    response = client.post("/pass-templates", json={"passTemplate": {
        "name": "Pop-up Bar", "templateType": "storeCard",
        "header": {"header_one": {"id": "points", "label": "Points"}},
        "loyalty": {"enabled": True, "balanceType": "decimal"}}})
    assert response.status_code == 201
    data = response.json()["data"]
    assert len(data["id"]) == 24
    attrs = data["attributes"]
    assert attrs["header"]["header_one"] == {"id": "points", "label": "Points",
                                             "default_value": None}
    assert attrs["backFields"]["backThree"] == {"id": None, "label": None, "default_value": None}
    assert client.get(f"/pass-templates/{data['id']}").json()["data"] == data
    created = create(client, data["id"], {"pass": {"fullName": "F"}}).json()["data"]
    changed = client.patch(f"/passes/{created['id']}/loyalty", json={"balance": 250}).json()
    assert changed["data"]["attributes"]["passContent"]["points"] == "2.50"


def test_template_without_name_is_422(client):
    response = client.post("/pass-templates", json={"passTemplate": {"description": "x"}})
    assert response.status_code == 422
    assert "name is required" in detail(response)


def test_create_and_update_a_reader(client, sandbox):
    body = vendor("body_reader_2")
    response = client.post("/readers", json=body)
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["id"] == "south_entrance_01"
    assert data["attributes"]["readerType"] == "VtapReader"
    assert "password" not in json.dumps(response.json())
    assert sandbox.state.get_reader("south_entrance_01").password == "string"
    duplicate = client.post("/readers", json=body)
    assert duplicate.status_code == 422
    assert "already been taken" in detail(duplicate)
    patched = client.patch("/readers/south_entrance_01",
                           json={"reader": {"redeemEnabled": True, "password": "n3w"}})
    assert patched.status_code == 200
    assert patched.json()["data"]["attributes"]["redeemEnabled"] is True
    assert "n3w" not in patched.text


@pytest.mark.parametrize(("change", "text"), [
    ({"type": None}, "type is required"),
    ({"type": "Turnstile"}, "type must be"),
    ({"password": None}, "password is required"),
    ({"qrEnabled": "yes"}, "qrEnabled must be true or false"),
])
def test_bad_readers_are_422(client, change, text):
    reader = {**vendor("body_reader_2")["reader"], "id": "new-reader", **change}
    response = client.post("/readers", json={"reader": reader})
    assert response.status_code == 422
    assert text in detail(response)
