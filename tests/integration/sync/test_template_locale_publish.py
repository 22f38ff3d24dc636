"""Localised templates published over loopback: the create body carries each field's
``localisation`` (PASSENTRY-API.md §2.10, §5.3), the sandbox echoes it, and an update that
removes a language sends it as null so PassEntry drops it (§5.4 is a partial update)."""

from __future__ import annotations

import httpx
import pytest

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_locale import APPLE, GOOGLE, languages, missing, resolve
from passdesk.store import outbox
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import PassTemplate
from passdesk.sync import delivery
from passdesk.sync.push import Pusher
from passdesk.sync.templates import fetch_template, publish_draft
from tests.integration.sync.helpers import FakeClock, drain_all
from tests.integration.sync.test_template_publish import _client, remote_named, requests, save


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch):
    monkeypatch.setattr(delivery, "TEMPLATE_POLL_S", 0.01)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pusher(sandbox, db, clock):
    with _client(sandbox.base_url) as client:
        yield Pusher(client, db, clock=clock)


def gold(name: str) -> dict:
    doc = TemplateDoc.new(name, "loyalty")
    doc = doc.add_field("central", "member", "Member", "Gold")
    doc = doc.add_field("details", "points", "Points", "0")
    doc = doc.with_localisation("central", "one", "de", label="Mitglied", default_value="Gold")
    doc = doc.with_localisation("central", "one", "fr", label="Membre")
    doc = doc.with_localisation("details", "one", "de", label="Punkte")
    return doc.to_json()


def shown(sandbox, template_id: str) -> dict:
    answer = httpx.get(f"{sandbox.base_url}/pass-templates/{template_id}",
                       headers={"Authorization": f"Bearer {sandbox.api_key}"})
    answer.raise_for_status()
    return answer.json()["data"]["attributes"]


def test_localisation_is_created_echoed_and_a_removed_language_is_dropped(
        sandbox, db, pusher, clock) -> None:
    document = gold("Gold Club Sprachen")
    draft_id = save(db, document, clock)
    publish_draft(db, draft_id=draft_id, clock=clock)
    drain_all(pusher, clock, db)
    [remote] = remote_named(sandbox, "Gold Club Sprachen")
    [post] = requests(sandbox, "POST", "/pass-templates")
    assert post.status == 202
    attrs = shown(sandbox, remote.id)
    assert attrs["fields"]["central"]["one"]["localisation"] == {
        "de": {"label": "Mitglied", "defaultValue": "Gold"}, "fr": {"label": "Membre"}}
    assert attrs["fields"]["details"]["one"]["localisation"] == {"de": {"label": "Punkte"}}
    # What a phone sees, read from what PassEntry answered.
    member = attrs["fields"]["central"]["one"]
    assert resolve(member, "fr-CA", attrs["defaultLanguage"], APPLE).label == "Membre"
    assert resolve(member, "is", attrs["defaultLanguage"], GOOGLE).label == "Member"
    assert languages(attrs) == ["de", "fr"]
    assert [(m.field_id, m.part) for m in missing(attrs, "de")] == [("points", "defaultValue")]

    # French removed, the German label changed: one PATCH, French sent as null.
    edited = TemplateDoc.from_json(document).without_language("fr")
    edited = edited.with_localisation("central", "one", "de", label="Mitgliedschaft")
    save(db, edited.to_json(), clock, draft_id=draft_id)
    seq = publish_draft(db, draft_id=draft_id, clock=clock)
    with db.session() as s:
        row = outbox.get(s, seq)
        assert row.kind == OutboxKind.TEMPLATE_UPDATE
        sent = row.payload["body"]["fields"]["central"]["one"]["localisation"]
    assert sent == {"de": {"label": "Mitgliedschaft", "defaultValue": "Gold"}, "fr": None}
    drain_all(pusher, clock, db)
    [patch] = requests(sandbox, "PATCH", f"/pass-templates/{remote.id}")
    assert patch.status in (200, 202)
    attrs = shown(sandbox, remote.id)
    loc = attrs["fields"]["central"]["one"]["localisation"]
    assert loc["de"] == {"label": "Mitgliedschaft", "defaultValue": "Gold"}
    assert loc.get("fr") is None
    assert languages(attrs) == ["de"], "a null language is no language"

    # Read back into the store (Add by ID): the Designer opens it with German only.
    with _client(sandbox.base_url) as client:
        fetch_template(db, client, remote.id)
    with db.session() as s:
        stored = s.get(PassTemplate, remote.id).attributes
    assert languages(TemplateDoc.from_json(stored)) == ["de"]


def test_the_sandbox_refuses_a_localisation_that_is_not_one(sandbox) -> None:
    """§2.10: language tags mapped to {label, defaultValue}; anything else is a 422."""
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    for localisation, words in (
            ({"Deutsch bitte": {"label": "Mitglied"}}, "is not a BCP 47 language tag"),
            ({"de": "Mitglied"}, "must be {label, defaultValue}"),
            ({"de": {"label": "Mitglied", "colour": "red"}}, "must be {label, defaultValue}"),
            (["de"], "must map language tags")):
        body = {"passTemplate": {"name": "Refused", "fields": {"central": {"one": {
            "id": "member", "label": "Member", "localisation": localisation}}}}}
        answer = httpx.post(f"{sandbox.base_url}/pass-templates", json=body, headers=headers)
        assert answer.status_code == 422, localisation
        assert words in answer.text
    assert remote_named(sandbox, "Refused") == []
