"""Who may do what: roles, venue options, the Till's limits and the one table."""

from __future__ import annotations

import pytest

from passdesk.core.roles import (
    ACTION_WORDS,
    ROLE_WORDS,
    ROLES,
    Action,
    Role,
    VenueRules,
    may,
    permission_table,
    role_needed,
    step_up_role,
    till_step_up,
)

ON = VenueRules(roles_on=True)
LIMITS = VenueRules(roles_on=True, largest_redemption=50, largest_change_per_hour=200)
MANAGERS = {Action.OPEN_SETTINGS, Action.CHANGE_API_KEY, Action.MANAGE_READERS,
            Action.MANAGE_HUB, Action.DESIGNER_PUBLISH, Action.MANAGE_ROLES}
SUPERVISORS = {Action.DOOR_ADMIT_BY_HAND, Action.DOOR_UNDO, Action.DOOR_HOLD_DECISION,
               Action.DESK_SETTINGS, Action.TILL_SET_BALANCE, Action.TILL_OVER_LIMIT,
               Action.TILL_OVER_HOURLY_LIMIT, Action.DISCARD_REVIEW, Action.KIOSK_UNLOCK,
               Action.DOOR_SEARCH}


def test_every_role_and_action_has_words_and_a_role_needed() -> None:
    assert set(ROLE_WORDS) == set(Role) == set(ROLES)
    assert set(ACTION_WORDS) == set(Action)
    assert all(words and words[0].isupper() for words in ACTION_WORDS.values())
    assert len(set(ACTION_WORDS.values())) == len(Action)
    assert ACTION_WORDS[Action.DOOR_ADMIT_BY_HAND] == "Admit a guest by hand"
    for action in Action:
        assert role_needed(action, ON) in set(Role) | {None}
        assert step_up_role(action, ON) in (Role.SUPERVISOR, Role.MANAGER)


def test_the_roles_rank_manager_over_supervisor_over_the_two_staff_roles() -> None:
    assert [role.rank for role in ROLES] == [0, 0, 1, 2]


def test_the_lowest_role_each_action_needs() -> None:
    assert role_needed(Action.DOOR_SCAN, ON) is Role.DOOR_STAFF
    assert role_needed(Action.TILL_CHANGE, ON) is Role.COUNTER_STAFF
    for action in SUPERVISORS:
        assert role_needed(action, ON) is Role.SUPERVISOR, action
    for action in MANAGERS:
        assert role_needed(action, ON) is Role.MANAGER, action
        assert step_up_role(action, ON) is Role.MANAGER
    assert step_up_role(Action.DOOR_SCAN, ON) is Role.SUPERVISOR


def test_door_staff_scan_but_do_not_admit_by_hand_undo_or_open_settings() -> None:
    assert may(Role.DOOR_STAFF, Action.DOOR_SCAN, ON)
    assert may(Role.DOOR_STAFF, Action.DOOR_SEE_NAMES, ON)
    for action in (Action.DOOR_UNDO, Action.DOOR_ADMIT_BY_HAND, Action.OPEN_SETTINGS,
                   Action.DOOR_HOLD_DECISION, Action.DOOR_SEARCH, Action.TILL_CHANGE):
        assert not may(Role.DOOR_STAFF, action, ON), action


def test_door_staff_and_counter_staff_are_peers_not_each_other() -> None:
    assert may(Role.COUNTER_STAFF, Action.TILL_CHANGE, ON)
    assert not may(Role.COUNTER_STAFF, Action.DOOR_SCAN, ON)
    assert not may(Role.DOOR_STAFF, Action.TILL_CHANGE, ON)
    assert till_step_up(Role.DOOR_STAFF, points=1, redeeming=False, changed_this_hour=0,
                        rules=ON) is Action.TILL_CHANGE


def test_the_venue_options_let_door_staff_search_and_hide_names() -> None:
    searching = VenueRules(roles_on=True, door_staff_may_search=True)
    assert may(Role.DOOR_STAFF, Action.DOOR_SEARCH, searching)
    assert role_needed(Action.DOOR_SEARCH, searching) is Role.DOOR_STAFF
    no_names = VenueRules(roles_on=True, door_staff_see_names=False)
    assert not may(Role.DOOR_STAFF, Action.DOOR_SEE_NAMES, no_names)
    assert role_needed(Action.DOOR_SEE_NAMES, no_names) is Role.SUPERVISOR
    assert may(Role.SUPERVISOR, Action.DOOR_SEE_NAMES, no_names)
    # Counter staff are not at the Door either way.
    assert not may(Role.COUNTER_STAFF, Action.DOOR_SEARCH, searching)


def test_a_supervisor_may_everything_but_a_managers_actions() -> None:
    for action in Action:
        assert may(Role.SUPERVISOR, action, ON) is (action not in MANAGERS), action


def test_a_manager_may_everything() -> None:
    for rules in (ON, LIMITS, VenueRules(roles_on=True, door_staff_see_names=False)):
        assert all(may(Role.MANAGER, action, rules) for action in Action)
        assert till_step_up(Role.MANAGER, points=10_000, redeeming=True,
                            changed_this_hour=10_000, rules=rules) is None


def test_with_roles_off_everyone_may_everything() -> None:
    off = VenueRules(largest_redemption=1, largest_change_per_hour=1)
    for role in Role:
        assert all(may(role, action, off) for action in Action)
        assert till_step_up(role, points=500, redeeming=True, changed_this_hour=500,
                            rules=off) is None
    assert all(role_needed(action, off) is None for action in Action)
    assert all(step_up_role(action, off) is None for action in Action)


def test_a_redemption_exactly_at_the_limit_is_allowed_one_over_needs_a_step_up() -> None:
    def step(points: int, redeeming: bool = True) -> Action | None:
        return till_step_up(Role.COUNTER_STAFF, points=points, redeeming=redeeming,
                            changed_this_hour=0, rules=LIMITS)

    assert step(1) is None
    assert step(50) is None
    assert step(51) is Action.TILL_OVER_LIMIT
    # Adding is not redeeming: only the hourly limit holds an add.
    assert step(51, redeeming=False) is None
    assert till_step_up(Role.SUPERVISOR, points=51, redeeming=True, changed_this_hour=0,
                        rules=LIMITS) is None


def test_the_hourly_limit_counts_what_changed_on_the_card_this_hour() -> None:
    def step(points: int, changed: int, redeeming: bool = False) -> Action | None:
        return till_step_up(Role.COUNTER_STAFF, points=points, redeeming=redeeming,
                            changed_this_hour=changed, rules=LIMITS)

    assert step(100, 100) is None  # 200: exactly the limit
    assert step(101, 100) is Action.TILL_OVER_HOURLY_LIMIT
    assert step(1, 200) is Action.TILL_OVER_HOURLY_LIMIT
    assert step(40, 170, redeeming=True) is Action.TILL_OVER_HOURLY_LIMIT
    # Over both limits the redemption's is named; one supervisor PIN allows both.
    assert step(60, 170, redeeming=True) is Action.TILL_OVER_LIMIT
    assert till_step_up(Role.SUPERVISOR, points=60, redeeming=True, changed_this_hour=170,
                        rules=LIMITS) is None


def test_no_limit_set_means_no_limit() -> None:
    assert till_step_up(Role.COUNTER_STAFF, points=1_000_000, redeeming=True,
                        changed_this_hour=1_000_000, rules=ON) is None


@pytest.mark.parametrize(("points", "changed"), [(0, 0), (-5, 0), (True, 0), (5, -1)])
def test_points_are_a_whole_number_above_zero(points: int, changed: int) -> None:
    with pytest.raises(ValueError, match=r"must be|cannot be"):
        till_step_up(Role.COUNTER_STAFF, points=points, redeeming=True,
                     changed_this_hour=changed, rules=LIMITS)


@pytest.mark.parametrize("rules", [ON, LIMITS, VenueRules(),
                                   VenueRules(roles_on=True, door_staff_may_search=True,
                                              door_staff_see_names=False)])
def test_the_permission_table_agrees_with_may(rules: VenueRules) -> None:
    table = permission_table(rules)
    assert [words for words, _ in table] == [ACTION_WORDS[action] for action in Action]
    for (_, cells), action in zip(table, Action, strict=True):
        assert cells == tuple(may(role, action, rules) for role in ROLES)


def test_the_permission_table_reads_as_the_issue_says() -> None:
    rows = dict(permission_table(ON))
    assert rows[ACTION_WORDS[Action.DOOR_SCAN]] == (True, False, True, True)
    assert rows[ACTION_WORDS[Action.TILL_CHANGE]] == (False, True, True, True)
    assert rows[ACTION_WORDS[Action.DOOR_UNDO]] == (False, False, True, True)
    assert rows[ACTION_WORDS[Action.CHANGE_API_KEY]] == (False, False, False, True)
