"""What the Readers pane says: errors, what this account's API does not offer, and why.

PassEntry's documented API creates readers under an entity and reads the
entity's reader configuration; listing, showing and editing readers are
legacy (older vendor text) and changing the configuration is set in the
dashboard. Where a server answers those with 404/405 (``NotOfferedError``)
the pane keeps working and says so in these words.
"""

from __future__ import annotations

from passdesk.api import ApiError, NetworkError
from passdesk.core.records import ValidationType

NEEDS_NETWORK = ("Changes to readers and to the configuration are made on PassEntry at once, "
                 "so they need the network.")
HINT = (f"{NEEDS_NETWORK} Passwords are never shown or kept; the NFC key shows only its "
        "last characters.")
NOT_LISTED = ("PassEntry's API does not list or edit readers; these are the readers this "
              "desk created or has seen scanning. Edit others in the PassEntry dashboard.")
NO_EDIT_TIP = ("PassEntry's API does not edit readers on this account: change this reader "
               "in the PassEntry dashboard (Readers).")
NO_ENTITY = ("Enter your entity ID in Settings → PassEntry account (it is in the PassEntry "
             "dashboard, on your entity's page) to create readers and read the reader "
             "configuration.")
NO_ENTITY_TIP = "Needs your entity ID: Settings → PassEntry account → Entity ID."
CONFIG_NOT_OFFERED = ("PassEntry's API does not change the reader configuration on this "
                      "account: set it in the PassEntry dashboard as shown below.")


def error_words(exc: Exception, what: str) -> str:
    """Why ``what`` did not happen, and what to do."""
    if isinstance(exc, NetworkError):
        return (f"{what} did not happen: PassEntry could not be reached ({exc.message}). "
                "This needs the network; nothing was kept here. Try again when online.")
    if isinstance(exc, ApiError):
        return f"{what} was refused by PassEntry: {exc.detail or exc.message} {exc.hint}".strip()
    return f"{what} failed: {type(exc).__name__}: {exc}. This is a bug in passdesk."


def saved_words(validation_type: str | None, url: str | None) -> str:
    """What a saved configuration means for the venue."""
    if validation_type == ValidationType.EXTERNAL:
        words = f"Saved: readers send every scan to {url or 'the hub'}"
    else:
        words = "Saved: PassEntry checks every scan itself"
    return words + ". PassEntry Reader apps log in again to use it."


def summary_words(count: int, logged_in: int, *, listed: bool | None) -> str:
    readers = f"{count:,} reader{'' if count == 1 else 's'}"
    if listed is False:
        return f"{readers} created here or seen scanning"
    return f"{readers} · {logged_in:,} logged in"
