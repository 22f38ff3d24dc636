"""What the Readers pane says: errors, what this account's API does not offer, and why.

PassEntry's documented API creates readers under an entity and reads the
entity's reader configuration; listing, showing and editing readers are
legacy (older vendor text) and changing the configuration is set in the
dashboard. Where a server answers those with 404/405 (``NotOfferedError``)
the pane keeps working and says so in these words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from passdesk.api import ApiError, NetworkError
from passdesk.core.records import ValidationType
from passdesk.gui.i18n import formats, say, translate

#: Each said with ``translate("readers", WORDS)``.
NEEDS_NETWORK = QT_TRANSLATE_NOOP(
    "readers", "Changes to readers and to the configuration are made on PassEntry at once, "
               "so they need the network.")
HINT = QT_TRANSLATE_NOOP(
    "readers", "Changes to readers and to the configuration are made on PassEntry at once, "
               "so they need the network. Passwords are never shown or kept; the NFC key "
               "shows only its last characters.")
NOT_LISTED = QT_TRANSLATE_NOOP(
    "readers", "PassEntry's API does not list or edit readers; these are the readers this "
               "desk created or has seen scanning. Edit others in the PassEntry dashboard.")
NO_EDIT_TIP = QT_TRANSLATE_NOOP(
    "readers", "PassEntry's API does not edit readers on this account: change this reader "
               "in the PassEntry dashboard (Readers).")
NO_ENTITY = QT_TRANSLATE_NOOP(
    "readers", "Enter your entity ID in Settings → PassEntry account (it is in the PassEntry "
               "dashboard, on your entity's page) to create readers and read the reader "
               "configuration.")
NO_ENTITY_TIP = QT_TRANSLATE_NOOP(
    "readers", "Needs your entity ID: Settings → PassEntry account → Entity ID.")
CONFIG_NOT_OFFERED = QT_TRANSLATE_NOOP(
    "readers", "PassEntry's API does not change the reader configuration on this "
               "account: set it in the PassEntry dashboard as shown below.")


def error_words(exc: Exception, what: str) -> str:
    """Why ``what`` did not happen, and what to do."""
    if isinstance(exc, NetworkError):
        return translate("readers", "{what} did not happen: PassEntry could not be reached "
                                    "({reason}). This needs the network; nothing was kept "
                                    "here. Try again when online.").format(
            what=what, reason=say(exc.message))
    if isinstance(exc, ApiError):
        return translate("readers", "{what} was refused by PassEntry: {reason} {hint}").format(
            what=what, reason=say(exc.detail or exc.message), hint=say(exc.hint)).strip()
    return translate("readers", "{what} failed: {error}. This is a bug in passdesk.").format(
        what=what, error=f"{type(exc).__name__}: {exc}")


def saved_words(validation_type: str | None, url: str | None) -> str:
    """What a saved configuration means for the venue."""
    if validation_type == ValidationType.EXTERNAL:
        if url:
            return translate("readers", "Saved: readers send every scan to {url}. PassEntry "
                                        "Reader apps log in again to use it.").format(url=url)
        return translate("readers", "Saved: readers send every scan to the hub. PassEntry "
                                    "Reader apps log in again to use it.")
    return translate("readers", "Saved: PassEntry checks every scan itself. PassEntry Reader "
                                "apps log in again to use it.")


def summary_words(count: int, logged_in: int, *, listed: bool | None) -> str:
    if listed is False:
        return translate("readers", "%Ln reader(s) created here or seen scanning", None, count)
    return translate("readers", "%Ln reader(s) · {logged_in} logged in", None, count).format(
        logged_in=formats.number(logged_in))
