"""What a door needs from the store: find the pass, its scans so far, record the scan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from passdesk.core.admission import History, PassFacts
from passdesk.store.schema import Pass, PassTemplate, Scan

#: Scan verdicts that put a person inside, and the one that takes them out.
IN_VERDICTS = ("admit", "warn")
OUT_VERDICT = "exit"


def find_pass(session: Session, candidates: Sequence[str]) -> PassFacts | None:
    """The pass a scanned value names: by id, ext id, NFC value or barcode, in that order."""
    for value in candidates:
        for column in (Pass.id, Pass.ext_id, Pass.nfc_value, Pass.barcode_value):
            row = session.execute(
                select(Pass.id, Pass.display_name, Pass.status, Pass.template_id,
                       Pass.template_name, Pass.event_id, Pass.expires_at)
                .where(column == value).limit(1)).first()
            if row is not None:
                return PassFacts(*row)
    return None


def facts_of(session: Session, pass_id: str) -> PassFacts | None:
    return find_pass(session, (pass_id,))


def history(session: Session, pass_id: str, event_id: str | None, *,
            count_inside: bool) -> History:
    """The pass's last admission and exit (at this event), and how many are inside."""
    scope = [Scan.pass_id == pass_id, Scan.undone_at.is_(None),
             Scan.verdict.in_((*IN_VERDICTS, OUT_VERDICT))]
    if event_id is not None:
        scope.append(Scan.event_id == event_id)
    last = session.execute(select(Scan.verdict, Scan.scanned_at).where(*scope)
                           .order_by(Scan.scanned_at.desc()).limit(2)).all()
    admitted_at, exited = None, False
    for verdict, at in last:
        if verdict == OUT_VERDICT and admitted_at is None and not exited:
            exited = True
        elif verdict in IN_VERDICTS:
            admitted_at = at
            break
    inside = inside_count(session, event_id) if count_inside else 0
    return History(admitted_at=admitted_at, exited_since=exited, inside=inside)


def inside_count(session: Session, event_id: str | None) -> int:
    def count(verdicts: tuple[str, ...]) -> int:
        query = select(func.count()).select_from(Scan).where(
            Scan.verdict.in_(verdicts), Scan.undone_at.is_(None))
        if event_id is not None:
            query = query.where(Scan.event_id == event_id)
        return session.scalar(query) or 0

    return max(0, count(IN_VERDICTS) - count((OUT_VERDICT,)))


@dataclass(frozen=True)
class Counters:
    admitted: int
    denied: int
    inside: int


def counters(session: Session, event_id: str | None, since: datetime | None = None) -> Counters:
    query = select(Scan.verdict, func.count()).where(Scan.undone_at.is_(None))
    if event_id is not None:
        query = query.where(Scan.event_id == event_id)
    if since is not None:
        query = query.where(Scan.scanned_at >= since)
    by_verdict = dict(session.execute(query.group_by(Scan.verdict)).all())
    admitted = sum(by_verdict.get(v, 0) for v in IN_VERDICTS)
    return Counters(admitted, by_verdict.get("deny", 0), inside_count(session, event_id))


def template_names(session: Session) -> dict[str, str]:
    return {t.id: t.name or t.id for t in session.scalars(select(PassTemplate))}
