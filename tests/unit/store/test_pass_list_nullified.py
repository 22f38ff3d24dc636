"""A nullified pass is listed only when the status filter asks for it, as PassEntry
lists passes without ``includeNullified`` (PASSENTRY-API.md §3.1, §3.6): in the plain
list, with other filters, in a search by name or by number, and in the export. Its
details say when it was nullified (and show no request keys as fields)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from passdesk.store.database import Database
from passdesk.store.pass_details import pass_details
from passdesk.store.pass_list import PassFilter, SortKey, export_csv, list_keys, pass_ids
from passdesk.store.schema import Pass

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as session:
        for n, (status, name, code) in enumerate((
                ("active", "Ada Lovelace", "TKT-AAAA1"), ("nullified", "Ada Byron", "TKT-AAAA2"),
                ("deactivated", "Alan Turing", "TKT-AAAA3"), (None, "Ada King", "TKT-AAAA4"))):
            session.add(Pass(id=f"p{n}", display_name=name, status=status, barcode_value=code,
                             template_id="t1", created_at=T0 + timedelta(days=n), attributes={}))
    yield database
    database.close()


def ids(db, flt: PassFilter) -> list[str]:
    with db.session() as session:
        return pass_ids(session, list_keys(session, flt, SortKey()).keys)


@pytest.mark.parametrize(("flt", "expected"), [
    (PassFilter(), ["p3", "p2", "p0"]),
    (PassFilter(template_id="t1"), ["p3", "p2", "p0"]),
    (PassFilter(text="Ada"), ["p3", "p0"]),
    (PassFilter(text="TKT-AAAA2"), []),
    (PassFilter(status="nullified"), ["p1"]),
    (PassFilter(status="nullified", text="Byron"), ["p1"]),
    (PassFilter(status="nullified", text="TKT-AAAA2"), ["p1"]),
    (PassFilter(status="active"), ["p0"]),
])
def test_a_nullified_pass_shows_only_under_its_status(db, flt, expected) -> None:
    assert ids(db, flt) == expected


def test_the_export_follows_the_list(db) -> None:
    with db.session() as session:
        assert export_csv(session, io.StringIO(), PassFilter(), SortKey()) == 3
        assert export_csv(session, io.StringIO(), PassFilter(status="nullified"), SortKey()) == 1


def test_a_nullified_pass_details_say_when_and_keep_its_group_tags(db) -> None:
    with db.session() as session:
        row = session.get(Pass, "p1")
        row.nullified_at, row.group_tags = T0 + timedelta(days=9), ["vip", "press"]
        session.get(Pass, "p0").group_tag = "staff"
    with db.session() as session:
        nullified, older = pass_details(session, "p1"), pass_details(session, "p0")
    assert ("Nullified", T0 + timedelta(days=9)) in [(e.what, e.at) for e in nullified.timeline]
    assert nullified.group_tags == ("vip", "press")
    assert older.group_tags == ("staff",)


def test_the_request_keys_passcontent_echoes_are_not_shown_as_fields(db) -> None:
    with db.session() as session:
        session.get(Pass, "p0").attributes = {"passContent": {
            "fullName": "Ada", "nfc": {"enabled": True},
            "barcode": {"enabled": True, "type": "qr", "source": "extId"},
            "qr": {"value": "x"}, "templateOverride": {"colors": {}}}}
    with db.session() as session:
        details = pass_details(session, "p0")
    assert [f.field_id for f in details.content] == ["fullName"]
