"""Finding a pass by what a person typed: a name or a ticket / customer number.

Shared by the door and the till; runs on the store's worker.
"""

from __future__ import annotations

from passdesk.store.database import Database
from passdesk.store.search import find_passes


def find_labels(db: Database, typed: str, limit: int) -> list[tuple[str, str]]:
    """(pass id, "Name · ext id · status") for what was typed, best first."""
    with db.session() as session:
        hits = find_passes(session, typed, limit)
    found = []
    for hit in hits:
        bits = [hit.name or "(no name)", hit.ext_id or hit.id]
        if hit.status and hit.status != "active":
            bits.append(hit.status)
        found.append((hit.id, " · ".join(bits)))
    return found
