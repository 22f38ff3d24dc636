"""The admission rules, one reason at a time, in their order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.core.admission import (
    Direction,
    DoorConfig,
    EventFacts,
    History,
    Outcome,
    PassFacts,
    Reason,
    RemovedPolicy,
    decide,
)

NOW = datetime(2026, 11, 23, 19, 30, tzinfo=UTC)
TICKET = PassFacts(id="p1", name="Jane Smith", status="active", template_id="t-ticket",
                   template_name="Ticket", event_id="e1", expires_at=None)
EVENT = DoorConfig(event_id="e1", doors_open=NOW - timedelta(hours=1),
                      doors_close=NOW + timedelta(hours=3))


def with_(**changes) -> PassFacts:
    return PassFacts(**{**TICKET.__dict__, **changes})


def test_a_valid_ticket_is_admitted() -> None:
    verdict = decide(TICKET, History(), EVENT, NOW)
    assert (verdict.outcome, verdict.reason) == (Outcome.ADMIT, Reason.ADMITTED)
    assert verdict.lets_in


@pytest.mark.parametrize(("facts", "history", "config", "reason", "words"), [
    (None, History(), EVENT, Reason.UNKNOWN_PASS, "Unknown pass"),
    (with_(status="deactivated"), History(), EVENT, Reason.DEACTIVATED, "cancelled"),
    (with_(expires_at=NOW - timedelta(days=1)), History(), EVENT, Reason.EXPIRED, "Expired"),
    (TICKET, History(), DoorConfig(allowed_templates=frozenset({"t-vip"})),
     Reason.TEMPLATE_NOT_ALLOWED, "Ticket is not valid at this door"),
    (with_(event_id="e2"), History(), EVENT, Reason.WRONG_EVENT, "another event"),
    (with_(event_id=None), History(), EVENT, Reason.WRONG_EVENT, "Not a ticket for this"),
    (TICKET, History(), DoorConfig(doors_open=NOW + timedelta(minutes=30)),
     Reason.TOO_EARLY, "Doors open at 20:00"),
    (TICKET, History(), DoorConfig(doors_close=NOW), Reason.TOO_LATE, "Doors closed"),
    (TICKET, History(admitted_at=NOW - timedelta(minutes=5)), EVENT,
     Reason.ALREADY_ADMITTED, "Already admitted at 19:25"),
    (TICKET, History(inside=500), DoorConfig(capacity=500), Reason.CAPACITY_REACHED,
     "Full: 500 of 500 inside"),
    (with_(status="removed"), History(), DoorConfig(removed_policy=RemovedPolicy.DENY),
     Reason.REMOVED, "removed this pass"),
])
def test_each_reason_to_deny(facts, history, config, reason, words) -> None:
    verdict = decide(facts, history, config, NOW)
    assert verdict.outcome is Outcome.DENY
    assert verdict.reason is reason
    assert words in verdict.message


def test_the_first_failing_rule_is_the_reason() -> None:
    # Deactivated and already admitted: the door person hears "cancelled".
    facts = with_(status="deactivated", event_id="e2")
    verdict = decide(facts, History(admitted_at=NOW), EVENT, NOW)
    assert verdict.reason is Reason.DEACTIVATED


def test_removed_from_the_wallet_is_a_warning_by_default_or_admitted() -> None:
    removed = with_(status="removed")
    assert decide(removed, History(), EVENT, NOW).outcome is Outcome.WARN
    admit = DoorConfig(removed_policy=RemovedPolicy.ADMIT)
    assert decide(removed, History(), admit, NOW).outcome is Outcome.ADMIT


def test_reentry_only_after_an_exit_and_only_when_allowed() -> None:
    inside_then_out = History(admitted_at=NOW - timedelta(hours=1), exited_since=True)
    assert decide(TICKET, inside_then_out, EVENT, NOW).reason is Reason.ALREADY_ADMITTED
    reentry = DoorConfig(event_id="e1", allow_reentry=True)
    verdict = decide(TICKET, inside_then_out, reentry, NOW)
    assert (verdict.outcome, verdict.reason) == (Outcome.ADMIT, Reason.READMITTED)
    still_inside = History(admitted_at=NOW - timedelta(hours=1))
    assert decide(TICKET, still_inside, reentry, NOW).reason is Reason.ALREADY_ADMITTED


def test_an_exit_door_checks_out_only_who_is_inside() -> None:
    exit_door = DoorConfig(event_id="e1", direction=Direction.EXIT)
    assert decide(TICKET, History(), exit_door, NOW).reason is Reason.NOT_INSIDE
    verdict = decide(TICKET, History(admitted_at=NOW), exit_door, NOW)
    assert (verdict.outcome, verdict.reason) == (Outcome.EXIT, Reason.EXITED)


def test_capacity_is_checked_for_new_entries_only_after_the_other_rules() -> None:
    full = DoorConfig(capacity=10)
    assert decide(TICKET, History(inside=9), full, NOW).outcome is Outcome.ADMIT
    # Already inside: the reason is that, not "full".
    verdict = decide(TICKET, History(admitted_at=NOW, inside=10), full, NOW)
    assert verdict.reason is Reason.ALREADY_ADMITTED


# --- tickets of tonight only; cards are no tickets (M1, m3) ------------------------------

GALA = EventFacts("e-gala", "Comedy Gala", datetime(2026, 11, 1, 19, tzinfo=UTC),
                  datetime(2026, 11, 1, 22, tzinfo=UTC), "Europe/Paris")
JAZZ = EventFacts("e-jazz", "Autumn Jazz Festival", NOW + timedelta(days=30),
                  NOW + timedelta(days=30, hours=4), "Europe/London")


def test_a_ticket_of_an_event_that_ended_is_denied_with_its_name_and_day() -> None:
    verdict = decide(with_(event_id="e-gala", event=GALA), History(), DoorConfig(), NOW)
    assert (verdict.outcome, verdict.reason) == (Outcome.DENY, Reason.EVENT_ENDED)
    assert verdict.message == "Ticket for Comedy Gala, Sun 1 Nov: that event has ended"


def test_a_ticket_of_a_later_event_is_denied_until_shortly_before_it_starts() -> None:
    ticket = with_(event_id="e-jazz", event=JAZZ)
    verdict = decide(ticket, History(), DoorConfig(), NOW)
    assert verdict.reason is Reason.EVENT_NOT_STARTED
    assert verdict.message.startswith("Ticket for Autumn Jazz Festival, Wed 23 Dec: not yet")
    assert "London time" in verdict.message
    # Within the door's early-entry hours (4 by default) it is good.
    early = NOW + timedelta(days=30) - timedelta(hours=3)
    assert decide(ticket, History(), DoorConfig(), early).outcome is Outcome.ADMIT
    assert decide(ticket, History(), DoorConfig(early_entry=timedelta(hours=2)),
                  early).reason is Reason.EVENT_NOT_STARTED


def test_the_doors_window_of_the_doors_own_event_takes_the_place_of_its_times() -> None:
    ticket = with_(event_id="e-jazz", event=JAZZ)
    doors = DoorConfig(event_id="e-jazz", doors_open=NOW - timedelta(hours=1))
    assert decide(ticket, History(), doors, NOW).outcome is Outcome.ADMIT


@pytest.mark.parametrize(("pass_type", "words"), [
    ("storeCard", "Not a ticket: this is a loyalty card"),
    ("generic", "Not a ticket: this is a member card"),
])
def test_cards_are_no_tickets_unless_the_door_admits_them(pass_type, words) -> None:
    card = with_(event_id=None, pass_type=pass_type)
    verdict = decide(card, History(), DoorConfig(), NOW)
    assert (verdict.outcome, verdict.reason, verdict.message) == (
        Outcome.DENY, Reason.NOT_A_TICKET, words)
    assert decide(card, History(), DoorConfig(admit_non_tickets=True), NOW).lets_in
    assert decide(card, History(), DoorConfig(event_id="e1", admit_non_tickets=True),
                  NOW).lets_in


def test_a_ticket_for_another_event_names_it() -> None:
    verdict = decide(with_(event_id="e-jazz", event=JAZZ), History(), EVENT, NOW)
    assert verdict.reason is Reason.WRONG_EVENT
    assert verdict.message == "Ticket for Autumn Jazz Festival, Wed 23 Dec: not this door's event"
