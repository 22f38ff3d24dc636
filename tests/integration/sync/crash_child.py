"""The process the crash test kills: commits loyalty operations and scans, and pushes.

    python -m tests.integration.sync.crash_child DB_URL BASE_URL CARD,CARD,... SEED

Prints "op <id> <pass> <delta>" and "scan <id>" only after each commit, so
every line the parent reads names something that must survive.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.store import scans
from passdesk.store.database import Database
from passdesk.sync import loyalty
from passdesk.sync.push import Pusher


def main() -> None:
    db_url, base_url, cards, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    db = Database.open(db_url)
    client = PassEntryClient(base_url, "demo", retry=RetryPolicy(max_attempts=1))
    pusher = Pusher(client, db)
    pusher.recover()
    cards = cards.split(",")
    while True:
        card, delta = rng.choice(cards), rng.randint(1, 9)
        op_id = loyalty.change_balance(db, pass_id=card, delta=delta, desk="crash-test",
                                       repeat=True)
        print(f"op {op_id} {card} {delta}", flush=True)
        with db.session() as session:
            scan_id = scans.record_scan(session, scanned_at=datetime.now(UTC), raw_value=card,
                                  source="test", verdict="admit", pass_id=card)
        print(f"scan {scan_id}", flush=True)
        pusher.push_once()


if __name__ == "__main__":
    main()
