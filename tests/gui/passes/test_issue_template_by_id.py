"""PassEntry lists no templates, so the Issue and Bulk issue dialogs of the Passes pane
let a person add a template no pass has shown yet by its ID, then pick it to issue from."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from passdesk.gui.passes.bulk_issue_dialog import BulkIssueDialog
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.widgets.template_by_id_dialog import TemplateByIdDialog
from passdesk.store.schema import PassTemplate
from tests.gui.helpers import SYNC_WAIT_MS, click, open_pane, open_synced_door, save_shot
from tests.gui.sandbox_log import seen


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def a_template_not_seen(services) -> tuple[str, str]:
    """(id, name) of a template the desk forgets: as on an account whose passes never
    used it."""
    with services.database.session() as s:
        template_id, name = s.execute(select(PassTemplate.id, PassTemplate.name)
                                      .order_by(PassTemplate.name).limit(1)).one()
        s.execute(delete(PassTemplate).where(PassTemplate.id == template_id))
    return template_id, name


def add_by_id(qtbot, adding, template_id: str) -> None:
    assert isinstance(adding, TemplateByIdDialog)
    qtbot.waitExposed(adding)
    qtbot.keyClicks(adding.form.idEdit, f"  {template_id} ")
    with qtbot.waitSignal(adding.accepted, timeout=SYNC_WAIT_MS):
        click(qtbot, adding.add_button)


def test_a_template_added_by_its_id_is_picked_in_the_issue_dialog(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    template_id, name = a_template_not_seen(services)
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)
    click(qtbot, pane.form.issueButton)
    issue = pane.actions.dialog
    assert isinstance(issue, IssueDialog)
    qtbot.waitUntil(lambda: issue.form.templateCombo.isEnabled())
    combo = issue.form.templateCombo
    assert combo.findData(template_id) < 0
    assert issue.form.addTemplateButton.isVisible()
    assert "not listed" in issue.form.addTemplateButton.toolTip()

    click(qtbot, issue.form.addTemplateButton)
    add_by_id(qtbot, issue.template_dialog, template_id)
    qtbot.waitUntil(lambda: combo.currentData() == template_id, timeout=SYNC_WAIT_MS)
    assert combo.currentText() == name
    assert issue.field_edits, "the added template's fields are shown to fill in"
    assert 200 in seen(sandbox, "GET", f"/pass-templates/{template_id}")
    save_shot(issue, tmp_path, "issue-dialog-template-added.png")


def test_a_template_added_by_its_id_is_picked_in_the_bulk_issue_dialog(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    template_id, name = a_template_not_seen(services)
    pane = open_pane(qtbot, window, "Passes")
    click(qtbot, pane.form.bulkButton)
    bulk = pane.actions.dialog
    assert isinstance(bulk, BulkIssueDialog)
    combo = bulk.form.templateCombo
    qtbot.waitUntil(lambda: combo.count() > 1)
    count = combo.count()
    assert combo.findData(template_id) < 0
    click(qtbot, bulk.form.addTemplateButton)
    add_by_id(qtbot, bulk.template_dialog, template_id)
    qtbot.waitUntil(lambda: combo.currentData() == template_id, timeout=SYNC_WAIT_MS)
    assert combo.currentText() == name
    assert combo.count() == count + 1  # read again, not added twice
    save_shot(bulk, tmp_path, "bulk-issue-template-added.png")
