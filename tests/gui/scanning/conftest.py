"""What the scanning tests share: a started keyboard wedge and the reads it made."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from passdesk.scan.wedge import KeyboardWedge, WedgeTiming


@pytest.fixture
def wedge(qtbot) -> Iterator[tuple[KeyboardWedge, list]]:
    wedge = KeyboardWedge(WedgeTiming(max_gap_ms=30, min_length=4))
    reads: list = []
    wedge.read.connect(reads.append)
    wedge.start()
    yield wedge, reads
    wedge.stop()
