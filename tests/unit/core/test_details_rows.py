"""Apple's details rows: one "details" list split over Wallet's two rows by count."""

from __future__ import annotations

import pytest

from passdesk.core.template_layout import detail_rows


@pytest.mark.parametrize(("count", "rows"), [
    (0, []), (1, [(0, 1)]), (3, [(0, 3)]),
    (4, [(0, 2), (2, 4)]),  # Date, Doors / Seat, Name: as Wallet's two rows
    (5, [(0, 3), (3, 5)]), (8, [(0, 4), (4, 8)]),
    (10, [(0, 4), (4, 8), (8, 10)]),  # never more than four a row
])
def test_details_split_by_count_only(count, rows) -> None:
    assert detail_rows(count, 4) == rows
