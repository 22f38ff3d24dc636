"""The PATCH body between two current-shape templates: only what changed (§5.4)."""

from __future__ import annotations

from passdesk.core.template_shape import changes
from tests.unit.core.template_examples import example


def test_only_what_changed_is_sent() -> None:
    old = example("CREATE_REQUEST")["passTemplate"]
    new = example("CREATE_REQUEST")["passTemplate"]
    assert changes(old, new) == {}
    new["name"] = "PassEntry Coffee Shop"
    new["colors"]["background"] = "#EEEEEE"
    new["images"]["watermark"] = {"color": "dark", "position": "topLeft"}
    new["appLinking"]["apple"]["appStoreUrl"] = []
    new["beacons"] = []
    # The docs' own update example (§5.4) is exactly what comes out.
    assert changes(old, new) == example("UPDATE_REQUEST")["passTemplate"]


def test_a_changed_slot_goes_whole_and_removed_slots_and_images_go_as_null() -> None:
    old = example("CREATE_REQUEST")["passTemplate"]
    new = example("CREATE_REQUEST")["passTemplate"]
    new["fields"]["header"]["one"]["label"] = "Stamps"
    del new["fields"]["details"]["two"]
    del new["images"]["icon"]
    assert changes(old, new) == {
        "images": {"icon": None},
        "fields": {"header": {"one": {**old["fields"]["header"]["one"], "label": "Stamps"}},
                   "details": {"two": None}},
    }


def test_keys_the_server_added_are_left_alone() -> None:
    old = {"name": "A", "loyalty": {"enabled": True}, "colors": {"text": "#000", "x": 1}}
    assert changes(old, {"name": "A", "colors": {"text": "#000"}}) == {}
