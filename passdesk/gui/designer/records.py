"""The words for a draft's publish state, as the Designer shows them.

(The plain records its store work takes and gives, ``DraftText`` and
``PickItem``, are in ``passdesk.sync.drafts``.)
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from passdesk.gui.i18n import say, translate
from passdesk.sync.templates import CLOSED_BETA_WORDS

#: Said with ``translate("designer", words)``.
PUBLISH_WORDS = {
    "draft": QT_TRANSLATE_NOOP("designer", "Draft, saved on this computer; not published."),
    "queued": QT_TRANSLATE_NOOP(
        "designer", "Queued for publishing: it is sent to PassEntry when the connection is up."),
    "processing": QT_TRANSLATE_NOOP(
        "designer", "Processing at PassEntry…: PassEntry took the template and is preparing "
                    "it; this takes a few moments."),
    "published": QT_TRANSLATE_NOOP("designer", "Published to PassEntry."),
}


def publish_words(state: str | None, error: str | None) -> str:
    """The state in a sentence; a failure says PassEntry's reason as it was given."""
    if state == "failed":
        if error == CLOSED_BETA_WORDS:  # stored in English: said in the person's language
            error = say(CLOSED_BETA_WORDS)
        if error:
            return translate("designer", "Publishing failed: {reason}").format(reason=error)
        return translate("designer", "Publishing failed.")
    words = PUBLISH_WORDS.get(state or "draft")
    if words is None:
        return translate("designer", "Publish state: {state}").format(state=state)
    return translate("designer", words)
