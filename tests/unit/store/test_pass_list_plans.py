"""Which index a filtered Passes list walks on SQLite (migration 0017).

A filter on a value few passes have must walk only those passes. Without a
(status|device, created_at) index the list walked every pass newest first and
found its screenful only at the end (250-300 ms at a million passes). The plan,
not a time, is asserted: it is what decides how far the walk goes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert, select

from passdesk.store import list_plan, pass_list
from passdesk.store.database import Database
from passdesk.store.pass_list import PassFilter, SortKey, list_keys, pass_ids
from passdesk.store.schema import Pass

T0 = datetime(2026, 3, 1, tzinfo=UTC)
PASSES = 3_000
#: Rows the Passes pane reads first (gui/passes/model.py's PAGE).
PAGE = 200


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    rows = []
    for n in range(PASSES):
        # Mostly active Android passes; a handful removed, nullified or on an iPhone.
        status = "nullified" if n % 500 == 7 else "removed" if n % 100 == 3 else "active"
        rows.append({"id": f"p{n:05d}", "status": status,
                     "device_type": "iphone" if n % 250 == 3 else "android",
                     "template_id": "t9" if n % 600 == 11 else f"t{n % 3}",
                     "event_id": f"e{n % 10}", "group_tag": f"g{n % 20}",
                     "created_at": T0 + timedelta(minutes=n), "attributes": {}})
    with database.session() as session:
        session.execute(insert(Pass), rows)
        pass_list.refresh_statistics(session)
    yield database
    database.close()


def first_page_plan(db: Database, flt: PassFilter) -> tuple[list[str], str]:
    """The pass ids of the first page, and the plan of the statement that read them."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.session() as session:
            found = pass_ids(session, list_keys(session, flt, SortKey(), limit=PAGE).keys)
            # The keys' read (the capped counts before it also read passes).
            statement, parameters = next(s for s in statements if "group_concat" in s[0])
            plan = " | ".join(row[3] for row in session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return found, plan


@pytest.mark.parametrize(("flt", "index"), [
    (PassFilter(status="nullified"), "ix_passes_status_created"),
    (PassFilter(status="removed"), "ix_passes_status_created"),
    (PassFilter(device_type="iphone"), "ix_passes_device_created"),
    # 12 iPhones against 24 removed passes: the rarer one drives.
    (PassFilter(status="removed", device_type="iphone"), "ix_passes_device_created"),
    (PassFilter(status="nullified", template_id="t1"), "ix_passes_status_created"),
])
def test_a_rare_value_walks_its_own_index_in_list_order(db, flt, index) -> None:
    found, plan = first_page_plan(db, flt)
    assert f" INDEX {index} " in plan, plan
    assert "ix_passes_created_at" not in plan, plan  # not the walk over every pass
    assert "TEMP B-TREE" not in plan, plan  # handed over in list order, not sorted after
    expected = [f"p{n:05d}" for n in reversed(range(PASSES))
                if (flt.status != "nullified" or n % 500 == 7)
                and (flt.status != "removed" or (n % 100 == 3 and n % 500 != 7))
                and (flt.device_type is None or n % 250 == 3)
                and (flt.template_id is None or f"t{n % 3}" == flt.template_id)]
    assert found == expected[:PAGE]


def test_a_rare_template_drives_the_walk_though_events_look_rarer(db) -> None:
    """Five passes of t9 among three templates (1,000 a template on average) and
    ten events of 300: by averages the event is the rarer filter and its 300
    passes would be walked; counted, t9's index is."""
    found, plan = first_page_plan(db, PassFilter(template_id="t9", event_id="e1"))
    assert " INDEX ix_passes_template_created " in plan, plan
    assert found == [f"p{n:05d}" for n in reversed(range(PASSES))
                     if n % 600 == 11 and n % 10 == 1]
    found, plan = first_page_plan(db, PassFilter(template_id="t1", event_id="e1"))
    assert " INDEX ix_passes_event_created " in plan, plan  # 300 < 1,000: the event's


def test_when_no_value_is_rare_the_planner_keeps_its_choice(db, monkeypatch) -> None:
    flt = PassFilter(template_id="t1", event_id="e1")
    with db.session() as session:
        assert "+passes." in str(list_keys_statement(session, flt))
        monkeypatch.setattr(list_plan, "COUNT_CAPS", (50, 100))  # both have more passes
        assert "+passes." not in str(list_keys_statement(session, flt))


def list_keys_statement(session, flt: PassFilter):
    return select(Pass.id).where(*list_plan.equality_conditions(
        {"template_id": flt.template_id, "event_id": flt.event_id}, session))


def test_a_later_round_tells_two_common_values_apart(db, monkeypatch) -> None:
    """t1 (1,000 passes) and e1 (300): both reach the first cap, the second
    counts them, and the event drives."""
    monkeypatch.setattr(list_plan, "COUNT_CAPS", (100, 2_000))
    with db.session() as session:
        assert "+passes.template_id" in str(list_keys_statement(
            session, PassFilter(template_id="t1", event_id="e1")))
        monkeypatch.setattr(list_plan, "COUNT_CAPS", (100,))
        assert "+passes." not in str(list_keys_statement(
            session, PassFilter(template_id="t1", event_id="e1")))
