"""Templates (202 then processed), scans, webhook subscriptions, batches and image assets:
the rules PASSENTRY-API.md states, over loopback HTTP."""

from __future__ import annotations

import csv
import io

import httpx
import pytest


def detail(response: httpx.Response) -> str:
    return " | ".join(e["detail"] for e in response.json()["errors"])


def active_card(sandbox, min_balance: int = 20):
    """A copy (the live record changes under the test's feet)."""
    with sandbox.state.lock:
        found = next(p for p in sandbox.state.ordered_passes()
                     if p.attributes["passType"] == "storeCard"
                     and p.attributes["status"] == "active" and p.balance >= min_balance)
        return sandbox.state.get_pass(found.id)


def template_of(sandbox, kind: str) -> str:
    with sandbox.state.lock:
        return next(t.id for t in sandbox.state.templates.values()
                    if t.attributes["templateType"] == kind)


# --- templates --------------------------------------------------------------------


def new_template(client, **extra) -> str:
    response = client.post("/pass-templates", json={"passTemplate": {
        "name": "Pop-up Bar", "templateType": "loyalty",
        "fields": {"header": {"one": {"id": "points", "label": "Points", "defaultValue": "0"}},
                   "central": {"one": {"id": "fullName", "label": "Member"}}}, **extra}})
    assert response.status_code == 202, response.text
    return response.json()["data"]["id"]


def test_a_created_template_is_processed_after_a_few_polls(client):
    template_id = new_template(client)
    statuses = [client.get(f"/pass-templates/{template_id}").json()["data"]["attributes"].get(
        "processingStatus") for _ in range(3)]
    assert statuses == ["processing", "processing", None]
    # Until then it could not issue; now it can, and loyalty templates count points.
    made = client.post("/passes", params={"passTemplate": template_id},
                       json={"pass": {"fullName": "Ann"}}).json()["data"]
    assert made["attributes"]["passContent"]["points"] == "0"
    assert client.patch(f"/loyalty/{made['id']}", json={"balance": 5}).json()["meta"] == {
        "loyalty": {"balance": 5}}


def test_processing_also_ends_with_time(client, sandbox):
    template_id = new_template(client)
    with sandbox.state.lock:
        sandbox.state.templates[template_id].processing_until = sandbox.state.now()
    assert "processingStatus" not in client.get(
        f"/pass-templates/{template_id}").json()["data"]["attributes"]


def test_the_deprecated_route_serves_the_same_template_in_slots(client, sandbox):
    template_id = template_of(sandbox, "eventTicket")
    current = client.get(f"/pass-templates/{template_id}").json()["data"]["attributes"]
    old = client.get(f"/pass_templates/{template_id}").json()["data"]["attributes"]
    assert old["name"] == current["name"]
    assert old["backgroundColor"] == current["colors"]["background"]
    assert old["header"]["header_one"] == {"id": "seat", "label": "Seat", "default_value": None}
    assert old["primary"]["primary_one"]["id"] == current["fields"]["central"]["one"]["id"]
    details = [current["fields"]["details"][w]["id"] for w in ("one", "two", "three", "four")]
    assert [old["secondary"][k]["id"] for k in ("secOne", "secTwo", "secThree")] == details[:3]
    assert old["auxiliary"]["auxOne"]["id"] == details[3]
    assert old["auxiliary"]["auxTwo"] == {"id": None, "label": None, "default_value": None}


def test_an_update_of_fields_is_processed_again_and_other_changes_answer_at_once(client,
                                                                                 sandbox):
    template_id = template_of(sandbox, "generic")
    quick = client.patch(f"/pass-templates/{template_id}",
                         json={"passTemplate": {"colors": {"background": "#000000"}}})
    assert quick.status_code == 200
    assert quick.json()["data"]["attributes"]["colors"]["label"] == "#CCFBF1"
    slow = client.patch(f"/pass-templates/{template_id}", json={"passTemplate": {
        "fields": {"back": {"two": {"id": "notes", "label": "Notes"}}}}})
    assert slow.status_code == 202
    assert slow.json()["data"]["attributes"]["processingStatus"] == "processing"


def test_bad_templates_and_the_closed_beta(client, sandbox):
    bad = client.post("/pass-templates", json={"passTemplate": {
        "templateType": "storeCard", "colors": {"background": "blue"},
        "fields": {"primary": {}}}})
    assert bad.status_code == 422
    words = detail(bad)
    for text in ("name is required", "templateType must be one of", "colors.background",
                 "fields has no group 'primary'"):
        assert text in words
    with sandbox.state.lock:
        sandbox.state.template_beta = False
    outside = client.post("/pass-templates", json={"passTemplate": {"name": "X"}})
    assert outside.status_code == 403
    assert "closed beta" in outside.json()["error"]


# --- scans ------------------------------------------------------------------------


def scan(client, pass_id: str, **extra) -> dict:
    response = client.post("/scans", json={"scan": {"readerId": "south-gate-1",
                                                    "passId": pass_id,
                                                    "scanType": "barcode", **extra}})
    assert response.status_code == 200, response.text
    return response.json()


def test_internal_validation_admits_active_passes_by_uuid_or_ext_id(client, sandbox):
    card = active_card(sandbox)
    by_ext = scan(client, card.attributes["extId"])
    assert by_ext["validationResponse"]["status"] == "successful"
    assert by_ext["scanInfo"]["passId"] == card.id
    with sandbox.state.lock:
        removed = next(p for p in sandbox.state.passes.values()
                       if p.attributes["status"] == "removed")
    refused = scan(client, removed.id)
    assert refused["validationResponse"]["statusDetail"] == "Pass is not active"
    assert refused["validationResponse"]["readerInstructions"]["message"].startswith("Sorry")
    unknown = scan(client, "no-such-pass")
    assert unknown["validationResponse"]["status"] == "failed"
    assert unknown["scanInfo"]["passId"] is None
    listed = client.get("/scans", params={"perPage": 3}).json()
    assert listed["data"][0]["id"] == unknown["scanInfo"]["scanId"]
    shown = client.get(f"/scans/{by_ext['scanInfo']['scanId']}").json()
    assert shown["data"]["relationships"]["pass"]["data"]["id"] == card.id
    assert {i["id"] for i in shown["included"]} == {card.id, "south-gate-1"}


def test_validity_period_refuses_a_second_scan_within_it(client, sandbox):
    with sandbox.state.lock:
        sandbox.state.reader_configuration[1]["validationConfiguration"] = {
            "validationType": "internal", "validityPeriod": 3600}
    card = active_card(sandbox)
    assert scan(client, card.id)["validationResponse"]["status"] == "successful"
    again = scan(client, card.id)["validationResponse"]
    assert again["status"] == "failed"
    assert "validity period" in again["statusDetail"]


def test_scan_loyalty_adds_and_redeems_but_not_below_zero(client, sandbox):
    card = active_card(sandbox)
    added = scan(client, card.id, loyalty={"balance": 10})["validationResponse"]
    assert added["loyalty"] == {"balanceChange": "10", "updatedBalance": str(card.balance + 10),
                                "operation": "add"}
    assert sandbox.state.get_pass(card.id).balance == card.balance + 10
    too_much = scan(client, card.id, loyalty={"balance": -1_000_000})["validationResponse"]
    assert too_much["status"] == "failed"
    assert sandbox.state.get_pass(card.id).balance == card.balance + 10


def test_log_scan_records_a_third_party_result(client, sandbox):
    card = active_card(sandbox)
    response = client.post("/scans/log", json={"scan": {
        "readerId": "south-gate-1", "scanType": "nfc", "status": "successful",
        "statusDetail": "", "scanValue": "PROMO-1", "passId": card.attributes["extId"],
        "loyalty": {"balance": -10}}})
    assert response.status_code == 200
    info = response.json()["scanInfo"]
    assert (info["validationType"], info["passId"], info["scanValue"]) == (
        "externalValidation", card.id, "PROMO-1")
    assert sandbox.state.get_pass(card.id).balance == card.balance - 10
    bad = client.post("/scans/log", json={"scan": {"readerId": "nope", "scanType": "qr"}})
    assert bad.status_code == 422
    assert "scanType must be nfc or barcode" in detail(bad)


# --- webhook subscriptions -----------------------------------------------------------


def subscribe(client, url: str, **extra) -> httpx.Response:
    return client.post("/webhook-subscriptions", json={"webhookSubscription": {
        "url": url, "enabled": True, "subscribedEvents": ["passInstalled"], **extra}})


def test_webhook_rules(client, sandbox):
    first = subscribe(client, "https://example.com/hook")
    assert first.status_code == 201
    assert len(first.json()["data"]["attributes"]["secretKey"]) == 40
    assert subscribe(client, "https://example.com/hook").status_code == 422  # same scope
    entity_id = sandbox.state.default_entity_id
    entity_scoped = subscribe(client, "https://example.com/hook", entityId=entity_id)
    assert entity_scoped.status_code == 201  # another scope
    assert entity_scoped.json()["data"]["attributes"]["scopeType"] == "entity"
    plain = subscribe(client, "http://example.com/insecure")
    assert plain.status_code == 422
    assert "HTTPS" in detail(plain)
    for n in range(9):
        assert subscribe(client, f"https://example.com/h{n}").status_code == 201
    eleventh = subscribe(client, "https://example.com/h-too-many")
    assert eleventh.status_code == 422
    assert "At most 10" in detail(eleventh)
    page = client.get("/webhook-subscriptions").json()
    assert (page["meta"]["totalCount"], page["meta"]["resultsPerPage"], len(page["data"])) == (
        11, 5, 5)
    assert client.get("/webhook-subscriptions", params={"perPage": 500}).json()["meta"][
        "resultsPerPage"] == 100
    scoped = client.get("/webhook-subscriptions", params={"entityId": entity_id}).json()
    assert [h["id"] for h in scoped["data"]] == [entity_scoped.json()["data"]["id"]]


def test_update_and_rotate_secret(client, sandbox):
    made = subscribe(client, "https://example.com/hook").json()["data"]
    changed = client.patch(f"/webhook-subscriptions/{made['id']}", json={"webhookSubscription": {
        "enabled": False, "subscribedEvents": ["passScanned", "passCreated"]}})
    assert changed.status_code == 200
    assert changed.json()["data"]["attributes"]["enabled"] is False
    empty = client.patch(f"/webhook-subscriptions/{made['id']}",
                         json={"webhookSubscription": {"subscribedEvents": []}})
    assert empty.status_code == 422
    rescope = client.patch(f"/webhook-subscriptions/{made['id']}", json={
        "webhookSubscription": {"entityId": sandbox.state.default_entity_id}})
    assert rescope.status_code == 422
    old_key = made["attributes"]["secretKey"]
    rotated = client.patch(f"/webhook-subscriptions/{made['id']}/rotate-secret").json()
    new_key = rotated["attributes"]["secretKey"]
    assert new_key != old_key
    # The old key is gone at once: the record only knows the new one.
    shown = client.get(f"/webhook-subscriptions/{made['id']}").json()["data"]["attributes"]
    assert shown["secretKey"] == new_key
    with sandbox.state.lock:
        assert old_key not in repr(sandbox.state.webhooks)


# --- batches ------------------------------------------------------------------------


def upload(client, path: str, text: str, **fields) -> httpx.Response:
    return client.post(path, files={"csv": ("rows.csv", text.encode(), "text/csv")}, data=fields)


def poll(client, batch_id: str, until: tuple[str, ...], limit: int = 10) -> dict:
    for _ in range(limit):
        attrs = client.get(f"/batches/{batch_id}").json()["data"]["attributes"]
        if attrs["status"] in until:
            return attrs
    raise AssertionError(f"batch still {attrs['status']}")


def test_a_pass_creation_batch_progresses_and_creates_the_passes(client, sandbox, origin):
    rows = ["ext_id,group_tags,nfc_enabled,nfc_source,nfc_custom_value,barcode_enabled,"
            "barcode_type,barcode_source,barcode_value,barcode_display_text,expires_at,"
            "passfield_fullName"]
    rows += [f"BATCH-{n},\"vip,b{n}\",true,custom,N{n},true,pdf417,custom,C{n},true,"
             f"2030-01-01T00:00:00Z,Holder {n}" for n in range(5)]
    rows.append(",,,,,,,,,,,No ext id")  # refused: ext_id is required
    taken = active_card(sandbox).attributes["extId"]
    rows.append(f"{taken},,,,,,,,,,,Duplicate")
    made = upload(client, "/passes/batch", "\n".join(rows) + "\n",
                  passTemplate=template_of(sandbox, "generic"), name="Spring intake")
    assert made.status_code == 202
    batch_id = made.json()["data"]["id"]
    assert made.json()["data"]["attributes"]["status"] == "processing"
    first = client.get(f"/batches/{batch_id}").json()["data"]["attributes"]
    assert first["status"] == "processing"
    assert 0 < first["progress"]["processed"] < 7
    done = poll(client, batch_id, ("successful", "failed"))
    assert done["status"] == "successful"
    assert done["progress"] == {"total": 7, "processed": 7, "pending": 0}
    one = sandbox.state.get_pass("BATCH-3").attributes
    assert (one["nfc"], one["barcode"]["value"], one["barcode"]["type"]) == ("N3", "C3",
                                                                             "pdf417")
    assert one["groupTags"] == ["vip", "b3"]
    assert one["expiresAt"] == "2030-01-01T00:00:00Z"
    assert one["passContent"]["fullName"] == "Holder 3"
    errors = client.get(done["errorsCsvUrl"].replace(origin, origin)).text
    lines = list(csv.reader(io.StringIO(errors)))
    assert lines[0] == ["line", "error"]
    assert [line[1] for line in lines[1:]] == ["ext_id is required",
                                               "extId has already been taken"]


def test_batch_uploads_need_a_csv_a_template_and_an_ext_id_column(client, sandbox):
    generic = template_of(sandbox, "generic")
    assert upload(client, "/passes/batch", "ext_id\nA\n").status_code == 400
    assert upload(client, "/passes/batch", "ext_id\nA\n",
                  passTemplate="000000000000000000000000").status_code == 404
    no_column = upload(client, "/passes/batch", "fullName\nA\n", passTemplate=generic)
    assert no_column.status_code == 400
    assert "ext_id column" in detail(no_column)
    assert client.post("/passes/batch", json={"csv": "ext_id"}).status_code == 400


def test_a_pass_update_batch_runs_at_its_time(client, sandbox):
    with sandbox.state.lock:
        member = next(p for p in sandbox.state.ordered_passes()
                      if p.attributes["passType"] == "generic"
                      and p.attributes["status"] == "active")
    text = f"pass_id,passfield_plan,pass_action\n{member.attributes['extId']},Gold,deactivate\n"
    made = upload(client, "/passes/batch/update", text,
                  passTemplate=template_of(sandbox, "generic"),
                  scheduledAt="2020-01-01T00:00:00Z", tag="upgrade")
    assert made.status_code == 202
    assert made.json()["data"]["attributes"]["status"] == "validating"
    done = poll(client, made.json()["data"]["id"], ("successful", "completedWithErrors",
                                                    "failed"))
    assert done["status"] == "successful"
    after = sandbox.state.get_pass(member.id).attributes
    assert (after["passContent"]["plan"], after["status"]) == ("Gold", "deactivated")


def test_wallet_messaging_send_now_cancel_and_their_rules(client, sandbox):
    entity_id = sandbox.state.default_entity_id
    body = {"batch": {"message": "Hi %{fullName}", "segments": [{"groupTag": "staff"}],
                      "scheduledAt": "2030-03-31T13:16:26Z"}}
    made = client.post(f"/entities/{entity_id}/messaging/wallet", json=body).json()["data"]
    too_early = client.post(f"/batches/{made['id']}/send-now")
    assert too_early.status_code == 422  # still validating
    scheduled = poll(client, made["id"], ("scheduled",))
    assert scheduled["totalCount"] > 0
    sent = client.post(f"/batches/{made['id']}/send-now")
    assert sent.json() == {"success": "Scheduled batch cancelled and batch sent now"}
    assert client.get(f"/batches/{made['id']}").json()["data"]["attributes"]["status"] == (
        "successful")
    with sandbox.state.lock:
        staff = [p for p in sandbox.state.passes.values()
                 if "staff" in p.attributes["groupTags"]]
        assert all(p.attributes["latestMessage"] ==
                   f"Hi {p.attributes['passContent']['fullName']}" for p in staff)
    assert client.patch(f"/batches/{made['id']}/cancel").status_code == 422  # already sent
    other = client.post(f"/entities/{entity_id}/messaging/wallet", json=body).json()["data"]
    poll(client, other["id"], ("scheduled",))
    cancelled = client.patch(f"/batches/{other['id']}/cancel").json()["data"]["attributes"]
    assert cancelled["status"] == "cancelled"
    assert client.post(f"/batches/{other['id']}/send-now").status_code == 422  # cancelled
    early = client.post(f"/entities/{entity_id}/messaging/wallet", json=body).json()["data"]
    stopped = client.patch(f"/batches/{early['id']}/cancel").json()["data"]["attributes"]
    assert stopped["status"] == "cancelled"  # still validating: not sent yet, so it may go
    assert client.get(f"/batches/{early['id']}").json()["data"]["attributes"]["status"] == (
        "cancelled")  # and a later look does not revive it
    listed = client.get("/batches", params={"type": "walletMessaging"}).json()
    assert {b["id"] for b in listed["data"]} == {made["id"], other["id"], early["id"]}
    assert client.get("/batches", params={"type": "passCreation"}).json()["data"] == []
    past = client.post(f"/entities/{entity_id}/messaging/wallet", json={"batch": {
        **body["batch"], "scheduledAt": "2001-01-01T00:00:00Z"}})
    assert past.status_code == 422
    both = client.post(f"/entities/{entity_id}/messaging/wallet", json={"batch": {
        **body["batch"], "recipients": ["x"]}})
    assert both.status_code == 422
    assert client.post("/entities/nope/messaging/wallet", json=body).status_code == 404


def test_wallet_messaging_to_recipients(client, sandbox):
    card = active_card(sandbox)
    made = client.post(f"/entities/{sandbox.state.default_entity_id}/messaging/wallet", json={
        "batch": {"message": "Just you", "recipients": [{"passId": card.attributes["extId"]}],
                  "scheduledAt": "2030-01-01T00:00:00Z"}}).json()["data"]
    assert poll(client, made["id"], ("scheduled",))["totalCount"] == 1
    client.post(f"/batches/{made['id']}/send-now")
    assert poll(client, made["id"], ("successful",))["status"] == "successful"  # sending first
    assert sandbox.state.get_pass(card.id).attributes["latestMessage"] == "Just you"


# --- image assets ---------------------------------------------------------------------


@pytest.mark.parametrize(("body", "text"), [
    ({"imageType": "poster", "image": "https://example.com/a.png"}, "imageType must be"),
    ({"imageType": "logo"}, "image is required"),
    ({"imageType": "logo", "image": "http://example.com/a.png"}, "https URL"),
    ({"imageType": "banner", "image": "https://example.com/a.png",
      "watermark": {"color": "red"}}, "watermark must be"),
])
def test_bad_image_assets_are_422(client, body, text):
    response = client.post("/image-assets", json={"imageAsset": body})
    assert response.status_code == 422
    assert text in detail(response)


def _png_base64(width: int, height: int) -> str:
    """A real PNG as base64: the sandbox reads uploads as PassEntry does (§13 Images)."""
    import base64
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def test_image_assets_are_pending_then_ready_and_list_by_type(client, sandbox):
    made = client.post("/image-assets", json={"imageAsset": {
        "imageType": "logo", "image": _png_base64(480, 150), "name": "Logo"}})
    assert made.status_code == 201
    asset = made.json()["data"]
    assert asset["attributes"]["processingStatus"] == "pending"
    assert asset["attributes"]["size"] == {"width": 480, "height": 150}
    states = [client.get(f"/image-assets/{asset['id']}").json()["data"]["attributes"][
        "processingStatus"] for _ in range(2)]
    assert states == ["pending", "ready"]
    for n in range(30):
        client.post("/image-assets", json={"imageAsset": {
            "imageType": "banner", "image": f"https://example.com/b{n}.png"}})
    page = client.get("/image-assets").json()
    assert (page["meta"]["resultsPerPage"], page["meta"]["totalCount"]) == (25, 31)
    logos = client.get("/image-assets", params={"imageType": "logo"}).json()["data"]
    assert [a["id"] for a in logos] == [asset["id"]]
    # A pass can use the asset as its logo (its passDesign then always shows, §2.1);
    # an unknown asset id is refused.
    template_id = template_of(sandbox, "generic")
    ok = client.post("/passes", params={"passTemplate": template_id}, json={"pass": {
        "templateOverride": {"logoImage": {"imageAssetId": asset["id"]}}}})
    assert ok.status_code == 200
    assert ok.json()["data"]["attributes"]["passDesign"]["logoImageUrl"] == asset[
        "attributes"]["url"]
    bad = client.post("/passes", params={"passTemplate": template_id}, json={"pass": {
        "templateOverride": {"logoImage": {"imageAssetId": "nope"}}}})
    assert bad.status_code == 400
