"""The hub registers itself with PassEntry (§8) and survives a secret rotation (D6).

Against the loopback sandbox with a real SQLite hub: the subscription is
created, shown, paused, enabled and its secret rotated; the secret lands in
the keychain (an in-memory keyring) and never in the settings file or a log.
A rotation with deliveries in flight refuses none of them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from passdesk.api import PassEntryClient
from passdesk.core.payloads import WebhookSubscriptionInput
from passdesk.hub import wire
from passdesk.hub.config import reloader
from passdesk.hub.server import HubServer
from passdesk.hub.signatures import WebhookSecrets
from passdesk.keychain import SecretName, SecretStore
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.sync import webhook_subscription as subs
from passdesk.sync.readers import MASK_DOTS
from tests.integration.hub.conftest import fill, hub_config, signed
from tests.integration.hub.test_webhooks_passentry import webhook

PUBLIC = "https://hub.venue.example"
HOOK_URL = "https://hub.venue.example/webhooks/passentry"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    fill(database)
    yield database
    database.close()


@pytest.fixture
def client(sandbox) -> Iterator[PassEntryClient]:
    with PassEntryClient(sandbox.base_url, sandbox.api_key) as api:
        yield api


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def hub(db) -> Iterator[HubServer]:
    """The hub as the app runs it before registering: no webhook secret yet."""
    server = HubServer(db, hub_config(webhook=WebhookSecrets()))
    server.start()
    yield server
    server.stop()


def hook(sandbox, sub_id: str) -> dict:
    with sandbox.state.lock:
        return dict(sandbox.state.webhooks[sub_id].attributes)


def deliver(hub: HubServer, secret: str, event_id: str) -> int:
    body, headers = signed(webhook("passInstalled", event_id=event_id), secret)
    return httpx.post(f"{hub.url}/webhooks/passentry", content=body, headers=headers,
                      timeout=60).status_code


def test_register_show_pause_enable_rotate(sandbox, client, settings, hub, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore()

    view = subs.register(client, settings, store, PUBLIC, hub=hub.hub)

    saved = settings.load()
    assert view.id == saved.webhook_subscription_id
    assert saved.hub_public_url == PUBLIC
    remote = hook(sandbox, view.id)
    secret = remote["secretKey"]
    assert (remote["url"], remote["enabled"], remote["subscribedEvents"]) == (
        HOOK_URL, True, ["passInstalled", "passRemoved", "passScanned", "passCreated"])
    assert store.get(SecretName.WEBHOOK_SECRET).value == secret
    assert view.secret_mask == MASK_DOTS + secret[-4:]
    assert view.words() == (
        f"Delivering to {HOOK_URL}\n"
        "Passes installed, removed, scanned and created, for the whole organisation "
        f"“{remote['scopeName']}”\n"
        f"Secret {MASK_DOTS}{secret[-4:]}, in the keychain")
    # The running hub took the secret at once: a delivery signed with it is applied.
    assert deliver(hub, secret, "evt-after-register") == 200

    shown = subs.find(client, settings, store)
    assert shown == view

    paused = subs.set_enabled(client, settings, store, False)
    assert not paused.enabled
    assert not hook(sandbox, view.id)["enabled"]
    assert paused.words().startswith(
        f"Paused: PassEntry sends nothing to {HOOK_URL} until you enable it\n")
    assert subs.set_enabled(client, settings, store, True).enabled
    assert hook(sandbox, view.id)["enabled"]

    rotated = subs.rotate(client, settings, store, hub=hub.hub)
    new = hook(sandbox, view.id)["secretKey"]
    assert new != secret
    assert store.get(SecretName.WEBHOOK_SECRET).value == new
    assert store.get(SecretName.WEBHOOK_SECRET_PREVIOUS).value == secret
    assert rotated.secret_mask == MASK_DOTS + new[-4:]
    assert settings.load().webhook_previous_until  # the grace period's end, not a secret
    assert deliver(hub, new, "evt-new-key") == 200
    assert deliver(hub, secret, "evt-old-key-in-flight") == 200  # within the grace period
    assert deliver(hub, "not-the-secret", "evt-forged") == 401

    text = settings.path.read_text(encoding="utf-8")
    for value in (secret, new):
        assert value not in text
        assert value not in caplog.text
        assert value not in rotated.words()


def test_a_rotation_with_deliveries_in_flight_refuses_none(sandbox, client, settings,
                                                           hub) -> None:
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC, hub=hub.hub)
    old = hook(sandbox, view.id)["secretKey"]
    statuses: dict[str, int] = {}
    threads: list[threading.Thread] = []

    def send(secret: str, event_id: str) -> None:
        thread = threading.Thread(
            target=lambda: statuses.__setitem__(event_id, deliver(hub, secret, event_id)))
        thread.start()
        threads.append(thread)

    # Just before: signed with the key PassEntry still had.
    for n in range(3):
        send(old, f"evt-before-{n}")
    real_rotate = client.webhook_subscriptions.rotate_secret

    def rotate_while_deliveries_arrive(sub_id: str):
        record = real_rotate(sub_id)
        # PassEntry signs with the new key at once; this desk has not read the answer
        # yet, so the hub cannot know it: these deliveries must wait, not be refused.
        for n in range(3):
            send(record.secret_key, f"evt-during-{n}")
        time.sleep(0.5)
        assert not statuses.keys() & {f"evt-during-{n}" for n in range(3)}, "they waited"
        return record

    client.webhook_subscriptions.rotate_secret = rotate_while_deliveries_arrive
    started = time.monotonic()
    subs.rotate(client, settings, store, hub=hub.hub)
    for thread in threads:
        thread.join(timeout=60)
    waited = time.monotonic() - started

    assert statuses == {**{f"evt-before-{n}": 200 for n in range(3)},
                        **{f"evt-during-{n}": 200 for n in range(3)}}
    assert waited < 10, waited
    # Once the rotation is over, a forged signature is refused at once (no waiting).
    started = time.monotonic()
    assert deliver(hub, "forged", "evt-forged") == 401
    assert time.monotonic() - started < 5


def test_a_failed_rotation_changes_nothing(sandbox, client, settings, hub) -> None:
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC, hub=hub.hub)
    secret = hook(sandbox, view.id)["secretKey"]
    with sandbox.state.lock:  # deleted in the dashboard (no API route deletes one)
        del sandbox.state.webhooks[view.id]

    with pytest.raises(subs.SubscriptionProblem) as raised:
        subs.rotate(client, settings, store, hub=hub.hub)
    assert str(raised.value) == ("This hub is not registered with PassEntry yet: type its "
                                 "public address and click “Register with PassEntry”.")
    assert store.get(SecretName.WEBHOOK_SECRET).value == secret
    assert settings.load().webhook_subscription_id is None
    assert deliver(hub, secret, "evt-still-old") == 200
    started = time.monotonic()
    assert deliver(hub, "forged", "evt-forged") == 401
    assert time.monotonic() - started < 5, "no rotation is left pending"


def test_gone_between_show_and_pause_is_said(sandbox, client, settings) -> None:
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC)
    real_update = client.webhook_subscriptions.update

    def deleted_meanwhile(sub_id, changes):
        with sandbox.state.lock:
            sandbox.state.webhooks.pop(sub_id, None)
        return real_update(sub_id, changes)

    client.webhook_subscriptions.update = deleted_meanwhile
    with pytest.raises(subs.SubscriptionProblem) as raised:
        subs.set_enabled(client, settings, store, False)
    assert str(raised.value) == ("PassEntry no longer has this subscription (it was deleted, "
                                 "perhaps in the dashboard). Register the hub again.")
    assert settings.load().webhook_subscription_id is None
    assert view.id


def test_documented_refusals_are_words(sandbox, client, settings) -> None:
    store = SecretStore()
    with pytest.raises(subs.SubscriptionProblem) as raised:
        subs.register(client, settings, store, "http://hub.venue.example")
    assert "HTTPS addresses only" in str(raised.value)
    with pytest.raises(subs.SubscriptionProblem):
        subs.register(client, settings, store, "  ")

    # Ten subscriptions already: the organisation's limit.
    for n in range(10):
        client.webhook_subscriptions.create(WebhookSubscriptionInput(
            url=f"https://other-{n}.example/hook", enabled=True,
            subscribed_events=["passInstalled"]))
    with pytest.raises(subs.SubscriptionProblem) as raised:
        subs.register(client, settings, store, PUBLIC)
    assert str(raised.value) == (
        "PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in "
        "use. Delete one in the PassEntry dashboard, then register again.")
    assert not store.get(SecretName.WEBHOOK_SECRET)


def test_an_address_already_registered_is_shown_not_duplicated(sandbox, client, settings,
                                                               tmp_path) -> None:
    store = SecretStore()
    first = subs.register(client, settings, store, PUBLIC)
    # Another desk (its own settings) registers the same address.
    other = SettingsStore(tmp_path / "other" / "settings.json")
    again = subs.register(client, other, store, PUBLIC + "/")
    assert again.id == first.id
    assert again.notice.startswith("PassEntry already sent events to this address")
    assert other.load().webhook_subscription_id == first.id
    assert len(sandbox.state.webhooks) == 1

    # Settings lost the id: found again by the address.
    saved = settings.load()
    saved.webhook_subscription_id = None
    settings.save(saved)
    assert subs.find(client, settings, store).id == first.id
    assert settings.load().webhook_subscription_id == first.id


def test_a_secret_from_the_environment_is_not_replaced(sandbox, client, settings,
                                                       monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_WEBHOOK_SECRET", "from-the-environment-1234")
    with pytest.raises(subs.SubscriptionProblem) as raised:
        subs.register(client, settings, SecretStore(), PUBLIC)
    assert "PASSDESK_WEBHOOK_SECRET" in str(raised.value)
    assert not sandbox.state.webhooks, "PassEntry was not asked"


def test_public_address_forms() -> None:
    assert subs.webhook_url("https://hub.venue.example") == HOOK_URL
    assert subs.webhook_url("hub.venue.example/") == HOOK_URL
    assert subs.webhook_url(HOOK_URL) == HOOK_URL
    assert subs.webhook_url("https://t.example/venue") == "https://t.example/venue/webhooks/passentry"


def test_a_hub_in_its_own_process_follows_a_rotation_through_the_keychain(
        sandbox, client, settings, db) -> None:
    """``passdesk hub`` is not told of a rotation made in a desk's Settings: a delivery
    that does not verify makes it read the keychain again, and it waits briefly."""
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC)  # no hub in this process
    old = hook(sandbox, view.id)["secretKey"]
    standalone = HubServer(db, hub_config(webhook=WebhookSecrets(old)),
                           reload_secrets=reloader(store=SecretStore(), env={},
                                                   settings_path=settings.path))
    standalone.start()
    try:
        statuses: dict[str, int] = {}
        threads: list[threading.Thread] = []
        real_rotate = client.webhook_subscriptions.rotate_secret

        def rotate_while_deliveries_arrive(sub_id: str):
            record = real_rotate(sub_id)
            for n in range(3):
                event_id = f"evt-during-{n}"
                thread = threading.Thread(target=lambda e=event_id: statuses.__setitem__(
                    e, deliver(standalone, record.secret_key, e)))
                thread.start()
                threads.append(thread)
            time.sleep(0.3)  # the desk stores the secret only after this
            return record

        client.webhook_subscriptions.rotate_secret = rotate_while_deliveries_arrive
        subs.rotate(client, settings, store)
        for thread in threads:
            thread.join(timeout=60)
        assert statuses == {f"evt-during-{n}": 200 for n in range(3)}
        assert deliver(standalone, old, "evt-old-in-flight") == 200, "the grace period"
        started = time.monotonic()
        assert deliver(standalone, "forged", "evt-forged") == 401
        assert time.monotonic() - started < 10
    finally:
        standalone.stop()



def test_a_lost_rotate_answer_still_leaves_the_hub_with_the_secret(sandbox, client, settings,
                                                                   hub) -> None:
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC, hub=hub.hub)
    old = hook(sandbox, view.id)["secretKey"]
    # PassEntry rotates, then the connection drops before its answer arrives.
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/webhook-subscriptions")

    subs.rotate(client, settings, store, hub=hub.hub)

    new = hook(sandbox, view.id)["secretKey"]
    assert new != old
    assert store.get(SecretName.WEBHOOK_SECRET).value == new
    assert deliver(hub, new, "evt-after-lost-answer") == 200


def test_a_secret_rotated_elsewhere_is_taken_when_shown(sandbox, client, settings, hub) -> None:
    store = SecretStore()
    view = subs.register(client, settings, store, PUBLIC, hub=hub.hub)
    client.webhook_subscriptions.rotate_secret(view.id)  # the dashboard, another desk
    new = hook(sandbox, view.id)["secretKey"]
    assert store.get(SecretName.WEBHOOK_SECRET).value != new

    shown = subs.find(client, settings, store, hub=hub.hub)

    assert store.get(SecretName.WEBHOOK_SECRET).value == new
    assert shown.notice.startswith("PassEntry signs with a secret this hub did not have")
    assert deliver(hub, new, "evt-after-heal") == 200


def test_a_new_address_moves_the_subscription(sandbox, client, settings) -> None:
    store = SecretStore()
    first = subs.register(client, settings, store, PUBLIC)
    secret = store.get(SecretName.WEBHOOK_SECRET).value
    moved = subs.register(client, settings, store, "https://new-tunnel.example")
    assert moved.id == first.id
    assert moved.url == "https://new-tunnel.example/webhooks/passentry"
    assert len(sandbox.state.webhooks) == 1
    assert hook(sandbox, first.id)["url"] == moved.url
    assert store.get(SecretName.WEBHOOK_SECRET).value == secret
    assert settings.load().hub_public_url == "https://new-tunnel.example"


def test_a_rotation_never_ended_stops_holding_deliveries(hub, monkeypatch) -> None:
    """The desk stopped mid-rotation: after ROTATION_PENDING_MAX a forgery is refused."""
    monkeypatch.setattr(wire, "ROTATION_PENDING_MAX", timedelta(seconds=1))
    hub.hub.set_webhook_secrets(WebhookSecrets("current-secret-1"))
    hub.hub.begin_rotation()
    started = time.monotonic()
    assert deliver(hub, "forged", "evt-forged") == 401
    assert 0.5 < time.monotonic() - started < 5
    assert deliver(hub, "current-secret-1", "evt-ok") == 200
