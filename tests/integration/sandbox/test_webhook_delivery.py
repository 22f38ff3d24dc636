"""The sandbox delivers webhooks (PASSENTRY-API.md §8, §9; contract D5), over loopback.

A tiny receiver on 127.0.0.1 stands for a venue's hub behind a tunnel: the
subscription's HTTPS URL is mapped to it with ``SandboxServer.tunnels``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time

import httpx
import pytest

from passdesk.sandbox import SandboxServer
from tests.helpers.webhook_receiver import WebhookReceiver
from tests.integration.sandbox.conftest import API_KEY, NOW

PUBLIC = "https://hub.example.test"
BASE = 0.05  # the first retry's delay in these tests
PASSES = 40  # demo passes: enough of each status, quick to build


def new_server(**kwargs) -> SandboxServer:
    return SandboxServer(api_key=API_KEY, now=NOW, passes=PASSES, **kwargs)


def hex_hmac(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@pytest.fixture
def receiver():
    with WebhookReceiver() as running:
        yield running


@pytest.fixture(params=[False, True], ids=["normal", "strict"])
def hooked(request, receiver):
    """A fresh sandbox (normal and strict) delivering to ``receiver`` through a tunnel."""
    server = new_server(strict=request.param,
                           webhook_retry_base=BASE, tunnels={PUBLIC: receiver.url})
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sandbox_hooked(receiver):
    """Normal mode only, for the tests that need not run twice."""
    server = new_server(strict=False, webhook_retry_base=BASE,
                           tunnels={PUBLIC: receiver.url})
    server.start()
    yield server
    server.stop()


def api(server: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=5,
                        headers={"Authorization": f"Bearer {API_KEY}"})


def control(server: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{server.port}/_sandbox", timeout=5,
                        headers={"Authorization": f"Bearer {API_KEY}"})


def subscribe(client: httpx.Client, events: list[str], path: str = "/hooks", *,
              enabled: bool = True, **extra) -> dict:
    answer = client.post("/webhook-subscriptions", json={"webhookSubscription": {
        "url": PUBLIC + path, "enabled": enabled, "subscribedEvents": events, **extra}})
    assert answer.status_code == 201, answer.text
    return answer.json()["data"]


def a_reader(server: SandboxServer) -> str:
    with server.state.lock:
        return next(iter(server.state.readers))


def a_pass(server: SandboxServer, status: str = "active") -> str:
    with server.state.lock:
        return next(p.id for p in server.state.ordered_passes()
                    if p.attributes.get("status") == status)


def a_template(server: SandboxServer, kind: str = "generic") -> str:
    with server.state.lock:
        return next(t.id for t in server.state.templates.values()
                    if t.attributes["templateType"] == kind)


def scan(client: httpx.Client, server: SandboxServer, pass_id: str | None = None) -> dict:
    answer = client.post("/scans", json={"scan": {
        "readerId": a_reader(server), "scanType": "nfc", "passId": pass_id or a_pass(server)}})
    assert answer.status_code == 200, answer.text
    return answer.json()["scanInfo"]


def settle(server: SandboxServer) -> None:
    assert server.webhooks.wait_idle(timeout=20), "deliveries did not finish"


def test_a_scan_is_delivered_signed_with_scan_pass_and_reader(hooked, receiver):
    with api(hooked) as client:
        sub = subscribe(client, ["passScanned"])
        info = scan(client, hooked)
    (post,) = receiver.wait_for(1)
    settle(hooked)
    assert len(receiver.posts()) == 1
    assert post.path == "/hooks"
    assert post.headers["Content-Type"] == "application/json"
    signature = post.headers["X-Webhook-Signature"]
    assert signature == hex_hmac(post.body, sub["attributes"]["secretKey"])
    assert signature == signature.lower()
    assert len(signature) == 64

    body = json.loads(post.body)
    data = body["data"]
    assert data["type"] == "webhook"
    assert data["attributes"]["webhookType"] == "passScanned"
    assert data["attributes"]["timeStamp"] == info["scannedAt"]  # the event's time
    rel = data["relationships"]
    assert rel["scan"]["data"] == {"id": info["scanId"], "type": "scan"}
    assert rel["pass"]["data"] == {"id": info["passId"], "type": "pass"}
    assert rel["reader"]["data"] == {"id": info["readerId"], "type": "reader"}
    included = {(r["type"], r["id"]): r for r in body["included"]}
    assert set(included) == {("scan", info["scanId"]), ("pass", info["passId"]),
                             ("reader", info["readerId"])}
    scan_attrs = included[("scan", info["scanId"])]["attributes"]
    assert scan_attrs["validationType"] == "internalValidation"
    assert scan_attrs["status"] == "successful"
    assert set(included[("reader", info["readerId"])]["attributes"]) == {"name", "readerType"}
    assert included[("pass", info["passId"])]["attributes"]["status"] == "active"

    with control(hooked) as ctl:
        log = ctl.get("/webhook-deliveries").json()
    assert log["meta"] == {"pending": 0}
    (attempt,) = log["data"]
    assert attempt["id"] == data["id"]
    assert attempt["subscriptionId"] == sub["id"]
    assert attempt["webhookType"] == "passScanned"
    assert attempt["url"] == PUBLIC + "/hooks"
    assert attempt["target"] == receiver.url + "/hooks"
    assert (attempt["attempt"], attempt["status"], attempt["error"]) == (1, 200, None)
    assert attempt["at"].endswith("Z")


def test_a_logged_scan_is_delivered_and_each_event_has_its_own_id(hooked, receiver):
    with api(hooked) as client:
        subscribe(client, ["passScanned"])
        pass_id = a_pass(hooked)
        logged = client.post("/scans/log", json={"scan": {
            "readerId": a_reader(hooked), "scanType": "barcode", "status": "failed",
            "statusDetail": "Already inside", "scanValue": "XYZ", "passId": pass_id}})
        assert logged.status_code == 200, logged.text
        scan(client, hooked, pass_id)
    posts = receiver.wait_for(2)
    settle(hooked)
    bodies = [json.loads(p.body) for p in posts]
    assert len({b["data"]["id"] for b in bodies}) == 2
    by_scan = {b["data"]["relationships"]["scan"]["data"]["id"]: b for b in bodies}
    first = by_scan[logged.json()["scanInfo"]["scanId"]]
    (scan_record,) = [r for r in first["included"] if r["type"] == "scan"]
    assert scan_record["attributes"]["validationType"] == "externalValidation"
    assert scan_record["attributes"]["statusDetail"] == "Already inside"


def test_disabled_and_unsubscribed_subscriptions_get_nothing(sandbox_hooked, receiver):
    with api(sandbox_hooked) as client:
        subscribe(client, ["passScanned"], "/off", enabled=False)
        subscribe(client, ["passInstalled", "passRemoved"], "/other")
        subscribe(client, ["passScanned"], "/on")
        scan(client, sandbox_hooked)
    receiver.wait_for(1)
    settle(sandbox_hooked)
    assert [p.path for p in receiver.posts()] == ["/on"]


def test_disabling_later_stops_delivery(sandbox_hooked, receiver):
    with api(sandbox_hooked) as client:
        sub = subscribe(client, ["passScanned"])
        scan(client, sandbox_hooked)
        receiver.wait_for(1)
        settle(sandbox_hooked)
        answer = client.patch(f"/webhook-subscriptions/{sub['id']}",
                              json={"webhookSubscription": {"enabled": False}})
        assert answer.status_code == 200
        scan(client, sandbox_hooked)
    settle(sandbox_hooked)
    assert len(receiver.posts()) == 1


def test_a_failing_receiver_is_retried_with_growing_delays(hooked, receiver):
    receiver.answers = [500, 500]
    with api(hooked) as client:
        sub = subscribe(client, ["passScanned"])
        scan(client, hooked)
    posts = receiver.wait_for(3)
    settle(hooked)
    assert len(posts) == 3
    assert len({p.body for p in posts}) == 1  # the same event, byte for byte
    for post in posts:
        assert post.headers["X-Webhook-Signature"] == hex_hmac(
            post.body, sub["attributes"]["secretKey"])
    with control(hooked) as ctl:
        log = ctl.get("/webhook-deliveries").json()["data"]
    assert [(a["attempt"], a["status"]) for a in log] == [(1, 500), (2, 500), (3, 200)]
    # The delay doubles; what the receiver saw is at least that (load only adds to it).
    assert [a["retryIn"] for a in log] == [BASE, 2 * BASE, None]
    assert posts[1].at - posts[0].at >= BASE
    assert posts[2].at - posts[1].at >= 2 * BASE
    assert log[0]["error"] == "HTTP 500"
    assert log[2]["error"] is None
    assert len({a["id"] for a in log}) == 1


def test_tries_stop_after_the_maximum(sandbox_hooked, receiver):
    receiver.answers = [503] * 20
    with control(sandbox_hooked) as ctl:
        settings = ctl.post("/webhook-settings", json={"retryBaseSeconds": 0.01,
                                                       "maxAttempts": 4})
        assert settings.json() == {"retryBaseSeconds": 0.01, "maxAttempts": 4}
        with api(sandbox_hooked) as client:
            subscribe(client, ["passScanned"])
            scan(client, sandbox_hooked)
        receiver.wait_for(4)
        settle(sandbox_hooked)
        log = ctl.get("/webhook-deliveries").json()["data"]
        assert [a["attempt"] for a in log] == [1, 2, 3, 4]
        assert log[-1]["retryIn"] is None  # the last try
        assert len(receiver.posts()) == 4
        assert ctl.delete("/webhook-deliveries").json()["data"] == []
        assert ctl.get("/webhook-deliveries").json()["data"] == []
        bad = ctl.post("/webhook-settings", json={"maxAttempts": 0})
        assert bad.status_code == 422


def test_the_default_is_ten_tries(sandbox_hooked):
    with control(sandbox_hooked) as ctl:
        assert ctl.get("/webhook-settings").json() == {"retryBaseSeconds": BASE,
                                                       "maxAttempts": 10}


def test_after_a_rotation_deliveries_carry_the_new_key_only(hooked, receiver):
    with api(hooked) as client:
        sub = subscribe(client, ["passScanned"])
        old = sub["attributes"]["secretKey"]
        scan(client, hooked)
        (before,) = receiver.wait_for(1)
        settle(hooked)
        rotated = client.patch(f"/webhook-subscriptions/{sub['id']}/rotate-secret").json()
        new = rotated["attributes"]["secretKey"]
        assert new != old
        scan(client, hooked)
    after = receiver.wait_for(2)[1]
    settle(hooked)
    assert before.headers["X-Webhook-Signature"] == hex_hmac(before.body, old)
    assert after.headers["X-Webhook-Signature"] == hex_hmac(after.body, new)
    assert after.headers["X-Webhook-Signature"] != hex_hmac(after.body, old)


def test_a_retry_after_a_rotation_is_signed_with_the_new_key(sandbox_hooked, receiver):
    sandbox_hooked.webhooks.retry_base = 0.5  # time to rotate between the two tries
    receiver.answers = [500]
    with api(sandbox_hooked) as client:
        sub = subscribe(client, ["passScanned"])
        scan(client, sandbox_hooked)
        (first,) = receiver.wait_for(1)
        new = client.patch(f"/webhook-subscriptions/{sub['id']}/rotate-secret"
                           ).json()["attributes"]["secretKey"]
    second = receiver.wait_for(2)[1]
    settle(sandbox_hooked)
    assert first.body == second.body
    assert first.headers["X-Webhook-Signature"] == hex_hmac(first.body,
                                                            sub["attributes"]["secretKey"])
    assert second.headers["X-Webhook-Signature"] == hex_hmac(second.body, new)


def test_creating_a_pass_delivers_pass_created(hooked, receiver):
    with api(hooked) as client:
        subscribe(client, ["passCreated"])
        made = client.post("/passes", params={"passTemplate": a_template(hooked),
                                              "extId": "WEB-1"}, json={"pass": {}})
        assert made.status_code == 200, made.text
    (post,) = receiver.wait_for(1)
    settle(hooked)
    body = json.loads(post.body)
    pass_id = made.json()["data"]["id"]
    assert body["data"]["attributes"]["webhookType"] == "passCreated"
    assert body["data"]["relationships"] == {"pass": {"data": {"id": pass_id, "type": "pass"}}}
    (included,) = body["included"]
    assert (included["type"], included["id"]) == ("pass", pass_id)
    assert included["attributes"]["extId"] == "WEB-1"
    assert included["attributes"]["status"] == "issued"


def test_each_pass_of_a_creation_batch_delivers_pass_created(sandbox_hooked, receiver):
    csv = "ext_id,passfield_fullName\nBW-1,Ann Lee\nBW-2,Bo Kim\nBW-3,Cy Ode\n"
    with api(sandbox_hooked) as client:
        subscribe(client, ["passCreated"])
        made = client.post("/passes/batch", files={"csv": ("p.csv", csv.encode(), "text/csv")},
                           data={"passTemplate": a_template(sandbox_hooked)})
        assert made.status_code == 202, made.text
        batch_id = made.json()["data"]["id"]
        for _ in range(20):  # progress moves on when someone looks
            if client.get(f"/batches/{batch_id}").json()["data"]["attributes"][
                    "status"] != "processing":
                break
    posts = receiver.wait_for(3)
    settle(sandbox_hooked)
    ext_ids = sorted(json.loads(p.body)["included"][0]["attributes"]["extId"] for p in posts)
    assert ext_ids == ["BW-1", "BW-2", "BW-3"]


def test_a_phone_adding_and_removing_a_pass_delivers_both(hooked, receiver):
    pass_id = a_pass(hooked, status="issued")
    with api(hooked) as client:
        subscribe(client, ["passInstalled", "passRemoved"])
    with control(hooked) as ctl:
        assert ctl.post(f"/passes/{pass_id}/install",
                        json={"deviceType": "android"}).status_code == 200
        receiver.wait_for(1)
        settle(hooked)  # the two events may go out in any order: one at a time here
        assert ctl.post(f"/passes/{pass_id}/remove").status_code == 200
    posts = receiver.wait_for(2)
    settle(hooked)
    installed, removed = (json.loads(p.body) for p in posts)
    assert installed["data"]["attributes"]["webhookType"] == "passInstalled"
    assert removed["data"]["attributes"]["webhookType"] == "passRemoved"
    for body in (installed, removed):
        assert body["data"]["relationships"] == {"pass": {"data": {"id": pass_id,
                                                                   "type": "pass"}}}
        assert body["included"][0]["id"] == pass_id
    assert installed["included"][0]["attributes"]["status"] == "active"
    assert installed["included"][0]["attributes"]["deviceType"] == "android"
    assert installed["included"][0]["attributes"]["addedAt"]
    assert removed["included"][0]["attributes"]["status"] == "removed"
    assert removed["included"][0]["attributes"]["removedAt"]


def test_entity_scope_is_respected(sandbox_hooked, receiver):
    with sandbox_hooked.state.lock:
        first, second = list(sandbox_hooked.state.entities)[:2]
    with api(sandbox_hooked) as client:
        subscribe(client, ["passScanned"], "/mine", entityId=first)
        subscribe(client, ["passScanned"], "/theirs", entityId=second)
        scan(client, sandbox_hooked)  # the demo readers are the first entity's
    receiver.wait_for(1)
    settle(sandbox_hooked)
    assert [p.path for p in receiver.posts()] == ["/mine"]


def test_tunnels_through_control_routes_and_an_unreachable_url_is_retried(receiver):
    server = new_server(strict=True, webhook_retry_base=0.01)
    server.start()
    try:
        with control(server) as ctl, api(server) as client:
            assert ctl.get("/tunnels").json() == {}
            mapped = ctl.post("/tunnels", json={"https://venue.example.test/pe": receiver.url})
            assert mapped.json() == {"https://venue.example.test/pe": receiver.url}
            ctl.post("/webhook-settings", json={"maxAttempts": 2})
            client.post("/webhook-subscriptions", json={"webhookSubscription": {
                "url": "https://venue.example.test/pe/hook", "subscribedEvents": ["passScanned"]}})
            # No tunnel: a real HTTPS attempt to a closed local port fails and is retried.
            client.post("/webhook-subscriptions", json={"webhookSubscription": {
                "url": "https://127.0.0.1:9/hook", "subscribedEvents": ["passScanned"]}})
            scan(client, server)
            receiver.wait_for(1)
            settle(server)
            log = ctl.get("/webhook-deliveries").json()["data"]
            ok = [a for a in log if a["status"] == 200]
            failed = [a for a in log if a["status"] is None]
            assert [a["target"] for a in ok] == [receiver.url + "/hook"]
            assert [a["attempt"] for a in failed] == [1, 2]
            assert all(a["target"] == "https://127.0.0.1:9/hook" and a["error"] for a in failed)
            assert ctl.post("/tunnels", json={"https://venue.example.test/pe": None}).json() == {}
            ctl.post("/tunnels", json={"https://a.test": "http://127.0.0.1:1"})
            assert ctl.delete("/tunnels").json() == {}
            assert server.tunnels == {}
            assert ctl.post("/tunnels", json=["no"]).status_code == 422
    finally:
        server.stop()


def test_an_api_answer_does_not_wait_for_the_receiver():
    hold = threading.Event()
    with WebhookReceiver() as slow:
        # A receiver that holds its answer until the test lets go.
        original = slow._server.RequestHandlerClass.do_POST

        def held(handler):
            hold.wait(10)
            original(handler)

        slow._server.RequestHandlerClass.do_POST = held
        server = new_server(strict=False,
                               tunnels={PUBLIC: slow.url})
        server.start()
        try:
            with api(server) as client:
                subscribe(client, ["passScanned"])
                for _ in range(3):
                    scan(client, server)  # would time out (5 s) if it waited
            assert server.webhooks.pending() == 3
            hold.set()
            settle(server)
            assert len(slow.posts()) == 3
        finally:
            hold.set()
            server.stop()


def test_stopping_leaves_no_delivery_threads(receiver):
    before = {t.name for t in threading.enumerate()}
    server = new_server(strict=False,
                           tunnels={PUBLIC: receiver.url})
    server.start()
    assert any(t.name.endswith(("-webhooks-0",)) for t in threading.enumerate())
    with api(server) as client:
        subscribe(client, ["passScanned"])
        scan(client, server)
    receiver.wait_for(1)
    server.stop()
    left = {t.name for t in threading.enumerate() if t.is_alive()} - before
    assert not [name for name in left if "webhooks" in name]
    # Stopped and started again (an outage): deliveries go on.
    server.start()
    try:
        with api(server) as client:
            scan(client, server)
        receiver.wait_for(2)
        assert len(receiver.posts()) == 2
    finally:
        server.stop()


def test_reset_forgets_queued_deliveries_and_the_log(sandbox_hooked, receiver):
    sandbox_hooked.webhooks.retry_base = 0.3
    receiver.answers = [500] * 5
    with api(sandbox_hooked) as client, control(sandbox_hooked) as ctl:
        subscribe(client, ["passScanned"])
        scan(client, sandbox_hooked)
        receiver.wait_for(1)
        assert ctl.post("/reset").status_code == 200
        settle(sandbox_hooked)
        assert ctl.get("/webhook-deliveries").json() == {"data": [], "meta": {"pending": 0}}
    assert len(receiver.posts()) == 1
    assert sandbox_hooked.tunnels == {PUBLIC: receiver.url}  # a venue's tunnel stays


def test_stop_does_not_wait_long_for_a_receiver_that_holds_its_answer(monkeypatch):
    from passdesk.sandbox import webhook_delivery

    monkeypatch.setattr(webhook_delivery, "STOP_TIMEOUT_S", 0.3)
    entered, hold = threading.Event(), threading.Event()
    with WebhookReceiver() as slow:
        original = slow._server.RequestHandlerClass.do_POST

        def held(handler):
            entered.set()
            hold.wait(10)
            original(handler)

        slow._server.RequestHandlerClass.do_POST = held
        server = new_server(strict=False, tunnels={PUBLIC: slow.url})
        server.start()
        try:
            with api(server) as client:
                subscribe(client, ["passScanned"])
                scan(client, server)
            assert entered.wait(10)
            started = time.monotonic()
            server.stop()
            assert time.monotonic() - started < 3
        finally:
            hold.set()
            server.stop()
        # The held attempt gets its answer, then its thread ends.
        deadline = time.monotonic() + 10
        while server.webhooks.running and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not server.webhooks.running
        assert len(slow.posts()) == 1
