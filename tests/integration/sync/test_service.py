"""The sync worker thread: syncs, tells online from offline, delivers queued changes."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.store import outbox
from passdesk.store import passes as pass_store
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync import loyalty
from passdesk.sync.service import Connection, StoreChanged, SyncService, SyncStatus


def wait_for(predicate, timeout: float = 20.0) -> None:
    """Poll until true; a bound on waiting for a background thread, not a speed test."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.02)


def make_service(sandbox, db, key: str = "demo") -> SyncService:
    return SyncService(db, lambda: PassEntryClient(sandbox.base_url, key),
                       idle_check_every=timedelta(seconds=0.3))


def test_the_service_syncs_goes_offline_and_delivers_when_back(sandbox, db) -> None:
    notices: list = []
    lock = threading.Lock()

    def listen(notice) -> None:
        with lock:
            notices.append(notice)

    service = make_service(sandbox, db)
    service.add_listener(listen)
    service.start()
    try:
        wait_for(lambda: service.status.last_sync_at is not None)
        assert service.status.connection is Connection.ONLINE
        with db.session() as s:
            assert pass_store.count(s) == 2000
        with lock:
            assert any(isinstance(n, SyncStatus) and n.progress for n in notices)
            assert any(isinstance(n, StoreChanged) and n.what == "passes" for n in notices)

        sandbox.stop()
        wait_for(lambda: service.status.connection is Connection.OFFLINE)
        assert "Could not connect" in service.status.connection_detail

        with db.session() as s:
            card = s.scalar(select(Pass.id).join(PassTemplate, Pass.template_id ==
                                                 PassTemplate.id)
                            .where(PassTemplate.loyalty_enabled, Pass.status == "active"))
        loyalty.change_balance(db, pass_id=card, delta=4)
        service.push_soon()
        wait_for(lambda: service.status.pending == 1)

        sandbox.start()
        wait_for(lambda: service.status.connection is Connection.ONLINE
                 and service.status.pending == 0)
        assert service.status.outbox_counts == {"done": 1}
    finally:
        service.stop()


def test_a_refused_key_is_named(sandbox, db) -> None:
    service = make_service(sandbox, db, key="wrong")
    service.start()
    try:
        wait_for(lambda: service.status.connection is Connection.KEY_REFUSED)
        assert "not accepted" in service.status.connection_detail
    finally:
        service.stop()


def test_a_database_never_sends_one_servers_changes_to_another(sandbox, db) -> None:
    from passdesk.sandbox import SandboxServer

    first = make_service(sandbox, db)
    first.start()
    try:
        wait_for(lambda: first.status.last_sync_at is not None)
    finally:
        first.stop()
    with db.session() as s:
        card = s.scalar(select(Pass.id).join(PassTemplate, Pass.template_id == PassTemplate.id)
                        .where(PassTemplate.loyalty_enabled, Pass.status == "active"))
    loyalty.change_balance(db, pass_id=card, delta=7)

    with SandboxServer() as other:
        other.start()
        second = make_service(other, db)
        second.start()
        try:
            wait_for(lambda: second.status.connection is Connection.OTHER_SERVER)
            assert sandbox.base_url in second.status.connection_detail
        finally:
            second.stop()
        assert other.requests.count(method="PATCH") == 0
        assert other.requests.count(method="GET") == 0
    with db.session() as s:
        assert outbox.counts(s) == {"pending": 1}
