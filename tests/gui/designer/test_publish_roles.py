"""Publishing from the Designer is a manager's (issue 23): a supervisor desk chooses to
publish, then a manager's PIN allows it (only managers are offered); the publish is an
entry of the audit trail. With roles off nothing is asked."""

from __future__ import annotations

import pytest

from passdesk.core.roles import Role
from passdesk.gui.gate import STEP_UP
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access
from tests.gui.designer.test_editor import choose_group, type_in_cell
from tests.gui.designer.test_pane import Desk, answer_publish, open_designer
from tests.gui.helpers import click, retype
from tests.gui.roles import Answer, trail


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")



def new_design(qtbot, desk: Desk, name: str):
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, name)
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 0, "member")
    type_in_cell(qtbot, editor, 0, 1, "Member")
    assert not [f for f in editor.findings if f.level == "error"]
    return editor


def test_a_supervisor_desk_publishes_with_a_managers_pin(qtbot, sandbox, make_services,
                                                         open_window, step_ups) -> None:
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    desk.services.gate.set_desk(DeskAccess(role=Role.SUPERVISOR, role_chosen=True))
    with desk.services.database.session() as session:
        access.add_person(session, "Mia", Role.MANAGER, "2468")
        access.add_person(session, "Sam", Role.SUPERVISOR, "1357")
    pane = desk.pane
    editor = new_design(qtbot, desk, "Members Card")

    # Publish chosen, then the PIN: Cancel publishes nothing.
    answer_publish(qtbot, lambda dialog: click(qtbot, dialog.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: len(step_ups.seen) == 1)
    assert step_ups.seen[0]["people"] == ["Mia (Manager)"], "a supervisor's PIN is not enough"
    assert step_ups.seen[0]["what"] == "Publish from the Designer: “Members Card”"
    assert pane.form.messageLabel.text() == "Not published: a manager's PIN was not given."
    assert editor.publish_state is None
    assert trail(desk.services) == []

    # Mia's PIN: queued, and recorded.
    step_ups.answers.append(Answer(pins=("2468",)))
    answer_publish(qtbot, lambda dialog: click(qtbot, dialog.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: editor.publish_state in ("queued", "processing", "published"),
                    timeout=5_000)
    qtbot.waitUntil(lambda: len(trail(desk.services)) == 2)
    assert trail(desk.services) == [
        (STEP_UP, "designer.publish", "Mia", None, {"role": "manager"}),
        ("designer.publish", "Members Card", "Mia", {"template_id": None},
         {"published": "design"}),
    ]


def test_with_roles_off_publishing_asks_no_pin(qtbot, sandbox, make_services, open_window,
                                               step_ups) -> None:
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    desk.services.gate.set_desk(DeskAccess(role=Role.DOOR_STAFF, role_chosen=True))
    editor = new_design(qtbot, desk, "Open Card")
    answer_publish(qtbot, lambda dialog: click(qtbot, dialog.publish_button))
    click(qtbot, desk.pane.form.publishButton)
    qtbot.waitUntil(lambda: editor.publish_state in ("queued", "processing", "published"),
                    timeout=5_000)
    assert step_ups.seen == []
    assert trail(desk.services) == []
