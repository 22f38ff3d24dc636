"""The Designer uploads a logo to PassEntry as an image asset and uses it, by clicking:
the picker shows Processing… until the sandbox has processed it, then the template
holds the asset's URL and the preview draws the picture kept on this computer.
Watermark options appear when PassEntry asks for them; offline, the words say so
and a local file still previews. Only the file dialog's path choice is patched:
the file is a real PNG made with Pillow.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from passdesk.core.template_doc import TemplateDoc
from passdesk.gui.designer.editor import DesignerEditor
from passdesk.gui.designer.pane import DesignerPane
from passdesk.gui.widgets.image_asset_picker import OFFLINE_WORDS, ImageAssetPicker, ImageLibrary
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.sync.image_assets import LocalCopies
from tests.gui.helpers import click, open_pane, when_shown

SHOTS = Path("/tmp/h19/H6")


def png(path: Path, size: tuple[int, int], colour=(225, 29, 72)) -> Path:
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def shoot(widget, name: str, sizes=((1024, 768), (1366, 768))) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = widget.window()
    for width, height in sizes:
        window.resize(width, height)
        window.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


def organisation(sandbox, **switches) -> None:
    httpx.post(sandbox.base_url.removesuffix("/api/v1") + "/_sandbox/organisation",
               json=switches, headers={"Authorization": "Bearer demo"}).raise_for_status()


def designer(qtbot, window) -> DesignerEditor:
    pane = open_pane(qtbot, window, "Designer")
    assert isinstance(pane, DesignerPane)
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    assert editor is not None
    assert editor.library is not None
    return editor


def test_a_logo_is_uploaded_processed_and_used_by_the_template(
        qtbot, sandbox, sandbox_window, tmp_path, monkeypatch) -> None:
    editor = designer(qtbot, sandbox_window)
    editor.library.poll = 0.2  # each look at the asset spends one of the sandbox's polls
    logo = png(tmp_path / "brand.png", (480, 150))
    choose_file(monkeypatch, logo)
    before = editor.preview.cards["apple"].grab().toImage()
    seen: dict[str, object] = {}

    def in_picker(picker: ImageAssetPicker) -> None:
        qtbot.waitUntil(lambda: "Reading" not in picker.status.text())
        click(qtbot, picker.upload_button)
        qtbot.waitUntil(lambda: "Processing…" in picker.status.text())
        seen["processing"] = picker.list.currentItem().text()
        shoot(picker, "picker-processing")
        qtbot.waitUntil(lambda: picker.use_button.isEnabled(), timeout=10_000)
        seen["ready"] = picker.list.currentItem().text()
        shoot(picker, "picker-ready")
        click(qtbot, picker.use_button)

    timer = when_shown(ImageAssetPicker, in_picker)
    click(qtbot, editor.image_rows["logo"].assets_button)
    timer.stop()
    assert "Processing…" in seen["processing"]
    assert "480 x 150 px · Ready" in seen["ready"]
    with sandbox.state.lock:
        (asset,) = list(sandbox.state.image_assets.values())
        url = asset.attributes["url"]
    assert editor.doc.logo == url, "the template uses the asset's URL"
    assert url.startswith("https://")
    assert "Image on PassEntry, 480 x 150 px" in editor.form.logoInfo.text()
    qtbot.waitUntil(lambda: editor.preview.cards["apple"].grab().toImage() != before)
    shoot(editor, "designer-logo-asset")


def test_a_banner_needs_a_watermark_when_passentry_asks(qtbot, sandbox, sandbox_window,
                                                        tmp_path, monkeypatch) -> None:
    organisation(sandbox, watermarkRequired=True)
    editor = designer(qtbot, sandbox_window)
    editor.library.poll = 0.2
    assert not editor.form.watermarkCombo.isVisible(), "not asked for yet"
    choose_file(monkeypatch, png(tmp_path / "banner.png", (1125, 432), (11, 61, 145)))
    seen: dict[str, str] = {}

    def in_picker(picker: ImageAssetPicker) -> None:
        qtbot.waitUntil(lambda: "Reading" not in picker.status.text())
        assert not picker.watermark_row.isVisible()
        click(qtbot, picker.upload_button)
        qtbot.waitUntil(lambda: picker.watermark_row.isVisible())
        seen["asked"] = picker.status.text()
        shoot(picker, "picker-watermark")
        picker.watermark_colour.setCurrentIndex(picker.watermark_colour.findData("dark"))
        click(qtbot, picker.upload_button)
        qtbot.waitUntil(lambda: picker.use_button.isEnabled(), timeout=10_000)
        click(qtbot, picker.use_button)

    timer = when_shown(ImageAssetPicker, in_picker)
    click(qtbot, editor.image_rows["banner"].assets_button)
    timer.stop()
    assert "requires a watermark on banners" in seen["asked"]
    with sandbox.state.lock:
        (asset,) = list(sandbox.state.image_assets.values())
        assert asset.attributes["watermark"]["color"] == "dark"
    assert editor.doc.banner == asset.attributes["url"]
    assert editor.form.watermarkCombo.isVisible(), "the template's watermark options too"


def test_offline_the_picker_says_so_and_a_local_file_still_previews(
        qtbot, tmp_path, monkeypatch) -> None:
    tasks = TaskRunner(max_threads=2)
    from passdesk.api import PassEntryClient
    from passdesk.api.http import RetryPolicy

    client = PassEntryClient("http://127.0.0.1:9/api/v1", "demo",
                             retry=RetryPolicy(max_attempts=1), timeout=httpx.Timeout(1.0))
    library = ImageLibrary(lambda: client, tasks, LocalCopies(tmp_path / "images"))
    editor = DesignerEditor(TemplateDoc.new("Summer Gala", "eventTicket"))
    qtbot.addWidget(editor)
    editor.use_library(library)
    editor.resize(1100, 720)
    editor.show()
    seen: dict[str, str] = {}

    def in_picker(picker: ImageAssetPicker) -> None:
        qtbot.waitUntil(lambda: picker.status.text() == OFFLINE_WORDS, timeout=10_000)
        seen["words"] = picker.status.text()
        assert not picker.use_button.isEnabled()
        shoot(picker, "picker-offline")
        picker.reject()

    timer = when_shown(ImageAssetPicker, in_picker)
    try:
        click(qtbot, editor.image_rows["logo"].assets_button)
    finally:
        timer.stop()
        client.close()
    assert "cannot be reached" in seen["words"]
    choose_file(monkeypatch, png(tmp_path / "local.png", (480, 150)))
    click(qtbot, editor.form.logoChooseButton)
    assert editor.doc.logo.startswith("data:image/png;base64,")
    tasks.shutdown()


@pytest.mark.parametrize("name", ["anim.gif"])
def test_a_gif_is_refused_in_words_before_anything_is_sent(qtbot, sandbox, sandbox_window,
                                                           tmp_path, monkeypatch,
                                                           name) -> None:
    editor = designer(qtbot, sandbox_window)
    gif = tmp_path / name
    Image.new("RGB", (480, 150)).save(gif, "GIF")
    choose_file(monkeypatch, gif)
    seen: dict[str, str] = {}

    def in_picker(picker: ImageAssetPicker) -> None:
        qtbot.waitUntil(lambda: "Reading" not in picker.status.text())
        click(qtbot, picker.upload_button)
        seen["words"] = picker.status.text()
        picker.reject()

    timer = when_shown(ImageAssetPicker, in_picker)
    click(qtbot, editor.image_rows["logo"].assets_button)
    timer.stop()
    assert "GIF image; PassEntry takes PNG, JPG or WebP only" in seen["words"]
    with sandbox.state.lock:
        assert not sandbox.state.image_assets
