"""A pass's own design (§2.9 templateOverride) and localised values in the Issue and Edit
forms, used by clicking: the banner is picked from the account's images in the picker,
the pass reaches the sandbox with it; with per-pass designs off PassEntry answers 403,
the form says so in words and the pass goes on with the template's design.
"""

from __future__ import annotations

import copy
from pathlib import Path

import httpx
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.gui.passes.edit_dialog import EditPassDialog
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.widgets.image_asset_picker import ImageAssetPicker, ImageLibrary
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync import image_assets as assets
from passdesk.sync.passes import OVERRIDE_REFUSED_WORDS
from passdesk.sync.push import Pusher
from tests.gui.helpers import FakeSync, click, when_shown
from tests.integration.sync.helpers import FakeClock, drain_all

SHOTS = Path("/tmp/h19/H6")
TEMPLATE = "Riverside Arena Ticket"


@pytest.fixture
def api(sandbox):
    with PassEntryClient(sandbox.base_url, "demo") as client:
        yield client


@pytest.fixture
def library(api, tmp_path):
    tasks = TaskRunner(max_threads=2)
    yield ImageLibrary(lambda: api, tasks, assets.LocalCopies(tmp_path / "images"), poll=0.05)
    tasks.shutdown()


def uploaded(api, library, tmp_path: Path, role: str, size, colour) -> assets.ImageAsset:
    path = tmp_path / f"{role}.png"
    Image.new("RGB", size, colour).save(path, "PNG")
    asset = assets.upload(api, assets.read_image(path), role, name=f"VIP {role}",
                          copies=library.copies)
    return assets.wait_ready(api, asset.id, poll=0.01)


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        widget.resize(width, height)
        widget.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


def push(api, store) -> None:
    clock = FakeClock()
    drain_all(Pusher(api, store, clock=clock), clock, store)


def pick_in_picker(qtbot, section, role: str) -> None:
    """Click the role's Choose…, then in the picker the first (newest) image, Use."""
    def act(picker: ImageAssetPicker) -> None:
        qtbot.waitUntil(lambda: picker.use_button.isEnabled(), timeout=10_000)
        shoot(picker, f"override-picker-{role}")
        click(qtbot, picker.use_button)

    timer = when_shown(ImageAssetPicker, act)
    click(qtbot, section.choose_buttons[role])
    timer.stop()


@pytest.fixture
def dialog(qtbot, store, store_tasks, library):
    dlg = IssueDialog(store, store_tasks, None, sync=FakeSync(), images=library)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.form.templateCombo.isEnabled())
    combo = dlg.form.templateCombo
    combo.setCurrentIndex(combo.findText(TEMPLATE))
    qtbot.waitUntil(lambda: "fullName" in dlg.field_edits)
    return dlg


def issue(qtbot, dlg: IssueDialog, name: str, ext_id: str) -> None:
    qtbot.keyClicks(dlg.field_edits["fullName"], name)
    qtbot.keyClicks(dlg.form.extIdEdit, ext_id)
    assert not dlg.design.body.isVisible(), "collapsed until opened"
    click(qtbot, dlg.design.toggle)
    assert dlg.design.body.isVisible()
    pick_in_picker(qtbot, dlg.design, "banner")
    assert "VIP banner, 1125 x 432 px" in dlg.design.infos["banner"].text()
    shoot(dlg, "issue-design")
    click(qtbot, dlg.issue_button)
    qtbot.waitUntil(lambda: "queued" in dlg.form.statusLabel.text())


def test_a_pass_is_issued_with_its_own_banner_by_clicking(qtbot, dialog, store, api, library,
                                                          sandbox, tmp_path) -> None:
    banner = uploaded(api, library, tmp_path, "banner", (1125, 432), (11, 61, 145))
    issue(qtbot, dialog, "Grace Hopper", "TKT-DESIGN-1")
    assert dialog.design.override() is None, "the next pass starts with the template's design"
    push(api, store)
    remote = api.passes.get("TKT-DESIGN-1", include_pass_design=True)
    assert remote.pass_content["templateOverride"] == {"bannerImage": {"imageAssetId": banner.id}}
    with sandbox.state.lock:
        assert sandbox.state.passes[remote.id].attributes["passDesign"][
            "bannerImageUrl"] == banner.url


def test_403_is_said_in_words_and_the_pass_goes_with_the_template_design(
        qtbot, dialog, store, api, library, sandbox, tmp_path) -> None:
    uploaded(api, library, tmp_path, "banner", (1125, 432), (11, 61, 145))
    httpx.post(sandbox.base_url.removesuffix("/api/v1") + "/_sandbox/organisation",
               json={"templateOverride": False},
               headers={"Authorization": "Bearer demo"}).raise_for_status()
    issue(qtbot, dialog, "Ada Lovelace", "TKT-DESIGN-2")
    clock = FakeClock()
    outcomes = Pusher(api, store, clock=clock).drain()
    assert [o.result for o in outcomes] == ["failed"]
    dialog.refresh_delivery()
    qtbot.waitUntil(lambda: dialog.design.plain_button.isVisible())
    words = dialog.design.message.text()
    assert words == OVERRIDE_REFUSED_WORDS
    assert "Per-pass designs are not enabled for your organisation — ask PassEntry to " \
           "enable them" in words
    assert "TKT-DESIGN-2 is not on PassEntry yet" in dialog.form.statusLabel.text()
    shoot(dialog, "issue-design-refused")
    click(qtbot, dialog.design.plain_button)
    qtbot.waitUntil(lambda: "template's design" in dialog.form.statusLabel.text()
                    and "Sending" not in dialog.form.statusLabel.text())
    drain_all(Pusher(api, store, clock=clock), clock, store)
    remote = api.passes.get("TKT-DESIGN-2")
    assert remote.content_value("fullName") == "Ada Lovelace", "the pass was not lost"
    assert "templateOverride" not in remote.pass_content


def test_the_edit_form_changes_a_pass_logo_and_shows_localised_defaults(
        qtbot, store, api, library, sandbox, tmp_path) -> None:
    logo = uploaded(api, library, tmp_path, "logo", (480, 150), (225, 29, 72))
    with store.session() as s:
        row = s.scalars(select(Pass).where(Pass.template_name == TEMPLATE,
                                           Pass.status == "active").limit(1)).one()
        pass_id, template = row.id, s.get(PassTemplate, row.template_id)
        attributes = copy.deepcopy(template.attributes)  # a new value, so it is written
        fields = attributes["fields"]
        for group in fields.values():
            for slot in group.values():
                if slot and slot.get("id") == "ticketType":
                    slot["defaultValue"] = "Standing"
                    slot["localisation"] = {"de": {"label": "Karte",
                                                   "defaultValue": "Stehplatz"}}
        template.attributes = {**attributes, "fields": fields}
    dlg = EditPassDialog(store, pass_id, None, sync=FakeSync(), images=library)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    hint = dlg.findChild(type(dlg.note), "field_ticketType_languages")
    assert hint is not None
    assert "en: Standing; de: Stehplatz" in hint.text()
    assert "this pass's in every language" in hint.text()
    assert not dlg.save_button.isEnabled()
    click(qtbot, dlg.design.toggle)
    pick_in_picker(qtbot, dlg.design, "logo")
    assert dlg.save_button.isEnabled()
    shoot(dlg, "edit-design")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    push(api, store)
    with sandbox.state.lock:
        stored = sandbox.state.passes[pass_id]
        assert stored.attributes["passDesign"]["logoImageUrl"] == logo.url
        assert stored.attributes["passContent"]["templateOverride"] == {
            "logoImage": {"imageAssetId": logo.id}}


def test_the_passes_pane_gives_both_forms_the_account_images(qtbot, sandbox,
                                                             sandbox_window) -> None:
    from tests.gui.helpers import open_pane

    pane = open_pane(qtbot, sandbox_window, "Passes")
    click(qtbot, pane.form.issueButton)
    dialog = pane.actions.dialog
    assert isinstance(dialog, IssueDialog)
    assert dialog.design.library is not None
    assert all(button.isEnabled() for button in dialog.design.choose_buttons.values())
    dialog.reject()
