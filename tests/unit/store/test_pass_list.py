"""The Passes list over a real SQLite file: filters alone and together, sorts, search
with filters, the search cap, and the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from passdesk.store import pass_list
from passdesk.store.database import Database
from passdesk.store.pass_list import (
    EXPORT_COLUMNS,
    PassFilter,
    SortKey,
    export_csv,
    fetch_rows,
    filter_choices,
    list_keys,
    pass_ids,
)
from passdesk.store.schema import Event, Pass, PassTemplate

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

#: (id, name, ext id, status, device, template, event, group, days after T0)
PASSES = [
    ("p1", "Ada Lovelace", "crm-001", "active", "iphone", "t1", "e1", "vip", 0),
    ("p2", "Alan Turing", "crm-002", "deactivated", "android", "t1", "e2", None, 1),
    ("p3", "Grace Hopper", "crm-003", "active", "android", "t2", "e1", "staff", 2),
    ("p4", "=cmd|' /C calc'!A0", "-crm-004", "issued", None, "t2", None, "vip", 3),
    ("p5", "Adele Goldberg", "crm-005", "active", "iphone", "t1", "e2", "vip", 4),
    ("p6", "Barbara Liskov", "crm-006", "removed", "iphone", "t2", "e1", None, 5),
]


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as session:
        session.add_all([PassTemplate(id="t1", name="Ticket"), PassTemplate(id="t2", name="Member"),
                         Event(id="e1", name="Gala"), Event(id="e2", name="Fair")])
        for pid, name, ext, status, device, tpl, event, group, days in PASSES:
            session.add(Pass(id=pid, display_name=name, ext_id=ext, status=status,
                             device_type=device, template_id=tpl,
                             template_name={"t1": "Ticket", "t2": "Member"}[tpl],
                             event_id=event, group_tag=group,
                             created_at=T0 + timedelta(days=days), attributes={}))
    yield database
    database.close()


def ids(db, flt=PassFilter(), sort=SortKey()) -> list[str]:  # noqa: B008 - frozen defaults
    with db.session() as session:
        return pass_ids(session, list_keys(session, flt, sort).keys)


def test_the_default_list_is_every_pass_newest_first(db) -> None:
    assert ids(db) == ["p6", "p5", "p4", "p3", "p2", "p1"]


@pytest.mark.parametrize(("flt", "expected"), [
    (PassFilter(status="active"), ["p5", "p3", "p1"]),
    (PassFilter(device_type="iphone"), ["p6", "p5", "p1"]),
    (PassFilter(group_tag="vip"), ["p5", "p4", "p1"]),
    (PassFilter(template_id="t2"), ["p6", "p4", "p3"]),
    (PassFilter(event_id="e2"), ["p5", "p2"]),
    (PassFilter(created_from=T0 + timedelta(days=2)), ["p6", "p5", "p4", "p3"]),
    (PassFilter(created_to=T0 + timedelta(days=2)), ["p2", "p1"]),
    (PassFilter(created_from=T0 + timedelta(days=1), created_to=T0 + timedelta(days=3)),
     ["p3", "p2"]),
    (PassFilter(status="active", device_type="iphone", group_tag="vip"), ["p5", "p1"]),
    (PassFilter(template_id="t1", event_id="e1"), ["p1"]),
    (PassFilter(status="active", template_id="t2", event_id="e2"), []),
])
def test_filters_alone_and_combined(db, flt, expected) -> None:
    assert ids(db, flt) == expected


@pytest.mark.parametrize(("sort", "expected"), [
    (SortKey("created_at", descending=False), ["p1", "p2", "p3", "p4", "p5", "p6"]),
    (SortKey("display_name", descending=False), ["p4", "p1", "p5", "p2", "p6", "p3"]),
    (SortKey("ext_id", descending=True), ["p6", "p5", "p3", "p2", "p1", "p4"]),
    # Equal values keep a fixed order (the key breaks ties), so pages never shift.
    (SortKey("status", descending=False), ["p1", "p3", "p5", "p2", "p4", "p6"]),
    (SortKey("template_name", descending=False), ["p3", "p4", "p6", "p1", "p2", "p5"]),
    (SortKey("group_tag", descending=True), ["p5", "p4", "p1", "p3", "p6", "p2"]),
    (SortKey("device_type", descending=False), ["p4", "p2", "p3", "p1", "p5", "p6"]),
])
def test_sorts(db, sort, expected) -> None:
    assert ids(db, sort=sort) == expected


def test_an_unknown_sort_column_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot sort"):
        SortKey("attributes")


def test_search_matches_word_prefixes_and_combines_with_filters(db) -> None:
    assert ids(db, PassFilter(text="ad")) == ["p5", "p1"]
    assert ids(db, PassFilter(text="Ada Love")) == ["p1"]
    assert ids(db, PassFilter(text="crm-003")) == ["p3"]
    assert ids(db, PassFilter(text="ad", group_tag="vip", event_id="e1")) == ["p1"]
    assert ids(db, PassFilter(text="ad"), SortKey("display_name", False)) == ["p1", "p5"]
    assert ids(db, PassFilter(text="nobody")) == []
    assert ids(db, PassFilter(text="   ")) == ids(db)  # blank: no search
    assert ids(db, PassFilter(text="?!")) == []  # nothing searchable typed


def test_a_huge_match_is_capped_and_says_so(db, monkeypatch) -> None:
    monkeypatch.setattr(pass_list, "SEARCH_CAP", 2)
    with db.session() as session:
        capped = list_keys(session, PassFilter(text="crm"), SortKey())
        exact = list_keys(session, PassFilter(text="ad"), SortKey())
        assert capped.capped
        assert len(capped.keys) == 2
        # The newest stored matches, still in the order asked for.
        assert pass_ids(session, capped.keys) == ["p6", "p5"]
        assert not exact.capped
        assert len(exact.keys) == 2
        # Filters count before the cap: the oldest "crm" passes that are
        # active are found although newer matches fill the cap otherwise.
        active = list_keys(session, PassFilter(text="crm", status="active",
                                               template_id="t1"), SortKey())
        assert pass_ids(session, active.keys) == ["p5", "p1"]
        assert not active.capped


@pytest.mark.parametrize("window", [1, 3, 50_000])
def test_the_capped_matches_are_the_newest_however_they_are_found(db, monkeypatch,
                                                                 window) -> None:
    # PostgreSQL looks among the newest `window` passes first, then asks its index.
    monkeypatch.setattr(pass_list, "SEARCH_CAP", 2)
    monkeypatch.setattr(pass_list, "NEWEST_WINDOW", window)
    with db.session() as session:
        found = list_keys(session, PassFilter(text="a"), SortKey())  # Ada, Alan, A0, Adele
        assert found.capped
        assert pass_ids(session, found.keys) == ["p5", "p4"]
        by_name = list_keys(session, PassFilter(text="a", status="active"),
                            SortKey("display_name", descending=False))
        assert pass_ids(session, by_name.keys) == ["p1", "p5"]
        assert not by_name.capped


def test_the_first_page_alone_says_whether_more_follow(db) -> None:
    with db.session() as session:
        first = list_keys(session, PassFilter(), SortKey(), limit=4)
        assert not first.complete
        assert pass_ids(session, first.keys) == ["p6", "p5", "p4", "p3"]
        assert list_keys(session, PassFilter(), SortKey(), limit=6).complete


def test_rows_come_in_the_order_of_their_keys(db) -> None:
    with db.session() as session:
        keys = list_keys(session, PassFilter(status="active"), SortKey()).keys
        rows = fetch_rows(session, list(reversed(keys)))
    assert [r.id for r in rows] == ["p1", "p3", "p5"]
    assert rows[0].display_name == "Ada Lovelace"
    assert rows[0].template_name == "Ticket"
    assert rows[0].created_at == T0


def test_rows_carry_the_printed_number_and_the_event(db) -> None:
    """Read with the page (a LEFT JOIN on the event's key): no event, no name."""
    with db.session() as session:
        session.get(Pass, "p1").barcode_value = "TKT-CTQAJ-DW2EC"
        session.get(Event, "e1").start_time = T0 + timedelta(days=30)
    with db.session() as session:
        keys = list_keys(session, PassFilter(), SortKey()).keys
        rows = {r.id: r for r in fetch_rows(session, keys)}
    assert (rows["p1"].barcode_value, rows["p1"].event_name) == ("TKT-CTQAJ-DW2EC", "Gala")
    assert rows["p1"].event_start == T0 + timedelta(days=30)
    assert (rows["p2"].barcode_value, rows["p2"].event_name) == (None, "Fair")
    assert (rows["p4"].event_name, rows["p4"].event_start) == (None, None)
    assert len(rows) == len(PASSES)  # a join never doubles or drops a pass


def test_filter_choices_come_from_the_store(db) -> None:
    with db.session() as session:
        choices = filter_choices(session)
    assert "deactivated" in choices.statuses
    assert set(choices.device_types) == {"iphone", "android"}
    assert choices.group_tags == ["staff", "vip"]
    assert choices.templates == [("t2", "Member"), ("t1", "Ticket")]
    assert sorted(choices.events) == [("e1", "Gala"), ("e2", "Fair")]


def test_export_writes_the_filtered_list_and_defuses_formulas(db) -> None:
    out = io.StringIO()
    with db.session() as session:
        written = export_csv(session, out, PassFilter(group_tag="vip"), SortKey())
    table = list(csv.reader(io.StringIO(out.getvalue())))
    assert written == 3
    assert tuple(table[0]) == EXPORT_COLUMNS
    rows = [dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in table[1:]]
    assert [r["pass_id"] for r in rows] == ["p5", "p4", "p1"]
    assert rows[0]["name"] == "Adele Goldberg"
    assert rows[0]["event"] == "Fair"  # the event's name, not its id
    assert rows[0]["created_at"] == (T0 + timedelta(days=4)).isoformat()
    # A spreadsheet must not run these as formulas.
    assert rows[1]["name"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["ext_id"] == "'-crm-004"
    assert rows[1]["event"] == ""


def test_export_follows_search_and_sort(db) -> None:
    out = io.StringIO()
    with db.session() as session:
        written = export_csv(session, out, PassFilter(text="ad"), SortKey("display_name", False))
    assert written == 2
    names = [row[0] for row in list(csv.reader(io.StringIO(out.getvalue())))[1:]]
    assert names == ["Ada Lovelace", "Adele Goldberg"]


def test_passes_added_later_are_found(db) -> None:
    with db.session() as session:
        session.execute(insert(Pass), [{"id": "p7", "display_name": "Ada Yonath",
                                        "created_at": T0 + timedelta(days=9),
                                        "attributes": {}}])
    assert ids(db, PassFilter(text="ada")) == ["p7", "p1"]
