"""The loyalty till's configuration: ``Settings.till`` (key ``till`` in ``settings.json``).

Plain JSON both ways; anything missing or of the wrong type falls back to
its default, so a hand-edited file never stops the till. Earn rates are kept
as decimal text ("0.1") so they are exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from passdesk.core.loyalty import (
    DEFAULT_MESSAGES,
    DEFAULT_REWARD_MESSAGE,
    DEFAULT_UNCONFIRMED_LIMIT,
    MAX_POINTS,
    Action,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    ScanLoyalty,
)
from passdesk.settings.values import aware_time, text

#: The highest unconfirmed-redemption limit the settings take.
MAX_LIMIT = 1_000_000


@dataclass(frozen=True)
class TillSetup:
    #: This till's name in the operation log and a shift's list.
    desk: str = "till"
    #: Put before amounts spent ("£", "€", "$"); may be empty.
    currency: str = ""
    #: Per template id; templates not listed use ``default_rules``.
    rules: dict[str, LoyaltyRules] = field(default_factory=dict)
    default_rules: LoyaltyRules = field(default_factory=LoyaltyRules)
    #: Push message templates per action, with ``{points}`` etc. (core.loyalty).
    messages: dict[Action, str] = field(default_factory=lambda: dict(DEFAULT_MESSAGES))
    #: Sent instead of the action's message when an operation reaches a reward.
    reward_message: str = DEFAULT_REWARD_MESSAGE
    #: Whether "send a message" starts ticked for each operation.
    send_message: bool = False
    #: Points (as the pass shows them) a redemption may take without a balance
    #: PassEntry confirmed (offline); above it a supervisor must approve.
    unconfirmed_limit: int = DEFAULT_UNCONFIRMED_LIMIT
    #: "Scan with loyalty": a scan that identifies a customer also applies this.
    scan: ScanLoyalty = field(default_factory=ScanLoyalty)
    #: Start of the current shift (None: today since midnight, local time).
    shift_started: datetime | None = None
    sound: bool = True
    nfc_path: str = ""
    vtap_port: str = ""
    camera: bool = False
    camera_id: str = ""
    #: The PassEntry reader (its id) this till logs the cards it finds as; empty: not logged.
    log_as: str = ""

    def rules_for(self, template_id: str | None) -> LoyaltyRules:
        return self.rules.get(template_id or "", self.default_rules)



def _decimal(value: Any, default: Decimal) -> Decimal:
    try:
        number = Decimal(str(value)) if isinstance(value, (str, int)) else default
    except InvalidOperation:
        return default
    return number if number.is_finite() and 0 <= number <= 1_000_000 else default


def _points(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_POINTS
    return value if ok else None


def _limit(value: Any) -> int:
    """The unconfirmed-redemption limit, 0 (never without a confirmed balance) or more."""
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_LIMIT
    return value if ok else DEFAULT_UNCONFIRMED_LIMIT


def rules_from_json(data: Any) -> LoyaltyRules:
    if not isinstance(data, dict):
        return LoyaltyRules()
    default = EarnRate()
    try:
        rounding = Rounding(data.get("rounding"))
    except ValueError:
        rounding = default.rounding
    rewards = []
    for item in data.get("rewards") or []:
        if isinstance(item, dict) and _points(item.get("threshold")) is not None \
                and text(item.get("text")):
            rewards.append(Reward(item["threshold"], text(item["text"])))
    return LoyaltyRules(EarnRate(_decimal(data.get("points_per_unit"), default.points_per_unit),
                                 rounding),
                        tuple(sorted(rewards, key=lambda r: r.threshold)))


def rules_to_json(rules: LoyaltyRules) -> dict[str, Any]:
    return {"points_per_unit": str(rules.earn.points_per_unit),
            "rounding": str(rules.earn.rounding),
            "rewards": [{"threshold": r.threshold, "text": r.text} for r in rules.rewards]}



def setup_from_json(data: dict[str, Any]) -> TillSetup:
    d = TillSetup()
    messages = dict(DEFAULT_MESSAGES)
    given = data.get("messages")
    if isinstance(given, dict):
        for action in DEFAULT_MESSAGES:
            if isinstance(given.get(str(action)), str):
                messages[action] = given[str(action)]
    rules = data.get("rules")
    scan = data.get("scan_delta")
    scan_delta = scan if isinstance(scan, int) and not isinstance(scan, bool) \
        and abs(scan) <= MAX_POINTS else 0
    return TillSetup(
        desk=text(data.get("desk")) or d.desk,
        currency=text(data.get("currency"))[:8],
        rules={k: rules_from_json(v) for k, v in rules.items() if isinstance(k, str)}
        if isinstance(rules, dict) else {},
        default_rules=rules_from_json(data.get("default_rules")),
        messages=messages,
        reward_message=data["reward_message"] if isinstance(data.get("reward_message"), str)
        else d.reward_message,
        send_message=data.get("send_message") is True,
        unconfirmed_limit=_limit(data.get("unconfirmed_limit")),
        scan=ScanLoyalty(scan_delta, text(data.get("scan_message"))),
        shift_started=aware_time(data.get("shift_started")),
        sound=data.get("sound", True) is not False,
        nfc_path=text(data.get("nfc_path")),
        vtap_port=text(data.get("vtap_port")),
        camera=data.get("camera") is True,
        camera_id=text(data.get("camera_id")),
        log_as=text(data.get("log_scans_as")),
    )


def setup_to_json(setup: TillSetup) -> dict[str, Any]:
    return {
        "desk": setup.desk,
        "currency": setup.currency,
        "rules": {k: rules_to_json(v) for k, v in setup.rules.items()},
        "default_rules": rules_to_json(setup.default_rules),
        "messages": {str(k): v for k, v in setup.messages.items()},
        "reward_message": setup.reward_message,
        "send_message": setup.send_message,
        "unconfirmed_limit": setup.unconfirmed_limit,
        "scan_delta": setup.scan.delta,
        "scan_message": setup.scan.message,
        "shift_started": setup.shift_started.isoformat() if setup.shift_started else None,
        "sound": setup.sound,
        "nfc_path": setup.nfc_path,
        "vtap_port": setup.vtap_port,
        "camera": setup.camera,
        "camera_id": setup.camera_id,
        "log_scans_as": setup.log_as,
    }
