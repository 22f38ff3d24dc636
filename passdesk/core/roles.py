"""Staff roles and what each may do (issue 23, "Who may do what").

Venues hire temporary staff: door staff scan at the Door, counter staff run the
Till within its limits, a supervisor does what can lose money or let the wrong
guest in, a manager changes how the app is set up. A higher role may do
everything a lower one may (manager > supervisor > door staff, counter staff);
door staff and counter staff are peers: neither does the other's work.

Each ``Action`` has a rule: the staff roles (below supervisor) that may do
it, and the lowest role from supervisor up that may. An action above a desk's
role asks for a supervisor's or manager's PIN for that action only (a
"step-up"); ``step_up_role`` says whose.

Roles are off (``VenueRules.roles_on`` False) until a manager PIN is set: then
every action is allowed, so one person running a shop alone keeps today's app.

``permission_table`` is the one source for the README's roles table and the
app's "What can I do?" view: both read these words, never their own copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from passdesk.core.texts import translate


class Role(StrEnum):
    DOOR_STAFF = "door_staff"
    COUNTER_STAFF = "counter_staff"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"

    @property
    def rank(self) -> int:
        """Higher may do all a lower rank may; equal ranks are peers, not the same."""
        return _RANK[self]


_RANK = {Role.DOOR_STAFF: 0, Role.COUNTER_STAFF: 0, Role.SUPERVISOR: 1, Role.MANAGER: 2}
#: The roles in rank order: the columns of ``permission_table``.
ROLES = (Role.DOOR_STAFF, Role.COUNTER_STAFF, Role.SUPERVISOR, Role.MANAGER)
STAFF = frozenset({Role.DOOR_STAFF, Role.COUNTER_STAFF})

#: Each role in words (``Text``s: English as a ``str``, ``gui.i18n.say`` says them).
ROLE_WORDS = {Role.DOOR_STAFF: translate("roles", "Door staff"),
              Role.COUNTER_STAFF: translate("roles", "Counter staff"),
              Role.SUPERVISOR: translate("roles", "Supervisor"),
              Role.MANAGER: translate("roles", "Manager")}


class Action(StrEnum):
    """What a person may be asked a role (or a step-up) for; the values go into
    the audit trail, so they are readable and never renamed."""

    DOOR_SCAN = "door.scan"
    DOOR_SEARCH = "door.search_guests"
    DOOR_SEE_NAMES = "door.see_names"
    DOOR_ADMIT_BY_HAND = "door.admit_by_hand"
    DOOR_UNDO = "door.undo_admission"
    DOOR_HOLD_DECISION = "door.hold_decision"
    TILL_CHANGE = "till.change"
    TILL_OVER_LIMIT = "till.redeem_over_limit"
    TILL_OVER_HOURLY_LIMIT = "till.change_over_hourly_limit"
    TILL_SET_BALANCE = "till.set_balance"
    DESK_SETTINGS = "desk.settings"
    DISCARD_REVIEW = "review.discard"
    VIEW_AUDIT = "audit.view"
    KIOSK_UNLOCK = "kiosk.unlock"
    OPEN_SETTINGS = "settings.open"
    CHANGE_API_KEY = "settings.api_key"
    MANAGE_READERS = "readers.manage"
    MANAGE_HUB = "hub.manage"
    DESIGNER_PUBLISH = "designer.publish"
    MANAGE_ROLES = "roles.manage"


ACTION_WORDS = {
    Action.DOOR_SCAN: translate("roles", "Scan passes at the Door and see the verdict"),
    Action.DOOR_SEARCH: translate("roles", "Search guests at the Door"),
    Action.DOOR_SEE_NAMES: translate("roles", "See guests' names at the Door"),
    Action.DOOR_ADMIT_BY_HAND: translate("roles", "Admit a guest by hand"),
    Action.DOOR_UNDO: translate("roles", "Undo an admission"),
    Action.DOOR_HOLD_DECISION: translate("roles", "Let in or turn away a held guest"),
    Action.TILL_CHANGE: translate("roles", "Add or redeem points at the Till, within the limits"),
    Action.TILL_OVER_LIMIT: translate("roles", "Redeem more than the largest redemption"),
    Action.TILL_OVER_HOURLY_LIMIT: translate("roles",
                                             "Change a card by more than the hourly limit"),
    Action.TILL_SET_BALANCE: translate("roles", "Set a card's balance"),
    Action.DESK_SETTINGS: translate("roles", "Change this desk's settings"),
    Action.DISCARD_REVIEW: translate("roles", "Discard a change under review"),
    Action.VIEW_AUDIT: translate("roles", "See the audit trail"),
    Action.KIOSK_UNLOCK: translate("roles", "Unlock a kiosk desk"),
    Action.OPEN_SETTINGS: translate("roles", "Open Settings"),
    Action.CHANGE_API_KEY: translate("roles", "Change the API key"),
    Action.MANAGE_READERS: translate("roles", "Manage Readers"),
    Action.MANAGE_HUB: translate("roles", "Manage the venue hub"),
    Action.DESIGNER_PUBLISH: translate("roles", "Publish from the Designer"),
    Action.MANAGE_ROLES: translate("roles", "Manage roles and PINs"),
}


#: The audit trail's action for a PIN that allowed something; its subject is the action.
STEP_UP = "step_up"
#: The audit trail's other actions (changes to roles and desks), in words.
AUDIT_WORDS = {
    "desk.access": translate("roles", "This desk's role, kiosk lock or PIN window"),
    "roles.first_manager": translate("roles", "First manager PIN set: roles on"),
    "roles.add_person": translate("roles", "A person given a PIN"),
    "roles.reset_pin": translate("roles", "A PIN reset"),
    "roles.change_role": translate("roles", "A person's role changed"),
    "roles.remove_person": translate("roles", "A person removed"),
    "roles.change_own_pin": translate("roles", "A person changed their own PIN"),
    "roles.venue_rules": translate("roles", "The venue's rules for roles"),
    "roles.recover": translate("roles", "Manager PIN recovered with the keychain's code"),
}


def audit_words(action: str) -> str:
    """An audit entry's action in words (an ``Action``'s, or one of ``AUDIT_WORDS``)."""
    try:
        return ACTION_WORDS[Action(action)]
    except ValueError:
        return AUDIT_WORDS.get(action, action)


@dataclass(frozen=True)
class VenueRules:
    """The venue's options (a manager sets them)."""

    #: Searching the guest list shows who has a ticket: a supervisor's by default.
    door_staff_may_search: bool = False
    #: Some venues hide guests' names from temporary door staff.
    door_staff_see_names: bool = True
    #: The most points counter staff may redeem at once (None: no limit).
    largest_redemption: int | None = None
    #: The most points counter staff may change on one card within an hour,
    #: adds and redemptions together (None: no limit).
    largest_change_per_hour: int | None = None
    #: Off until a manager PIN is set: everything is allowed to everyone.
    roles_on: bool = False


@dataclass(frozen=True)
class _Rule:
    """Who may: the staff roles named, and every role from ``least`` up."""

    least: Role  # SUPERVISOR or MANAGER
    staff: frozenset[Role] = frozenset()


_DOOR = frozenset({Role.DOOR_STAFF})
_COUNTER = frozenset({Role.COUNTER_STAFF})
_SUPERVISOR = _Rule(Role.SUPERVISOR)
_MANAGER = _Rule(Role.MANAGER)
_RULES = {
    Action.DOOR_SCAN: _Rule(Role.SUPERVISOR, _DOOR),
    Action.DOOR_SEARCH: _SUPERVISOR,  # door staff by venue option (_rule)
    Action.DOOR_SEE_NAMES: _SUPERVISOR,  # door staff by venue option (_rule)
    Action.DOOR_ADMIT_BY_HAND: _SUPERVISOR,
    Action.DOOR_UNDO: _SUPERVISOR,
    Action.DOOR_HOLD_DECISION: _SUPERVISOR,
    Action.TILL_CHANGE: _Rule(Role.SUPERVISOR, _COUNTER),
    Action.TILL_OVER_LIMIT: _SUPERVISOR,
    Action.TILL_OVER_HOURLY_LIMIT: _SUPERVISOR,
    Action.TILL_SET_BALANCE: _SUPERVISOR,
    Action.DESK_SETTINGS: _SUPERVISOR,
    Action.DISCARD_REVIEW: _SUPERVISOR,
    Action.VIEW_AUDIT: _SUPERVISOR,
    Action.KIOSK_UNLOCK: _SUPERVISOR,
    Action.OPEN_SETTINGS: _MANAGER,
    Action.CHANGE_API_KEY: _MANAGER,
    Action.MANAGE_READERS: _MANAGER,
    Action.MANAGE_HUB: _MANAGER,
    Action.DESIGNER_PUBLISH: _MANAGER,
    Action.MANAGE_ROLES: _MANAGER,
}


def _rule(action: Action, rules: VenueRules) -> _Rule:
    if (action is Action.DOOR_SEARCH and rules.door_staff_may_search) or (
            action is Action.DOOR_SEE_NAMES and rules.door_staff_see_names):
        return _Rule(Role.SUPERVISOR, _DOOR)
    return _RULES[action]


def may(role: Role, action: Action, rules: VenueRules) -> bool:
    """May someone of ``role`` do ``action`` at this venue (always, with roles off)?"""
    if not rules.roles_on:
        return True
    rule = _rule(action, rules)
    return role in rule.staff or role.rank >= rule.least.rank


def role_needed(action: Action, rules: VenueRules) -> Role | None:
    """The lowest role that may do ``action``; None: anyone may (or roles are off).

    A staff role here means that role and everyone from supervisor up, not its
    peer: door staff scan, counter staff do not.
    """
    if not rules.roles_on:
        return None
    rule = _rule(action, rules)
    if rule.staff >= STAFF:
        return None
    if rule.staff:
        return next(iter(rule.staff))  # one staff role (both would be "anyone", above)
    return rule.least


def step_up_role(action: Action, rules: VenueRules) -> Role | None:
    """Whose PIN allows ``action`` for a desk whose role may not: a supervisor's
    (or a manager's) for most, a manager's for a manager's action. None: no
    step-up is ever needed (roles off)."""
    return _rule(action, rules).least if rules.roles_on else None


def till_step_up(role: Role, *, points: int, redeeming: bool, changed_this_hour: int,
                 rules: VenueRules) -> Action | None:
    """The Action whose step-up this Till change needs; None: ``role`` may make it.

    ``points``: the size of the change (a whole number above 0, for an add as
    for a redemption). ``changed_this_hour``: the points already changed on
    this card within the last hour, adds and redemptions together (0 or more).
    Exactly at a limit is allowed; one point over needs the step-up. A role
    that may not use the Till at all (door staff) gets ``TILL_CHANGE``. When a
    redemption crosses both limits the redemption's is named: both need a
    supervisor, so one PIN allows the change.
    """
    if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
        raise ValueError(f"points must be a whole number above 0, not {points!r}")
    if changed_this_hour < 0:
        raise ValueError(f"changed_this_hour cannot be below 0 ({changed_this_hour})")
    if not may(role, Action.TILL_CHANGE, rules):
        return Action.TILL_CHANGE
    largest = rules.largest_redemption
    if redeeming and largest is not None and points > largest \
            and not may(role, Action.TILL_OVER_LIMIT, rules):
        return Action.TILL_OVER_LIMIT
    hourly = rules.largest_change_per_hour
    if hourly is not None and changed_this_hour + points > hourly \
            and not may(role, Action.TILL_OVER_HOURLY_LIMIT, rules):
        return Action.TILL_OVER_HOURLY_LIMIT
    return None


def permission_table(rules: VenueRules) -> list[tuple[str, tuple[bool, bool, bool, bool]]]:
    """Each action's words and, per role in ``ROLES`` order, whether it may.

    For the README's table pass ``VenueRules(roles_on=True)``: with roles off
    every cell is yes.
    """
    return [(ACTION_WORDS[action],
             (may(Role.DOOR_STAFF, action, rules), may(Role.COUNTER_STAFF, action, rules),
              may(Role.SUPERVISOR, action, rules), may(Role.MANAGER, action, rules)))
            for action in Action]
