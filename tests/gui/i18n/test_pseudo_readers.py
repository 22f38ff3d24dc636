"""The Readers pane and its dialogs in the pseudo-locale (issue 25): every word about
readers and the reader configuration went through a translator, and none is cut off at
1366 by 768 - the list, a new and an edited reader's dialog (with a problem), PassEntry
out of reach; on a strict server the readers this desk knows, the dashboard steps."""

from __future__ import annotations

from datetime import timedelta

from passdesk.gui.readers.pane import ReadersPane
from passdesk.gui.readers.reader_dialog import ReaderDialog
from passdesk.settings import SettingsStore
from passdesk.sync.readers import MASK_DOTS
from tests.gui.helpers import SYNC_WAIT_MS, click, retype, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, open_synced, swept

QUICK_CHECKS = timedelta(seconds=0.3)


def show_readers(qtbot, window) -> ReadersPane:
    pane = open_by_nav(qtbot, window, "readers")
    assert isinstance(pane, ReadersPane)
    # Opening the pane asks PassEntry for the configuration: the masks come with it.
    qtbot.waitUntil(lambda: pane.config.form.nfcKeyLabel.text().startswith(MASK_DOTS),
                    timeout=SYNC_WAIT_MS)
    return pane


def sweep_dialog(qtbot, opener, exempt, state: str, act=None) -> None:
    """Click ``opener``; in the reader dialog it opens, sweep it (after ``act``, if
    given, has typed something), then Cancel."""
    seen: list[list] = []

    def sweep(dialog: ReaderDialog) -> None:
        if act is not None:
            act(dialog)
        seen.append(swept(dialog, exempt, state))
        dialog.reject()

    when_shown(ReaderDialog, sweep)
    click(qtbot, opener)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [[]], "\n".join(str(f) for f in seen[0])


def test_the_readers_pane_and_its_dialogs_in_pseudo(speaking, qtbot, legacy_sandbox,
                                                    make_services, open_window) -> None:
    server = legacy_sandbox
    window, services = open_synced(qtbot, server, make_services, open_window,
                                   idle_check_every=QUICK_CHECKS)
    pane = show_readers(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == len(server.state.readers))
    exempt = data_words(services.database)
    check(pane, exempt, "the readers listed")

    # A new reader: the dialog empty, then with a name and a password with a space.
    sweep_dialog(qtbot, pane.form.newButton, exempt, "a new reader")

    def typed(dialog: ReaderDialog) -> None:
        retype(qtbot, dialog.form.nameEdit, "North Gate")
        dialog.form.passwordEdit.setText(" pw ")
        assert dialog.problem()

    sweep_dialog(qtbot, pane.form.newButton, exempt | {"north", "gate"},
                 "a new reader, a problem", typed)

    # An existing reader, edited.
    pane.table.select(pane.model.row(0).id)
    assert pane.form.editButton.isEnabled()
    sweep_dialog(qtbot, pane.form.editButton, exempt, "a reader edited")

    # The configuration staged (external, this desk's hub), not saved yet.
    form = pane.config.form
    click(qtbot, form.externalRadio)
    click(qtbot, form.hubButton)
    check(pane, exempt, "a configuration staged")
    form.urlEdit.setText("http://hub.example")
    check(pane, exempt, "a hub URL readers cannot use")
    click(qtbot, form.revertButton)

    # PassEntry out of reach: Refresh says so.
    server.stop()
    click(qtbot, pane.form.refreshButton)
    qtbot.waitUntil(lambda: pane.form.messageLabel.isVisible()
                    and pane.form.refreshButton.isEnabled(), timeout=SYNC_WAIT_MS)
    check(pane, exempt, "PassEntry out of reach")


def test_the_readers_pane_on_a_strict_server_in_pseudo(speaking, qtbot, strict, make_services,
                                                       open_window, memory_keyring) -> None:
    server = strict
    memory_keyring.store[("passdesk", "hub_token")] = "hub-token-for-the-readers-9c1d"
    window, services = open_synced(qtbot, server, make_services, open_window,
                                   idle_check_every=QUICK_CHECKS)
    pane = open_by_nav(qtbot, window, "readers")
    assert isinstance(pane, ReadersPane)
    qtbot.waitUntil(lambda: pane.form.messageLabel.isVisible(), timeout=SYNC_WAIT_MS)
    exempt = data_words(services.database)
    check(pane, exempt, "no entity ID")

    # The entity typed in Settings: the readers this desk knows, then the dashboard steps.
    settings = open_by_nav(qtbot, window, "settings")
    retype(qtbot, settings.form.entityEdit, server.state.default_entity_id)
    click(qtbot, settings.form.saveButton)
    assert SettingsStore().load().entity_id == server.state.default_entity_id
    pane = show_readers(qtbot, window)
    qtbot.waitUntil(lambda: pane.form.noticeLabel.isVisible(), timeout=SYNC_WAIT_MS)
    exempt = data_words(services.database)
    check(pane, exempt, "readers not listed by the API")

    form = pane.config.form
    click(qtbot, form.externalRadio)
    click(qtbot, form.hubButton)
    click(qtbot, form.saveButton)
    qtbot.waitUntil(lambda: pane.form.stepsHost.isVisible(), timeout=SYNC_WAIT_MS)
    check(pane, exempt, "the dashboard steps")
    click(qtbot, pane.steps.form.copyUrlButton)
    check(pane, exempt, "the hub URL copied")
