"""Publishing a template draft: designed offline, created through the outbox when back.

A real sandbox over loopback and a real SQLite file; "offline" is a client
pointed at a port nobody listens on.
"""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.store import outbox
from passdesk.store import template_drafts as drafts
from passdesk.store.schema import OutboxRow, PassTemplate
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from passdesk.sync.templates import (
    CREATE,
    AlreadyOnPassEntry,
    copy_name,
    publish_copy,
    publish_draft,
    template_attributes,
)
from tests.integration.sync.helpers import FakeClock, drain_all

LOGO = "https://cdn.example.com/brand/logo.png"
BANNER = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
          "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def design(name: str = "Sommerfest Zoë", **extra) -> dict:
    return {
        "backgroundColor": "#0B3D91", "name": name, "description": "Tickets für den Garten",
        "labelColor": "#FFD700", "textColor": "#FFFFFF", "templateType": "eventTicket",
        "header": {"header_one": {"id": "seat", "label": "Seat", "default_value": None}},
        "primary": {"primary_one": {"id": "fullName", "label": "Name",
                                    "default_value": "Guest"}},
        "backFields": {"backOne": {"id": "terms", "label": "Terms",
                                   "default_value": "No refunds"}},
        "logoImageUrl": LOGO, "bannerImageUrl": BANNER,
        "barcode": {"type": "qrCode", "altText": "Show at the gate"},
        **extra,
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def synced(api, db):
    PullSync(api, db).run(reconcile=False)
    return db


def _client(base_url: str):
    # One attempt per request: the pusher does the retrying, on its own clock.
    return PassEntryClient(base_url, "demo", retry=RetryPolicy(max_attempts=1),
                           timeout=httpx.Timeout(2.0))


@pytest.fixture
def pusher(sandbox, synced, clock):
    with _client(sandbox.base_url) as client:
        yield Pusher(client, synced, clock=clock)


@pytest.fixture
def dead_url() -> str:
    """A loopback address nothing listens on: connections are refused (offline)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"


def save(db, document, clock, *, text: str | None = None, source: str | None = None) -> str:
    text = text if text is not None else json.dumps(document, ensure_ascii=False, indent=2)
    with db.session() as s:
        return drafts.save_draft(s, draft_id=None, name=document.get("name") or "Untitled",
                                 document_text=text, samples={"fullName": "Zoë"},
                                 source_template_id=source, now=clock())


def draft(db, draft_id):
    with db.session() as s:
        return drafts.get_draft(s, draft_id)


def remote_named(sandbox, name: str) -> list:
    with sandbox.state.lock:
        return [t for t in sandbox.state.templates.values() if t.attributes.get("name") == name]


def test_a_draft_published_offline_goes_live_when_the_network_returns(
        sandbox, synced, pusher, clock, dead_url) -> None:
    document = design()
    # The designer's document comes in an API envelope: id and type are not sent.
    text = json.dumps({"data": {"id": "ignored", "type": "passTemplate",
                                "attributes": document}}, ensure_ascii=False)
    draft_id = save(synced, document, clock, text=text)
    seq = publish_draft(synced, draft_id=draft_id, clock=clock)

    with _client(dead_url) as offline:
        outcome = Pusher(offline, synced, clock=clock).push_once()
    assert (outcome.result, outcome.seq) == ("retry", seq)
    record = draft(synced, draft_id)
    assert record.publish_state == "queued"
    assert record.document_text == text  # untouched by publishing
    with synced.session() as s:
        row = outbox.get(s, seq)
        assert (row.kind, row.state, row.target_id) == (CREATE, "pending", draft_id)
        assert row.payload == document
        assert "sent_at" not in row.facts  # never reached a server: sent without checking
    assert remote_named(sandbox, document["name"]) == []

    drain_all(pusher, clock, synced)  # the network is back

    [remote] = remote_named(sandbox, document["name"])
    attrs = remote.attributes
    for key in ("name", "description", "backgroundColor", "labelColor", "textColor",
                "templateType", "logoImageUrl", "bannerImageUrl", "barcode"):
        assert attrs[key] == document[key], key
    for group in ("header", "primary", "backFields"):
        for slot, value in document[group].items():
            assert attrs[group][slot] == value
    record = draft(synced, draft_id)
    assert (record.publish_state, record.published_template_id, record.publish_error) == \
        ("published", remote.id, None)
    with synced.session() as s:
        stored = s.get(PassTemplate, remote.id)
        assert stored.name == document["name"]
        assert stored.template_type == "eventTicket"
        assert stored.attributes["barcode"] == document["barcode"]
        assert stored.attributes["logoImageUrl"] == LOGO
        assert outbox.counts(s) == {"done": 1}
        found = {t.id: t.attributes for t in drafts.template_documents(s)}
    assert found[remote.id]["bannerImageUrl"] == BANNER  # the designer can open it


def test_a_lost_answer_creates_exactly_one_template(sandbox, synced, pusher, clock) -> None:
    draft_id = save(synced, design("Lost answer"), clock)
    publish_draft(synced, draft_id=draft_id, clock=clock)
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/pass-templates")
    assert pusher.push_once().result == "verify"  # applied, then the answer dropped
    assert len(remote_named(sandbox, "Lost answer")) == 1
    assert draft(synced, draft_id).publish_state == "queued"
    clock.advance(60)
    outcome = pusher.push_once()
    assert (outcome.result, outcome.message) == ("done", "answer lost; found by name and fields")
    drain_all(pusher, clock, synced)
    [remote] = remote_named(sandbox, "Lost answer")
    posts = [e for e in sandbox.requests.entries()
             if e.method == "POST" and e.path.endswith("/pass-templates")]
    assert len(posts) == 1
    record = draft(synced, draft_id)
    assert (record.publish_state, record.published_template_id) == ("published", remote.id)
    with synced.session() as s:
        assert s.get(PassTemplate, remote.id) is not None


def test_a_lost_answer_is_not_mistaken_for_the_template_it_was_opened_from(
        sandbox, api, synced, pusher, clock) -> None:
    # A synced template republished unchanged: same name, same fields as the original.
    original = next(t for t in api.templates.iter() if t.template_type == "generic")
    with synced.session() as s:
        source = next(t for t in drafts.template_documents(s) if t.id == original.id)
    draft_id = save(synced, source.attributes, clock, source=original.id)
    with pytest.raises(AlreadyOnPassEntry):  # the designer never sends this by accident
        publish_draft(synced, draft_id=draft_id, clock=clock)
    # The delivery must still tell the two apart should such a row exist (older outboxes).
    with synced.session() as s:
        record = drafts.queue_for_publishing(s, draft_id)
        outbox.enqueue(s, kind=CREATE, order_key=draft_id, target_id=draft_id,
                       payload=template_attributes(record.document_text), now=clock())
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/pass-templates")
    assert pusher.push_once().result == "verify"
    clock.advance(60)
    assert pusher.push_once().result == "done"
    same = remote_named(sandbox, original.name)
    assert len(same) == 2  # the original and the one created once
    record = draft(synced, draft_id)
    assert record.published_template_id in {t.id for t in same} - {original.id}


def test_a_dropped_request_that_never_arrived_is_sent_again_once(
        sandbox, synced, pusher, clock) -> None:
    draft_id = save(synced, design("Sent twice?"), clock)
    seq = publish_draft(synced, draft_id=draft_id, clock=clock)
    with synced.session() as s:  # as if the app died after marking, before sending
        outbox.claim_next(s, clock())
        outbox.get(s, seq).facts = {"sent_at": clock().isoformat(), "templates_before": []}
    pusher.recover()
    outcome = pusher.push_once()
    assert outcome.result == "retry"
    assert "not created" in outcome.message
    drain_all(pusher, clock, synced)
    assert len(remote_named(sandbox, "Sent twice?")) == 1
    assert draft(synced, draft_id).publish_state == "published"


def test_a_refused_template_fails_the_draft_with_the_apis_message(
        sandbox, synced, pusher, clock) -> None:
    draft_id = save(synced, design(""), clock)
    seq = publish_draft(synced, draft_id=draft_id, clock=clock)
    outcome = pusher.push_once()
    assert outcome.result == "failed"
    assert "name is required" in outcome.message
    record = draft(synced, draft_id)
    assert record.publish_state == "failed"
    assert "name is required" in record.publish_error
    with synced.session() as s:
        assert s.scalars(select(OutboxRow.state)).all() == ["failed"]
        # A failed draft can be fixed and published again.
        drafts.save_draft(s, draft_id=draft_id, name="Fixed", now=clock(),
                          document_text=json.dumps(design("Fixed")), samples={})
    assert draft(synced, draft_id).publish_state == "draft"
    with synced.session() as s:
        outbox.discard(s, seq)
    publish_draft(synced, draft_id=draft_id, clock=clock)
    drain_all(pusher, clock, synced)
    assert draft(synced, draft_id).publish_state == "published"
    assert len(remote_named(sandbox, "Fixed")) == 1


def test_a_bad_inferred_key_is_refused_by_the_sandbox(sandbox, synced, pusher, clock) -> None:
    draft_id = save(synced, design("Bad barcode", barcode={"type": "ean13"}), clock)
    publish_draft(synced, draft_id=draft_id, clock=clock)
    assert pusher.push_once().result == "failed"
    record = draft(synced, draft_id)
    assert record.publish_state == "failed"
    assert "barcode.type must be one of" in record.publish_error


def test_publishing_refuses_what_it_cannot_send(synced, clock) -> None:
    with pytest.raises(ChangeRefused, match="No template draft"):
        publish_draft(synced, draft_id="draft-nope", clock=clock)
    broken = save(synced, {"name": "Broken"}, clock, text='{"name": ')
    with pytest.raises(ChangeRefused, match="not valid JSON"):
        publish_draft(synced, draft_id=broken, clock=clock)
    assert draft(synced, broken).publish_state == "draft"  # nothing half-done
    ok = save(synced, design("Once"), clock)
    publish_draft(synced, draft_id=ok, clock=clock)
    with pytest.raises(ChangeRefused, match="already queued"):
        publish_draft(synced, draft_id=ok, clock=clock)
    with synced.session() as s:
        assert outbox.counts(s) == {"pending": 1}


@pytest.mark.parametrize("document", [
    {"name": "Bare", "type": "x", "id": "y"},
    {"attributes": {"name": "Bare"}, "id": "y", "type": "passTemplate"},
    {"data": {"id": "y", "type": "passTemplate", "attributes": {"name": "Bare"}}},
    {"passTemplate": {"name": "Bare"}},
])
def test_every_document_envelope_gives_the_bare_attributes(document) -> None:
    assert template_attributes(json.dumps(document)) == {"name": "Bare"}


def test_a_published_design_is_never_sent_again_unless_as_a_copy_under_a_new_name(
        sandbox, api, synced, pusher, clock) -> None:
    draft_id = save(synced, design("Winter Gala 2026"), clock)
    publish_draft(synced, draft_id=draft_id, clock=clock)
    with pytest.raises(ChangeRefused, match="already queued"):
        publish_draft(synced, draft_id=draft_id, clock=clock)
    drain_all(pusher, clock, synced)
    assert len(remote_named(sandbox, "Winter Gala 2026")) == 1

    # Published: again is refused, and still after an edit (no update in place yet).
    with pytest.raises(AlreadyOnPassEntry) as refused:
        publish_draft(synced, draft_id=draft_id, clock=clock)
    assert refused.value.found.why == "published"
    edited = design("Winter Gala 2026", description="Now with a band")
    with synced.session() as s:
        drafts.save_draft(s, draft_id=draft_id, name="Winter Gala 2026", samples={},
                          document_text=json.dumps(edited), now=clock())
    with pytest.raises(AlreadyOnPassEntry):
        publish_draft(synced, draft_id=draft_id, clock=clock)

    # Another draft with the same name (any case and spacing), or opened from a synced one.
    twin = save(synced, design(" winter  GALA 2026"), clock)
    with pytest.raises(AlreadyOnPassEntry) as refused:
        publish_draft(synced, draft_id=twin, clock=clock)
    assert refused.value.found.why == "name"
    original = next(iter(api.templates.iter()))
    opened = save(synced, design("Renamed but opened"), clock, source=original.id)
    with pytest.raises(AlreadyOnPassEntry) as refused:
        publish_draft(synced, draft_id=opened, clock=clock)
    assert (refused.value.found.why, refused.value.found.template_id) == ("opened", original.id)

    # A copy under a name in use is refused; under a new name it is a second template.
    with synced.session() as s:
        taken = drafts.names_in_use(s)
    assert copy_name("Winter Gala 2026", taken) == "Winter Gala 2026 (copy)"
    with pytest.raises(AlreadyOnPassEntry):
        publish_copy(synced, draft_id="draft-copy-1", name="WINTER GALA 2026",
                     document_text=json.dumps(design("WINTER GALA 2026")), samples={},
                     clock=clock)
    publish_copy(synced, draft_id="draft-copy-1", name="Winter Gala 2026 (copy)",
                 document_text=json.dumps(design("Winter Gala 2026 (copy)")), samples={},
                 clock=clock)
    with synced.session() as s:
        assert copy_name("Winter Gala 2026", drafts.names_in_use(s)) == \
            "Winter Gala 2026 (copy 2)"
    drain_all(pusher, clock, synced)
    assert len(remote_named(sandbox, "Winter Gala 2026")) == 1
    assert len(remote_named(sandbox, "Winter Gala 2026 (copy)")) == 1
    with synced.session() as s:
        assert outbox.counts(s) == {"done": 2}
