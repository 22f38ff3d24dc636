"""The audit chain: a whole chain verifies, and every kind of tampering shows
(except taking entries off the end, which the chain alone cannot tell)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from passdesk.core.audit_chain import (
    GENESIS,
    AuditEntry,
    BreakKind,
    ChainBreak,
    Head,
    canonical,
    next_entry,
    seal,
    verify,
)

START = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


def chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    for i in range(n):
        entries.append(next_entry(
            entries[-1] if entries else None, at=START + timedelta(seconds=i, microseconds=i),
            desk="Door 1" if i % 2 else "Till", actor=f"staff-{i % 3}",
            authorised_by="sup-1" if i % 4 == 0 else None, action="door.undo_admission",
            subject=f"pass-{i}", before={"admitted": True, "n": i}, after=[i, "é", None]))
    return entries


def kinds(breaks: list[ChainBreak]) -> set[tuple[int, BreakKind]]:
    return {(b.seq, b.kind) for b in breaks}


def test_a_chain_is_numbered_linked_and_verifies_clean() -> None:
    entries = chain(6)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
    assert all(e.hash == seal(e) and len(e.hash) == 64 for e in entries)
    assert verify(entries) == []
    assert verify([]) == []


def test_the_canonical_form_does_not_change() -> None:
    # Changing it would make every stored chain read as edited.
    entry = next_entry(None, at=datetime(2026, 12, 7, 20, 0, tzinfo=timezone(timedelta(hours=1))),
                       desk="Door 1", actor="anna", authorised_by="sam",
                       action="door.admit_by_hand", subject="pass-42",
                       before=None, after={"admitted": True, "name": "Zoë"})
    assert canonical(entry) == (
        '{"action":"door.admit_by_hand","actor":"anna","after":{"admitted":true,'
        '"name":"Zoë"},"at":"2026-12-07T19:00:00.000000+00:00","authorised_by":"sam",'
        '"before":null,"desk":"Door 1","prev_hash":"' + GENESIS + '","seq":1,'
        '"subject":"pass-42"}').encode()
    assert entry.hash == "d2484b74ac0cbc901efd6249506014ad18d9add21631f145fd33b7015d461219"


def test_a_value_that_could_not_be_checked_later_is_refused_when_written() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_entry(None, at=datetime(2026, 12, 7, 20, 0), desk="Till", actor="a",
                   authorised_by=None, action="x", subject="p", before=None, after=None)
    with pytest.raises(ValueError, match="JSON"):
        next_entry(None, at=START, desk="Till", actor="a", authorised_by=None, action="x",
                   subject="p", before=float("nan"), after=None)
    with pytest.raises(TypeError):
        next_entry(None, at=START, desk="Till", actor="a", authorised_by=None, action="x",
                   subject="p", before={1, 2}, after=None)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=3),
    max_leaves=6)
EDITS = {
    "seq": st.integers(-5, 50),
    "at": st.datetimes(timezones=st.just(UTC)),
    "desk": st.text(max_size=8),
    "actor": st.text(max_size=8),
    "authorised_by": st.none() | st.text(max_size=8),
    "action": st.text(max_size=8),
    "subject": st.text(max_size=8),
    "before": JSON,
    "after": JSON,
    "prev_hash": st.text("0123456789abcdef", min_size=64, max_size=64),
    "hash": st.text("0123456789abcdef", min_size=64, max_size=64),
}


@given(st.integers(1, 8), st.data())
def test_editing_any_field_of_any_entry_shows_as_edited_there(n: int, data: st.DataObject) -> None:
    entries = chain(n)
    i = data.draw(st.integers(0, n - 1))
    field = data.draw(st.sampled_from(sorted(EDITS)))
    value = data.draw(EDITS[field])
    old = getattr(entries[i], field)
    assume(value != old or type(value) is not type(old))
    entries[i] = replace(entries[i], **{field: value})
    assert (entries[i].seq, BreakKind.EDITED) in kinds(verify(entries))


@given(st.integers(2, 9), st.data())
def test_deleting_any_entry_but_the_last_shows_as_missing(n: int, data: st.DataObject) -> None:
    entries = chain(n)
    i = data.draw(st.integers(0, n - 2))
    del entries[i]
    breaks = verify(entries)
    assert [(b.seq, b.kind) for b in breaks] == [(i + 1, BreakKind.MISSING)]
    assert breaks[0].words == f"Entry {i + 1} is missing."


def test_several_missing_entries_are_named_together_and_each_gap_once() -> None:
    entries = chain(10)
    kept = [entries[0], *entries[4:6], *entries[7:]]  # 2-4 and 7 taken out
    assert [(b.seq, b.kind, b.words) for b in verify(kept)] == [
        (2, BreakKind.MISSING, "Entries 2 to 4 are missing."),
        (7, BreakKind.MISSING, "Entry 7 is missing."),
    ]
    assert verify(entries[2:])[0].words == "Entries 1 and 2 are missing."


@given(st.integers(2, 9), st.data())
def test_swapping_two_entries_shows_as_out_of_order(n: int, data: st.DataObject) -> None:
    entries = chain(n)
    i, j = sorted(data.draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2,
                                     unique=True)))
    entries[i], entries[j] = entries[j], entries[i]
    breaks = verify(entries)
    assert {b.kind for b in breaks} == {BreakKind.OUT_OF_ORDER}
    assert {b.seq for b in breaks} <= {e.seq for e in entries[i:j + 1]}


def test_one_moved_entry_is_one_break_not_all_it_jumped_over() -> None:
    entries = chain(8)
    moved = [entries[5], *entries[:5], *entries[6:]]
    assert kinds(verify(moved)) == {(6, BreakKind.OUT_OF_ORDER)}


@given(st.integers(2, 8), st.data())
def test_swapping_the_content_under_the_numbers_shows(n: int, data: st.DataObject) -> None:
    entries = chain(n)
    i, j = sorted(data.draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2,
                                     unique=True)))
    a, b = entries[i], entries[j]
    entries[i], entries[j] = replace(b, seq=a.seq), replace(a, seq=b.seq)
    assert {(a.seq, BreakKind.EDITED), (b.seq, BreakKind.EDITED)} <= kinds(verify(entries))


@given(st.integers(2, 8), st.data())
def test_an_edited_entry_sealed_again_shows_at_the_next_one(n: int, data: st.DataObject) -> None:
    # A forger who makes the hash again, without making the entries after it again.
    entries = chain(n)
    i = data.draw(st.integers(0, n - 2))
    forged = replace(entries[i], after={"admitted": False})
    entries[i] = replace(forged, hash=seal(forged))
    assert kinds(verify(entries)) == {(i + 2, BreakKind.BROKEN_LINK)}


def test_an_entry_put_in_beside_one_of_its_number_shows_as_a_duplicate() -> None:
    entries = chain(4)
    extra = next_entry(entries[1], at=START, desk="Till", actor="x", authorised_by=None,
                       action="till.set_balance", subject="pass-9", before=0, after=900)
    # Entry 3 is there twice: the extra one and the one written then.
    assert kinds(verify([*entries[:2], extra, *entries[2:]])) == {
        (3, BreakKind.DUPLICATE)}


def test_an_entry_that_does_not_start_the_chain_shows() -> None:
    entries = chain(4)
    # Entry 1 taken out and the rest renumbered and sealed again from the start.
    rest: list[AuditEntry] = []
    for e in entries[1:]:
        rest.append(next_entry(rest[-1] if rest else None, at=e.at, desk=e.desk, actor=e.actor,
                               authorised_by=e.authorised_by, action=e.action,
                               subject=e.subject, before=e.before, after=e.after))
    assert verify(rest) == []  # a whole rewrite: only a head kept elsewhere shows it
    half = [replace(rest[0], prev_hash=entries[0].hash)]
    half[0] = replace(half[0], hash=seal(half[0]))
    assert kinds(verify(half)) == {(1, BreakKind.BAD_START)}
    zero = replace(entries[0], seq=0)
    zero = replace(zero, hash=seal(zero))
    assert (0, BreakKind.BAD_START) in kinds(verify([zero, *entries[1:]]))


def test_an_archived_chain_verifies_from_its_known_head() -> None:
    entries = chain(8)
    tail = entries[5:]
    assert kinds(verify(tail)) == {(1, BreakKind.MISSING)}
    head = Head(seq=entries[4].seq, hash=entries[4].hash)
    assert verify(tail, after=head) == []
    assert kinds(verify(tail, after=Head(seq=5, hash=entries[3].hash))) == {
        (6, BreakKind.BAD_START)}
    assert kinds(verify(entries[6:], after=head)) == {(6, BreakKind.MISSING)}


def test_every_break_is_reported_not_only_the_first() -> None:
    entries = chain(10)
    entries[1] = replace(entries[1], actor="someone else")
    del entries[4]
    entries[7], entries[8] = entries[8], entries[7]
    found = kinds(verify(entries))
    # Of two neighbours swapped, either one is the one out of its place.
    assert found - {(9, BreakKind.OUT_OF_ORDER), (10, BreakKind.OUT_OF_ORDER)} == {
        (2, BreakKind.EDITED), (5, BreakKind.MISSING)}
    assert len(found) == 3
    assert verify(entries)[0].words == "Entry 2 was changed after it was written."


def test_a_value_a_store_gave_back_unreadable_shows_as_edited() -> None:
    entries = chain(3)
    entries[1] = replace(entries[1], at=entries[1].at.replace(tzinfo=None))
    assert kinds(verify(entries)) == {(2, BreakKind.EDITED)}


def test_taking_entries_off_the_end_leaves_a_whole_chain() -> None:
    # The limitation in the module's docstring: a store-side count or a desk's
    # last-known head covers it. A chain being written verifies at every length.
    entries = chain(5)
    assert all(verify(entries[:k]) == [] for k in range(6))
