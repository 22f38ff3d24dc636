"""Holds for special tickets: a rule the door sets turns an admission into an
amber HOLD with its reason ("Check photo ID"), and the door person lets the
guest in or turns them away. Plain data and functions; no Qt, no I/O.

A rule matches a pass by one of three things:

* ``template``: the pass's template (its id), e.g. every "Over 18" ticket;
* ``field``: a content field of the pass (``passContent``) with a given value,
  e.g. field "ticketType" is "Student" (compared without case or outer spaces);
* ``flag``: an attention flag on the pass: a group tag set in PassEntry, e.g.
  "attention" (tags are compared without case).

Only a verdict that lets in is held (a deny stays a deny). The first matching
rule gives the reason. A face that cannot ask a person (a PassEntry reader
through the hub) cannot hold: there the hold is a deny saying why, so the
guest is sent to staff who check by hand (``can_hold`` False).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from passdesk.core.texts import translate

#: What the door says when a rule gives no reason of its own.
DEFAULT_REASON = translate("verdicts", "Check the guest before letting them in")
#: What a face without a person to ask answers for a held ticket (after the reason).
SEE_STAFF = translate("verdicts", "ask staff to check this ticket")


class HoldKind(StrEnum):
    TEMPLATE = "template"
    FIELD = "field"
    FLAG = "flag"


class Decision(StrEnum):
    """What the door person did with a hold (the scan log's ``decision``)."""

    CONFIRMED = "confirmed"
    REFUSED = "refused"


#: The scan log's words for a decision (the Door's list and the CSV).
DECISION_WORDS = {Decision.CONFIRMED: "let in", Decision.REFUSED: "turned away"}


@dataclass(frozen=True)
class HoldRule:
    kind: HoldKind
    #: The template id, the field id, or the flag (group tag).
    key: str
    #: The field's value (``field`` rules only).
    value: str = ""
    #: What the door person is told to do: "Check photo ID".
    reason: str = ""

    @property
    def words(self) -> str:
        """What staff are told; the default (none given, or the default's English as
        saved) is a ``Text``, said in the person's language."""
        return said_reason(self.reason) if self.reason.strip() else DEFAULT_REASON

    def to_json(self) -> dict[str, str]:
        return {"kind": str(self.kind), "key": self.key, "value": self.value,
                "reason": self.reason}

    @classmethod
    def from_json(cls, data: Any) -> HoldRule | None:
        """A rule from settings; None for anything malformed (a hand-edited file)."""
        if not isinstance(data, Mapping):
            return None
        try:
            kind = HoldKind(data.get("kind"))
        except ValueError:
            return None
        key, value, reason = (data.get(k) for k in ("key", "value", "reason"))
        if not isinstance(key, str) or not key.strip():
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # a number typed into the file by hand
        value = value.strip() if isinstance(value, str) else ""
        if kind is HoldKind.FIELD and not value:
            return None  # a field rule without its value would hold nobody, or everybody
        return cls(kind, key.strip(), value if kind is HoldKind.FIELD else "",
                   reason.strip() if isinstance(reason, str) else "")


def said_reason(reason: str) -> str:
    """A hold's reason as kept (the scan log, the settings): the default's English
    becomes the ``Text`` again, to be said in the person's language."""
    return DEFAULT_REASON if reason.strip() == DEFAULT_REASON else reason


def rules_from_json(data: Any) -> tuple[HoldRule, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(rule for rule in map(HoldRule.from_json, data) if rule is not None)


@dataclass(frozen=True)
class PassMarks:
    """What hold rules look at beyond ``PassFacts``: content fields and group tags."""

    fields: Mapping[str, Any]
    tags: Sequence[str] = ()


def field_text(value: Any) -> str:
    """A ``passContent`` value as text (a field may be ``{"value": ...}``)."""
    if isinstance(value, Mapping) and "value" in value:
        value = value["value"]
    return "" if value is None else str(value)


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def matches(rule: HoldRule, template_id: str | None, marks: PassMarks) -> bool:
    if rule.kind is HoldKind.TEMPLATE:
        return template_id is not None and rule.key == template_id
    if rule.kind is HoldKind.FIELD:
        return rule.key in marks.fields and _same(field_text(marks.fields[rule.key]),
                                                  rule.value)
    return any(_same(tag, rule.key) for tag in marks.tags)


def hold_reason(rules: Iterable[HoldRule], template_id: str | None,
                marks: PassMarks) -> str | None:
    """The reason of the first rule that holds this pass (None: no hold)."""
    for rule in rules:
        if matches(rule, template_id, marks):
            return rule.words
    return None


def needs_marks(rules: Sequence[HoldRule]) -> bool:
    """Whether any rule reads the pass's fields or tags (a template rule does not)."""
    return any(rule.kind is not HoldKind.TEMPLATE for rule in rules)
