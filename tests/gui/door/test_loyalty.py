"""Scan with loyalty at the Door: set the points in the door settings as a person
would, admit a loyalty card, see the points on screen and the operation in the store."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import or_, select

from passdesk.core.admission import DoorConfig
from passdesk.core.loyalty import ScanLoyalty
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from tests.gui.door.test_third_party import TOKEN, validate_at
from tests.gui.helpers import click, open_synced_door, retype, save_shot
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def a_loyalty_card(database) -> tuple[str, str, str]:
    """(id, barcode value, holder's name) of an active pass whose template has loyalty."""
    with database.session() as s:
        row = s.execute(
            select(Pass.id, Pass.barcode_value, Pass.display_name)
            .join(PassTemplate, Pass.template_id == PassTemplate.id)
            .where(PassTemplate.loyalty_enabled.is_(True),
                   # No balance type (a strict server sends none) counts as whole points.
                   or_(PassTemplate.balance_type.is_(None),
                       PassTemplate.balance_type != "decimal"),
                   Pass.status == "active", Pass.event_id.is_(None),
                   Pass.barcode_value.is_not(None), Pass.display_name.is_not(None))
            .order_by(Pass.id).limit(1)).one()
    return row.id, row.barcode_value, row.display_name


def test_points_per_admission_set_in_the_dialog_are_added_on_a_scan(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    card, barcode, name = a_loyalty_card(services.database)
    start = sandbox_balance(sandbox, card)

    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    dialog = pane.settings_dialog
    form = dialog.form
    assert form.pointsSpin.text() == "Off"
    assert not form.pointsMessageEdit.isEnabled()
    retype(qtbot, form.pointsSpin, "3")
    assert form.pointsMessageEdit.isEnabled()
    retype(qtbot, form.pointsMessageEdit, "Thanks {name}! {points} points added.")
    # Loyalty cards are no tickets: the door person lets them in here.
    assert not form.cardsCheck.isChecked()
    click(qtbot, form.cardsCheck)
    click(qtbot, form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "+3 points per admission" in pane.form.doorSummary.text()
    stored = SettingsStore().load().door
    assert (stored["loyalty_delta"], stored["loyalty_message"]) == (
        3, "Thanks {name}! {points} points added.")

    typist = Typist()
    pane.form.verdictFrame.setFocus()
    typist.pause(1_000)
    typist.scan(barcode, target=pane.form.verdictFrame)
    assert pane.verdict_text == ("ADMIT", name, "Welcome · +3 points")
    save_shot(window, tmp_path, "door-admit-points.png")
    ops = loyalty_ops(services.database, card)
    assert len(ops) == 1
    # Queued with the scan; the sync service may already have sent it.
    assert (ops[0].amount, ops[0].action, ops[0].state in ("pending", "applied")) == \
        (3, "scan", True)
    assert ops[0].message == f"Thanks {name.split()[0]}! 3 points added."

    # Scanned again: denied, and no more points.
    typist.pause(1_000)
    typist.scan(barcode, target=pane.form.verdictFrame)
    assert pane.verdict_text[0] == "DENY"
    assert "point" not in pane.verdict_text[2]
    assert len(loyalty_ops(services.database, card)) == 1

    qtbot.waitUntil(lambda: loyalty_ops(services.database, card)[0].state == "applied",
                    timeout=60_000)
    assert sandbox_balance(sandbox, card) == start + 3


def loyalty_ops(database, pass_id: str) -> list[LoyaltyOperation]:
    with database.session() as s:
        ops = s.scalars(select(LoyaltyOperation).where(LoyaltyOperation.pass_id == pass_id))
        return list(ops)


def sandbox_balance(sandbox, pass_id: str) -> int | None:
    from passdesk.api import PassEntryClient

    with PassEntryClient(sandbox.base_url, sandbox.api_key) as client:
        return client.loyalty.get(pass_id).balance


def test_scan_with_loyalty_is_kept_in_the_settings_file_and_only_adds() -> None:
    setup = DoorSetup(DoorConfig(desk="north"),
                         loyalty=ScanLoyalty(25, "Thanks for visiting! {points} points added."))
    assert setup_from_json(setup_to_json(setup)) == setup
    assert setup_from_json({}).loyalty == ScanLoyalty()
    for bad in (-5, "5", 2.5, True, None, 10**12):
        assert setup_from_json({"loyalty_delta": bad}).loyalty.delta == 0, bad
    assert setup_from_json({"loyalty_delta": 4, "loyalty_message": 7}).loyalty == \
        ScanLoyalty(4, "")


def test_a_third_party_door_adds_no_points_not_even_when_it_checks_offline(
        qtbot, sandbox, make_services, open_window, memory_keyring) -> None:
    memory_keyring.store[("passdesk", "hub_token")] = TOKEN
    _window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    # Loyalty cards are no tickets: this door lets them in, as "scan with loyalty" needs.
    pane.apply_setup(DoorSetup(DoorConfig(desk="north", admit_non_tickets=True),
                                  loyalty=ScanLoyalty(3)))
    assert pane.door.loyalty == ScanLoyalty(3)
    # Nothing answers there (a 404), so every scan falls back to the local check.
    validate_at(qtbot, sandbox, services, pane, f"{sandbox.base_url}/no-such-validation")
    assert not pane.door.loyalty.on
    assert "points left to the validation service" in pane.form.doorSummary.text()

    card, barcode, _name = a_loyalty_card(services.database)
    pane.scan(barcode)
    qtbot.waitUntil(lambda: pane.form.verdictWord.text() == "ADMIT")
    assert "checked offline" in pane.form.verdictMessage.text()
    assert "point" not in pane.form.verdictMessage.text()
    assert loyalty_ops(services.database, card) == []


def test_points_are_shown_as_the_pass_shows_its_balance(qapp) -> None:
    from passdesk.gui.door.verdict_panel import points_words
    from passdesk.gui.i18n import language

    language.install(None, forced="en")  # as the app starts in English: the locale's grouping
    assert points_words(1) == "+1 point"
    assert points_words(1500) == "+1,500 points"
    assert points_words(100, "decimal") == "+1.00 points"  # hundredths
