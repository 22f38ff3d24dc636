"""The reader dialog, the token dialog, the configuration form's checks and the dashboard
steps, without a server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from passdesk.core.payloads import ReaderInput
from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.gui.readers.config_form import (
    NotAKey,
    ReaderConfigForm,
    read_private_key,
    url_problem,
)
from passdesk.gui.readers.dashboard_steps import ReaderDashboardSteps
from passdesk.gui.readers.model import enabled_words, seen_words
from passdesk.gui.readers.reader_dialog import ReaderDialog, suggested_id
from passdesk.gui.settings.hub_token_dialog import ReaderTokenDialog
from passdesk.store.readers import ConfigurationRow, ReaderRow
from passdesk.sync.readers import MASK_DOTS, ConfigurationView
from tests.gui.helpers import click, retype

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
GATE = ReaderRow(id="south-gate-1", name="South Gate", reader_type="PassentryReader",
                 logged_in=True, last_seen=NOW, synced_at=NOW,
                 flags={"scanEnabled": True, "qrEnabled": True, "redeemEnabled": False})
INTERNAL = ConfigurationRow(id="cfg", validation_type="internal", validation_url=None,
                            google_collector_id="1", apple_pass_type_id="pass.x",
                            google_key_version=1, synced_at=NOW)


@pytest.fixture
def new_dialog(qtbot) -> ReaderDialog:
    dialog = ReaderDialog(taken_ids=frozenset({"south-gate-1"}))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_reader_needs_a_name_a_valid_free_id_and_a_password(qtbot, new_dialog) -> None:
    f = new_dialog.form
    assert not new_dialog.ok_button.isEnabled()
    retype(qtbot, f.nameEdit, "South Gate 1")
    assert f.idEdit.text() == "south-gate-1"
    assert "exists already" in new_dialog.problem()
    retype(qtbot, f.idEdit, "gate 2")
    assert "letters, digits" in new_dialog.problem()
    retype(qtbot, f.idEdit, "gate-2")
    retype(qtbot, f.nameEdit, "Renamed")
    assert f.idEdit.text() == "gate-2", "an id typed by hand no longer follows the name"
    assert new_dialog.problem() == "Enter a password for the reader."
    f.passwordEdit.setFocus()
    qtbot.keyClicks(f.passwordEdit, "pw-1234")
    assert new_dialog.ok_button.isEnabled()
    made = new_dialog.reader_input()
    assert made == ReaderInput(reader_id="gate-2", name="Renamed", reader_type="PassentryReader",
                               password="pw-1234", scan_enabled=True, redeem_enabled=False,
                               add_points_enabled=False, qr_enabled=False,
                               mifare_classic_nfc_enabled=False)
    assert "pw-1234" not in repr(made)


def test_editing_sends_only_what_changed(qtbot) -> None:
    dialog = ReaderDialog(reader=GATE)
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    assert f.idEdit.isReadOnly()
    assert not f.typeCombo.isEnabled()
    assert (f.scanCheck.isChecked(), f.qrCheck.isChecked()) == (True, True)
    assert dialog.ok_button.isEnabled(), "the password may stay as it is"
    assert dialog.reader_input() is None
    click(qtbot, f.qrCheck)
    assert dialog.reader_input() == ReaderInput(qr_enabled=False)
    f.passwordEdit.setFocus()
    qtbot.keyClicks(f.passwordEdit, "new-pw")
    assert dialog.reader_input() == ReaderInput(password="new-pw", qr_enabled=False)
    dialog.forget()
    assert f.passwordEdit.text() == ""


def test_the_token_dialog_wants_a_long_token_and_shows_only_its_end(qtbot) -> None:
    dialog = ReaderTokenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    f.tokenEdit.setFocus()
    qtbot.keyClicks(f.tokenEdit, "short")
    assert not dialog.ok_button.isEnabled()
    assert "at least 16" in f.maskLabel.text()
    click(qtbot, f.generateButton)
    token = dialog.token()
    assert len(token) >= 40
    assert dialog.ok_button.isEnabled()
    assert f.maskLabel.text() == f"New token: {MASK_DOTS}{token[-4:]}"
    assert token not in f.maskLabel.text()


def test_the_form_asks_for_an_https_hub_url_before_saving(qtbot) -> None:
    form = ReaderConfigForm(hub_url=lambda: "https://desk-7.local:8443/validate")
    qtbot.addWidget(form)
    form.show()
    form.show_live(ConfigurationView(INTERNAL, None, f"{MASK_DOTS}abcd", None))
    form.set_online(True)
    sent = []
    form.save_requested.connect(sent.append)
    f = form.form
    assert f.internalRadio.text().replace("&", "") == "PassEntry checks the pass"
    assert f.externalRadio.text().replace("&", "") == "Our venue hub checks the pass"
    assert f.internalRadio.isChecked()
    assert f.nfcKeyLabel.text() == f"{MASK_DOTS}abcd"
    assert form.changes() is None
    click(qtbot, f.externalRadio)
    retype(qtbot, f.urlEdit, "http://desk-7.local/validate")
    assert "must start with https://" in form.problem()
    assert not f.saveButton.isEnabled()
    click(qtbot, f.hubButton)
    assert f.urlEdit.text() == "https://desk-7.local:8443/validate"
    assert form.problem() == ""
    assert f.saveButton.isEnabled(), "no token is asked for: it is set in the dashboard"
    assert form.changes() == ReaderConfigurationInput(
        validation_type="external", url="https://desk-7.local:8443/validate")
    assert "dashboard" in f.tokenLabel.text()
    click(qtbot, f.revertButton)
    assert f.internalRadio.isChecked()
    assert form.changes() is None
    assert sent == []


def test_offline_the_form_shows_the_stored_configuration_and_cannot_save(qtbot) -> None:
    form = ReaderConfigForm(hub_url=lambda: "https://h:8443/validate")
    qtbot.addWidget(form)
    external = ConfigurationRow(id="cfg", validation_type="external",
                                validation_url="https://h:8443/validate",
                                google_collector_id=None, apple_pass_type_id=None,
                                google_key_version=None, synced_at=NOW)
    form.show_stored(external)
    assert form.form.externalRadio.isChecked()
    assert form.form.urlEdit.text() == "https://h:8443/validate"
    assert "not known here" in form.form.nfcKeyLabel.text()
    click(qtbot, form.form.internalRadio)
    assert form.changes() is not None
    assert not form.form.saveButton.isEnabled()


def test_the_dashboard_steps_give_the_url_to_copy_and_never_show_the_token(qtbot) -> None:
    token = "hub-token-kept-in-the-keychain-77aa"
    steps = ReaderDashboardSteps(hub_token=lambda: token)
    qtbot.addWidget(steps)
    steps.show()
    f = steps.form
    steps.show_for("external", "https://hub.venue.example:8443/validate")
    assert f.whereLabel.text() == "Readers → Reader Configuration → Validation Settings"
    assert "Third-Party" in f.kindLabel.text()
    assert f.urlField.text() == "https://hub.venue.example:8443/validate"
    assert f.urlField.isReadOnly()
    click(qtbot, f.copyUrlButton)
    assert QGuiApplication.clipboard().text() == "https://hub.venue.example:8443/validate"
    click(qtbot, f.copyTokenButton)
    assert QGuiApplication.clipboard().text() == token
    shown = " ".join(label.text() for label in steps.findChildren(QLabel))
    assert token not in shown
    steps.show_for("internal", "")
    assert "PassEntry checks the pass" in f.kindLabel.text()
    assert not f.urlField.isVisible()


def test_without_a_hub_token_the_steps_say_where_to_set_one(qtbot) -> None:
    steps = ReaderDashboardSteps(hub_token=lambda: None)
    qtbot.addWidget(steps)
    steps.show()
    steps.show_for("external", "https://h:8443/validate")
    assert not steps.form.copyTokenButton.isEnabled()
    assert "Settings → Venue hub" in steps.form.tokenLabel.text()
    assert "hub's token" in steps.form.tokenLabel.text()


def test_a_private_key_file_is_checked_and_its_content_never_in_the_message(tmp_path) -> None:
    good = tmp_path / "nfc.pem"
    good.write_text("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n")
    assert read_private_key(good).startswith("-----BEGIN EC PRIVATE KEY-----")
    bad = tmp_path / "notes.txt"
    bad.write_text("my secret notes")
    with pytest.raises(NotAKey) as caught:
        read_private_key(bad)
    assert "my secret notes" not in str(caught.value)
    with pytest.raises(NotAKey):
        read_private_key(Path(tmp_path / "missing.pem"))


def test_words() -> None:
    assert url_problem("https://hub.example.org/validate") is None
    assert url_problem("ftp://x") is not None
    assert suggested_id("  North Gate #1 ") == "north-gate-1"
    assert enabled_words(GATE) == "scan · QR"
    assert seen_words(None, NOW) == "never"
    assert seen_words(NOW - timedelta(seconds=20), NOW) == "just now"
    assert seen_words(NOW - timedelta(minutes=5), NOW) == "5 min ago"
    assert seen_words(NOW - timedelta(hours=3), NOW) == "3 h ago"
    assert seen_words(NOW - timedelta(hours=30), NOW) == "yesterday"
    assert seen_words(NOW - timedelta(days=3), NOW) == "3 days ago"
    assert seen_words(NOW - timedelta(days=400), NOW).endswith(" Jan 2025")  # your day
