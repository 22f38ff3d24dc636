"""Template drafts in the local store: saved as written, listed, locked while queued."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from passdesk.store import migrate, outbox
from passdesk.store import template_drafts as drafts
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import PassTemplate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)

#: Odd spacing, key order, escapes and unicode: none of it may change.
DOCUMENT = ('{\n  "name": "Café Zoë ☕",  "backgroundColor":"#1A2B3C",\n'
            '  "header": {"header_one": {"id": "points", "label": "Punkte \\u00fc", '
            '"default_value": null}},\n  "description": "Grüße 🎟️ 日本語 — 1.50e2"\n}')


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    yield database
    database.close()


def save(db, draft_id=None, *, name="Café card", text=DOCUMENT, samples=None, now=NOW,
         source=None) -> str:
    with db.session() as s:
        return drafts.save_draft(s, draft_id=draft_id, name=name, document_text=text,
                                 samples={"points": "120"} if samples is None else samples,
                                 source_template_id=source, now=now)


def get(db, draft_id):
    with db.session() as s:
        return drafts.get_draft(s, draft_id)


def queue(db, draft_id) -> int:
    """What sync.templates.publish_draft does to the store (without parsing)."""
    with db.session() as s:
        drafts.queue_for_publishing(s, draft_id)
        return outbox.enqueue(s, kind=OutboxKind.TEMPLATE_CREATE, order_key=draft_id,
                              target_id=draft_id,
                              payload={"name": "x"}, now=NOW).seq


def test_a_new_draft_gets_an_id_and_comes_back_byte_identical(db) -> None:
    draft_id = save(db, samples={"points": "120", "fullName": "Zoë Ünal"}, source="tpl-1")
    assert draft_id.startswith("draft-")
    assert len(draft_id) == len("draft-") + 32
    record = get(db, draft_id)
    assert record.document_text == DOCUMENT
    assert record.document_text.encode() == DOCUMENT.encode()
    assert record.samples == {"points": "120", "fullName": "Zoë Ünal"}
    assert (record.name, record.source_template_id, record.publish_state) == \
        ("Café card", "tpl-1", "draft")
    assert record.created_at == record.updated_at == NOW
    assert record.published_template_id is None
    assert record.publish_error is None


def test_a_new_draft_can_be_saved_under_the_designers_id(db) -> None:
    assert save(db, "draft-mine") == "draft-mine"
    assert get(db, "draft-mine").document_text == DOCUMENT


def test_saving_again_updates_and_keeps_the_creation_time(db) -> None:
    draft_id = save(db, source="tpl-1")
    text = DOCUMENT.replace("#1A2B3C", "#FFFFFF")
    assert save(db, draft_id, name="Renamed", text=text, samples={}, now=NOW + MINUTE) \
        == draft_id
    record = get(db, draft_id)
    assert (record.name, record.document_text, record.samples) == ("Renamed", text, {})
    assert (record.created_at, record.updated_at) == (NOW, NOW + MINUTE)
    assert record.source_template_id == "tpl-1"  # None keeps the one stored


def test_saving_the_same_content_does_not_touch_the_draft(db) -> None:
    draft_id = save(db)
    save(db, draft_id, now=NOW + MINUTE)
    assert get(db, draft_id).updated_at == NOW


def test_list_is_newest_first_and_delete_removes(db) -> None:
    old = save(db, name="Old", now=NOW)
    new = save(db, name="New", now=NOW + 2 * MINUTE)
    middle = save(db, name="Middle", now=NOW + MINUTE)
    with db.session() as s:
        listed = drafts.list_drafts(s)
    assert [d.id for d in listed] == [new, middle, old]
    assert [d.name for d in listed] == ["New", "Middle", "Old"]
    assert listed[0].publish_state == "draft"
    with db.session() as s:
        assert drafts.delete_draft(s, middle) is True
        assert drafts.delete_draft(s, middle) is False
    with db.session() as s:
        assert [d.id for d in drafts.list_drafts(s)] == [new, old]
    assert get(db, middle) is None


def test_a_queued_draft_refuses_edits_and_deletion(db) -> None:
    draft_id = save(db)
    queue(db, draft_id)
    assert get(db, draft_id).publish_state == "queued"
    with pytest.raises(ValueError, match="queued for publishing"):
        save(db, draft_id, text="{}")
    with db.session() as s, pytest.raises(ValueError, match="queued for publishing"):
        drafts.delete_draft(s, draft_id)
    with db.session() as s, pytest.raises(ValueError, match="already queued"):
        drafts.queue_for_publishing(s, draft_id)
    assert get(db, draft_id).document_text == DOCUMENT


def test_published_and_failed_drafts_become_drafts_again_when_edited(db) -> None:
    draft_id = save(db)
    queue(db, draft_id)
    with db.session() as s:
        drafts.mark_published(s, draft_id, "tpl-new")
    record = get(db, draft_id)
    assert (record.publish_state, record.published_template_id) == ("published", "tpl-new")
    save(db, draft_id, name="Second version", now=NOW + MINUTE)
    record = get(db, draft_id)
    assert (record.publish_state, record.published_template_id) == ("draft", "tpl-new")


def test_the_draft_follows_what_a_person_does_to_its_outbox_row(db) -> None:
    draft_id = save(db)
    seq = queue(db, draft_id)
    with db.session() as s:  # what the pusher does when the API refuses it
        row = outbox.get(s, seq)
        row.state, row.last_error = outbox.FAILED, "name is required"
        drafts.mark_failed(s, draft_id, "name is required")
    record = get(db, draft_id)
    assert (record.publish_state, record.publish_error) == ("failed", "name is required")
    with db.session() as s:
        outbox.retry(s, seq, NOW)
    assert (get(db, draft_id).publish_state, get(db, draft_id).publish_error) == \
        ("queued", None)
    with db.session() as s:
        outbox.discard(s, seq)
    assert get(db, draft_id).publish_state == "draft"
    with db.session() as s:
        assert drafts.list_drafts(s)[0].publish_state == "draft"
    save(db, draft_id, name="Editable again")  # no longer locked
    assert get(db, draft_id).name == "Editable again"


def test_bad_values_are_refused_with_words(db) -> None:
    with pytest.raises(ValueError, match="JSON text"):
        save(db, text={"name": "x"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="samples"):
        save(db, samples=["x"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="draft id"):
        save(db, "x" * 65)


def test_template_documents_return_the_stored_attributes_as_they_are(db) -> None:
    attributes = {"name": "Gold", "zeta": 1, "alpha": {"b": 2, "a": [1, None]},
                  "logoImageUrl": "https://example.com/logo.png"}
    with db.session() as s:
        s.add(PassTemplate(id="tpl-b", name="Gold", attributes=attributes))
        s.add(PassTemplate(id="tpl-a", name="Bronze", attributes={"name": "Bronze"}))
    with db.session() as s:
        found = drafts.template_documents(s)
    assert [(t.id, t.name) for t in found] == [("tpl-a", "Bronze"), ("tpl-b", "Gold")]
    assert found[1].attributes == attributes
    assert json.dumps(found[1].attributes) == json.dumps(attributes)  # key order kept


def test_the_migration_upgrades_and_downgrades(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine, "0006")
    tables = inspect(engine)
    assert "template_drafts" in tables.get_table_names()
    assert "ix_template_drafts_updated_at" in {
        i["name"] for i in tables.get_indexes("template_drafts")}
    command.downgrade(migrate.config(engine), "0005")
    assert migrate.current_revision(engine) == "0005"
    assert "template_drafts" not in inspect(engine).get_table_names()
    migrate.upgrade(engine, "0006")
    assert migrate.current_revision(engine) == "0006"
    engine.dispose()


def test_the_sync_pane_names_a_queued_template_by_its_draft(db) -> None:
    draft_id = save(db, name="Harbour Lights ticket")
    seq = queue(db, draft_id)
    with db.session() as s:
        [item] = outbox.items(s, (outbox.PENDING,))
    assert (item.seq, item.kind, item.subject) == (seq, OutboxKind.TEMPLATE_CREATE,
                                                   "Harbour Lights ticket")


def test_a_published_draft_is_never_queued_again_and_says_why_it_is_on_passentry(db) -> None:
    draft_id = save(db, name="Winter Gala 2026")
    with db.session() as s:
        assert drafts.on_passentry(s, draft_id) is None
    queue(db, draft_id)
    with db.session() as s:
        found = drafts.on_passentry(s, draft_id)
        assert (found.why, found.name) == ("published", "Winter Gala 2026")  # queued
        assert "winter gala 2026" in drafts.names_in_use(s)
        drafts.mark_published(s, draft_id, "tpl-9")
        s.add(PassTemplate(id="tpl-9", name="Winter Gala 2026", attributes={}))  # as delivered
    save(db, draft_id, name="Winter Gala 2026", text=DOCUMENT + " ")  # edited afterwards
    with db.session() as s, pytest.raises(ValueError, match="published already"):
        drafts.queue_for_publishing(s, draft_id)
    with db.session() as s:
        assert drafts.on_passentry(s, draft_id).template_id == "tpl-9"
        # A new draft under that name (any case or spacing) would be a second one too.
        twin = drafts.save_draft(s, draft_id=None, name=" WINTER  gala 2026 ", samples={},
                                 document_text="{}", now=NOW)
        assert drafts.on_passentry(s, twin).why == "name"
        assert drafts.name_key(" WINTER  gala 2026 ") == "winter gala 2026"
        s.add(PassTemplate(id="tpl-synced", name="Spring Fair", attributes={}))
        s.flush()
        opened = drafts.save_draft(s, draft_id=None, name="Renamed", samples={},
                                   document_text="{}", source_template_id="tpl-synced", now=NOW)
        assert drafts.on_passentry(s, opened).why == "opened"
        assert drafts.on_passentry(s, "draft-unsaved", "Spring fair").why == "name"
        assert drafts.on_passentry(s, "draft-unsaved", "New name",
                                   source_template_id="tpl-synced").why == "opened"
        assert drafts.on_passentry(s, "draft-unsaved", "New name") is None
