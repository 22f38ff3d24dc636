"""Fixtures of the store's unit tests."""

from __future__ import annotations

import pytest

from passdesk.store.database import Database


@pytest.fixture
def two(tmp_path):
    """Two new SQLite stores: the same rows written two ways, then compared."""
    first = Database.open(f"sqlite:///{tmp_path / 'first.sqlite3'}")
    second = Database.open(f"sqlite:///{tmp_path / 'second.sqlite3'}")
    yield first, second
    first.close()
    second.close()
