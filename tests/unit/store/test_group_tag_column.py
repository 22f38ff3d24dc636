"""The Passes list's group column and filter read one tag: a pass with only
``groupTags`` shows (and is found by) its first, whether pulled, issued or edited here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from passdesk.core.payloads import PassInput, PassUpdate
from passdesk.core.records import Pass as PassRecord
from passdesk.store import rows
from passdesk.store.database import Database
from passdesk.store.pass_list import PassFilter, SortKey, list_keys, pass_ids
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync import passes as pass_sync

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as session:
        session.add(PassTemplate(id="tpl-1", name="Ticket", attributes={}))
    yield database
    database.close()


def test_a_pulled_pass_with_only_group_tags_shows_its_first() -> None:
    record = PassRecord.from_resource({"id": "p1", "type": "pass", "attributes": {
        "status": "active", "groupTags": ["press", "vip"], "passContent": {}}})
    row = rows.pass_row(record, NOW)
    assert (row["group_tag"], row["group_tags"]) == ("press", ["press", "vip"])


def test_a_pass_issued_or_edited_here_is_found_by_its_first_tag(db) -> None:
    local = pass_sync.issue_pass(db, new=PassInput("tpl-1", {"fullName": "Ada"}, ext_id="e-1",
                                                   group_tags=["vip", "early bird"]))
    with db.session() as session:
        keys = list_keys(session, PassFilter(group_tag="vip"), SortKey()).keys
        assert pass_ids(session, keys) == [local]
    pass_sync.update_pass(db, pass_id=local, changes=PassUpdate(group_tags=["press"]))
    with db.session() as session:
        row = session.get(Pass, local)
        assert (row.group_tag, row.group_tags) == ("press", ["press"])
    pass_sync.update_pass(db, pass_id=local, changes=PassUpdate(group_tags=[]))
    with db.session() as session:
        row = session.get(Pass, local)
        assert (row.group_tag, row.group_tags) == (None, None)
