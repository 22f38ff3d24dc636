"""Verdicts for every eye (issue 21, part 5): each verdict panel, rendered offscreen,
has a badge of its own shape and symbol, keeps its text readable (WCAG contrast)
and stays distinguishable in grey, in the normal and the high-contrast look; a
door that hides names shows initials on the panel and in the recent scans."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, qGray

from passdesk.core.colour import contrast_ratio, parse_colour, relative_luminance
from passdesk.core.names import initials
from passdesk.gui.door.history_model import Column
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.door.settings_dialog import Choices, DoorSettingsDialog
from passdesk.gui.door.verdict_look import HIGH_LOOKS, SYMBOLS, VERDICTS, Look, look_of
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from passdesk.store.database import Database
from passdesk.store.door_panel import recent_desk_scans
from tests.gui.helpers import SHOTS_DIR, open_synced_door

#: What each verdict key says on the panel.
WORDS = {"admit": "ADMIT", "warn": "CHECK", "deny": "DENY", "exit": "EXIT", "hold": "HOLD",
         "notrecorded": "NOT RECORDED"}
#: Two badges differ when at least this share of their pixels differ in black and white.
BADGES_DIFFER = 0.08
#: Two grounds a person tells apart in grey alone (luminance contrast ratio).
GROUNDS_DIFFER = 1.5
NOTES = SHOTS_DIR  # where save_shot leaves PNGs to look at


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def pane(qtbot, tmp_path, store_tasks):
    """A Door on an empty store: enough to show each verdict by the panel's one way."""
    database = Database.open(f"sqlite:///{tmp_path / 'door.sqlite3'}")
    pane = DoorPane(database=database, settings=SettingsStore(tmp_path / "settings.json"),
                    bridge=SyncBridge(), store_tasks=store_tasks)
    qtbot.addWidget(pane)
    pane.resize(860, 680)  # the Door's room in a 1024 x 768 window with the sidebar
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.close()
    database.close()


def show(pane: DoorPane, outcome: str, *, high: bool = False) -> None:
    pane._setup = replace(pane._setup, high_contrast=high)
    pane._show_verdict(outcome, WORDS[outcome], "Tom van der Berg", "Check photo ID",
                       "19:04:11 · scanner", stays=True)


def rgb(colour: QColor | str) -> tuple[int, int, int]:
    if isinstance(colour, str):
        parsed = parse_colour(colour)
        assert parsed is not None
        return parsed
    return colour.red(), colour.green(), colour.blue()


def badge_mask(pane: DoorPane, look: Look) -> list[bool]:
    """The badge as drawn, in grey, cut at the middle grey of its two colours."""
    image = pane.verdict_symbol.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # A 64-px badge (a long word's) is compared at the 96-px one's scale.
    image = image.scaled(96, 96, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    ink, ground = (qGray(*rgb(look.text)), qGray(*rgb(look.background)))
    cut = (ink + ground) / 2
    return [(qGray(image.pixel(x, y)) > cut) == (ink > cut)
            for y in range(image.height()) for x in range(image.width())]


def drawn_ground(pane: DoorPane, look: Look) -> tuple[int, int, int]:
    frame = pane.form.verdictFrame
    image = frame.grab().toImage()
    return rgb(image.pixelColor(look.border_px + 6, frame.height() // 2))


def drawn_text(pane: DoorPane) -> tuple[int, int, int]:
    """The big word's colour as drawn: its most common colour besides the ground."""
    image = pane.form.verdictFrame.grab().toImage()
    word = pane.form.verdictWord.geometry()
    counts = Counter(rgb(image.pixelColor(x, y))
                     for x in range(word.left(), word.right(), 2)
                     for y in range(word.top(), word.bottom(), 2))
    return [colour for colour, _ in counts.most_common(2)][1]


@pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])
def test_every_pair_of_verdicts_differs_in_badge_and_stays_apart_in_grey(pane, high) -> None:
    masks, grounds = {}, {}
    for outcome in VERDICTS:
        show(pane, outcome, high=high)
        look = look_of(outcome, high)
        assert look is not None
        symbol = pane.verdict_symbol
        assert symbol.isVisible()
        assert symbol.symbol == SYMBOLS[outcome]
        assert pane.form.verdictFrame.property("contrast") == ("high" if high else "normal")
        # What is drawn is the look measured below.
        assert drawn_ground(pane, look) == rgb(look.background), outcome
        text = drawn_text(pane)
        assert text == rgb(look.text), outcome
        assert contrast_ratio(text, rgb(look.background)) >= 4.5, outcome
        masks[outcome] = badge_mask(pane, look)
        grounds[outcome] = relative_luminance(rgb(look.background))
        assert sum(masks[outcome]) > 0.2 * len(masks[outcome])  # a badge, not a speck

    assert len({SYMBOLS[o] for o in VERDICTS}) == len(VERDICTS)
    for a, b in combinations(VERDICTS, 2):
        differing = sum(x != y for x, y in zip(masks[a], masks[b], strict=True))
        share = differing / len(masks[a])
        assert share >= BADGES_DIFFER, f"{a} and {b} badges look alike ({share:.2f})"
        by_grey = (max(grounds[a], grounds[b]) + 0.05) / (min(grounds[a], grounds[b]) + 0.05)
        assert by_grey >= GROUNDS_DIFFER or share >= BADGES_DIFFER


def test_high_contrast_is_black_white_and_yellow() -> None:
    allowed = {Colour.BLACK, Colour.WHITE, Colour.YELLOW_300}
    for outcome, look in HIGH_LOOKS.items():
        assert {look.background, look.text, look.border} <= allowed, outcome
        assert contrast_ratio(rgb(look.text), rgb(look.background)) >= 7, outcome


def test_states_between_scans_have_no_badge(pane) -> None:
    for outcome, word in (("idle", "READY"), ("loading", "LOADING"), ("unsure", "NOT LOADED")):
        pane._show_verdict(outcome, word, "", "", "", stays=True)
        assert not pane.verdict_symbol.isVisible()
        assert pane.verdict_symbol.symbol is None


@pytest.mark.parametrize("size", [(860, 680), (700, 640), (1250, 740)])
def test_the_badge_never_cuts_the_word(qtbot, pane, size) -> None:
    pane.resize(*size)
    frame_width = None
    for high in (False, True):
        for outcome in VERDICTS:
            show(pane, outcome, high=high)
            qtbot.wait(1)  # layouts settle on posted events
            word, badge = pane.form.verdictWord, pane.verdict_symbol
            room = word.contentsRect().width()
            assert word.fontMetrics().horizontalAdvance(word.text()) <= room, (outcome, size)
            assert badge.geometry().right() < word.geometry().left() + (
                room - word.fontMetrics().horizontalAdvance(word.text())) // 2
            assert word.font().pixelSize() >= 28
            # The verdict never moves the panel.
            frame_width = frame_width or pane.form.verdictFrame.width()
            assert pane.form.verdictFrame.width() == frame_width


def test_the_panels_to_look_at(qtbot, pane) -> None:
    """PNGs of NOT RECORDED, HOLD and the high-contrast panels (put in the notes when
    the folder is there)."""
    pane.resize(900, 640)
    for outcome, high in (("notrecorded", False), ("hold", False), ("admit", True),
                          ("deny", True), ("notrecorded", True), ("hold", True)):
        show(pane, outcome, high=high)
        qtbot.wait(1)
        image = pane.grab()
        assert not image.isNull()
        if NOTES.is_dir():
            image.save(str(NOTES / f"door-{outcome}{'-high' if high else ''}.png"))


# --- the options in the settings ---------------------------------------------------------

def test_older_settings_files_read_both_options_as_off() -> None:
    old = setup_to_json(DoorSetup())
    del old["high_contrast"], old["hide_names"]
    assert not setup_from_json(old).high_contrast
    assert not setup_from_json(old).hide_names
    assert not setup_from_json({"high_contrast": "yes", "hide_names": 1}).hide_names
    on = DoorSetup(high_contrast=True, hide_names=True)
    assert setup_from_json(setup_to_json(on)) == on


def test_the_settings_dialog_sets_both_options(qtbot) -> None:
    dialog = DoorSettingsDialog(DoorSetup(high_contrast=True), Choices([], {}))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.highContrastCheck.isChecked()
    assert not form.hideNamesCheck.isChecked()
    form.tabs.setCurrentWidget(form.scanPage)
    dialog.show()
    qtbot.mouseClick(form.highContrastCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.hideNamesCheck, Qt.MouseButton.LeftButton)
    setup = dialog.setup()
    assert not setup.high_contrast
    assert setup.hide_names


# --- hide names ------------------------------------------------------------------------

def test_initials_keep_the_names_shape() -> None:
    assert initials("Tom van der Berg") == "T. v. d. B."
    assert initials("Anne-Marie Dupont") == "A.-M. D."
    assert initials("Émile Zola") == "É. Z."
    assert initials("TKT-8F2K-0001") == "TKT-8F2K-0001"  # a code, not a name
    assert initials("  ") == ""


def test_a_door_that_hides_names_shows_initials_and_logs_the_whole_scan(
        qtbot, sandbox, make_services, open_window) -> None:
    from tests.gui.door.test_pane import DoorWindow, a_valid_pass
    from tests.gui.scanning.test_wedge import Typist

    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    door = DoorWindow(window, services, pane, Typist())
    barcode, name = a_valid_pass(door)
    assert initials(name) != name
    pane.apply_setup(replace(pane._setup, hide_names=True))
    assert setup_from_json(services.settings.load().door).hide_names  # saved

    door.scan_at_the_door(barcode)
    assert pane.verdict_text[0] == "ADMIT"
    assert pane.verdict_text[1] == initials(name)
    assert name not in pane.form.verdictFrame.accessibleDescription()
    who = pane.recent.index(0, Column.WHO)
    assert who.data() == initials(name)
    assert who.data(Qt.ItemDataRole.ToolTipRole) == initials(name)
    # The store keeps the whole record: the scan is the pass's, named in full.
    rows = recent_desk_scans(services.database, pane._setup.config.desk, 5)
    assert rows[0].holder == name
    # The line beside Undo names no one either, nor does the undo itself.
    assert pane.undo_words == f"Last in: {initials(name)}"
    pane.undo()
    assert pane.verdict_text[:2] == ("UNDONE", initials(name))
    assert pane.undo_words == f"Undone: {initials(name)}"

    # Read again from the store, the list still shows initials; names come back when asked.
    pane._load_history()
    qtbot.waitUntil(lambda: pane.recent.rowCount() >= 1)
    assert pane.recent.index(0, Column.WHO).data() == initials(name)
    pane.apply_setup(replace(pane._setup, hide_names=False))
    assert pane.recent.index(0, Column.WHO).data() == name
