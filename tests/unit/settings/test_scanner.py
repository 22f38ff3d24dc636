"""The scanner corrections in settings.json: kept per source, read back the same, and
a hand-edited entry that makes no sense reads as no correction."""

from __future__ import annotations

import pytest

from passdesk.core.keyboard_layouts import Correction
from passdesk.settings import Settings, SettingsStore
from passdesk.settings.scanner import (
    WEDGE,
    correction_from_json,
    corrections_from_json,
    wedge_correction,
    with_correction,
)


def test_a_correction_is_saved_and_read_back(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    found = Correction("fr", prefix=" ]", suffix="#", ending="tab", gap_ms=4)
    store.update(lambda s: setattr(s, "scanner", with_correction(s.scanner, WEDGE, found)))
    assert wedge_correction(store.load().scanner) == found
    assert corrections_from_json(store.load().scanner) == {WEDGE: found}


def test_other_sources_and_settings_are_kept(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(door={"station": "North"}, scanner={"vtap": {"layout": "de"}}))
    store.update(lambda s: setattr(s, "scanner", with_correction(s.scanner, WEDGE,
                                                                 Correction("uk"))))
    loaded = store.load()
    assert loaded.door == {"station": "North"}
    assert corrections_from_json(loaded.scanner) == {"vtap": Correction("de"),
                                                    WEDGE: Correction("uk")}


def test_no_correction_yet_reads_as_typed() -> None:
    assert wedge_correction({}) == Correction()
    assert Settings.from_json({"scanner": "de"}).scanner == {}  # wrong type: default


@pytest.mark.parametrize("entry", [
    {"layout": "klingon", "ending": "escape", "gap_ms": "fast"},
    {"layout": 3, "prefix": 7, "suffix": None, "gap_ms": True},
    {"gap_ms": 10_000},
    "de",
])
def test_a_hand_edited_entry_that_makes_no_sense(entry) -> None:
    assert correction_from_json(entry) == Correction()
