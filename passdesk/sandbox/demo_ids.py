"""Seed-derived ids and the names shared by the demo data modules."""

from __future__ import annotations

import hashlib

DEFAULT_SEED = 20240601
DEFAULT_PASSES = 2000

# templateType of the three demo templates; the pass generator keys on them.
TICKET, STORE_CARD, MEMBERSHIP = "eventTicket", "storeCard", "generic"


def derived_id(seed: int, kind: str, n: int | str, length: int) -> str:
    """A stable hex id for the n-th record of a kind."""
    digest = hashlib.sha1(f"passdesk-sandbox:{seed}:{kind}:{n}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:length]
