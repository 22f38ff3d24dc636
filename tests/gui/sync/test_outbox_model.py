"""The outbox table model, without a window: rows in words, roles, resets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from passdesk.gui.sync.outbox_model import (
    Column,
    ItemRole,
    OutboxTableModel,
    change_words,
    next_try_words,
)
from passdesk.store.outbox import OutboxItem

CREATED = datetime(2031, 5, 1, 12, 0, tzinfo=UTC)
PASS_ID = "cb8fd69b588202c2dc7650872e1ce9bb6e62d84d"
DISPLAY = Qt.ItemDataRole.DisplayRole


def item(seq: int = 1, kind: str = "loyalty.change", payload: dict | None = None,
         state: str = "pending", **changes) -> OutboxItem:
    fields = {
        "seq": seq, "op_id": f"op-{seq}", "kind": kind, "order_key": PASS_ID,
        "target_id": PASS_ID, "payload": payload if payload is not None else {"delta": 10},
        "state": state, "attempts": 0, "created_at": CREATED, "next_attempt_at": None,
        "last_error": None, "facts": {},
    }
    return OutboxItem(**{**fields, **changes})


@pytest.fixture
def model(qtmodeltester) -> OutboxTableModel:
    model = OutboxTableModel()
    model.set_items([
        item(1, payload={"delta": 10}),
        item(2, payload={"delta": -1}, state="failed", attempts=1,
             last_error="Balance cannot go below zero"),
        item(3, kind="pass.notify", payload={"message": "Doors open at 7"}, state="review",
             attempts=2, last_error="The answer was lost and ..."),
    ])
    qtmodeltester.check(model)
    return model


def cell(model: OutboxTableModel, row: int, column: Column, role=DISPLAY):
    return model.data(model.index(row, column), role)


@pytest.mark.parametrize(("kind", "payload", "words"), [
    ("loyalty.change", {"delta": 10}, "Loyalty +10 points"),
    ("loyalty.change", {"delta": -1}, "Loyalty -1 point"),
    ("loyalty.change", {"delta": 1500, "message": "Welcome"}, "Loyalty +1,500 points"),
    ("loyalty.change", {"override": 50}, "Loyalty balance set to 50"),
    ("pass.notify", {"message": "Hi"}, "Notification"),
    ("pass.create", {"ext_id": "x", "body": {}}, "Issue pass"),
    ("pass.update", {"body": {"passAction": "deactivate"}}, "Deactivate pass"),
    ("pass.update", {"body": {"message": "New seat"}}, "Edit pass and notify"),
    ("pass.update", {"body": {"pass": {}}}, "Edit pass"),
    ("event.create", {"body": {}}, "Create event"),
    ("event.update", {"body": {}}, "Edit event"),
    ("something.new", {}, "something.new"),
])
def test_each_kind_of_change_in_words(kind, payload, words) -> None:
    assert change_words(item(kind=kind, payload=payload)) == words


def test_headers_and_shape(model) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Change", "For", "State", "Tries", "Next try", "Last message"]
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table


def test_rows_read_as_words(model) -> None:
    assert cell(model, 0, Column.CHANGE) == "Loyalty +10 points"
    assert cell(model, 0, Column.TARGET) == PASS_ID[:12] + "…"
    assert cell(model, 0, Column.STATE) == "Waiting"
    assert cell(model, 0, Column.NEXT) == "As soon as possible"
    assert cell(model, 1, Column.STATE) == "Refused"
    assert cell(model, 1, Column.ATTEMPTS) == "1"
    assert cell(model, 1, Column.ERROR) == "Balance cannot go below zero"
    assert cell(model, 1, Column.NEXT) == "When you retry"
    assert cell(model, 2, Column.CHANGE) == "Notification"
    assert cell(model, 2, Column.STATE) == "Needs review"


def test_full_texts_are_in_tooltips(model) -> None:
    tip = Qt.ItemDataRole.ToolTipRole
    assert cell(model, 0, Column.TARGET, tip) == f"Pass {PASS_ID}"
    assert cell(model, 1, Column.ERROR, tip) == "Balance cannot go below zero"
    assert "Doors open at 7" in cell(model, 2, Column.CHANGE, tip)


def test_rows_that_need_a_person_stand_out(model) -> None:
    assert cell(model, 0, Column.STATE, Qt.ItemDataRole.ForegroundRole) is None
    colour = cell(model, 1, Column.STATE, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor)
    font = cell(model, 2, Column.STATE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()


def test_the_item_itself_and_lookups(model) -> None:
    assert cell(model, 1, Column.CHANGE, ItemRole).seq == 2
    assert model.item(2).kind == "pass.notify"
    assert model.row_of(3) == 2
    assert model.row_of(99) is None
    assert model.data(QModelIndex()) is None


def test_set_items_resets_the_model(qtbot, model) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_items([item(7)])
    assert model.rowCount() == 1
    assert model.items[0].seq == 7
    model.set_items([])
    assert model.rowCount() == 0


def test_a_waiting_row_behind_one_that_needs_a_person_is_held_back(qtmodeltester) -> None:
    other = "another-pass"
    model = OutboxTableModel()
    model.set_items([
        item(1, state="failed"),
        item(2),  # same pass, later: held back
        item(3, order_key=other, target_id=other),  # another pass: goes
        item(4, order_key=other, target_id=other, state="review"),
        item(5, order_key=other, target_id=other),  # held back behind 4, not 3
    ])
    qtmodeltester.check(model)
    next_try = [cell(model, r, Column.NEXT) for r in range(5)]
    assert next_try == ["When you retry", "Held back", "As soon as possible", "When you retry",
                        "Held back"]
    assert "retry or discard that one first" in cell(model, 1, Column.NEXT,
                                                     Qt.ItemDataRole.ToolTipRole)
    assert model.is_held_back(model.item(1))
    assert not model.is_held_back(model.item(2))


def test_next_try_for_a_waiting_row_is_a_local_time() -> None:
    later = CREATED + timedelta(minutes=5)
    waiting = item(next_attempt_at=later, last_error="Could not connect")
    assert next_try_words(waiting, now=later.astimezone()) == f"{later.astimezone():%H:%M:%S}"
    assert next_try_words(item(state="sending")) == "Now"


def test_offline_a_row_waits_for_passentry_not_now(qtbot, model) -> None:
    # m17: "Sending / Next try Now" while offline; nothing is being sent then.
    now = datetime.now(UTC)
    sending = item(state="sending")
    assert next_try_words(sending, offline=True) == "When PassEntry answers"
    later = item(next_attempt_at=now + timedelta(minutes=3))
    assert next_try_words(later, offline=True) == \
        f"{(now + timedelta(minutes=3)).astimezone():%H:%M:%S}"
    assert next_try_words(item(state="failed"), offline=True) == "When you retry"
    with qtbot.waitSignal(model.dataChanged):
        model.set_offline(True)
    assert cell(model, 0, Column.STATE) == "Waiting: offline"
    assert cell(model, 0, Column.NEXT) == "When PassEntry answers"
    assert cell(model, 1, Column.STATE) == "Refused"  # needs a person, offline or not
    model.set_offline(False)
    assert cell(model, 0, Column.STATE) == "Waiting"
