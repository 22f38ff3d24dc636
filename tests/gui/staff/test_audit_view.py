"""The audit view over a real SQLite store: the list, its filter, the chain's status
line (whole, tampered with, unreadable) and the CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from passdesk.gui.staff import audit_view
from passdesk.gui.staff.audit_view import AuditView
from passdesk.store import audit
from passdesk.store.database import Database
from tests.gui.helpers import click, retype

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
WAIT_MS = 10_000


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'audit.sqlite3'}")
    with database.session() as session:
        for n, (action, subject, before, after, by) in enumerate((
                ("door.admit_by_hand", "P-100", None, {"admitted": True}, None),
                ("step_up", "till.set_balance", None, None, "Maria"),
                ("till.set_balance", "P-200", {"points": 40}, {"points": 100}, "Maria"),
                ("roles.add_person", "Sam", None, {"role": "door_staff"}, None),
                ("door.admit_by_hand", "P-300", None, {"admitted": True}, None))):
            audit.append(session, desk=f"desk-{n % 2 + 1}", actor=f"person {n + 1}",
                         authorised_by=by, action=action, subject=subject, before=before,
                         after=after, at=T0 + timedelta(days=n))
    yield database
    database.close()


def make_view(qtbot, db: Database, store_tasks) -> AuditView:
    view = AuditView(db, store_tasks)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    wait_loaded(qtbot, view)
    return view


def wait_loaded(qtbot, view: AuditView) -> None:
    qtbot.waitUntil(lambda: not view.loading, timeout=WAIT_MS)


def refresh(qtbot, view: AuditView) -> None:
    view.refresh()
    wait_loaded(qtbot, view)


def column(view: AuditView, number: int) -> list[str]:
    return [view.cell(row, number) for row in range(view.row_count())]


def test_lists_the_entries_newest_first_and_says_the_trail_is_whole(
        qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)

    assert view.row_count() == 5
    assert column(view, 0) == ["5", "4", "3", "2", "1"]
    assert view.status_state() == "whole"
    assert view.status_text() == "The audit trail is whole: 5 entries, each checked."
    third = 2  # entry 3: the balance set on Maria's PIN
    assert view.cell(third, 1) == T0.replace(day=9).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert [view.cell(third, c) for c in range(2, 9)] == [
        "desk-1", "person 3", "Maria", "Set a card's balance", "P-200", '{"points":40}',
        '{"points":100}']
    assert view.cell(3, 5) == "PIN step-up: Set a card's balance"
    assert view.cell(1, 5) == "A person given a PIN"  # not an Action: core.roles.AUDIT_WORDS
    assert view.cell(4, 7) == ""  # nothing before
    assert view.count_label.text() == "5 entries shown, newest first"


def test_the_action_filter_offers_each_action_in_words_and_narrows_the_rows(
        qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)
    combo = view.action_combo
    choices = {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}
    assert choices == {"All actions": "", "Admit a guest by hand": "door.admit_by_hand",
                       "PIN step-ups": "step_up", "A person given a PIN": "roles.add_person",
                       "Set a card's balance": "till.set_balance"}

    combo.setCurrentIndex(combo.findData("door.admit_by_hand"))
    combo.activated.emit(combo.currentIndex())
    wait_loaded(qtbot, view)

    assert column(view, 0) == ["5", "1"]
    assert view.status_state() == "whole"  # the check is of the whole trail, always
    assert "5 entries, each checked" in view.status_text()


def test_words_and_dates_narrow_the_rows(qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)

    retype(qtbot, view.words_field, "maria")
    qtbot.waitUntil(lambda: view.row_count() == 2, timeout=WAIT_MS)
    assert column(view, 0) == ["3", "2"]

    view.words_field.clear()
    qtbot.waitUntil(lambda: view.row_count() == 5, timeout=WAIT_MS)
    local = [(T0 + timedelta(days=n)).astimezone().date() for n in range(5)]
    view.since_field.setDate(QDate(local[1].year, local[1].month, local[1].day))
    view.until_field.setDate(QDate(local[3].year, local[3].month, local[3].day))
    wait_loaded(qtbot, view)
    assert column(view, 0) == ["4", "3", "2"]


def test_a_row_changed_behind_the_apps_back_shows_the_trail_tampered_with(
        qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET after = :v WHERE seq = 3"),
                           {"v": '{"points":100000}'})

    refresh(qtbot, view)

    assert view.status_state() == "tampered"
    assert view.status_text() == ("The audit trail was tampered with:\n"
                                  "• Entry 3 was changed after it was written.")
    assert view.status_label.isVisible()
    third = view.model.index(2, 0)
    assert view.model.data(third, Qt.ItemDataRole.BackgroundRole) is not None
    assert view.model.data(third, Qt.ItemDataRole.ToolTipRole) == \
        "Entry 3 was changed after it was written."
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert view.cell(2, 8) == '{"points":100000}'  # what the row says now


def test_many_breaks_name_the_first_five_then_count_the_rest(qtbot, db, store_tasks) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET desk = 'x'"))
        connection.execute(text("DELETE FROM audit_entries WHERE seq = 5"))
        connection.execute(text("UPDATE venue_access SET audit_seq = 12"))

    view = make_view(qtbot, db, store_tasks)

    lines = view.status_text().splitlines()
    assert lines[0] == "The audit trail was tampered with:"
    assert lines[1:6] == [f"• Entry {n} was changed after it was written." for n in (1, 2, 3, 4)
                          ] + ["• Entries 5 to 12 are missing (the last ones written)."]
    assert len(lines) == 6


def test_more_than_five_breaks_end_with_how_many_more(qtbot, db, store_tasks) -> None:
    with db.session() as session:
        for n in range(3):
            audit.append(session, desk="d", actor="a", authorised_by=None,
                         action="door.undo_admission", subject=f"P-{n}")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET desk = 'x'"))

    view = make_view(qtbot, db, store_tasks)

    assert view.status_text().splitlines()[-1] == "and 3 more"


def test_a_read_that_fails_says_so_in_words(qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE audit_entries RENAME TO audit_entries_gone"))

    refresh(qtbot, view)

    assert view.status_state() == "failed"
    assert view.status_text().startswith("Could not read the audit trail: ")
    assert "no such table: audit_entries" in view.status_text()
    assert "Traceback" not in view.status_text()
    assert view.refresh_button.isEnabled()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.reader(file))


def test_export_writes_the_filtered_entries_oldest_first(qtbot, db, store_tasks,
                                                         tmp_path) -> None:
    view = make_view(qtbot, db, store_tasks)
    path = tmp_path / "all.csv"

    assert view.export_csv(str(path)) == 5

    rows = read_csv(path)
    assert rows[0] == ["seq", "at", "desk", "actor", "authorised_by", "action", "subject",
                       "before", "after", "prev_hash", "hash"]
    with db.session() as session:
        stored = list(reversed(audit.entries(session)))
    assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4", "5"]
    assert rows[3][:9] == ["3", "2026-12-09T20:00:00.000000+00:00", "desk-1", "person 3",
                           "Maria", "till.set_balance", "P-200", '{"points":40}',
                           '{"points":100}']
    assert [row[9:] for row in rows[1:]] == [[e.prev_hash, e.hash] for e in stored]
    assert view.export_line.text() == f"5 audit entries written to {path}"

    view.action_combo.setCurrentIndex(view.action_combo.findData("step_up"))
    filtered = tmp_path / "step-ups.csv"
    assert view.export_csv(str(filtered)) == 1
    assert [row[0] for row in read_csv(filtered)[1:]] == ["2"]


def test_the_export_button_writes_on_the_worker_and_says_where(
        qtbot, db, store_tasks, tmp_path, monkeypatch) -> None:
    view = make_view(qtbot, db, store_tasks)
    path = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))

    click(qtbot, view.export_button)

    qtbot.waitUntil(lambda: "written to" in view.export_line.text(), timeout=WAIT_MS)
    assert view.export_line.text() == f"5 audit entries written to {path}"
    assert len(read_csv(path)) == 6
    assert view.export_button.isEnabled()


def test_a_write_error_is_said_in_words(qtbot, db, store_tasks, tmp_path,
                                        monkeypatch) -> None:
    view = make_view(qtbot, db, store_tasks)
    path = tmp_path / "no such folder" / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))

    with qtbot.capture_exceptions() as raised:
        click(qtbot, view.export_button)
        qtbot.waitUntil(lambda: view.export_line.text().startswith("Could not write"),
                        timeout=WAIT_MS)

    assert raised == []
    assert view.export_line.text() == f"Could not write {path}: No such file or directory"
    assert view.export_csv(str(path)) == 0
    assert view.export_line.text() == f"Could not write {path}: No such file or directory"
    assert not path.exists()


def test_a_formula_typed_as_a_name_is_quoted_in_the_export(qtbot, db, store_tasks,
                                                           tmp_path) -> None:
    with db.session() as session:
        audit.append(session, desk="desk-1", actor="=HYPERLINK(\"x\")", authorised_by=None,
                     action="till.set_balance", subject="P-1", before=-5, after=10)
    view = make_view(qtbot, db, store_tasks)
    path = tmp_path / "audit.csv"

    view.export_csv(str(path))

    last = read_csv(path)[-1]
    assert last[3] == "'=HYPERLINK(\"x\")"
    assert last[7:9] == ["-5", "10"]  # numbers stay numbers


def test_action_words_for_unknown_and_step_up_entries() -> None:
    assert audit_view.action_words("door.undo_admission") == "Undo an admission"
    assert audit_view.action_words("step_up", "door.admit_by_hand") == \
        "PIN step-up: Admit a guest by hand"
    assert audit_view.action_words("step_up", "") == "PIN step-up"
    assert audit_view.action_words("roles.remove_person") == "A person removed"
    assert audit_view.action_words("custom.thing") == "custom.thing"  # unknown: its name


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_a_calendar_opened_from_any_shows_this_month(qtbot, db, store_tasks) -> None:
    view = make_view(qtbot, db, store_tasks)
    field = view.since_field
    calendar = field.calendarWidget()

    # Where a person clicks: the arrow at the field's right end.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8,
                                                                   field.height() // 2))
    qtbot.waitUntil(calendar.isVisible, timeout=WAIT_MS)

    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert view.current_filter().since is None  # still no bound until a day is picked
    calendar.window().hide()
