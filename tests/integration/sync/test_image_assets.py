"""Images as assets (§12) and per-pass designs (§2.9) against the sandbox over loopback:
real PNG/JPG/WebP files made with Pillow, real SQLite files, the real pusher.
"""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.core import image_sizes
from passdesk.core.payloads import PassInput, PassUpdate, TemplateOverride
from passdesk.store import outbox
from passdesk.store.schema import OutboxRow, Pass
from passdesk.sync import image_assets as assets
from passdesk.sync import passes
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all, template_ids


def picture(path: Path, size: tuple[int, int], kind: str = "PNG") -> Path:
    Image.new("RGB", size, (11, 61, 145)).save(path, kind)
    return path


@pytest.fixture
def client(sandbox):
    with PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                         timeout=httpx.Timeout(5.0)) as api:
        yield api


def organisation(sandbox, **switches) -> dict:
    answer = httpx.post(sandbox.base_url.removesuffix("/api/v1") + "/_sandbox/organisation",
                        json=switches, headers={"Authorization": "Bearer demo"})
    answer.raise_for_status()
    return answer.json()


def test_a_png_goes_up_pending_then_ready_with_its_own_size(client, tmp_path) -> None:
    logo = assets.read_image(picture(tmp_path / "brand.png", (480, 150)))
    assert (logo.kind, logo.width, logo.height) == ("PNG", 480, 150)
    assert logo.advice("logo") == ""
    copies = assets.LocalCopies(tmp_path / "copies")
    asset = assets.upload(client, logo, "logo", copies=copies)
    assert asset.processing_status == "pending"
    assert assets.status_words(asset) == "Processing…"
    assert (asset.size.width, asset.size.height) == (480, 150)
    assert copies.get(asset.url) == logo.data, "the picture is kept here for offline previews"
    ready = assets.wait_ready(client, asset.id, poll=0.01, timeout=5)
    assert ready.processing_status != "pending"
    assert assets.is_ready(ready)
    assert ready.url == asset.url
    assert ready.name == "brand"


def test_webp_and_jpg_are_taken_gif_and_text_are_refused_in_words(client, tmp_path) -> None:
    for kind, name in (("WEBP", "b.webp"), ("JPEG", "b.jpg")):
        banner = assets.read_image(picture(tmp_path / name, (1125, 432), kind))
        asset = assets.upload(client, banner, "banner")
        assert asset.url.endswith(".webp" if kind == "WEBP" else ".jpg")
    gif = picture(tmp_path / "anim.gif", (100, 100), "GIF")
    with pytest.raises(assets.ImageProblem, match="GIF image; PassEntry takes PNG, JPG or WebP"):
        assets.read_image(gif)
    text = tmp_path / "notes.png"
    text.write_text("not a picture at all")
    with pytest.raises(assets.ImageProblem, match="not a picture PassEntry can take"):
        assets.read_image(text)
    with pytest.raises(assets.ImageProblem, match="cannot be read"):
        assets.read_image(tmp_path / "missing.png")


def test_the_sandbox_refuses_a_gif_sent_anyway(client, tmp_path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    gif = assets.ImageFile("x", buffer.getvalue(), "PNG", "png", 10, 10)  # lying about it
    with pytest.raises(Exception, match="PNG, JPG or WebP"):
        assets.upload(client, gif, "logo")


def test_size_advice_follows_the_documented_sizes() -> None:
    assert image_sizes.advice("banner", 1125, 432) == ""
    assert image_sizes.advice("banner", 1125, 294, "eventTicket") == ""
    assert "Not the banner's shape" in image_sizes.advice("banner", 1125, 1125)
    assert "Smaller than 480 x 150 px" in image_sizes.advice("logo", 200, 60)
    assert image_sizes.advice("logo", 600, 150) == "", "a logo's width is the brand's own"
    assert image_sizes.advice("icon", 660, 660) == ""
    assert "generic" in image_sizes.where_shown("thumbnail")
    assert "1125 x 294" in image_sizes.size_words("banner")


def test_the_list_by_type_newest_first_wrapped_or_not(client, sandbox, tmp_path,
                                                      monkeypatch) -> None:
    logo = assets.read_image(picture(tmp_path / "l.png", (480, 150)))
    banner = assets.read_image(picture(tmp_path / "b.png", (1125, 432)))
    first = assets.upload(client, logo, "logo", name="First")
    second = assets.upload(client, logo, "logo", name="Second")
    assets.upload(client, banner, "banner")
    found = assets.list_assets(client, "logo")
    assert {a.id for a in found} == {first.id, second.id}
    from passdesk.sandbox import decisions
    monkeypatch.setattr(decisions, "IMAGE_ASSET_LIST_WRAPPED", True)  # §15.10
    assert {a.name for a in assets.list_assets(client, "logo")} == {"First", "Second"}


def test_a_required_watermark_is_asked_for_then_the_banner_goes_up(client, sandbox,
                                                                   tmp_path) -> None:
    assert organisation(sandbox, watermarkRequired=True)["watermarkRequired"] is True
    banner = assets.read_image(picture(tmp_path / "b.png", (1125, 432)))
    with pytest.raises(assets.WatermarkRequired, match="requires a watermark on banners"):
        assets.upload(client, banner, "banner")
    assets.upload(client, assets.read_image(picture(tmp_path / "l.png", (480, 150))), "logo")
    asset = assets.upload(client, banner, "banner",
                          watermark={"color": "dark", "position": "bottomLeft"})
    assert (asset.watermark.color, asset.watermark.position) == ("dark", "bottomLeft")


# --- per-pass designs through the outbox ---------------------------------------------


@pytest.fixture
def synced(db):
    return db  # issuing needs no pulled data: the template is named by its id


def _issue(db, client, override) -> str:
    template = template_ids(client, "generic", "eventTicket")[0]
    return passes.issue_pass(db, new=PassInput(template, {"fullName": "Ada Lovelace"},
                                               ext_id="design-1", template_override=override))


def test_an_override_goes_with_create_and_update(sandbox, client, synced, tmp_path) -> None:
    clock = FakeClock()
    banner = assets.upload(client, assets.read_image(picture(tmp_path / "b.png", (1125, 432))),
                           "banner")
    logo = assets.upload(client, assets.read_image(picture(tmp_path / "l.png", (480, 150))),
                         "logo")
    local = _issue(synced, client, TemplateOverride(banner=banner.id))
    drain_all(Pusher(client, synced, clock=clock), clock, synced)
    with synced.session() as s:
        row = s.scalars(select(Pass).where(Pass.ext_id == "design-1")).one()
        pass_id = row.id
    assert pass_id != local
    with sandbox.state.lock:
        stored = sandbox.state.passes[pass_id]
        assert stored.attributes["passContent"]["templateOverride"] == {
            "bannerImage": {"imageAssetId": banner.id}}
        assert stored.attributes["passDesign"]["bannerImageUrl"] == banner.url
    passes.update_pass(synced, pass_id=pass_id,
                       changes=PassUpdate(template_override=TemplateOverride(logo=logo.id)))
    drain_all(Pusher(client, synced, clock=clock), clock, synced)
    with sandbox.state.lock:
        assert sandbox.state.passes[pass_id].attributes["passDesign"]["logoImageUrl"] == logo.url


def test_403_is_said_in_words_and_the_pass_is_kept_then_sent_plain(sandbox, client, synced,
                                                                   tmp_path) -> None:
    clock = FakeClock()
    organisation(sandbox, templateOverride=False)
    banner = assets.upload(client, assets.read_image(picture(tmp_path / "b.png", (1125, 432))),
                           "banner")
    local = _issue(synced, client, TemplateOverride(banner=banner.id))
    pusher = Pusher(client, synced, clock=clock)
    outcomes = pusher.drain()
    assert [o.result for o in outcomes] == ["failed"], "one row fails; pushing goes on"
    assert passes.refused_design(synced, local) == passes.OVERRIDE_REFUSED_WORDS
    assert "Per-pass designs are not enabled for your organisation" in passes.OVERRIDE_REFUSED_WORDS
    with synced.session() as s:
        kept = s.get(Pass, local)
        assert kept is not None, "the pass is not lost"
        assert kept.display_name == "Ada Lovelace"
        assert s.scalars(select(OutboxRow.state)).all() == [outbox.FAILED]
    # Other changes still go: the key was not refused.
    assert passes.send_without_design(synced, pass_id=local, clock=clock)
    drain_all(pusher, clock, synced)
    with synced.session() as s:
        created = s.scalars(select(Pass).where(Pass.ext_id == "design-1")).one()
        assert not created.id.startswith("local")
    with sandbox.state.lock:
        assert "templateOverride" not in sandbox.state.passes[created.id].attributes[
            "passContent"]
