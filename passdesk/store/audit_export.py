"""The audit trail as CSV: what ``passdesk audit export`` and the audit view write.

Times in UTC as sealed, ``before`` and ``after`` as the sealed JSON, and both
hashes, so an export can be checked again entry by entry.
"""

from __future__ import annotations

import csv
import re
from datetime import UTC
from typing import TextIO

from sqlalchemy.orm import Session

from passdesk.core.audit_chain import sealed_json
from passdesk.store.audit import AuditFilter, entries

EXPORT_COLUMNS = ("seq", "at", "desk", "actor", "authorised_by", "action", "subject",
                  "before", "after", "prev_hash", "hash")
#: A number, which a spreadsheet shows and never runs (a JSON value such as -5).
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def write_csv(session: Session, out: TextIO, flt: AuditFilter | None = None) -> int:
    """Every entry matching ``flt`` (all: None), oldest first, as CSV; returns how many.

    Text a spreadsheet would run as a formula (= + - @ at the start; names and
    subjects are typed by people) is quoted with a leading ``'``; numbers are not.
    """
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    rows = entries(session, flt or AuditFilter(), limit=None)
    for entry in reversed(rows):
        writer.writerow([_cell(value) for value in (
            entry.seq, entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
            entry.desk, entry.actor, entry.authorised_by or "", entry.action, entry.subject,
            sealed_json(entry.before), sealed_json(entry.after), entry.prev_hash,
            entry.hash)])
    return len(rows)


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") \
            and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


