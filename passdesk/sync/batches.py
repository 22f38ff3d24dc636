"""Batches (PASSENTRY-API.md §11): many passes or one message to many passes at once.

PassEntry runs a batch on its side: creating one answers at once (202) and the
batch is followed by looking at it again (``GET /batches/{id}``) until its
status says it is finished. Nothing here goes through the outbox: a batch is a
person's request made while online, followed on screen, and its outcome (the
results and errors CSV) is offered to them.

Batches are "offered" unless the account answers the batches list with "not
found" or "not allowed" (an account without them, decision D7); then bulk
issue uses the per-pass path (``sync.bulk_issue``) and says so.

No Qt here: the dialogs call these functions on the network task runner.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from passdesk.api import ApiError, PassEntryClient
from passdesk.api.errors import ForbiddenError, NetworkError, NotFoundError, NotOfferedError
from passdesk.core import bulk_csv
from passdesk.core.payloads import PassInput, WalletMessageInput
from passdesk.core.records import Batch, BatchType
from passdesk.core.texts import translate
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

#: A batch still being worked on by PassEntry (look again).
WORKING = frozenset({"processing", "validating", "sending"})
#: A batch that ended: nothing will change any more.
FINISHED = frozenset({"successful", "completedWithErrors", "failed", "cancelled"})
#: How often a batch is looked at while it runs.
POLL_EVERY = 1.0
#: The dashboard's rule for a scheduled message (§11.3): 1 hour to 365 days ahead.
EARLIEST_AHEAD = timedelta(hours=1)
LATEST_AHEAD = timedelta(days=365)
#: "Send now" creates the batch this far ahead, then sends it at once (§11.7).
SEND_NOW_AHEAD = EARLIEST_AHEAD + timedelta(minutes=5)
#: Recipients per wallet-messaging batch by API (§11.3); more go as several batches.
MAX_RECIPIENTS = 500
#: The results and errors CSV links: only ``errorsCsvUrl`` is named in the docs
#: (§15.27); the others are read under the names the sandbox uses, and any
#: attribute ending in "CsvUrl" is accepted as well.
RESULTS_KEYS = ("resultsCsvUrl", "deliveryCsvUrl")
ERRORS_KEY = "errorsCsvUrl"
#: When a batch ended: described without a name (§15.27); read under these names.
COMPLETED_KEYS = ("completedAt", "completionTime", "completedTime")

TYPE_WORDS = {BatchType.CREATION: translate("passes", "Issue passes", "a kind of batch"),
              BatchType.UPDATE: translate("passes", "Update passes", "a kind of batch"),
              BatchType.WALLET_MESSAGING: translate("passes", "Message to passes",
                                                    "a kind of batch")}
STATUS_WORDS = {"processing": translate("passes", "Working", "a batch's status"),
                "validating": translate("passes", "Being checked", "a batch's status"),
                "scheduled": translate("passes", "Scheduled", "a batch's status"),
                "sending": translate("passes", "Sending", "a batch's status"),
                "successful": translate("passes", "Done", "a batch's status"),
                "completedWithErrors": translate("passes", "Done, with errors",
                                                 "a batch's status"),
                "failed": translate("passes", "Failed", "a batch's status"),
                "cancelled": translate("passes", "Cancelled", "a batch's status")}
#: A batch's status inside a sentence ("This batch is done: …").
STATE_WORDS = {"processing": translate("passes", "working", "a batch's state in a sentence"),
               "validating": translate("passes", "being checked",
                                       "a batch's state in a sentence"),
               "scheduled": translate("passes", "scheduled", "a batch's state in a sentence"),
               "sending": translate("passes", "sending", "a batch's state in a sentence"),
               "successful": translate("passes", "done", "a batch's state in a sentence"),
               "completedWithErrors": translate("passes", "done, with errors",
                                                "a batch's state in a sentence"),
               "failed": translate("passes", "failed", "a batch's state in a sentence"),
               "cancelled": translate("passes", "cancelled", "a batch's state in a sentence")}
NOT_OFFERED = translate("passes", "This PassEntry account does not offer batches.")

Progress = Callable[[Batch], None]


@dataclass(frozen=True)
class Offer:
    offered: bool
    #: Why not, in words for the dialog ("" when offered).
    words: str = ""


def offered(client: PassEntryClient) -> Offer:
    """Whether the account has batches (D7). A network failure is raised, not "no"."""
    try:
        client.batches.list(per_page=1)
    except (NotFoundError, ForbiddenError):  # NotOfferedError too (a NotFoundError)
        return Offer(False, NOT_OFFERED)
    return Offer(True)


def bulk_path(client: PassEntryClient, rows: Sequence[PassInput]) -> Offer:
    """Whether these rows go up as one batch (offered, and nothing in them a batch CSV
    cannot carry), with the reason in words when they go one by one."""
    blocker = bulk_csv.batch_blockers(rows)
    offer = offered(client)
    if not offer.offered:
        return offer
    if blocker:
        return Offer(False, translate("passes", "Passes are issued one by one: {reason}.")
                     .format(reason=blocker))
    return offer


def not_offered_error(exc: ApiError) -> NotOfferedError | None:
    """A 404/403 from a batch route as "not offered" (the routes are documented, so
    the client does not say so by itself), else None."""
    if isinstance(exc, NotFoundError | ForbiddenError) and exc.status in (403, 404, 405):
        return NotOfferedError(NOT_OFFERED, route="batches", status=exc.status)
    return None


# --- words --------------------------------------------------------------------------


def type_words(batch: Batch) -> str:
    return TYPE_WORDS.get(batch.type, batch.type or translate("passes", "Batch"))


def status_words(batch: Batch) -> str:
    return STATUS_WORDS.get(batch.status or "",
                            batch.status or translate("passes", "Unknown", "a batch's status"))


def state_words(batch: Batch) -> str:
    """The status inside a sentence ("done"), lower case in English."""
    return STATE_WORDS.get(batch.status or "", (batch.status or "").lower()
                           or translate("passes", "unknown", "a batch's state in a sentence"))


def counts(batch: Batch) -> tuple[int | None, int | None]:
    """(processed, total) as far as the batch says (None where it does not)."""
    progress = batch.progress
    total = (progress.total if progress and progress.total is not None else batch.total_count)
    processed = progress.processed if progress else None
    if processed is None and batch.status in FINISHED and total is not None \
            and batch.status != "cancelled":
        processed = total
    return processed, total


def progress_words(batch: Batch) -> str:
    processed, total = counts(batch)
    if total is None:
        return ""
    return f"{processed or 0:,}/{total:,}"


def scheduled_at(batch: Batch) -> datetime | None:
    return _parse(batch.scheduled_at)


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def ended_at(batch: Batch) -> datetime | None:
    """When a finished batch ended (the key is not named in the docs, §15.27)."""
    extra = batch.extra or {}
    for key in COMPLETED_KEYS:
        moment = _parse(extra.get(key)) if isinstance(extra.get(key), str) else None
        if moment is not None:
            return moment
    return None


def when_words(batch: Batch, local: Callable[[datetime], str]) -> str:
    """The scheduled time while a batch waits; once it ran, when it ended ("sent now"
    creates a message batch an hour ahead: that hour is not what happened)."""
    if batch.status in FINISHED and batch.status != "cancelled":
        ended = ended_at(batch)
        return (translate("passes", "done {when}", "a batch ended at a time").format(
            when=local(ended)) if ended else "")
    at = scheduled_at(batch)
    return local(at) if at else ""


def csv_links(batch: Batch) -> tuple[str | None, str | None]:
    """(results CSV URL, errors CSV URL) of a batch, where it gives them."""
    extra = batch.extra or {}
    results = next((extra[k] for k in RESULTS_KEYS if isinstance(extra.get(k), str)), None)
    if results is None:
        results = next((v for k, v in extra.items() if k.endswith("CsvUrl")
                        and k != ERRORS_KEY and isinstance(v, str) and v), None)
    return results, batch.errors_csv_url or None


# --- following a batch ------------------------------------------------------------------


def follow(client: PassEntryClient, batch: Batch, *, progress: Progress | None = None,
           until: Callable[[Batch], bool] = lambda b: b.status not in WORKING,
           interval: float = POLL_EVERY, sleep: Callable[[float], None] = time.sleep,
           stop: Callable[[], bool] = lambda: False) -> Batch:
    """Look at ``batch`` again until ``until`` holds (by default: not working any more).

    ``stop`` ends the wait early (the dialog closed); the batch runs on regardless.
    """
    if progress is not None:
        progress(batch)
    while not until(batch) and not stop():
        sleep(interval)
        batch = client.batches.get(batch.id)
        if progress is not None:
            progress(batch)
    return batch


def download(client: PassEntryClient, url: str) -> bytes:
    return client.batches.download(url)


# --- issuing passes -----------------------------------------------------------------------


def create_pass_batch(client: PassEntryClient, rows: Sequence[PassInput], template_id: str,
                      *, name: str | None = None, clock: Clock = utcnow) -> Batch:
    """``POST /passes/batch`` with the rows as the documented CSV (each row's ext id set).

    The route has no idempotency key. When the answer is lost (the request may have
    arrived), the newest creation batches are looked at for this one (same name,
    template and row count) before giving up; sending the file again would be safe
    anyway, as PassEntry refuses an ext id it already has (those rows come back in
    the errors CSV), but one batch is clearer than two.
    """
    if not rows:
        raise ChangeRefused(translate("passes", "There are no rows to issue."))
    missing = [n for n, r in enumerate(rows, 1) if not r.ext_id]
    if missing:
        raise ChangeRefused(translate("passes", "Row {row} has no ext id: a batch needs one on "
                                      "every row.").format(row=str(missing[0])))
    blocker = bulk_csv.batch_blockers(rows)
    if blocker:
        raise ChangeRefused(translate("passes", "These rows cannot go up as a batch: {reason}.")
                            .format(reason=blocker))
    name = name or f"Issue passes {clock().astimezone().strftime('%Y-%m-%d %H:%M:%S')}"
    try:
        return client.batches.create_passes(bulk_csv.batch_csv(rows), template_id, name=name)
    except NetworkError as exc:
        if not exc.outcome_unknown:
            raise
        found = _made_anyway(client, name, template_id, len(rows))
        if found is None:
            raise
        return found
    except ApiError as exc:
        raise not_offered_error(exc) or exc from None


def _made_anyway(client: PassEntryClient, name: str, template_id: str,
                 total: int) -> Batch | None:
    """A creation batch matching one whose answer was lost (the newest first page)."""
    try:
        page = client.batches.list(per_page=25, batch_type=BatchType.CREATION.value)
    except ApiError:
        return None
    for batch in page.records:
        if batch.name == name and batch.pass_template_name_id in (template_id, None) and (
                batch.total_count in (total, None)):
            return batch
    return None


def error_lines(errors_csv: bytes | str) -> list[tuple[int, str]]:
    """(batch CSV line, why) of an errors CSV; the columns are read by name where
    given ("line", "error"), else the first two."""
    text = errors_csv.decode("utf-8-sig") if isinstance(errors_csv, bytes) else errors_csv
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    head = [h.strip().lower() for h in rows[0]]
    line_at = head.index("line") if "line" in head else 0
    why_at = next((head.index(k) for k in ("error", "errors", "message", "reason")
                   if k in head), 1)
    out = []
    for row in rows[1:]:
        try:
            line = int(row[line_at])
        except (ValueError, IndexError):
            continue
        out.append((line, row[why_at] if why_at < len(row) else ""))
    return out


# --- wallet messaging ----------------------------------------------------------------------


@dataclass(frozen=True)
class Audience:
    """Who gets a message: these passes (ids or ext ids), or every pass with a group tag."""

    pass_ids: tuple[str, ...] = ()
    group_tag: str | None = None

    def describe(self) -> str:
        if self.group_tag:
            return translate("passes", "every pass tagged “{tag}”").format(tag=self.group_tag)
        count = len(self.pass_ids)  # a plain name: lupdate drops a call's n written otherwise
        return translate("passes", "%Ln pass(es)", None, count)


def check_schedule(at: datetime, now: datetime) -> None:
    """The dashboard's rule (§11.3): 1 hour to 365 days ahead."""
    if at < now + EARLIEST_AHEAD:
        raise ChangeRefused(translate("passes", "Schedule the message at least an hour from "
                                      "now, or send it now."))
    if at > now + LATEST_AHEAD:
        raise ChangeRefused(translate("passes", "A message can be scheduled at most a year "
                                      "ahead."))


def parts(audience: Audience) -> list[dict]:
    """The audience split into requests PassEntry takes (≤ 500 recipients each)."""
    if audience.group_tag:
        return [{"segments": [{"groupTag": audience.group_tag}]}]
    ids = list(dict.fromkeys(audience.pass_ids))
    if not ids:
        raise ChangeRefused(translate("passes", "No passes to message."))
    return [{"recipients": ids[i:i + MAX_RECIPIENTS]}
            for i in range(0, len(ids), MAX_RECIPIENTS)]


def notify_many(client: PassEntryClient, entity_id: str, message: str, audience: Audience,
                *, at: datetime | None = None, name: str | None = None,
                clock: Clock = utcnow, interval: float = POLL_EVERY,
                sleep: Callable[[float], None] = time.sleep) -> list[Batch]:
    """One wallet-messaging batch per ≤ 500 recipients (or one for a group tag).

    ``at`` schedules it (1 hour to 365 days ahead); None sends it now: the batch is
    created a little over an hour ahead, followed until PassEntry has checked it
    (``scheduled``) and then sent with send-now (§11.7). The batches are returned as
    they are after that.
    """
    message = message.strip()
    if not message:
        raise ChangeRefused(translate("passes", "Write the message first."))
    now = clock()
    if at is not None:
        check_schedule(at, now)
    when = at if at is not None else now + SEND_NOW_AHEAD
    pieces = parts(audience)
    made: list[Batch] = []
    for n, audience_part in enumerate(pieces, 1):
        label = name
        if name and len(pieces) > 1:
            label = f"{name} ({n} of {len(pieces)})"
        body = WalletMessageInput(message=message, scheduled_at=when, name=label,
                                  **audience_part)
        try:
            made.append(client.batches.wallet_messaging(entity_id, body))
        except NetworkError as exc:
            # A message sent twice reaches every phone twice: a lost answer is looked
            # for (same name, text and time) before anything else happens.
            found = _message_made_anyway(client, label, message, when) \
                if exc.outcome_unknown else None
            if found is None:
                raise
            made.append(found)
        except ApiError as exc:
            raise not_offered_error(exc) or exc from None
    if at is None:
        made = [send_now(client, b, interval=interval, sleep=sleep) for b in made]
    return made


def _message_made_anyway(client: PassEntryClient, name: str | None, message: str,
                         when: datetime) -> Batch | None:
    try:
        page = client.batches.list(per_page=25,
                                   batch_type=BatchType.WALLET_MESSAGING.value)
    except ApiError:
        return None
    for batch in page.records:
        at = scheduled_at(batch)
        if batch.content == message and (name is None or batch.name == name) and (
                at is not None and abs((at - when).total_seconds()) < 1):
            return batch
    return None


def send_now(client: PassEntryClient, batch: Batch, *, interval: float = POLL_EVERY,
             sleep: Callable[[float], None] = time.sleep) -> Batch:
    """Send a scheduled message batch now; one still being checked is waited for first."""
    batch = follow(client, batch, until=lambda b: b.status != "validating",
                   interval=interval, sleep=sleep)
    if batch.status != "scheduled":
        raise ChangeRefused(translate("passes", "This batch is {state}: only a scheduled "
                                      "message can be sent now.").format(
            state=state_words(batch)))
    client.batches.send_now(batch.id)
    return client.batches.get(batch.id)


def cancel(client: PassEntryClient, batch: Batch) -> Batch:
    """Cancel a scheduled batch (§11.6); anything else is refused in words first."""
    if batch.status != "scheduled":
        raise ChangeRefused(translate("passes", "This batch is {state}: only a scheduled "
                                      "batch can be cancelled.").format(
            state=state_words(batch)))
    return client.batches.cancel(batch.id)


# --- updating passes -------------------------------------------------------------------------


def update_from_csv(client: PassEntryClient, data: bytes, template_id: str, *,
                    at: datetime, name: str | None = None, tag: str | None = None) -> Batch:
    """``POST /passes/batch/update`` (§11.2): each row changes the pass in its ``pass_id``
    column (UUID or ext id) at ``at``; columns left out stay as they are."""
    try:
        table = bulk_csv.read_csv(data)
    except bulk_csv.CsvError as exc:
        raise ChangeRefused(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
    if "pass_id" not in [h.strip() for h in table.headers]:
        raise ChangeRefused(translate("passes", "The file needs a pass_id column (each row's "
                                      "pass ID or ext id)."))
    if not table.rows:
        raise ChangeRefused(translate("passes", "The file has no rows."))
    try:
        return client.batches.update_passes(data, template_id, scheduled_at=at.astimezone(UTC),
                                            name=name or None, tag=tag or None)
    except ApiError as exc:
        raise not_offered_error(exc) or exc from None


def list_batches(client: PassEntryClient, *, limit: int = 100) -> list[Batch]:
    """The newest batches first (at most ``limit``)."""
    out: list[Batch] = []
    try:
        for batch in client.batches.iter(per_page=25):
            out.append(batch)
            if len(out) >= limit:
                break
    except ApiError as exc:
        raise not_offered_error(exc) or exc from None
    return out
