"""The Door's big words, in the person's language (context "verdicts").

Each is read from two metres: a translation must stay one or two short words,
which the note beside each source tells the translator. The panel's keys
(``verdict_look``'s, and the states between scans) and the outcomes map here;
the scan log keeps the English (``core.admission.SHOWN``).
"""

from __future__ import annotations

from passdesk.core.admission import Outcome
from passdesk.gui.i18n import translate


def word(key: str) -> str:
    """The panel's big word for the state ``key`` ("admit", "idle", "notrecorded"…)."""
    # Literal calls, each with its note: lupdate reads them as they are written.
    if key == "admit":
        return translate("verdicts", "ADMIT", "door verdict: one or two short words read "
                                              "from 2 m away")
    if key == "deny":
        return translate("verdicts", "DENY", "door verdict: one or two short words read "
                                             "from 2 m away")
    if key == "warn":
        return translate("verdicts", "CHECK", "door verdict: one or two short words read "
                                              "from 2 m away")
    if key == "exit":
        return translate("verdicts", "EXIT", "door verdict: one or two short words read "
                                             "from 2 m away")
    if key == "hold":
        return translate("verdicts", "HOLD", "door verdict: one or two short words read "
                                             "from 2 m away")
    if key == "notrecorded":
        return translate("verdicts", "NOT RECORDED", "door verdict: one or two short words "
                                                     "read from 2 m away")
    if key == "idle":
        return translate("verdicts", "READY", "door verdict: one or two short words read "
                                              "from 2 m away")
    if key == "loading":
        return translate("verdicts", "LOADING", "door verdict: one or two short words read "
                                                "from 2 m away")
    if key == "unsure":
        return translate("verdicts", "NOT LOADED", "door verdict: one or two short words "
                                                   "read from 2 m away")
    if key == "noevent":
        return translate("verdicts", "NO EVENT", "door verdict: one or two short words read "
                                                 "from 2 m away")
    if key == "undone":
        return translate("verdicts", "UNDONE", "door verdict: one or two short words read "
                                               "from 2 m away")
    if key == "checking":
        return translate("verdicts", "CHECKING", "door verdict: one or two short words read "
                                                 "from 2 m away")
    raise KeyError(key)


def outcome_word(outcome: Outcome) -> str:
    """What the door person calls ``outcome`` (ADMIT, CHECK, DENY, EXIT, HOLD)."""
    return word(str(outcome))


def source_words(source: str) -> str:
    """Where a scan came from, as the panel's detail line says it."""
    if source == "wedge":
        return translate("door", "scanner", "where a scan came from")
    if source == "manual":
        return translate("door", "picked by hand", "where a scan came from")
    if source == "nfc":
        return translate("door", "NFC reader", "where a scan came from")
    if source == "vtap":
        return translate("door", "VTAP reader", "where a scan came from")
    if source == "camera":
        return translate("door", "camera", "where a scan came from")
    return source


def fallback_words(fallback: str) -> str:
    """What the door does when the validation service does not answer, in short
    (the summary line under the verdict)."""
    if fallback == "offline check":
        return translate("door", "offline check", "when the validation service fails")
    if fallback == "deny":
        return translate("door", "deny", "when the validation service fails")
    return fallback
