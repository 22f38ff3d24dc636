"""Migration 0013: stored templates, drafts and queued template creations of the release
before take the current template shape in place, and the Designer opens them.

Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from passdesk.core.template_checks import check
from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_shape import to_current
from passdesk.store import migrate
from passdesk.store import template_drafts as drafts
from passdesk.store.database import Database
from tests.unit.core.template_examples import example

DEPRECATED = example("SHOW_DEPRECATED")["data"]["attributes"]
CURRENT = example("SHOW_CURRENT")["data"]["attributes"]
#: What the designer of the release before saved: its own image and barcode keys.
OLD_DRAFT = {
    "backgroundColor": "#1E1B4B", "name": "Harbour Lights", "description": "Entry",
    "labelColor": "#C7D2FE", "textColor": "#FFFFFF", "templateType": "eventTicket",
    "header": {"header_one": {"id": "gate", "label": "GATE", "default_value": "B"},
               "header_two": {"id": None, "label": None, "default_value": None},
               "header_three": {"id": None, "label": None, "default_value": None}},
    "primary": {"primary_one": {"id": "event", "label": "EVENT", "default_value": None},
                "primary_two": {"id": None, "label": None, "default_value": None}},
    "secondary": {"secOne": {"id": "date", "label": "DATE", "default_value": None},
                  "secTwo": {"id": None, "label": None, "default_value": None},
                  "secThree": {"id": None, "label": None, "default_value": None}},
    "auxiliary": {"auxOne": {"id": "seat", "label": "SEAT", "default_value": None},
                  "auxTwo": {"id": None, "label": None, "default_value": None},
                  "auxThree": {"id": None, "label": None, "default_value": None}},
    "backFields": {"backOne": {"id": "terms", "label": "Terms", "default_value": "No refunds"},
                   "backTwo": {"id": None, "label": None, "default_value": None},
                   "backFive": {"id": None, "label": None, "default_value": None},
                   "backFour": {"id": None, "label": None, "default_value": None},
                   "backThree": {"id": None, "label": None, "default_value": None}},
    "logoImageUrl": "https://cdn.example.com/logo.png",
    "barcode": {"type": "qrCode", "altText": "Show at the gate"},
}


def store_at_0012(url: str) -> None:
    engine = create_engine(url)
    migrate.upgrade(engine, "0012")
    with engine.begin() as c:
        for template_id, kind, attributes in (("tpl-old", "storeCard", DEPRECATED),
                                              ("tpl-new", "generic", CURRENT)):
            c.execute(text(
                "INSERT INTO pass_templates (id, name, template_type, loyalty_enabled, "
                "balance_type, attributes) VALUES (:id, :name, :kind, :loyal, 'integer', :a)"),
                {"id": template_id, "name": attributes["name"], "kind": kind,
                 "loyal": kind == "storeCard", "a": json.dumps(attributes)})
        documents = {
            "draft-bare": json.dumps(OLD_DRAFT, indent=2, ensure_ascii=False),
            "draft-doc": json.dumps({"data": {"id": "tpl-old", "type": "passTemplate",
                                              "attributes": DEPRECATED}}),
            "draft-now": json.dumps(CURRENT, indent=2),
            "draft-broken": '{"name": ',
        }
        for draft_id, document in documents.items():
            c.execute(text(
                "INSERT INTO template_drafts (id, name, document, samples, source_template_id, "
                "created_at, updated_at, publish_state) VALUES (:id, 'Draft', :d, '{}', NULL, "
                "'2026-01-01 10:00:00', '2026-01-01 10:00:00', :s)"),
                {"id": draft_id, "d": document,
                 "s": "queued" if draft_id == "draft-bare" else "draft"})
        for op_id, state in (("op-t", "pending"), ("op-done", "done")):
            c.execute(text(
                "INSERT INTO outbox (op_id, kind, order_key, target_id, payload, state, "
                "attempts, created_at, facts) VALUES (:op, 'template.create', 'draft-bare', "
                "'draft-bare', :p, :s, 0, '2026-01-01 10:00:00', '{}')"),
                {"op": op_id, "p": json.dumps(OLD_DRAFT), "s": state})
    engine.dispose()


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def test_0012_store_takes_the_current_template_shape_and_the_designer_opens_it(
        empty_url) -> None:
    store_at_0012(empty_url)
    db = Database.open(empty_url)  # what the app does at start: migrate to head
    with db.engine.connect() as c:
        templates = {r.id: r for r in c.execute(text(
            "SELECT id, template_type, loyalty_enabled, attributes FROM pass_templates"))}
        assert _json(templates["tpl-old"].attributes) == to_current(DEPRECATED)
        assert templates["tpl-old"].template_type == "loyalty"
        assert templates["tpl-old"].loyalty_enabled
        assert _json(templates["tpl-new"].attributes) == CURRENT  # already current: untouched
        outbox = {r.op_id: r for r in c.execute(text(
            "SELECT op_id, state, payload FROM outbox"))}
        assert _json(outbox["op-t"].payload) == to_current(OLD_DRAFT)
        assert _json(outbox["op-done"].payload) == OLD_DRAFT  # delivered history stays
    with db.session() as s:
        bare = drafts.get_draft(s, "draft-bare")
        wrapped = drafts.get_draft(s, "draft-doc")
        now = drafts.get_draft(s, "draft-now")
        broken = drafts.get_draft(s, "draft-broken")
        stored = {t.id: t.attributes for t in drafts.template_documents(s)}
    assert bare.publish_state == "queued"  # its outbox row still waits
    assert now.document_text == json.dumps(CURRENT, indent=2)  # untouched, byte for byte
    assert broken.document_text == '{"name": '

    # The Designer opens every one of them as current-shape documents, nothing to convert.
    doc = TemplateDoc.from_text(bare.document_text)
    assert not doc.converted
    assert doc.to_text() == bare.document_text  # written as the designer writes it
    assert [(f.group, f.slot, f.field_id) for f in doc.fields()] == [
        ("header", "one", "gate"), ("central", "one", "event"), ("details", "one", "date"),
        ("details", "two", "seat"), ("back", "one", "terms")]
    assert (doc.logo, doc.barcode_type, doc.background_color) == (
        "https://cdn.example.com/logo.png", "qr", "#1E1B4B")
    assert [f for f in check(doc) if f.level == "error"] == []
    wrapped_doc = TemplateDoc.from_text(wrapped.document_text)
    assert (wrapped_doc.envelope, wrapped_doc.template_id) == ("document", "tpl-old")
    assert not wrapped_doc.converted
    assert wrapped_doc.template_type == "loyalty"
    opened = TemplateDoc.from_json(stored["tpl-old"])
    assert not opened.converted
    assert opened.field_ids() == ["name", "attendee", "address", "dob", "website"]
    db.close()


def test_0013_goes_down_and_up_again(empty_url) -> None:
    store_at_0012(empty_url)
    db = Database.open(empty_url)
    from alembic import command
    command.downgrade(migrate.config(db.engine), "0012")
    migrate.upgrade(db.engine)
    with db.engine.connect() as c:
        attributes = c.execute(text(
            "SELECT attributes FROM pass_templates WHERE id = 'tpl-old'")).scalar()
    assert _json(attributes) == to_current(DEPRECATED)
    db.close()
