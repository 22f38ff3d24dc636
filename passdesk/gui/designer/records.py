"""The words for a draft's publish state, as the Designer shows them.

(The plain records its store work takes and gives, ``DraftText`` and
``PickItem``, are in ``passdesk.sync.drafts``.)
"""

from __future__ import annotations

PUBLISH_WORDS = {
    "draft": "Draft, saved on this computer; not published.",
    "queued": "Queued for publishing: it is sent to PassEntry when the connection is up.",
    "processing": "Processing at PassEntry…: PassEntry took the template and is preparing "
                  "it; this takes a few moments.",
    "published": "Published to PassEntry.",
    "failed": "Publishing failed",
}


def publish_words(state: str | None, error: str | None) -> str:
    words = PUBLISH_WORDS.get(state or "draft", f"Publish state: {state}")
    if state == "failed":
        words += f": {error}" if error else "."
    return words
