"""This desk's part in "who may do what": ``Settings.access`` (key ``access``).

- ``role``: the staff role the desk runs in ("door_staff", "counter_staff",
  "supervisor", "manager"). A desk does not log anyone in: an action above its
  role asks for a supervisor's or a manager's PIN (a step-up).
- ``kiosk``: "door" or "till" locks the desk to that pane, full screen, until
  a supervisor's PIN unlocks it; kept here so a restart keeps it locked.
- ``step_up_minutes``: how long a step-up lasts for further actions of the
  same person's role at this desk (0: that one action only).

A missing or wrong value falls back to the default, so a hand-edited file
never unlocks more than it says: an unknown role reads as the lowest.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import Any

from passdesk.core.roles import Role

#: The panes a desk can be locked to.
KIOSK_PANES = ("door", "till")
#: The longest step-up window a venue can choose.
LONGEST_STEP_UP_MINUTES = 60


def desk_name() -> str:
    """Which desk did it, as the audit trail says: this computer's name."""
    return socket.gethostname() or "this desk"


@dataclass(frozen=True)
class DeskAccess:
    role: Role = Role.DOOR_STAFF
    #: "door" | "till" | "" (not a kiosk).
    kiosk: str = ""
    step_up_minutes: int = 0
    #: Whether ``role`` was chosen (False: the file says nothing; the app asks the
    #: first time roles are on).
    role_chosen: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kiosk": self.kiosk, "step_up_minutes": self.step_up_minutes}
        if self.role_chosen:
            out["role"] = self.role.value
        return out

    @classmethod
    def from_json(cls, data: Any) -> DeskAccess:
        data = data if isinstance(data, dict) else {}
        role_value = data.get("role")
        try:
            role, chosen = Role(role_value), True
        except ValueError:
            role, chosen = Role.DOOR_STAFF, False
        kiosk = data.get("kiosk")
        minutes = data.get("step_up_minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int) \
                or not 0 <= minutes <= LONGEST_STEP_UP_MINUTES:
            minutes = 0
        return cls(role=role, kiosk=kiosk if kiosk in KIOSK_PANES else "",
                   step_up_minutes=minutes, role_chosen=chosen)
