"""The app's shell in the pseudo-locale (issue 25): the main window's sidebar and status
bar, the Settings pane and the dialogs around them - the start, the step-up PIN (with a
wrong PIN), the rescue, the hub's token and PassEntry events - say every word through a
translator, and none is cut off at 1366 x 768. In pseudo-rtl the window is mirrored."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

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
from tests.gui.helpers import SYNC_WAIT_MS, click, configure, when_shown
from tests.gui.i18n import sweep
from tests.gui.i18n.sweep import clipped, data_words, untranslated
from tests.gui.roles import roles_on
from tests.gui.test_free_space import MB, FakeDisk

#: SQLite's own words for a damaged file: shown as SQLite said them (data, not ours).
SQLITE_SAYS = "database disk image is malformed"


@pytest.fixture
def pseudo(qapp):
    language.install(None, forced="pseudo")
    yield
    language.install(None, forced="en")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def low_disk(monkeypatch) -> FakeDisk:
    """The store's disk is nearly full: the status bar warns."""
    fake = FakeDisk(free=300 * MB)
    monkeypatch.setattr(free_space, "disk_usage", fake)
    return fake


def found(widget, exempt: set[str] = frozenset()) -> list[str]:
    """What the sweep finds in ``widget``: untranslated words and clipped texts."""
    QApplication.processEvents()
    # A buddy label's "&" is not drawn (it underlines the next letter); the sweep
    # measures it: a label that fits without it is whole.
    whole = mnemonic_labels_shown_whole(widget)
    return [str(f) for f in (*untranslated(widget, set(exempt)), *clipped(widget))
            if not (f.what == "clipped" and f.where in whole)]


def mnemonic_labels_shown_whole(root) -> set[str]:
    """Buddy labels whose text fits once its mnemonic "&" is left out, as Qt draws it
    ("&Port:" shows "Port:"): ``sweep.clipped`` measures the "&" too."""
    whole = set()
    for label in root.findChildren(QLabel):
        said = label.text()
        if label.buddy() is None or label.wordWrap() or "&" not in said or "\n" in said:
            continue
        drawn = said.replace("&&", "\0").replace("&", "", 1).replace("\0", "&")
        if label.fontMetrics().horizontalAdvance(drawn) <= label.contentsRect().width() + 1:
            whole.add(sweep._where(label, root))
    return whole


def check(widget, exempt: set[str] = frozenset()) -> None:
    findings = found(widget, exempt)
    assert findings == [], "\n".join(findings)


def open_by_nav(qtbot, window, key: str):
    """Click the pane's row in the sidebar (its words are pseudo-translated)."""
    item = window.nav.item(window.pane_keys.index(key))
    center = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=center)
    return window.stack.currentWidget()


def test_the_window_and_settings_in_pseudo(pseudo, qtbot, sandbox, make_services,
                                           open_window, low_disk) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services(idle_check_every=timedelta(seconds=0.3))
    window = open_window(services, start_pane="settings")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: services.bridge.status.last_sync_at is not None,
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: window.status.space_label.isVisible())
    # The languages' own names are shown as each says itself ("Deutsch"): never translated.
    exempt = data_words(services.database) | {n.lower() for n in languages.NAMES.values()}

    # The sidebar, expanded and as icons only; the status bar with a sync done and a
    # low disk.
    check(window.nav_column, exempt)
    click(qtbot, window.nav_column.toggle)
    check(window.nav_column, exempt)
    click(qtbot, window.nav_column.toggle)
    check(window.status, exempt)
    assert window.status.sync_button.toolTip().startswith("[")
    assert window.status.space_label.toolTip().startswith("[")

    pane = window.stack.currentWidget()
    assert isinstance(pane, SettingsPane)
    check(pane, exempt)

    # A connection test refused (no key typed for another server) says so in words.
    pane.form.urlEdit.setText("https://other.example/api/v1")
    click(qtbot, pane.form.testButton)
    qtbot.waitUntil(lambda: pane.form.resultLabel.isVisible())
    check(pane, exempt)
    pane.form.urlEdit.setText(sandbox.base_url)

    # The language picked: the line under the picker says when it is spoken.
    pane.language_combo.setCurrentIndex(1)
    pane.language_combo.activated.emit(1)
    # The scroll area lays its content out again for the longer line.
    group = pane.language_group
    qtbot.waitUntil(lambda: group.height() >= group.heightForWidth(group.width()), timeout=2000)
    check(pane.language_group, exempt)

    # The hub's token dialog, as "Set token…" opens it.
    seen: list[list[str]] = []

    def token_dialog(dialog: ReaderTokenDialog) -> None:
        try:
            dialog.form.tokenEdit.setText("short")  # "too short" said under the field
            seen.append(found(dialog, exempt))
        finally:
            dialog.reject()

    when_shown(ReaderTokenDialog, token_dialog)
    click(qtbot, pane.form.hubTokenButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [[]]
    check(pane, exempt)  # with the token status after it

    # PassEntry events: not registered yet, said in words.
    click(qtbot, pane.form.hubSubscriptionButton)
    dialog = pane.hub.subscription_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    qtbot.waitUntil(lambda: bool(dialog.form.hubSubscriptionStatus.text()))
    dialog.resize(dialog.width(), max(dialog.height(), dialog.sizeHint().height()))
    check(dialog, exempt)
    dialog.reject()


@pytest.fixture
def step_up_swept(pseudo, qtbot, sandbox, make_services, open_window) -> dict[str, list]:
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
            seen["opened"] = found(dialog, exempt)
            dialog.who.setCurrentIndex(0)
            try_pin(dialog, "")
            seen["no PIN"] = [dialog.problem.text(), *found(dialog, exempt)]
            try_pin(dialog, "0000")
            seen["wrong PIN"] = [dialog.problem.text(), *found(dialog, exempt)]
            for _ in range(TRIES_BEFORE_LOCKOUT - 1):
                try_pin(dialog, "0000")
            seen["locked out"] = [dialog.problem.text(), *found(dialog, exempt)]
        finally:
            dialog.reject()  # never left open: a modal dialog would hold the test

    when_shown(StepUpDialog, step_up)
    open_by_nav(qtbot, window, "settings")  # Settings asks for a supervisor's PIN
    qtbot.waitUntil(lambda: "locked out" in seen)
    return seen


def test_the_step_up_dialog_in_pseudo(step_up_swept) -> None:
    assert step_up_swept["opened"] == []
    for state in ("no PIN", "locked out"):  # the problem said, then nothing found
        problem, *findings = step_up_swept[state]
        assert problem.startswith("["), (state, problem)
        assert findings == [], (state, findings)


def test_a_wrong_pin_in_pseudo(step_up_swept) -> None:
    problem, *findings = step_up_swept["wrong PIN"]
    assert problem.startswith("["), problem
    assert findings == []


def test_the_start_and_rescue_dialogs_in_pseudo(pseudo, qtbot, tmp_path: Path) -> None:
    start = NoKeyDialog("api.passentry.com")
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    check(start)

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
    check(rescue, sqlite_words)
    click(qtbot, rescue.rescue_button)
    qtbot.waitUntil(lambda: rescue.continue_button.isVisible())
    check(rescue, sqlite_words)

    failing = DamagedStoreDialog(path, SQLITE_SAYS, rescue_work=_no_room)
    qtbot.addWidget(failing)
    failing.show()
    click(qtbot, failing.rescue_button)
    qtbot.waitUntil(lambda: failing.close_button.isVisible()
                    and not failing.continue_button.isVisible())
    check(failing, sqlite_words | {"no", "space", "left", "on", "device"})


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
