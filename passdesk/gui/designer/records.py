"""Plain records the designer passes between its editor, its store work and its lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PUBLISH_WORDS = {
    "draft": "Draft, saved on this computer; not published.",
    "queued": "Queued for publishing: it is sent to PassEntry when the connection is up.",
    "processing": "Processing at PassEntry…: PassEntry took the template and is preparing "
                  "it; this takes a few moments.",
    "published": "Published to PassEntry.",
    "failed": "Publishing failed",
}


@dataclass(frozen=True)
class DraftText:
    """What the editor hands to the store for one save: plain values only."""

    draft_id: str
    name: str
    document_text: str
    samples: dict[str, Any]
    source_template_id: str | None = None


@dataclass(frozen=True)
class PickItem:
    """One row of an "Open…" list: the key to open and the words to show."""

    key: str
    title: str
    detail: str


def publish_words(state: str | None, error: str | None) -> str:
    words = PUBLISH_WORDS.get(state or "draft", f"Publish state: {state}")
    if state == "failed":
        words += f": {error}" if error else "."
    return words
