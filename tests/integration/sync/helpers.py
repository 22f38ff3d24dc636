"""Shared by the sync tests: a clock the test moves, a loyalty card, draining the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.store.database import Database
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.push import Pusher, next_due


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def loyalty_card(db: Database) -> str:
    """The first active pass (by id) of a loyalty template in the local store."""
    with db.session() as s:
        return s.scalars(select(Pass.id).join(PassTemplate, PassTemplate.id == Pass.template_id)
                         .where(PassTemplate.loyalty_enabled.is_(True), Pass.status == "active")
                         .order_by(Pass.id).limit(1)).one()


def drain_all(pusher: Pusher, clock: FakeClock, db: Database, *, rounds: int = 300) -> int:
    """Deliver until nothing waits, moving the clock to each retry time. Returns rounds."""
    for n in range(rounds):
        pusher.drain()
        due = next_due(db)
        if due is None:
            return n
        clock.now = max(clock.now, due)
    raise AssertionError(f"outbox still not empty after {rounds} rounds")


def template_ids(api: PassEntryClient, *types: str) -> list[str]:
    """The ids of the templates of ``types`` (templateType), found as a desk finds them:
    from the passes, then ``GET /pass-templates/{id}`` (no list is documented)."""
    found = {p.pass_template_uuid for p in api.passes.iter(fields=("passTemplateUuid",))}
    return sorted(i for i in found if i and api.templates.get(i).template_type in types)


def loyalty_template(api: PassEntryClient) -> str:
    """A template whose passes collect points (the sandbox's loyalty template)."""
    return template_ids(api, "loyalty", "storeCard")[0]
