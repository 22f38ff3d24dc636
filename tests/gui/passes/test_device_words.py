"""PassEntry says ``iphone`` for a pass in Apple Wallet; a desk upgraded from before
may still hold ``apple``. Both read as Apple Wallet in the list, filter and detail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from passdesk.gui.passes.detail import WALLETS
from passdesk.gui.passes.model import Column, _cell
from passdesk.gui.passes.pane import DEVICE_WORDS
from passdesk.store.pass_list import PassRow


def row(device_type: str | None) -> PassRow:
    return PassRow(1, "p1", "Ada", "ext-1", "active", device_type, "Card", None,
                   datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(("stored", "column", "filter_words", "detail"), [
    ("iphone", "Apple", "Apple Wallet", "Apple Wallet"),
    ("apple", "Apple", "Apple Wallet", "Apple Wallet"),
    ("android", "Google", "Google Wallet", "Google Wallet"),
])
def test_each_device_value_reads_as_its_wallet(stored, column, filter_words, detail) -> None:
    assert _cell(row(stored), Column.DEVICE) == column
    assert DEVICE_WORDS[stored] == filter_words
    assert WALLETS[stored] == detail


def test_an_unknown_device_value_is_shown_as_it_came() -> None:
    assert _cell(row("watch"), Column.DEVICE) == "watch"
    assert _cell(row(None), Column.DEVICE) == ""
