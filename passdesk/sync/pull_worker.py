"""The pull in a child process: ``passdesk pull-worker`` (a hidden command), started and
spoken to by ``sync.pull_process.PullInChild``.

Why a process: a pull parses JSON and writes pages flat out, and in the app's own
process it holds the interpreter (the GIL) that the UI thread needs to paint a
verdict or answer a keystroke. Here it has an interpreter of its own; it shares
only the store, an SQLite file in WAL mode (or PostgreSQL) that the Door and the
screens keep reading and writing from the parent meanwhile.

The conversation, one line at a time:

* standard input: first the job, one JSON object ``{"database_url", "base_url",
  "api_key", "entity_id", "reconcile"}`` (the key comes this way only: never in
  the arguments, the environment or a log); then control lines: ``cancel`` (stop
  between two pages), ``hold <seconds>`` (the Door expects a scan:
  ``write_turns.door_expects_scan``) and ``go`` (the Door wrote:
  ``write_turns.door_wrote``). End of input means the parent is gone: cancel.
* standard output: ``{"progress": {...}}`` per committed page, then exactly one
  of ``{"report": {...}}``, ``{"cancelled": true}`` and ``{"error": {"type",
  "message", ...}}``; a ``core.texts.Text`` (an error's message, the report's
  ``not_offered`` words) goes along as ``text_as_json``, to be said in the
  person's language. Nothing else goes there: file descriptor 1 is pointed at
  standard error for anything else that prints, and logging goes to standard
  error too.

The exit code is 0 whenever that last line was written.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from dataclasses import asdict
from typing import IO, Any

from passdesk.core.texts import as_json as text_as_json

log = logging.getLogger(__name__)

#: Error attributes passed on, so the parent rebuilds the same ``ApiError``.
API_ERROR_FIELDS = ("status", "detail", "method", "path")


def main() -> int:
    out = _protocol_output()
    source = os.fdopen(os.dup(0), "rb")  # our own reader: sys.stdin is left alone
    from passdesk.keychain import SecretName

    try:
        job = json.loads(source.readline() or b"{}")
        api_key = job[SecretName.API_KEY]
    except (ValueError, KeyError) as exc:
        _say(out, {"error": {"type": "ValueError", "message": f"no pull job given: {exc}"}})
        return 0
    from passdesk import logs

    logs.register_secret(api_key)
    cancel = threading.Event()
    threading.Thread(target=_listen, args=(source, cancel), name="pull-worker-control",
                     daemon=True).start()
    try:
        report = _pull(job, out, cancel)
    except Exception as exc:  # the parent decides what it means; we only say it
        from passdesk.api.errors import ApiError
        from passdesk.sync.progress import SyncCancelled

        if isinstance(exc, SyncCancelled):
            _say(out, {"cancelled": True})
        else:
            if not isinstance(exc, ApiError):  # the parent names an API error; this is a bug
                log.exception("the pull failed")
            _say(out, {"error": _error(exc)})
        return 0
    _say(out, {"report": report_as_json(report)})
    return 0


def report_as_json(report) -> dict[str, Any]:
    """A ``PullReport`` as JSON values, its ``not_offered`` words as ``Text`` JSON
    (``text_as_json``) so that the desk's side says them in the person's language."""
    said = asdict(report)
    said["not_offered"] = {k: text_as_json(v) for k, v in report.not_offered.items()}
    return said


def _pull(job: dict[str, Any], out: IO[str], cancel: threading.Event):
    from passdesk.api import PassEntryClient
    from passdesk.keychain import SecretName
    from passdesk.store import write_turns
    from passdesk.store.database import Database
    from passdesk.sync.pull import PullSync

    database = Database.open(job["database_url"])
    try:
        # The parent's Door says when a scan is coming; the pull's pages make way.
        write_turns.bulk_writes_yield(database.cache_engine)
        with PassEntryClient(job["base_url"], job[SecretName.API_KEY]) as client:
            sync = PullSync(client, database, cancel=cancel, entity_id=job.get("entity_id"),
                            on_progress=lambda p: _say(out, {"progress": asdict(p)}))
            return sync.run(reconcile=job.get("reconcile"))
    finally:
        database.close()


def _listen(source: IO[bytes], cancel: threading.Event) -> None:
    """The parent's control lines, until it closes our input."""
    from passdesk.store import write_turns

    for raw in source:
        word, _, argument = raw.decode("utf-8", "replace").strip().partition(" ")
        if word == "cancel":
            break
        if word == "hold":
            try:
                write_turns.door_expects_scan(float(argument))
            except ValueError:
                log.warning("pull-worker: not a number of seconds: %r", argument)
        elif word == "go":
            write_turns.door_wrote()
    cancel.set()
    write_turns.door_wrote()  # a page held back for a scan goes on to see the cancel


def _error(exc: Exception) -> dict[str, Any]:
    from passdesk.api.errors import ApiError

    if isinstance(exc, ApiError):
        said = {name: getattr(exc, name) for name in API_ERROR_FIELDS}
        return {"type": type(exc).__name__, "message": exc.message,
                **_text_of(exc.message), **said}
    message = exc.args[0] if len(exc.args) == 1 else None  # a Text when said for people
    return {"type": type(exc).__name__, "message": str(exc), **_text_of(message)}


def _text_of(message: object) -> dict[str, Any]:
    """A ``core.texts.Text`` message as JSON (``{"text": …}``), so the desk's side says it
    in the person's language (``pull_process``); nothing for a plain ``str``."""
    from passdesk.core.texts import Text

    return {"text": text_as_json(message)} if isinstance(message, Text) else {}


_said = threading.Lock()


def _say(out: IO[str], message: dict[str, Any]) -> None:
    line = json.dumps(message, default=str)
    with _said:  # progress comes from the pull's threads
        out.write(line + "\n")
        out.flush()


def _protocol_output() -> IO[str]:
    """Standard output for our lines only: its descriptor is kept for them, and fd 1
    (and ``sys.stdout``) from now on go to standard error."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    sys.stdout.flush()
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out
