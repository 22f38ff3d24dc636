"""The audit trail as a chain: each entry carries the hash of the one before it.

Who did what, at which desk, whose PIN allowed it (a step-up), and the value
before and after. Each entry is sealed with a SHA-256 hash over its content
(``canonical``) and the previous entry's hash, so changing an entry shows: its
own hash no longer matches, and if the hash is made again, the next entry no
longer points to it. ``verify`` reads a chain and reports every break it finds
in words a supervisor can read.

What the chain alone cannot tell (the store and the desks cover these later):

* Entries taken off the END leave a shorter chain that is still whole: the
  last entry, or all of them, can go unnoticed. A store-side counter of
  entries written, or the head (seq and hash) a desk last saw, catches that.
* The hash has no secret: someone who changes an entry and makes every hash
  after it again produces a whole chain. Only a head kept elsewhere (another
  desk, an export) shows that the chain was rewritten.

Changing ``canonical`` (its fields, their names, the time's form, the JSON
options) changes every hash: every stored chain would then read as edited.
Do not; add a new form beside it if ever needed.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from itertools import pairwise

#: The "previous hash" of the first entry.
GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int  # 1, 2, 3, … without gaps
    at: datetime  # UTC
    desk: str
    actor: str  # who did it
    authorised_by: str | None  # whose PIN allowed it (a step-up); None: the actor's own role
    action: str
    subject: str  # what it was done to: a pass id, a setting's name
    before: object  # JSON-able values
    after: object
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Head:
    """The last entry of a chain, or of the part of it archived away."""

    seq: int
    hash: str


#: Where a chain that was never archived starts: before entry 1.
ORIGIN = Head(seq=0, hash=GENESIS)


class BreakKind(StrEnum):
    EDITED = "edited"  # the entry's hash does not match its content
    MISSING = "missing"  # numbers are absent: entries were taken out
    OUT_OF_ORDER = "out_of_order"  # read in another order than their numbers
    DUPLICATE = "duplicate"  # two entries with one number: one was put in
    BROKEN_LINK = "broken_link"  # does not point to the entry before it
    BAD_START = "bad_start"  # the first entry does not start the chain


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    kind: BreakKind
    words: str


def _time(at: datetime) -> str:
    if at.utcoffset() is None:
        raise ValueError("an audit entry's time must be timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


#: How a value is written in the seal, in the store and in an export.
_JSON_FORM = {"sort_keys": True, "separators": (",", ":"), "ensure_ascii": False}


def sealed_json(value: object) -> str:
    """``value`` as JSON in the form the seal covers (stored and exported so; an
    entry's values were checked by ``next_entry`` before they were written)."""
    return json.dumps(value, **_JSON_FORM)


def canonical(entry: AuditEntry) -> bytes:
    """The bytes an entry's hash is made over: every field but ``hash``.

    Raises ValueError or TypeError for a time without a timezone or a value
    JSON cannot write (NaN, infinity, a set, an object). Changing this form
    breaks every stored chain (see the module's docstring).
    """
    fields = {"seq": entry.seq, "at": _time(entry.at), "desk": entry.desk,
              "actor": entry.actor, "authorised_by": entry.authorised_by,
              "action": entry.action, "subject": entry.subject, "before": entry.before,
              "after": entry.after, "prev_hash": entry.prev_hash}
    return json.dumps(fields, **_JSON_FORM, allow_nan=False).encode("utf-8")


def seal(entry: AuditEntry) -> str:
    """The hash ``entry`` should carry (SHA-256, hex)."""
    return hashlib.sha256(canonical(entry)).hexdigest()


def next_entry(prev: AuditEntry | Head | None, *, at: datetime, desk: str, actor: str,
               authorised_by: str | None, action: str, subject: str, before: object,
               after: object) -> AuditEntry:
    """The entry after ``prev`` (an entry, or the chain's head: only its number and
    hash count; None: the chain's first), numbered and sealed.

    Raises as ``canonical`` does, so a value that could not be checked later is
    refused now.
    """
    seq, prev_hash = (1, GENESIS) if prev is None else (prev.seq + 1, prev.hash)
    entry = AuditEntry(seq=seq, at=at, desk=desk, actor=actor, authorised_by=authorised_by,
                       action=action, subject=subject, before=before, after=after,
                       prev_hash=prev_hash, hash="")
    return replace(entry, hash=seal(entry))


def _missing_words(first: int, last: int) -> str:
    if first == last:
        return f"Entry {first} is missing."
    joint = "and" if last == first + 1 else "to"
    return f"Entries {first} {joint} {last} are missing."


def _moved(seqs: Sequence[int]) -> set[int]:
    """Positions outside one longest non-decreasing run of ``seqs``: the fewest
    entries whose moving explains the order read (one moved entry is one break,
    not the several it jumped over). Equal neighbours are duplicates, not moved."""
    tails: list[int] = []  # tails[k]: the smallest last seq of a run of k + 1
    tail_at: list[int] = []  # its position
    before: list[int | None] = []  # each position's predecessor in its run
    for pos, seq in enumerate(seqs):
        k = bisect_right(tails, seq)
        before.append(tail_at[k - 1] if k else None)
        if k == len(tails):
            tails.append(seq)
            tail_at.append(pos)
        else:
            tails[k], tail_at[k] = seq, pos
    kept: set[int] = set()
    pos_or_none: int | None = tail_at[-1] if tail_at else None
    while pos_or_none is not None:
        kept.add(pos_or_none)
        pos_or_none = before[pos_or_none]
    return set(range(len(seqs))) - kept


def verify(entries: Sequence[AuditEntry], *, after: Head = ORIGIN) -> list[ChainBreak]:
    """Every break in ``entries`` (as read from a store, in seq order); [] = intact.

    ``after``: where the chain starts: ``ORIGIN`` (entry 1, after ``GENESIS``)
    unless the entries up to a known head were archived away, then that head.
    What cannot be seen from the entries alone is in the module's docstring.
    Breaks come in seq order.
    """
    breaks: list[ChainBreak] = []

    def add(seq: int, kind: BreakKind, words: str) -> None:
        breaks.append(ChainBreak(seq, kind, words))

    first = after.seq + 1
    for entry in entries:
        try:
            sealed = seal(entry)
        except (TypeError, ValueError):
            add(entry.seq, BreakKind.EDITED, f"Entry {entry.seq} cannot be read as it was "
                                             "written: it was changed.")
            continue
        if sealed != entry.hash:
            add(entry.seq, BreakKind.EDITED, f"Entry {entry.seq} was changed after it was "
                                             "written.")
    hashes: dict[int, set[str]] = {}
    for entry in entries:
        if entry.seq in hashes:
            add(entry.seq, BreakKind.DUPLICATE, f"Entry {entry.seq} is there more than once: "
                                                "one of them was put in later.")
        hashes.setdefault(entry.seq, set()).add(entry.hash)
    for pos in sorted(_moved([entry.seq for entry in entries])):
        seq = entries[pos].seq
        add(seq, BreakKind.OUT_OF_ORDER, f"Entry {seq} is out of its place: the entries "
                                         "were put in another order.")
    for seq in sorted(hashes):
        if seq < first:
            add(seq, BreakKind.BAD_START, f"Entry {seq} comes before the start of the audit "
                                          f"trail (entry {first}).")
    for entry in sorted(entries, key=lambda e: e.seq):
        seq = entry.seq
        if seq == first and entry.prev_hash != after.hash:
            add(seq, BreakKind.BAD_START,
                f"Entry {seq} does not start the audit trail as written: entries "
                "before it were taken out and the rest renumbered.")
        # Across a gap there is nothing to point to: that is MISSING, below.
        elif seq > first and seq - 1 in hashes and entry.prev_hash not in hashes[seq - 1]:
            add(seq, BreakKind.BROKEN_LINK,
                f"Entry {seq} does not follow entry {seq - 1} as written: entry "
                f"{seq - 1} was replaced, or entries were taken out and the rest "
                "renumbered.")
    known = sorted(seq for seq in hashes if seq >= first)
    for low, high in pairwise([first - 1, *known]):
        if high > low + 1:
            add(low + 1, BreakKind.MISSING, _missing_words(low + 1, high - 1))
    breaks.sort(key=lambda b: b.seq)
    return breaks
