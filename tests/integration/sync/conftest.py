from __future__ import annotations

import pytest

from passdesk.api import PassEntryClient
from passdesk.store.database import Database


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def api(sandbox):
    with PassEntryClient(sandbox.base_url, "demo") as client:
        yield client
