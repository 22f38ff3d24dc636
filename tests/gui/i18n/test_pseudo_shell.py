"""The app's shell in the pseudo-locale (issue 25): the main window's sidebar and status
bar, the Settings pane and the dialogs around them - the start, the step-up PIN (with a
wrong PIN), the rescue, the hub's token and PassEntry events - say every word through a
translator, and none is cut off at 1366 x 768. In pseudo-rtl the window is mirrored."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from passdesk.core import languages
from passdesk.core.pins import TRIES_BEFORE_LOCKOUT
from passdesk.core.roles import Role
from passdesk.core.texts import translate
from passdesk.gui.i18n import language
from passdesk.gui.rescue_dialog import DamagedStoreDialog
from passdesk.gui.settings.hub_token_dialog import ReaderTokenDialog
from passdesk.gui.settings.pane import SettingsPane
from passdesk.gui.start_dialog import NoKeyDialog
from passdesk.gui.step_up_dialog import StepUpDialog
from passdesk.store import free_space
from passdesk.store.rescue import RescueError, RescueReport, TableReport
from tests.gui.helpers import click, configure, wait_until_synced, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, swept
from tests.gui.roles import roles_on
from tests.gui.test_free_space import MB, FakeDisk

#: SQLite's own words for a damaged file: shown as SQLite said them (data, not ours).
SQLITE_SAYS = "database disk image is malformed"


@pytest.fixture
def low_disk(monkeypatch) -> FakeDisk:
    """The store's disk is nearly full: the status bar warns."""
    fake = FakeDisk(free=300 * MB)
    monkeypatch.setattr(free_space, "disk_usage", fake)
    return fake


def test_the_window_and_settings_in_pseudo(speaking, qtbot, sandbox, make_services,
                                           open_window, low_disk) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services(idle_check_every=timedelta(seconds=0.3))
    window = open_window(services, start_pane="settings")
    window.resize(1366, 768)
    wait_until_synced(qtbot, services)
    qtbot.waitUntil(lambda: window.status.space_label.isVisible())
    # The languages' own names are shown as each says itself ("Deutsch"): never translated.
    exempt = data_words(services.database) | {n.lower() for n in languages.NAMES.values()}

    # The sidebar, expanded and as icons only; the status bar with a sync done and a
    # low disk.
    check(window.nav_column, exempt, "the sidebar")
    click(qtbot, window.nav_column.toggle)
    check(window.nav_column, exempt, "the sidebar as icons")
    click(qtbot, window.nav_column.toggle)
    check(window.status, exempt, "the status bar")
    if speaking == "pseudo":
        assert window.status.sync_button.toolTip().startswith("[")
        assert window.status.space_label.toolTip().startswith("[")

    pane = window.stack.currentWidget()
    assert isinstance(pane, SettingsPane)
    check(pane, exempt, "Settings")

    # A connection test refused (no key typed for another server) says so in words.
    pane.form.urlEdit.setText("https://other.example/api/v1")
    click(qtbot, pane.form.testButton)
    qtbot.waitUntil(lambda: pane.form.resultLabel.isVisible())
    check(pane, exempt, "Settings, a connection test refused")
    pane.form.urlEdit.setText(sandbox.base_url)

    # The language picked: the line under the picker says when it is spoken.
    pane.language_combo.setCurrentIndex(1)
    pane.language_combo.activated.emit(1)
    # The scroll area lays its content out again for the longer line.
    group = pane.language_group
    qtbot.waitUntil(lambda: group.height() >= group.heightForWidth(group.width()), timeout=2000)
    check(pane.language_group, exempt, "Settings, a language picked")

    # The hub's token dialog, as "Set token…" opens it.
    seen: list[list[str]] = []

    def token_dialog(dialog: ReaderTokenDialog) -> None:
        try:
            dialog.form.tokenEdit.setText("short")  # "too short" said under the field
            seen.append(swept(dialog, exempt, "the hub's token"))
        finally:
            dialog.reject()

    when_shown(ReaderTokenDialog, token_dialog)
    click(qtbot, pane.form.hubTokenButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [[]]
    check(pane, exempt, "Settings, the token status")

    # PassEntry events: not registered yet, said in words.
    click(qtbot, pane.form.hubSubscriptionButton)
    dialog = pane.hub.subscription_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    qtbot.waitUntil(lambda: bool(dialog.form.hubSubscriptionStatus.text()))
    dialog.resize(dialog.width(), max(dialog.height(), dialog.sizeHint().height()))
    check(dialog, exempt, "PassEntry events")
    dialog.reject()


@pytest.fixture
def step_up_swept(speaking, qtbot, sandbox, make_services, open_window) -> dict[str, list]:
    """The step-up dialog Settings asks for on a door staff's desk, swept as it opens,
    with no PIN typed, after a wrong PIN and once the fifth wrong PIN locks the
    supervisor out; each state's findings and the problem it showed."""
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    window.resize(1366, 768)
    roles_on(services, Role.DOOR_STAFF)
    exempt = data_words(services.database)
    seen: dict[str, list] = {}

    def try_pin(dialog: StepUpDialog, pin: str) -> None:
        dialog.pin.setFocus()
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    def step_up(dialog: StepUpDialog) -> None:
        try:
            seen["opened"] = swept(dialog, exempt, "step-up")
            dialog.who.setCurrentIndex(0)
            try_pin(dialog, "")
            seen["no PIN"] = [dialog.problem.text(), *swept(dialog, exempt, "step-up, no PIN")]
            try_pin(dialog, "0000")
            seen["wrong PIN"] = [dialog.problem.text(),
                                 *swept(dialog, exempt, "step-up, a wrong PIN")]
            for _ in range(TRIES_BEFORE_LOCKOUT - 1):
                try_pin(dialog, "0000")
            seen["locked out"] = [dialog.problem.text(),
                                  *swept(dialog, exempt, "step-up, locked out")]
        finally:
            dialog.reject()  # never left open: a modal dialog would hold the test

    when_shown(StepUpDialog, step_up)
    open_by_nav(qtbot, window, "settings")  # Settings asks for a supervisor's PIN
    qtbot.waitUntil(lambda: "locked out" in seen)
    return seen


def test_the_step_up_dialog_in_pseudo(step_up_swept, sweep_language) -> None:
    assert step_up_swept["opened"] == []
    for state in ("no PIN", "locked out"):  # the problem said, then nothing found
        problem, *findings = step_up_swept[state]
        assert problem, state
        if sweep_language == "pseudo":
            assert problem.startswith("["), (state, problem)
        assert findings == [], (state, findings)


def test_a_wrong_pin_in_pseudo(step_up_swept, sweep_language) -> None:
    problem, *findings = step_up_swept["wrong PIN"]
    assert problem
    if sweep_language == "pseudo":
        assert problem.startswith("["), problem
    assert findings == []


def test_the_start_and_rescue_dialogs_in_pseudo(speaking, qtbot, tmp_path: Path) -> None:
    start = NoKeyDialog("api.passentry.com")
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    check(start, set(), "the start")

    path = tmp_path / "passdesk.sqlite3"
    kept = tmp_path / "passdesk.damaged-20261207-193000.sqlite3"
    report = RescueReport(path, kept_as=[kept], tables=[
        TableReport("outbox", rescued=12), TableReport("scans", rescued=1884, lost=116),
        TableReport("passes", rescued=0, lost=None, unreadable=True)])
    rescue = DamagedStoreDialog(path, SQLITE_SAYS, rescue_work=lambda _path: report)
    qtbot.addWidget(rescue)
    rescue.show()
    qtbot.waitExposed(rescue)
    sqlite_words = set(SQLITE_SAYS.split()) | {"passdesk", "sqlite", "damaged"}
    check(rescue, sqlite_words, "the rescue")
    click(qtbot, rescue.rescue_button)
    qtbot.waitUntil(lambda: rescue.continue_button.isVisible())
    check(rescue, sqlite_words, "the rescue, done")

    failing = DamagedStoreDialog(path, SQLITE_SAYS, rescue_work=_no_room)
    qtbot.addWidget(failing)
    failing.show()
    click(qtbot, failing.rescue_button)
    qtbot.waitUntil(lambda: failing.close_button.isVisible()
                    and not failing.continue_button.isVisible())
    check(failing, sqlite_words | {"no", "space", "left", "on", "device"}, "the rescue failed")


def _no_room(_path: Path) -> RescueReport:
    raise RescueError(translate("storage", "Could not move the damaged file aside: "
                                "{problem}").format(problem="No space left on device"))


def test_the_window_is_mirrored_in_pseudo_rtl(qapp, qtbot, sandbox, make_services,
                                              open_window) -> None:
    language.install(None, forced="pseudo-rtl")
    try:
        configure(sandbox.base_url, sandbox.api_key)
        window = open_window(make_services())
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        nav = window.nav_column.mapTo(window, QPoint(0, 0)).x()
        stack = window.stack.mapTo(window, QPoint(0, 0)).x()
        assert nav > stack, "the sidebar is on the right of the panes"
        assert nav + window.nav_column.width() == window.width()
        # The collapse arrow points where the column folds: to the right.
        assert window.nav_column.toggle.text() == "»"
    finally:
        language.install(None, forced="en")
